import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { buildPartnerPages, DEFAULT_PAGE_SIZE, type PartnerSources } from '../buildPages';
import { decodeIndex } from '../theme/PartnerDirectoryPage/_utils';
import type { DirectoryProps, PartnerPageProps, ProgramPageProps } from '../types';

const siteDir = path.resolve(__dirname, '../../..');
const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const entries = (collection: string, kind: string) => localize(dataSet.collections[collection]!.filter((e) => e.kind === kind), undefined, 'zh-Hans').entries as LocalizedEntry<never>[];

function sources(overrides: Partial<PartnerSources> = {}): PartnerSources {
  return {
    partners: entries('partners', 'partner'),
    tiers: entries('partners', 'tier'),
    kinds: entries('partners', 'partnershipKind'),
    types: entries('partners', 'partnerType'),
    integrations: entries('integrations', 'integration'),
    events: entries('events', 'event'),
    references: dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data')),
    ...overrides,
  };
}

const partnerIds = dataSet.collections.partners!.filter((e) => e.kind === 'partner').map((e) => e.id);
const raw = (id: string) => dataSet.collections.partners!.find((e) => e.id === id)!.data as Record<string, unknown>;

describe('partner pages from the data', () => {
  const { pages, index } = buildPartnerPages(sources(), { base: '/', locale: 'zh-Hans', pageSize: 5 });
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const directory = pages.filter((p) => p.component === '@theme/PartnerDirectoryPage').map((p) => p.props as DirectoryProps);

  it('has a page for every partner, none dropped, and the program page', () => {
    expect(partnerIds.length).toBeGreaterThanOrEqual(12);
    for (const id of partnerIds) expect(byPath.get(`/partners/${id}/`)?.component).toBe('@theme/PartnerPage');
    expect(byPath.get('/partners/program/')?.component).toBe('@theme/PartnerProgramPage');
  });

  it('splits the directory into static pages that together list every partner once', () => {
    expect(byPath.has('/partners/')).toBe(true);
    expect(byPath.has('/partners/page/2/')).toBe(true);
    expect(byPath.has('/partners/page/1/')).toBe(false);
    expect(directory).toHaveLength(Math.ceil(partnerIds.length / 5));
    expect(directory.every((d) => d.cards.length <= 5 && d.total === partnerIds.length && d.pageCount === directory.length)).toBe(true);
    expect(directory.flatMap((d) => d.cards.map((c) => c.id)).sort()).toEqual([...partnerIds].sort());
    expect(directory.map((d) => d.page)).toEqual(directory.map((_, i) => i + 1));
  });

  it('orders the directory by tier (highest first), then name', () => {
    const order = directory.flatMap((d) => d.cards);
    const ranks = order.map((c) => directory[0]!.tierRank[c.tier]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(directory[0]!.tierRank).toEqual({ community: 1, bronze: 2, silver: 3, gold: 4, platinum: 5 });
  });

  it('ships in the index every partner in the same order as the static pages', () => {
    const decoded = decodeIndex(index, directory[0]!.facets);
    expect(decoded).toEqual(directory.flatMap((d) => d.cards));
  });

  it('offers every value the schema allows, labelled from the schema, with counts over all partners', () => {
    const d = directory[0]!;
    const schema = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/partners.schema.json'), 'utf8'));
    const props = schema.$defs.partner.properties;
    expect(d.facets.tier.map((o) => o.value)).toEqual(props.tier.enum);
    expect(d.facets.collaborationAreas.map((o) => o.value)).toEqual(props.collaborationAreas.items.enum);
    expect(d.facets.tier.find((o) => o.value === 'gold')?.label).toBe('金牌');
    for (const a of d.facets.collaborationAreas) expect(d.counts.collaborationAreas[a.value]).toBe(partnerIds.filter((id) => (raw(id).collaborationAreas as string[]).includes(a.value)).length);
    for (const t of d.facets.type) expect(d.counts.type[t.value]).toBe(partnerIds.filter((id) => raw(id).type === t.value).length);
  });

  it('gives a partner its labels, its tier’s benefits, the integrations it provides and the events it organizes', () => {
    const calderwave = byPath.get('/partners/calderwave/')!.props as PartnerPageProps;
    expect(calderwave.labels.tier).toBe('金牌');
    expect(calderwave.tier.benefits.map((b) => b.text)).toEqual((dataSet.collections.partners!.find((e) => e.id === 'gold')!.data as { benefits: string[] }).benefits);
    const provided = dataSet.collections.integrations!.filter((e) => (e.data as { provider?: string }).provider === 'calderwave').map((e) => e.id);
    expect(provided.length).toBeGreaterThan(0);
    expect(calderwave.integrations.map((i) => i.id)).toEqual(provided.sort());
    const sz = byPath.get('/partners/shenzhen-observability-user-group/')!.props as PartnerPageProps;
    const organized = dataSet.collections.events!.filter((e) => (e.data as { organizer?: { partner?: string } }).organizer?.partner === 'shenzhen-observability-user-group');
    expect(sz.events.map((e) => e.id).sort()).toEqual(organized.map((e) => e.id).sort());
    expect(sz.events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))).toBe(true);
    expect([...sz.events.map((e) => e.date)]).toEqual([...sz.events.map((e) => e.date)].sort());
  });

  it('builds the program page: tiers by rank, kinds by depth, every type, the template fields from the schema', () => {
    const program = byPath.get('/partners/program/')!.props as ProgramPageProps;
    expect(program.tiers.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(program.kinds.map((k) => k.rank)).toEqual([...program.kinds.map((k) => k.rank)].sort());
    expect(program.types).toHaveLength(dataSet.collections.partners!.filter((e) => e.kind === 'partnerType').length);
    expect(program.templateFields.map((f) => f.path)).toEqual(expect.arrayContaining(['id', 'name', 'tier', 'logo', 'logo.src', 'logo.alt', 'memberSince']));
    expect(program.templateFields.find((f) => f.path === 'tier')?.values).toEqual(['community', 'bronze', 'silver', 'gold', 'platinum']);
    expect(Object.values(program.tierCounts).reduce((a, b) => a + b, 0)).toBe(partnerIds.length);
  });

  it('puts the English base in every link of the English site', () => {
    const en = buildPartnerPages(sources(), { base: '/en/', locale: 'en', pageSize: DEFAULT_PAGE_SIZE }).pages;
    expect(en.every((p) => p.path.startsWith('/en/partners/'))).toBe(true);
    const d = en[0]!.props as DirectoryProps;
    expect(d.directoryPermalink).toBe('/en/partners/');
    expect(d.programPermalink).toBe('/en/partners/program/');
  });
});
