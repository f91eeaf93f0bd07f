import type { LocalizedEntry } from '../data-engine/types';
import type { CollectionReference } from '../data-reference/buildReference';
import { feedPaths, kindAnchor, labelOf } from './shared';
import { formatTimeRange, instantOf, isoWithOffset } from './time';

export { feedPaths, kindAnchor, labelOf };
import type { Event, EventCard, EventKind, EventPageProps, EventsPageProps, EventTime, KindSummary, Labels, Option, Organizer } from './types';

/** The little of a partner an event page needs. */
export interface PartnerName {
  id: string;
  name: string;
}

export interface EventSources {
  events: LocalizedEntry<Event>[];
  kinds: LocalizedEntry<EventKind>[];
  partners: PartnerName[];
  /** The data reference of events: enum labels in the page's locale. */
  references: CollectionReference[];
  /** BCP 47 tag of the page's language, for Intl. */
  locale: string;
}

export interface PageSpec {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

function enumOptions(references: CollectionReference[], kind: string, field: string): Option[] {
  const ref = references.find((r) => r.collection === 'events');
  const row = ref?.kinds.find((k) => k.kind === kind)?.fields.find((f) => f.path === field);
  return row?.enum ?? [];
}

export function eventTime(event: Event, locale: string): EventTime {
  const startMs = instantOf(event.start, event.timeZone);
  const endMs = instantOf(event.end, event.timeZone);
  return {
    startMs,
    endMs,
    startIso: isoWithOffset(startMs, event.timeZone),
    endIso: isoWithOffset(endMs, event.timeZone),
    timeZone: event.timeZone,
    localText: formatTimeRange(startMs, endMs, locale, event.timeZone),
  };
}

/** Country or region name of an ISO 3166-1 code in a language ("DE" → "德国" / "Germany"). */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who organizes: the partner's own name when it is a partner, with the data's name beside it when both are given. */
export function organizerOf(event: Event, partners: PartnerName[]): Organizer {
  const { partner, name } = event.organizer;
  const partnerName = partner ? (partners.find((p) => p.id === partner)?.name ?? partner) : undefined;
  return {
    ...(partner ? { partner } : {}),
    name: [partnerName, name].filter((n): n is string => Boolean(n)).join(' · '),
  };
}

/** Events in time order (then by id, so equal starts keep one order across builds). */
export function byStart(a: { time: EventTime; id: string }, b: { time: EventTime; id: string }): number {
  return a.time.startMs - b.time.startMs || a.id.localeCompare(b.id);
}

/**
 * /events/ and every /events/<id>/ page with its props, from the localized
 * entries. Pure: the plugin only writes these out, tests call it directly.
 */
export function buildEventPages(src: EventSources, base: string): PageSpec[] {
  const eventsBase = `${base}events/`;
  const permalink = (id: string) => `${eventsBase}${id}/`;
  const labels: Labels = {
    kind: enumOptions(src.references, 'event', 'kind'),
    format: enumOptions(src.references, 'event', 'format'),
    languages: enumOptions(src.references, 'event', 'languages'),
    status: enumOptions(src.references, 'event', 'status'),
    cadence: enumOptions(src.references, 'eventKind', 'cadence'),
    category: enumOptions(src.references, 'eventKind', 'category'),
  };
  const kindById = new Map(src.kinds.map((k) => [k.id, k]));
  // Kinds in the schema's order (the order the community lists them in), then any others by id.
  const kindOrder = (id: string) => {
    const i = labels.kind.findIndex((o) => o.value === id);
    return i < 0 ? labels.kind.length : i;
  };
  const kinds = [...src.kinds].sort((a, b) => kindOrder(a.id) - kindOrder(b.id) || a.id.localeCompare(b.id));
  const timed = src.events.map((e) => ({ entry: e, id: e.id, time: eventTime(e.data, src.locale) })).sort(byStart);

  const placeOf = (e: Event) => (e.location ? { city: e.location.city, country: countryName(e.location.country, src.locale) } : undefined);
  const cards: EventCard[] = timed.map(({ entry, time }) => {
    const e = entry.data;
    const place = placeOf(e);
    return {
      id: e.id,
      title: e.title,
      summary: e.summary,
      permalink: permalink(e.id),
      kind: e.kind,
      format: e.format,
      languages: e.languages,
      status: e.status ?? 'scheduled',
      time,
      ...(place ? { place } : {}),
      fallbacks: entry.fallbacks.filter((p) => p === '/title' || p === '/summary' || p.startsWith('/location/city')),
    };
  });

  const kindSummaries: KindSummary[] = kinds.map((k) => ({
    id: k.id,
    name: k.data.name,
    summary: k.data.summary,
    category: k.data.category,
    cadence: k.data.cadence,
    format: k.data.format,
    ...(k.data.formatNotes ? { formatNotes: k.data.formatNotes } : {}),
    audience: k.data.audience,
    activities: k.data.activities,
    typicalDurationHours: k.data.typicalDurationHours,
    feed: `${base}${feedPaths.kind(k.id)}`,
    fallbacks: k.fallbacks,
  }));

  const list: EventsPageProps = {
    events: cards,
    kinds: kindSummaries,
    facets: {
      // Only values some event has: a filter that can only empty the list is noise.
      kind: labels.kind.filter((o) => cards.some((c) => c.kind === o.value)).map((o) => ({ value: o.value, label: kindById.get(o.value)?.data.name ?? o.label })),
      format: labels.format.filter((o) => cards.some((c) => c.format === o.value)),
      languages: labels.languages.filter((o) => cards.some((c) => c.languages.includes(o.value))),
    },
    labels,
    feed: `${base}${feedPaths.all}`,
  };

  const pages: PageSpec[] = [{ path: eventsBase, component: '@theme/EventsPage', dataName: 'events', props: list }];
  for (const { entry, time } of timed) {
    const e = entry.data;
    const kind = kindById.get(e.kind);
    const props: EventPageProps = {
      event: e,
      permalink: permalink(e.id),
      time,
      fallbacks: entry.fallbacks,
      kind: { id: e.kind, name: kind?.data.name ?? labelOf(labels.kind, e.kind), anchor: `${eventsBase}#${kindAnchor(e.kind)}` },
      labels: {
        format: labelOf(labels.format, e.format),
        status: labelOf(labels.status, e.status ?? 'scheduled'),
        languages: e.languages.map((l) => ({ value: l, label: labelOf(labels.languages, l) })),
      },
      organizer: organizerOf(e, src.partners),
      ...(e.location
        ? {
            place: {
              ...(e.location.venue ? { venue: e.location.venue } : {}),
              ...(e.location.address ? { address: e.location.address } : {}),
              city: e.location.city,
              country: countryName(e.location.country, src.locale),
              countryCode: e.location.country,
            },
          }
        : {}),
      ics: `${base}${feedPaths.event(e.id)}`,
      eventsPermalink: eventsBase,
    };
    pages.push({ path: permalink(e.id), component: '@theme/EventPage', dataName: `event-${e.id}`, props });
  }
  return pages;
}
