/**
 * The catalog's filter logic, pure and framework-free: URL search ⇄ filter
 * state, filtering, and per-value counts. The page only wires these to the
 * router; the unit tests call them directly.
 *
 * URL parameters are the course schema's field names and their values the
 * schema's enum values (`?level=advanced&topics=tracing`). Several values of one
 * field combine with OR (`?level=beginner&level=advanced`), different fields
 * with AND. `topic` and `language` are read as aliases of `topics` and
 * `languages`; we always write the schema names.
 */
import { countOptions, matchesSelection, parseSelection, toggleOption, writeSelection, type Facet, type Selection } from '../../../../src/components/Facets/facets';
import type { CatalogProps, CourseCard } from '../../types';

export type Facets = CatalogProps['facets'];
export type FacetField = keyof Facets;
export type DurationBounds = CatalogProps['duration'];

/** Facet fields in the order they appear on the page and in the URL. */
export const FACET_FIELDS = ['level', 'topics', 'languages', 'certification'] as const satisfies readonly FacetField[];

/** Parameter names read as another field's (singular forms people type by hand). */
export const PARAM_ALIASES: Readonly<Record<string, FacetField>> = { topic: 'topics', language: 'languages' };

export interface FilterState {
  level: string[];
  topics: string[];
  languages: string[];
  certification: string[];
  /** Shortest duration wanted, in weeks (inclusive). */
  minWeeks?: number;
  /** Longest duration wanted, in weeks (inclusive). */
  maxWeeks?: number;
}

export function emptyFilterState(): FilterState {
  return { level: [], topics: [], languages: [], certification: [] };
}

/** True when no filter narrows the list. */
export function isEmptyFilterState(state: FilterState): boolean {
  return FACET_FIELDS.every((f) => state[f].length === 0) && state.minWeeks === undefined && state.maxWeeks === undefined;
}

/** A whole number of weeks within the catalog's bounds, or undefined. */
function weeks(raw: string | null, bounds: DurationBounds): number | undefined {
  if (raw === null || !/^\d{1,3}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return n >= bounds.min && n <= bounds.max ? n : undefined;
}

/**
 * Reads the filter state from a URL search string (with or without `?`).
 * Unknown parameters, unknown values and out-of-range weeks are ignored.
 */
export function parseFilterSearch(search: string, facets: Facets, bounds: DurationBounds): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { ...emptyFilterState(), ...parseSelection(params, courseFacets(facets)) };
  const minWeeks = weeks(params.get('minWeeks'), bounds);
  const maxWeeks = weeks(params.get('maxWeeks'), bounds);
  if (minWeeks !== undefined) state.minWeeks = minWeeks;
  if (maxWeeks !== undefined) state.maxWeeks = maxWeeks;
  return state;
}

/**
 * The search string for a filter state: `''` when nothing is filtered, else
 * `?…` with fields in a fixed order, values in facet order, empties dropped.
 */
export function serializeFilterState(state: FilterState, facets: Facets): string {
  const params = new URLSearchParams();
  writeSelection(params, selectionOf(state), courseFacets(facets));
  if (state.minWeeks !== undefined) params.append('minWeeks', String(state.minWeeks));
  if (state.maxWeeks !== undefined) params.append('maxWeeks', String(state.maxWeeks));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The catalog's facets; options only matter for reading and writing the URL and for counts. */
function courseFacets(facets?: Facets): Facet<CourseCard>[] {
  return FACET_FIELDS.map((field) => ({
    field,
    aliases: Object.keys(PARAM_ALIASES).filter((alias) => PARAM_ALIASES[alias] === field),
    options: facets?.[field] ?? [],
    valuesOf: (card: CourseCard) => cardValues(card, field),
  }));
}

function selectionOf(state: FilterState): Selection {
  return { level: state.level, topics: state.topics, languages: state.languages, certification: state.certification };
}

/** The values a card has for a facet field. */
export function cardValues(card: CourseCard, field: FacetField): string[] {
  switch (field) {
    case 'level':
      return [card.level];
    case 'certification':
      return [card.certification.id];
    case 'topics':
      return card.topics;
    case 'languages':
      return card.languages;
  }
}

/** Whether a card passes every filter, except optionally one facet field's own. */
export function matchesFilters(card: CourseCard, state: FilterState, except?: FacetField): boolean {
  if (!matchesSelection(card, selectionOf(state), courseFacets(), except)) return false;
  if (state.minWeeks !== undefined && card.durationWeeks < state.minWeeks) return false;
  if (state.maxWeeks !== undefined && card.durationWeeks > state.maxWeeks) return false;
  return true;
}

/** The cards that pass the filters, in their original order. */
export function applyFilters(cards: readonly CourseCard[], state: FilterState): CourseCard[] {
  return cards.filter((card) => matchesFilters(card, state));
}

/**
 * For each value of a facet field, how many cards would have it given all the
 * other filters (the field's own selection is ignored, so checking one more
 * value of the same field — an OR — never shows a misleading 0).
 */
export function facetCounts(cards: readonly CourseCard[], state: FilterState, field: FacetField, facets: Facets): Map<string, number> {
  const facet = courseFacets(facets).find((f) => f.field === field)!;
  return countOptions(cards, facet, (card) => matchesFilters(card, state, field));
}

/** The state with one value of a field checked or unchecked. */
export function toggleValue(state: FilterState, field: FacetField, value: string, checked: boolean): FilterState {
  return toggleOption(state, field, value, checked);
}

/** The state with a duration bound set (a number) or cleared (undefined). */
export function setWeeks(state: FilterState, bound: 'minWeeks' | 'maxWeeks', value: number | undefined): FilterState {
  const next: FilterState = { ...state };
  if (value === undefined) delete next[bound];
  else next[bound] = value;
  return next;
}

/** Every whole week from the shortest to the longest course, for the duration selects. */
export function weekOptions(bounds: DurationBounds): number[] {
  const out: number[] = [];
  for (let w = bounds.min; w <= bounds.max; w++) out.push(w);
  return out;
}
