/**
 * The events list's logic, pure and framework-free: URL search ⇄ filters
 * (through the shared facet module) and the split into upcoming and past at a
 * given moment. The page calls these with the reader's clock; tests with any.
 *
 * URL parameters are the event schema's field names and values its enum
 * values (`?kind=meetup&format=online&languages=en`); `language` is read as an
 * alias of `languages`.
 */
import { countOptions, matchesSelection, parseSelection, toggleOption, writeSelection, type Facet, type Selection } from '../../../../src/components/Facets/facets';
import type { EventCard, EventsPageProps, EventTime } from '../../types';

export type Facets = EventsPageProps['facets'];
export type FacetField = keyof Facets;

/** Facet fields in the order they appear on the page and in the URL. */
export const FACET_FIELDS = ['kind', 'format', 'languages'] as const satisfies readonly FacetField[];

export type FilterState = Record<FacetField, string[]>;

export function emptyFilterState(): FilterState {
  return { kind: [], format: [], languages: [] };
}

function eventFacets(facets?: Facets): Facet<EventCard>[] {
  return [
    { field: 'kind', options: facets?.kind ?? [], valuesOf: (e) => [e.kind] },
    { field: 'format', options: facets?.format ?? [], valuesOf: (e) => [e.format] },
    { field: 'languages', aliases: ['language'], options: facets?.languages ?? [], valuesOf: (e) => e.languages },
  ];
}

/** Reads the filters from a URL search string; unknown parameters and values are ignored. */
export function parseFilterSearch(search: string, facets: Facets): FilterState {
  return { ...emptyFilterState(), ...parseSelection(new URLSearchParams(search), eventFacets(facets)) } as FilterState;
}

/** `''` when nothing is filtered, else `?…` with fields and values in a fixed order. */
export function serializeFilterState(state: FilterState, facets: Facets): string {
  const params = new URLSearchParams();
  writeSelection(params, state as Selection, eventFacets(facets));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isEmptyFilterState(state: FilterState): boolean {
  return FACET_FIELDS.every((f) => state[f].length === 0);
}

/** The events that pass the filters (OR within a field, AND across), in their given order. */
export function applyFilters(events: readonly EventCard[], state: FilterState): EventCard[] {
  const facets = eventFacets();
  return events.filter((e) => matchesSelection(e, state as Selection, facets));
}

/** How many events each value of a field would show, given the other fields' filters. */
export function facetCounts(events: readonly EventCard[], state: FilterState, field: FacetField, facets: Facets): Map<string, number> {
  const all = eventFacets(facets);
  const facet = all.find((f) => f.field === field)!;
  return countOptions(events, facet, (e) => matchesSelection(e, state as Selection, all, field));
}

export function toggleValue(state: FilterState, field: FacetField, value: string, checked: boolean): FilterState {
  return toggleOption(state, field, value, checked);
}

export type Phase = 'upcoming' | 'ongoing' | 'past';

/**
 * Where an event stands at `now` (epoch ms): upcoming before its start,
 * ongoing from its start until its end, past from its end on. Instants, so
 * the reader's and the event's time zones cannot disagree about it.
 */
export function phaseAt(time: Pick<EventTime, 'startMs' | 'endMs'>, now: number): Phase {
  if (now < time.startMs) return 'upcoming';
  if (now < time.endMs) return 'ongoing';
  return 'past';
}

/**
 * Upcoming (with those in progress, which have started first) soonest first;
 * past ones latest first, as a reader looks back from today.
 */
export function splitByTime<E extends { id: string; time: Pick<EventTime, 'startMs' | 'endMs'> }>(events: readonly E[], now: number): { upcoming: E[]; past: E[] } {
  const byStart = (a: E, b: E) => a.time.startMs - b.time.startMs || a.id.localeCompare(b.id);
  const upcoming = events.filter((e) => phaseAt(e.time, now) !== 'past').sort(byStart);
  const past = events.filter((e) => phaseAt(e.time, now) === 'past').sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

/** The offset (minutes east of UTC) written at the end of an ISO 8601 time: `…+05:45` → 345. */
export function isoOffsetMinutes(iso: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Whether a reader sees the same wall-clock times as the event's zone shows,
 * given the reader's offset at an instant (`-new Date(ms).getTimezoneOffset()`
 * in a browser): then a second "your time" line would only repeat the first.
 */
export function sameWallTimes(time: Pick<EventTime, 'startMs' | 'endMs' | 'startIso' | 'endIso'>, readerOffsetAt: (ms: number) => number): boolean {
  return readerOffsetAt(time.startMs) === isoOffsetMinutes(time.startIso) && readerOffsetAt(time.endMs) === isoOffsetMinutes(time.endIso);
}

/** `webcal://…` for an https feed URL: calendar apps open it as a subscription. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, 'webcal://');
}
