import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { buildIntegrationPages, findIdClash, VERIFIED_PROGRAM_ID, type IntegrationSources } from '../buildPages';
import type { Integration, IntegrationPageProps, ProgramPageProps, RegistryProps } from '../types';

const siteDir = path.resolve(__dirname, '../../..');
const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const entries = (collection: string, kind: string) => localize(dataSet.collections[collection]!.filter((e) => e.kind === kind), undefined, 'zh-Hans').entries as LocalizedEntry<never>[];
const integrationEntries = () => entries('integrations', 'integration') as LocalizedEntry<Integration>[];

function sources(overrides: Partial<IntegrationSources> = {}): IntegrationSources {
  return {
    integrations: integrationEntries(),
    programs: entries('integrations', 'program'),
    partners: (entries('partners', 'partner') as LocalizedEntry<{ name: string }>[]).map((p) => ({ id: p.id, name: p.data.name, fallbacks: p.fallbacks })),
    references: dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data')),
    ...overrides,
  };
}

describe('integration pages from the data', () => {
  const pages = buildIntegrationPages(sources(), { base: '/' });
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const ids = integrationEntries().map((e) => e.id);
  const registry = byPath.get('/integrations/')!.props as RegistryProps;

  it('has a page for every integration and every program, none dropped', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(byPath.get(`/integrations/${id}/`)?.component).toBe('@theme/IntegrationPage');
    for (const p of dataSet.collections.integrations!.filter((e) => e.kind === 'program')) expect(byPath.get(`/integrations/${p.id}/`)?.component).toBe('@theme/IntegrationProgramPage');
    expect(byPath.get('/integrations/')?.component).toBe('@theme/IntegrationRegistryPage');
    expect(new Set(pages.map((p) => p.dataName)).size).toBe(pages.length);
  });

  it('puts every integration on the registry, grouped by category in schema order', () => {
    expect(registry.integrations.map((c) => c.id).sort()).toEqual([...ids].sort());
    const order = registry.facets.category.map((o) => o.value);
    const positions = registry.integrations.map((c) => order.indexOf(c.category));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p >= 0)).toBe(true);
  });

  it('labels facet values from the schema and offers only values some integration has', () => {
    expect(registry.facets.status).toEqual([
      { value: 'stable', label: '稳定版' },
      { value: 'beta', label: '测试版' },
    ]);
    expect(registry.facets.maintainer.map((o) => o.value)).toEqual(['official', 'community']);
    for (const field of ['category', 'signals'] as const) {
      const used = new Set(registry.integrations.flatMap((c) => (field === 'signals' ? c.signals : [c.category])));
      expect(new Set(registry.facets[field].map((o) => o.value))).toEqual(used);
    }
    expect(registry.fieldTitles.category).toBe('集成类别');
    expect(registry.fieldTitles.verified).toBe('已认证');
  });

  it('names the partner behind an integration, as text until partner pages exist', () => {
    const card = registry.integrations.find((c) => c.id === 'lanfeng-cloud-exporter')!;
    expect(card.provider).toEqual({ id: 'lanfeng-cloud', name: '岚峰云', fallback: false });
    expect(registry.integrations.find((c) => c.id === 'prometheus-exporter')!.provider).toBeUndefined();
    const page = byPath.get('/integrations/lanfeng-cloud-exporter/')!.props as IntegrationPageProps;
    expect(page.provider?.permalink).toBeUndefined();
  });

  it('links the provider to its partner page when the site builds them', () => {
    const linked = buildIntegrationPages(sources(), { base: '/en/', partnerPagesPath: 'partners' });
    const page = linked.find((p) => p.path === '/en/integrations/lanfeng-cloud-exporter/')!.props as IntegrationPageProps;
    expect(page.provider?.permalink).toBe('/en/partners/lanfeng-cloud/');
  });

  it('gives the integration page every field with labels in the locale', () => {
    const page = byPath.get('/integrations/prometheus-exporter/')!.props as IntegrationPageProps;
    expect(page.integration.supportedVersions).toEqual(['>=2.30 <2.40', '>=2.40']);
    expect(page.labels).toEqual({ category: '导出器', maintainer: '官方维护', status: '稳定版', signals: [{ value: 'metrics', label: '指标' }] });
    expect(page.verifiedProgram.permalink).toBe(`/integrations/${VERIFIED_PROGRAM_ID}/`);
  });

  it('lists on the Verified Integrations program page exactly the verified integrations', () => {
    const program = byPath.get(`/integrations/${VERIFIED_PROGRAM_ID}/`)!.props as ProgramPageProps;
    expect(program.verified!.map((v) => v.id).sort()).toEqual(integrationEntries().filter((e) => e.data.verified).map((e) => e.id).sort());
    expect(program.program.requirements.length).toBeGreaterThan(0);
    expect(program.fieldTitles.requirements).toBe('加入要求');
  });

  it('prefixes every path with the locale base URL', () => {
    expect(buildIntegrationPages(sources(), { base: '/en/' }).every((p) => p.path.startsWith('/en/integrations/'))).toBe(true);
  });
});

describe('bad input', () => {
  it('fails with the file and the id when an integration takes a program page id', () => {
    const [first, ...rest] = integrationEntries();
    const clashing = { ...first!, id: VERIFIED_PROGRAM_ID, file: 'data/integrations/verified-integrations.yaml' };
    expect(() => buildIntegrationPages(sources({ integrations: [clashing, ...rest] }), { base: '/' })).toThrow(
      'data/integrations/verified-integrations.yaml: the integration id "verified-integrations" is taken by the program page /integrations/verified-integrations/',
    );
    expect(findIdClash([{ id: 'a', file: 'a.yaml' }], [{ id: 'b' }])).toBeUndefined();
  });

  it('fails when the Verified Integrations program is missing, since "verified" refers to it', () => {
    expect(() => buildIntegrationPages(sources({ programs: [] }), { base: '/' })).toThrow(`data/integrations/programs/${VERIFIED_PROGRAM_ID}.yaml is missing`);
  });

  it('shows an unknown provider id as its id rather than dropping it', () => {
    const [first, ...rest] = integrationEntries();
    const odd = { ...first!, data: { ...first!.data, provider: 'nobody' } };
    const registry = buildIntegrationPages(sources({ integrations: [odd, ...rest] }), { base: '/' })[0]!.props as RegistryProps;
    expect(registry.integrations.find((c) => c.id === first!.id)!.provider).toEqual({ id: 'nobody', name: 'nobody', fallback: false });
  });
});
