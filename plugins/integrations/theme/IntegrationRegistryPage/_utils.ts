/**
 * The registry's filter logic, pure: which facets it has, URL search ⇄
 * filter state, filtering and per-value counts. The OR-within/AND-across
 * engine is the shared one (src/components/Facets); this file only says how an
 * integration maps onto it. The page wires these to the router; unit tests
 * call them directly.
 *
 * Parameters are the integration schema's field names and values its enum
 * values (`?category=exporter&status=stable`); `verified=true` keeps verified
 * integrations; `name` is a text filter on the integration's name.
 */
import { countOptions, isEmptySelection, matchesSelection, matchesText, parseSelection, writeSelection, type Facet, type Selection } from '../../../../src/components/Facets/facets';
import type { IntegrationCard, RegistryProps } from '../../types';

/** Facet fields in the order they appear on the page and in the URL. */
export const FACET_FIELDS = ['category', 'status', 'maintainer', 'signals', 'verified'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Longest name query kept from a URL: names are short text, and the query is echoed into the input. */
export const MAX_NAME_QUERY = 100;

export interface FilterState {
  selection: Selection;
  /** Text typed into the name filter, as typed. */
  name: string;
}

/**
 * The registry's facets, from its props. `verified` is a boolean field: one
 * option, `true`, labelled with the field's own schema title ("已认证").
 */
export function registryFacets(props: Pick<RegistryProps, 'facets' | 'fieldTitles'>): Facet<IntegrationCard>[] {
  return FACET_FIELDS.map((field): Facet<IntegrationCard> => {
    if (field === 'verified') {
      return { field, options: [{ value: 'true', label: props.fieldTitles.verified }], valuesOf: (card) => (card.verified ? ['true'] : []) };
    }
    return { field, options: props.facets[field], valuesOf: (card) => (field === 'signals' ? card.signals : [card[field]]) };
  });
}

export function emptyFilterState(): FilterState {
  return { selection: {}, name: '' };
}

export function isEmptyFilterState(state: FilterState): boolean {
  return isEmptySelection(state.selection) && state.name.trim() === '';
}

/** Reads the filter state from a URL search string (with or without `?`); unknown parameters and values are ignored. */
export function parseFilterSearch(search: string, facets: readonly Facet<IntegrationCard>[]): FilterState {
  const params = new URLSearchParams(search);
  return { selection: parseSelection(params, facets), name: (params.get('name') ?? '').slice(0, MAX_NAME_QUERY) };
}

/** The search string for a state: `''` when nothing is filtered, else `?…` in a fixed order, `name` last. */
export function serializeFilterState(state: FilterState, facets: readonly Facet<IntegrationCard>[]): string {
  const params = new URLSearchParams();
  writeSelection(params, state.selection, facets);
  // As typed, not trimmed: the input shows the URL's value, and trimming would eat a space being typed.
  if (state.name.trim()) params.append('name', state.name.slice(0, MAX_NAME_QUERY));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a card passes every filter, except optionally one facet field's own (for that field's counts). */
export function matchesFilters(card: IntegrationCard, state: FilterState, facets: readonly Facet<IntegrationCard>[], except?: string): boolean {
  return matchesText(state.name, [card.name]) && matchesSelection(card, state.selection, facets, except);
}

/** The cards that pass the filters, in their original order. */
export function applyFilters(cards: readonly IntegrationCard[], state: FilterState, facets: readonly Facet<IntegrationCard>[]): IntegrationCard[] {
  return cards.filter((card) => matchesFilters(card, state, facets));
}

/** For each value of a facet, how many cards would show if it were checked too (its own field's selection left out). */
export function facetCounts(cards: readonly IntegrationCard[], state: FilterState, facets: readonly Facet<IntegrationCard>[], facet: Facet<IntegrationCard>): Map<string, number> {
  return countOptions(cards, facet, (card) => matchesFilters(card, state, facets, facet.field));
}
