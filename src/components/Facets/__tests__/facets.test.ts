import { describe, expect, it } from 'vitest';
import { countOptions, isEmptySelection, matchesSelection, matchesText, parseSelection, toggleOption, writeSelection, type Facet } from '../facets';

interface Partner {
  name: string;
  tier: string;
  areas: string[];
}

const partners: Partner[] = [
  { name: 'Lumen Cloud', tier: 'gold', areas: ['tracing', 'metrics'] },
  { name: 'Harbor Labs', tier: 'silver', areas: ['logs'] },
  { name: '蓝峰云', tier: 'gold', areas: ['logs', 'tracing'] },
  { name: 'Ferrule', tier: 'community', areas: [] },
];

const facets: Facet<Partner>[] = [
  {
    field: 'tier',
    options: [
      { value: 'community', label: 'Community' },
      { value: 'silver', label: 'Silver' },
      { value: 'gold', label: 'Gold' },
    ],
    valuesOf: (p) => [p.tier],
  },
  {
    field: 'areas',
    aliases: ['area'],
    options: [
      { value: 'tracing', label: 'Tracing' },
      { value: 'metrics', label: 'Metrics' },
      { value: 'logs', label: 'Logs' },
    ],
    valuesOf: (p) => p.areas,
  },
];

const names = (selection: Record<string, string[]>) => partners.filter((p) => matchesSelection(p, selection, facets)).map((p) => p.name);

describe('URL ⇄ selection', () => {
  it('reads schema names and aliases, drops unknown values and parameters, keeps option order', () => {
    const selection = parseSelection(new URLSearchParams('?tier=gold&tier=platinum&area=logs&areas=tracing&tier=community&utm=x'), facets);
    expect(selection).toEqual({ tier: ['community', 'gold'], areas: ['tracing', 'logs'] });
  });

  it('writes schema names only, in facet then option order, each value once', () => {
    const params = new URLSearchParams();
    writeSelection(params, { areas: ['logs', 'tracing', 'logs'], tier: ['gold', 'bogus'] }, facets);
    expect(params.toString()).toBe('tier=gold&areas=tracing&areas=logs');
  });

  it('round-trips', () => {
    const selection = { tier: ['silver', 'gold'], areas: ['metrics'] };
    const params = new URLSearchParams();
    writeSelection(params, selection, facets);
    expect(parseSelection(params, facets)).toEqual(selection);
  });

  it('an empty selection is empty', () => {
    expect(isEmptySelection(parseSelection(new URLSearchParams(''), facets))).toBe(true);
    expect(isEmptySelection({ tier: ['gold'], areas: [] })).toBe(false);
  });
});

describe('matching', () => {
  it('ORs values within a facet', () => {
    expect(names({ tier: ['gold', 'silver'], areas: [] })).toEqual(['Lumen Cloud', 'Harbor Labs', '蓝峰云']);
  });

  it('ANDs across facets', () => {
    expect(names({ tier: ['gold'], areas: ['logs'] })).toEqual(['蓝峰云']);
  });

  it('an item with no value for a list facet fails any selection of it', () => {
    expect(names({ tier: [], areas: ['tracing', 'metrics', 'logs'] })).not.toContain('Ferrule');
  });

  it('can leave one facet out', () => {
    expect(partners.filter((p) => matchesSelection(p, { tier: ['silver'], areas: ['tracing'] }, facets, 'areas')).map((p) => p.name)).toEqual(['Harbor Labs']);
  });
});

describe('counts', () => {
  it("ignore the facet's own selection but apply the others", () => {
    const selection = { tier: ['gold'], areas: ['logs'] };
    const tierCounts = countOptions(partners, facets[0]!, (p) => matchesSelection(p, selection, facets, 'tier'));
    expect(Object.fromEntries(tierCounts)).toEqual({ community: 0, silver: 1, gold: 1 });
    const areaCounts = countOptions(partners, facets[1]!, (p) => matchesSelection(p, selection, facets, 'areas'));
    expect(Object.fromEntries(areaCounts)).toEqual({ tracing: 2, metrics: 1, logs: 1 });
  });
});

describe('toggle and text', () => {
  it('checks and unchecks a value without touching other fields', () => {
    const on = toggleOption({ tier: ['gold'], areas: ['logs'] }, 'tier', 'silver', true);
    expect(on).toEqual({ tier: ['gold', 'silver'], areas: ['logs'] });
    expect(toggleOption(on, 'tier', 'gold', false)).toEqual({ tier: ['silver'], areas: ['logs'] });
  });

  it('matches text case-, width- and space-insensitively', () => {
    expect(matchesText('lumen  CLOUD', ['Lumen Cloud'])).toBe(true);
    expect(matchesText('ＬＵＭＥＮ', ['Lumen Cloud'])).toBe(true);
    expect(matchesText('蓝峰', ['蓝峰云', 'Lanfeng Cloud'])).toBe(true);
    expect(matchesText('harbor', ['Lumen Cloud'])).toBe(false);
    expect(matchesText('  ', ['anything'])).toBe(true);
  });
});
