/**
 * The partner directory's logic, pure and framework-free: URL search ⇄ view
 * state, filtering, per-value counts (these three through the shared facet
 * module, src/components/Facets), sorting, paging, and the compact index the
 * browser loads to filter all partners. The page only wires these to the
 * router; the unit tests and the build (order of the static pages) call them.
 *
 * URL parameters are the partner schema's field names and their values the
 * schema's enum values (`?tier=gold&type=cloud-provider`). Several values of
 * one field combine with OR, different fields with AND. `name` filters on the
 * partner's name (case- and width-insensitive substring), `sort` picks the order
 * (`tier`, the default, `name` or `memberSince`) and `page` the page of results.
 */
import { countOptions, matchesSelection, matchesText, parseSelection, toggleOption, writeSelection, type Facet, type Selection } from '../../../../src/components/Facets/facets';
import { FACET_FIELDS, type FacetField, type Facets, type IndexRow, type PartnerCard, type PartnerIndex } from '../../types';

export { FACET_FIELDS };
export type { FacetField, Facets };

export const SORTS = ['tier', 'name', 'memberSince'] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState {
  type: string[];
  tier: string[];
  partnershipKinds: string[];
  collaborationAreas: string[];
  region: string[];
  /** Text the name must contain ('' for none). */
  name: string;
  sort: Sort;
  /** 1-based page of the results. */
  page: number;
}

/** Longest name filter kept from a URL: longer text cannot match a name anyway and would bloat the URL. */
const MAX_NAME_QUERY = 100;

export function emptyViewState(): ViewState {
  return { type: [], tier: [], partnershipKinds: [], collaborationAreas: [], region: [], name: '', sort: 'tier', page: 1 };
}

/** True when nothing narrows or reorders the list: the static pages show exactly this view. */
export function isStaticView(state: ViewState): boolean {
  return FACET_FIELDS.every((f) => state[f].length === 0) && state.name.trim() === '' && state.sort === 'tier';
}

/** The directory's facets in the shared facet module's terms: field name, options, how to read a card. */
export function partnerFacets(facets: Facets): Facet<PartnerCard>[] {
  return FACET_FIELDS.map((field) => ({ field, options: facets[field], valuesOf: (card: PartnerCard) => cardValues(card, field) }));
}

/** Reads the view from a URL search string (with or without `?`); unknown parameters and values are ignored. */
export function parseSearch(search: string, facets: Facets): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...emptyViewState(), ...parseSelection(params, partnerFacets(facets)) };
  state.name = (params.get('name') ?? '').slice(0, MAX_NAME_QUERY);
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  const page = params.get('page');
  if (page && /^\d{1,5}$/.test(page) && Number(page) >= 1) state.page = Number(page);
  return state;
}

/**
 * The search string for a view: `''` for the default view, else `?…` with
 * fields in a fixed order, values in facet order, defaults left out.
 */
export function serializeSearch(state: ViewState, facets: Facets): string {
  const params = new URLSearchParams();
  writeSelection(params, selectionOf(state), partnerFacets(facets));
  if (state.name.trim() !== '') params.append('name', state.name.slice(0, MAX_NAME_QUERY));
  if (state.sort !== 'tier') params.append('sort', state.sort);
  if (state.page > 1) params.append('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

function selectionOf(state: ViewState): Selection {
  return Object.fromEntries(FACET_FIELDS.map((f) => [f, state[f]]));
}

/** The values a card has for a facet field. */
export function cardValues(card: PartnerCard, field: FacetField): string[] {
  switch (field) {
    case 'type':
      return [card.type];
    case 'tier':
      return [card.tier];
    case 'region':
      return [card.region];
    case 'partnershipKinds':
      return card.partnershipKinds;
    case 'collaborationAreas':
      return card.collaborationAreas;
  }
}

/** Whether a card passes every filter (the name search included), except optionally one facet field's own. */
export function matchesFilters(card: PartnerCard, state: ViewState, facets: Facets, except?: FacetField): boolean {
  return matchesSelection(card, selectionOf(state), partnerFacets(facets), except) && matchesText(state.name, [card.name]);
}

/** The cards that pass the filters, in their given order. */
export function applyFilters(cards: readonly PartnerCard[], state: ViewState, facets: Facets): PartnerCard[] {
  const all = partnerFacets(facets);
  const selection = selectionOf(state);
  return cards.filter((card) => matchesSelection(card, selection, all) && matchesText(state.name, [card.name]));
}

/**
 * For each value of a facet field, how many cards would have it given all the
 * other filters and the name search (the field's own selection is ignored, so
 * checking one more value of the same field — an OR — never shows a misleading 0).
 */
export function facetCounts(cards: readonly PartnerCard[], state: ViewState, field: FacetField, facets: Facets): Map<string, number> {
  const all = partnerFacets(facets);
  const selection = selectionOf(state);
  const facet = all.find((f) => f.field === field)!;
  return countOptions(cards, facet, (card) => matchesSelection(card, selection, all, field) && matchesText(state.name, [card.name]));
}

/** The state with one value of a field checked or unchecked; back to the first page, as the results change. */
export function toggleValue(state: ViewState, field: FacetField, value: string, checked: boolean): ViewState {
  return { ...toggleOption(state, field, value, checked), page: 1 };
}

/** A comparator of names in the page's language (pinyin order for Chinese names in zh-Hans). */
export function nameCollator(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('zh-Hans', { sensitivity: 'base', numeric: true });
  }
}

/**
 * Cards in the order asked for. `tier`: highest tier first, then by name;
 * `name`: by name; `memberSince`: longest-standing partner first, then by name.
 * Ties end on the id, so the order is total and the same everywhere.
 */
export function sortCards(cards: readonly PartnerCard[], sort: Sort, tierRank: Readonly<Record<string, number>>, locale: string): PartnerCard[] {
  const collator = nameCollator(locale);
  const byName = (a: PartnerCard, b: PartnerCard) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare =
    sort === 'name'
      ? byName
      : sort === 'memberSince'
        ? (a: PartnerCard, b: PartnerCard) => (a.memberSince < b.memberSince ? -1 : a.memberSince > b.memberSince ? 1 : byName(a, b))
        : (a: PartnerCard, b: PartnerCard) => (tierRank[b.tier] ?? 0) - (tierRank[a.tier] ?? 0) || byName(a, b);
  return [...cards].sort(compare);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The cards of one page (pages past the end are clamped to the last one). */
export function pageSlice<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number; pageCount: number } {
  const count = pageCount(items.length, pageSize);
  const current = Math.min(Math.max(1, page), count);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount: count };
}

/** The static page of the default view: `/partners/` for the first, `/partners/page/<n>/` after. */
export function staticPagePath(directoryPermalink: string, page: number): string {
  return page <= 1 ? directoryPermalink : `${directoryPermalink}page/${page}/`;
}

/**
 * Where a page link of a view goes: a static page when nothing is filtered or
 * reordered (those work without JavaScript), else the directory with the view
 * in the query.
 */
export function pageHref(state: ViewState, page: number, facets: Facets, directoryPermalink: string): string {
  if (isStaticView(state)) return staticPagePath(directoryPermalink, page);
  return directoryPermalink + serializeSearch({ ...state, page }, facets);
}

/** The page numbers to link around the current one: first, last and two either side; 0 marks a gap. */
export function pageWindow(current: number, count: number): number[] {
  const pages = new Set<number>([1, count]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && p - last > 1) out.push(0);
    out.push(p);
  }
  return out;
}

const FALLBACK_BITS: Record<string, number> = { '/name': 1, '/logo/alt': 2 };

/** The conventional logo path, left out of the index when a partner follows it. */
export const defaultLogoSrc = (id: string) => `/img/partners/${id}.svg`;

/** Encodes cards (in the default order) as the compact index the browser loads for filtering. */
export function encodeIndex(cards: readonly PartnerCard[], facets: Facets): PartnerIndex {
  const at = (field: FacetField, value: string) => facets[field].findIndex((o) => o.value === value);
  return {
    rows: cards.map((c): IndexRow => [
      c.id,
      c.name,
      c.logo.src === defaultLogoSrc(c.id) ? '' : c.logo.src,
      c.logo.alt,
      at('type', c.type),
      at('tier', c.tier),
      c.partnershipKinds.map((v) => at('partnershipKinds', v)),
      c.collaborationAreas.map((v) => at('collaborationAreas', v)),
      at('region', c.region),
      c.memberSince,
      c.fallbacks.reduce((bits, p) => bits | (FALLBACK_BITS[p] ?? 0), 0),
    ]),
  };
}

/** The cards back from the compact index. */
export function decodeIndex(index: PartnerIndex, facets: Facets): PartnerCard[] {
  const value = (field: FacetField, i: number) => facets[field][i]?.value ?? '';
  return index.rows.map(([id, name, src, alt, type, tier, kinds, areas, region, memberSince, bits]) => ({
    id,
    name,
    logo: { src: src || defaultLogoSrc(id), alt },
    type: value('type', type),
    tier: value('tier', tier),
    partnershipKinds: kinds.map((i) => value('partnershipKinds', i)),
    collaborationAreas: areas.map((i) => value('collaborationAreas', i)),
    region: value('region', region),
    memberSince,
    fallbacks: Object.entries(FALLBACK_BITS)
      .filter(([, bit]) => bits & bit)
      .map(([pointer]) => pointer),
  }));
}
