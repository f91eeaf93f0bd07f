import { describe, expect, it } from 'vitest';
import { toggleOption } from '../../../../../src/components/Facets/facets';
import type { IntegrationCard, RegistryProps } from '../../../types';
import {
  applyFilters,
  emptyFilterState,
  facetCounts,
  FACET_FIELDS,
  isEmptyFilterState,
  MAX_NAME_QUERY,
  parseFilterSearch,
  registryFacets,
  serializeFilterState,
  type FilterState,
} from '../_utils';

const props: Pick<RegistryProps, 'facets' | 'fieldTitles'> = {
  facets: {
    category: [
      { value: 'cloud-platform', label: '云平台集成' },
      { value: 'exporter', label: '导出器' },
      { value: 'visualization', label: '可视化' },
    ],
    maintainer: [
      { value: 'official', label: '官方维护' },
      { value: 'community', label: '社区维护' },
    ],
    status: [
      { value: 'stable', label: '稳定版' },
      { value: 'beta', label: '测试版' },
    ],
    signals: [
      { value: 'traces', label: '追踪' },
      { value: 'metrics', label: '指标' },
      { value: 'logs', label: '日志' },
    ],
  },
  fieldTitles: { verified: '已认证' } as RegistryProps['fieldTitles'],
};
const facets = registryFacets(props);

function card(id: string, name: string, category: string, status: string, maintainer: string, signals: string[], verified: boolean): IntegrationCard {
  return { id, name, summary: '', permalink: `/integrations/${id}/`, category, maintainer, status, signals, verified, supportedVersions: ['1.x'], fallbacks: [] };
}

const cards: IntegrationCard[] = [
  card('aws', 'AWS 云平台集成', 'cloud-platform', 'stable', 'official', ['traces', 'metrics', 'logs'], true),
  card('azure', 'Azure Cloud Integration', 'cloud-platform', 'beta', 'community', ['metrics'], false),
  card('prom', 'Prometheus 导出器', 'exporter', 'stable', 'official', ['metrics'], true),
  card('signal', 'Signalhaven Exporter', 'exporter', 'beta', 'official', ['traces', 'logs'], false),
  card('grafana', 'Grafana 仪表盘', 'visualization', 'stable', 'community', ['metrics', 'traces'], false),
];
const ids = (list: IntegrationCard[]) => list.map((c) => c.id);
const parse = (search: string) => parseFilterSearch(search, facets);
const filter = (search: string) => ids(applyFilters(cards, parse(search), facets));

describe('registryFacets', () => {
  it('has one facet per filterable field, URL parameters named as the schema fields', () => {
    expect(facets.map((f) => f.field)).toEqual([...FACET_FIELDS]);
    expect(facets.find((f) => f.field === 'verified')!.options).toEqual([{ value: 'true', label: '已认证' }]);
  });
});

describe('URL ⇄ state', () => {
  it('reads nothing from an empty query', () => {
    expect(isEmptyFilterState(parse(''))).toBe(true);
    expect(isEmptyFilterState(parse('?'))).toBe(true);
    expect(serializeFilterState(emptyFilterState(), facets)).toBe('');
  });

  it('reads every field by its schema name, repeated parameters as several values, and the name text', () => {
    const state = parse('?category=exporter&status=stable&status=beta&maintainer=official&signals=logs&verified=true&name=prom');
    expect(state.selection).toEqual({ category: ['exporter'], status: ['stable', 'beta'], maintainer: ['official'], signals: ['logs'], verified: ['true'] });
    expect(state.name).toBe('prom');
  });

  it('ignores unknown parameters and values, and verified=false (only verified ones can be singled out)', () => {
    const state = parse('?category=nope&status=STABLE&tier=gold&verified=false&verified=yes');
    expect(isEmptyFilterState(state)).toBe(true);
  });

  it('writes fields in page order and values in schema order, whatever order they were checked in', () => {
    let state: FilterState = emptyFilterState();
    state = { ...state, selection: toggleOption(state.selection, 'status', 'beta', true) };
    state = { ...state, selection: toggleOption(state.selection, 'category', 'visualization', true) };
    state = { ...state, selection: toggleOption(state.selection, 'category', 'cloud-platform', true) };
    state = { ...state, name: 'Azure cloud' };
    expect(serializeFilterState(state, facets)).toBe('?category=cloud-platform&category=visualization&status=beta&name=Azure+cloud');
    expect(parse(serializeFilterState(state, facets)).name).toBe('Azure cloud');
  });

  it('round-trips: what it writes it reads back as the same filters', () => {
    const search = '?category=exporter&status=stable&signals=traces&signals=metrics&verified=true&name=x';
    expect(serializeFilterState(parse(search), facets)).toBe(search);
  });

  it('keeps a name being typed as typed (a trailing space survives), drops a blank one, caps its length', () => {
    expect(serializeFilterState({ selection: {}, name: 'AWS ' }, facets)).toBe('?name=AWS+');
    expect(serializeFilterState({ selection: {}, name: '   ' }, facets)).toBe('');
    expect(parse(`?name=${'a'.repeat(500)}`).name).toHaveLength(MAX_NAME_QUERY);
  });
});

describe('filtering', () => {
  it('lists everything when nothing is filtered', () => {
    expect(filter('')).toEqual(ids(cards));
  });

  it('combines values of one field with OR', () => {
    expect(filter('?category=exporter&category=visualization')).toEqual(['prom', 'signal', 'grafana']);
    expect(filter('?signals=logs&signals=metrics')).toEqual(['aws', 'azure', 'prom', 'signal', 'grafana']);
  });

  it('combines fields with AND, so adding a field narrows', () => {
    expect(filter('?status=stable')).toEqual(['aws', 'prom', 'grafana']);
    expect(filter('?status=stable&maintainer=official')).toEqual(['aws', 'prom']);
    expect(filter('?status=stable&maintainer=official&category=exporter')).toEqual(['prom']);
    expect(filter('?status=beta&verified=true')).toEqual([]);
  });

  it('filters on verified', () => {
    expect(filter('?verified=true')).toEqual(['aws', 'prom']);
  });

  it('matches the name text case- and width-insensitively, anywhere in the name, with the facets', () => {
    expect(filter('?name=exporter')).toEqual(['signal']);
    expect(filter('?name=CLOUD')).toEqual(['azure']);
    expect(filter('?name=%EF%BC%A1%EF%BC%B7%EF%BC%B3')).toEqual(['aws']); // full-width ＡＷＳ
    expect(filter('?name=导出器')).toEqual(['prom']);
    expect(filter('?name=e&status=beta')).toEqual(['azure', 'signal']);
    expect(filter('?name=no-such-integration')).toEqual([]);
  });
});

describe('facetCounts', () => {
  const counts = (search: string, field: string) => Object.fromEntries(facetCounts(cards, parse(search), facets, facets.find((f) => f.field === field)!));

  it('counts every value over all cards when nothing is filtered', () => {
    expect(counts('', 'category')).toEqual({ 'cloud-platform': 2, exporter: 2, visualization: 1 });
    expect(counts('', 'signals')).toEqual({ traces: 3, metrics: 4, logs: 2 });
    expect(counts('', 'verified')).toEqual({ true: 2 });
  });

  it("leaves the field's own selection out (checking another value is an OR), applies the other fields and the name", () => {
    expect(counts('?status=stable', 'status')).toEqual({ stable: 3, beta: 2 });
    expect(counts('?status=stable', 'category')).toEqual({ 'cloud-platform': 1, exporter: 1, visualization: 1 });
    expect(counts('?status=stable&name=aws', 'category')).toEqual({ 'cloud-platform': 1, exporter: 0, visualization: 0 });
  });

  it('the count next to a value is what checking it alone (with the other fields) would show', () => {
    for (const facet of facets) {
      for (const option of facet.options) {
        const base = '?maintainer=official';
        const n = facetCounts(cards, parse(base), facets, facet).get(option.value);
        const state = parse(base);
        const checked: FilterState = { ...state, selection: { ...state.selection, [facet.field]: [option.value] } };
        expect(applyFilters(cards, checked, facets).length, `${facet.field}=${option.value}`).toBe(n);
      }
    }
  });
});
