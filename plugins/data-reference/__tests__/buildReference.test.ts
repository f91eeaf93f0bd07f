import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemas } from '../../data-engine/schemas';
import { buildCollectionReference } from '../buildReference';
import { getReferenceTranslationFiles, translateReferences } from '../translations';
import { referenceRoutes } from '../routes';

const site = path.join(__dirname, '../../community-data/__tests__/__fixtures__/minimal-site');
const schemas = loadSchemas(site, 'data/schemas');
const common = JSON.parse(fs.readFileSync(path.join(site, 'data/schemas/common.schema.json'), 'utf8'));
const partners = buildCollectionReference(schemas.collections.find((c) => c.name === 'partners')!, common, 'data');

describe('data reference from a schema', () => {
  it('lists every field, nested ones with their path, in schema order', () => {
    expect(partners.kinds.map((k) => k.kind)).toEqual(['partner']);
    expect(partners.kinds[0]!.folder).toBe('data/partners/');
    expect(partners.kinds[0]!.fields.map((f) => f.path)).toEqual(['id', 'name', 'tier', 'summary', 'logo', 'logo.src', 'logo.alt']);
  });

  it('carries type, required, allowed values with labels, translatable and constraints from the schema', () => {
    const byPath = Object.fromEntries(partners.kinds[0]!.fields.map((f) => [f.path, f]));
    expect(byPath.tier).toMatchObject({ type: 'string', required: true, translatable: false, title: '级别' });
    expect(byPath.tier!.enum).toContainEqual({ value: 'gold', label: '金牌' });
    expect(byPath.name).toMatchObject({ required: true, translatable: true });
    expect(byPath.summary!.required).toBe(false);
    expect(byPath.id!.constraints).toContain('pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(byPath['logo.src']!.title).toBe('路径');
  });

  it('changes when the schema changes (nothing restated by hand)', () => {
    const def = structuredClone(schemas.collections.find((c) => c.name === 'partners')!);
    const partner = (def.schema.$defs as Record<string, { properties: Record<string, unknown> }>).partner!;
    partner.properties.region = { title: '地区', description: '总部所在地区。', type: 'string', enum: ['europe'], enumDescriptions: ['欧洲'] };
    const ref = buildCollectionReference(def, common, 'data');
    expect(ref.kinds[0]!.fields.map((f) => f.path)).toContain('region');
  });

  it('extracts every string for translation and applies translations by the same keys', () => {
    const [file] = getReferenceTranslationFiles([partners]);
    expect(file!.path).toBe('partners');
    expect(file!.content['partners.partner.tier.enum.gold']!.message).toBe('金牌');
    expect(file!.content['partners.partner.logo.alt.title']!.message).toBe('替代文本');
    const [translated] = translateReferences([partners], [{ path: 'partners', content: { 'partners.partner.tier.enum.gold': { message: 'Gold' }, 'partners.title': { message: 'Partners' } } }]);
    expect(translated!.title).toBe('Partners');
    expect(translated!.kinds[0]!.fields.find((f) => f.path === 'tier')!.enum!.find((o) => o.value === 'gold')!.label).toBe('Gold');
    // Untranslated strings stay in the source language; the original is not mutated.
    expect(translated!.kinds[0]!.fields.find((f) => f.path === 'name')!.title).toBe('名称');
    expect(partners.title).toBe('合作伙伴');
  });

  it('builds an index route and one route per collection under the base path', () => {
    const routes = referenceRoutes([partners], { partners: [] }, '/en/reference/data');
    expect(routes.map((r) => r.path)).toEqual(['/en/reference/data/', '/en/reference/data/partners/']);
  });
});
