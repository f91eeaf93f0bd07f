import { describe, expect, it } from 'vitest';
import type { Facets, PartnerCard } from '../../../types';
import {
  applyFilters,
  decodeIndex,
  emptyViewState,
  encodeIndex,
  facetCounts,
  isStaticView,
  pageHref,
  pageSlice,
  pageWindow,
  parseSearch,
  serializeSearch,
  sortCards,
  toggleValue,
  type ViewState,
} from '../_utils';

const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const facets: Facets = {
  type: opts('cloud-provider', 'monitoring-vendor', 'user-group'),
  tier: opts('community', 'silver', 'gold', 'platinum'),
  partnershipKinds: opts('technical-partnership', 'community-partnership'),
  collaborationAreas: opts('tracing', 'metrics', 'logs'),
  region: opts('asia-pacific', 'europe', 'global'),
};
const tierRank = { community: 1, silver: 3, gold: 4, platinum: 5 };

function card(id: string, over: Partial<PartnerCard> = {}): PartnerCard {
  return {
    id,
    name: id,
    logo: { src: `/img/partners/${id}.svg`, alt: `${id} logo` },
    type: 'cloud-provider',
    tier: 'community',
    partnershipKinds: ['technical-partnership'],
    collaborationAreas: ['tracing'],
    region: 'europe',
    memberSince: '2024-01-01',
    fallbacks: [],
    ...over,
  };
}

const cards = [
  card('alpha', { name: 'Alpha Cloud', tier: 'gold', collaborationAreas: ['tracing', 'metrics'], memberSince: '2022-05-01' }),
  card('beta', { name: 'beta Vendor', type: 'monitoring-vendor', tier: 'platinum', region: 'global', memberSince: '2023-02-01' }),
  card('gamma', { name: 'São Gamma', type: 'user-group', partnershipKinds: ['community-partnership'], collaborationAreas: ['logs'], region: 'asia-pacific' }),
  card('delta', { name: 'Delta', tier: 'gold', collaborationAreas: ['metrics'], region: 'asia-pacific', memberSince: '2022-05-01' }),
];
const ids = (list: PartnerCard[]) => list.map((c) => c.id);
const state = (over: Partial<ViewState>): ViewState => ({ ...emptyViewState(), ...over });

describe('URL ⇄ view state', () => {
  it('reads schema field names, several values per field, name, sort and page', () => {
    const s = parseSearch('?tier=gold&type=cloud-provider&tier=platinum&collaborationAreas=logs&name=Cl&sort=name&page=3', facets);
    expect(s).toEqual(state({ tier: ['gold', 'platinum'], type: ['cloud-provider'], collaborationAreas: ['logs'], name: 'Cl', sort: 'name', page: 3 }));
  });

  it('ignores unknown parameters, unknown values, bad sorts and bad pages', () => {
    expect(parseSearch('tier=diamond&colour=red&sort=random&page=0&page=x', facets)).toEqual(emptyViewState());
    expect(parseSearch('page=-2', facets).page).toBe(1);
    expect(parseSearch('', facets)).toEqual(emptyViewState());
  });

  it('writes fields in a fixed order and values in facet order, defaults left out', () => {
    const s = state({ tier: ['platinum', 'gold'], region: ['global'], type: ['user-group'], name: 'a b', sort: 'memberSince', page: 2 });
    expect(serializeSearch(s, facets)).toBe('?type=user-group&tier=gold&tier=platinum&region=global&name=a+b&sort=memberSince&page=2');
    expect(serializeSearch(emptyViewState(), facets)).toBe('');
    expect(serializeSearch(state({ name: '   ' }), facets)).toBe('');
  });

  it('round-trips', () => {
    const s = state({ partnershipKinds: ['community-partnership'], collaborationAreas: ['tracing', 'logs'], name: 'São', sort: 'name' });
    expect(parseSearch(serializeSearch(s, facets), facets)).toEqual({ ...s, collaborationAreas: ['tracing', 'logs'] });
  });

  it('caps an absurdly long name query', () => {
    expect(parseSearch(`name=${'x'.repeat(500)}`, facets).name).toHaveLength(100);
  });

  it('knows the static view: no filter, no search, default order', () => {
    expect(isStaticView(emptyViewState())).toBe(true);
    expect(isStaticView(state({ page: 4 }))).toBe(true);
    expect(isStaticView(state({ tier: ['gold'] }))).toBe(false);
    expect(isStaticView(state({ name: 'x' }))).toBe(false);
    expect(isStaticView(state({ sort: 'name' }))).toBe(false);
  });
});

describe('filtering', () => {
  it('OR within a field', () => {
    expect(ids(applyFilters(cards, state({ tier: ['gold', 'platinum'] }), facets))).toEqual(['alpha', 'beta', 'delta']);
    expect(ids(applyFilters(cards, state({ collaborationAreas: ['logs', 'metrics'] }), facets))).toEqual(['alpha', 'gamma', 'delta']);
  });

  it('AND across fields, and narrowing never adds', () => {
    const gold = applyFilters(cards, state({ tier: ['gold'] }), facets);
    const goldAsia = applyFilters(cards, state({ tier: ['gold'], region: ['asia-pacific'] }), facets);
    expect(ids(goldAsia)).toEqual(['delta']);
    expect(goldAsia.every((c) => gold.includes(c))).toBe(true);
    expect(applyFilters(cards, state({ tier: ['platinum'], type: ['user-group'] }), facets)).toEqual([]);
  });

  it('filters on the name: case- and width-insensitive substring', () => {
    expect(ids(applyFilters(cards, state({ name: 'CLOUD' }), facets))).toEqual(['alpha']);
    expect(ids(applyFilters(cards, state({ name: 'são' }), facets))).toEqual(['gamma']);
    expect(ids(applyFilters(cards, state({ name: 'ｂｅｔａ' }), facets))).toEqual(['beta']);
    expect(ids(applyFilters(cards, state({ name: '  ' }), facets))).toEqual(ids(cards));
    expect(ids(applyFilters(cards, state({ name: 'gamma', tier: ['gold'] }), facets))).toEqual([]);
  });

  it('counts each value given the other filters, ignoring the field’s own selection', () => {
    const s = state({ tier: ['gold'], region: ['asia-pacific'] });
    expect(Object.fromEntries(facetCounts(cards, s, 'tier', facets))).toEqual({ community: 1, silver: 0, gold: 1, platinum: 0 });
    expect(Object.fromEntries(facetCounts(cards, s, 'region', facets))).toEqual({ 'asia-pacific': 1, europe: 1, global: 0 });
    // A multi-valued field counts a partner once per value it has.
    expect(Object.fromEntries(facetCounts(cards, emptyViewState(), 'collaborationAreas', facets))).toEqual({ tracing: 2, metrics: 2, logs: 1 });
    // The name filter narrows every count.
    expect(Object.fromEntries(facetCounts(cards, state({ name: 'delta' }), 'tier', facets))).toEqual({ community: 0, silver: 0, gold: 1, platinum: 0 });
  });

  it('toggles a value on and off and goes back to the first page', () => {
    const on = toggleValue(state({ page: 3 }), 'tier', 'gold', true);
    expect(on.tier).toEqual(['gold']);
    expect(on.page).toBe(1);
    expect(toggleValue(on, 'tier', 'gold', false).tier).toEqual([]);
    expect(toggleValue(on, 'tier', 'gold', true).tier).toEqual(['gold']);
  });
});

describe('sorting', () => {
  it('by tier (highest first) then name, by name, by member since then name', () => {
    expect(ids(sortCards(cards, 'tier', tierRank, 'en'))).toEqual(['beta', 'alpha', 'delta', 'gamma']);
    expect(ids(sortCards(cards, 'name', tierRank, 'en'))).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(ids(sortCards(cards, 'memberSince', tierRank, 'en'))).toEqual(['alpha', 'delta', 'beta', 'gamma']);
  });

  it('orders Chinese names by pinyin in zh-Hans and never mutates its input', () => {
    const zh = [card('z', { name: '知途学院' }), card('a', { name: '澄析可观测' }), card('l', { name: '岚峰云' })];
    const copy = [...zh];
    expect(sortCards(zh, 'name', tierRank, 'zh-Hans').map((c) => c.name)).toEqual(['澄析可观测', '岚峰云', '知途学院']);
    expect(zh).toEqual(copy);
  });

  it('breaks ties on the id, so the order is total', () => {
    const twins = [card('b', { name: 'Same' }), card('a', { name: 'same' })];
    expect(ids(sortCards(twins, 'name', tierRank, 'en'))).toEqual(['a', 'b']);
  });
});

describe('paging', () => {
  const items = Array.from({ length: 25 }, (_, i) => i);
  it('slices pages and clamps past the end', () => {
    expect(pageSlice(items, 1, 12)).toEqual({ items: items.slice(0, 12), page: 1, pageCount: 3 });
    expect(pageSlice(items, 3, 12).items).toEqual([24]);
    expect(pageSlice(items, 9, 12).page).toBe(3);
    expect(pageSlice([], 1, 12)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it('links static pages for the default view, the query for any other', () => {
    expect(pageHref(emptyViewState(), 1, facets, '/partners/')).toBe('/partners/');
    expect(pageHref(emptyViewState(), 4, facets, '/en/partners/')).toBe('/en/partners/page/4/');
    expect(pageHref(state({ tier: ['gold'] }), 2, facets, '/partners/')).toBe('/partners/?tier=gold&page=2');
    expect(pageHref(state({ tier: ['gold'], page: 2 }), 1, facets, '/partners/')).toBe('/partners/?tier=gold');
  });

  it('shows first, last and two pages either side, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 84)).toEqual([1, 0, 8, 9, 10, 11, 12, 0, 84]);
    expect(pageWindow(84, 84)).toEqual([1, 0, 82, 83, 84]);
  });
});

describe('compact index', () => {
  it('round-trips every card, leaving out conventional logo paths', () => {
    const odd = card('odd', { logo: { src: '/img/partners/other.png', alt: 'Odd' }, fallbacks: ['/name', '/logo/alt'] });
    const all = [...cards, odd];
    const index = encodeIndex(all, facets);
    expect(index.rows[0]![2]).toBe('');
    expect(index.rows[4]![2]).toBe('/img/partners/other.png');
    expect(decodeIndex(JSON.parse(JSON.stringify(index)), facets)).toEqual(all);
  });

  it('is smaller than the cards as JSON', () => {
    const many = Array.from({ length: 200 }, (_, i) => card(`partner-${i}`, { collaborationAreas: ['tracing', 'metrics', 'logs'] }));
    expect(JSON.stringify(encodeIndex(many, facets)).length).toBeLessThan(JSON.stringify(many).length / 2);
  });
});
