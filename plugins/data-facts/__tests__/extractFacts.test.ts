import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { COUNTABLE, extractFacts, factIds } from '../extractFacts';
import { FACT_COMPONENTS } from '../components';

const siteDir = path.resolve(__dirname, '../../..');
const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const references = dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data'));
const collections: Record<string, LocalizedEntry[]> = Object.fromEntries(
  Object.entries(dataSet.collections).map(([name, entries]) => [name, localize(entries, undefined, 'zh-Hans').entries]),
);
const source = (collection: string, folder: string) => dataSet.collections[collection]!.filter((e) => e.folder === folder);

describe('facts extracted from the shipped data', () => {
  const store = extractFacts(collections, references, '/en/');

  it('has a record for every entry of every group, with the values the YAML holds', () => {
    for (const body of source('governance', 'bodies')) expect(store.bodies[body.id]!.seats).toBe(body.data.seats);
    for (const course of source('courses', '.')) expect(store.courses[course.id]!.durationWeeks).toBe(course.data.durationWeeks);
    for (const level of source('governance', 'recognition-levels')) expect(store.recognitionLevels[level.id]!.minPoints).toBe(level.data.minPoints);
    for (const tier of source('partners', 'tiers')) expect(store.tiers[tier.id]!.benefits).toEqual(tier.data.benefits);
    expect(Object.keys(store.certifications).sort()).toEqual(source('certifications', '.').map((e) => e.id).sort());
  });

  it('resolves names and enum labels instead of ids', () => {
    const tc = store.bodies['technical-committee']!;
    expect(tc.decisionMethod).toEqual({ id: 'lazy-consensus', name: '懒共识' });
    expect(tc.escalatesTo).toBe('技术指导委员会');
    expect(tc.meetingCadence).not.toBe('weekly');
    expect(store.courses['otel-intro']!.level).toBe('入门');
    expect(store.tiers.gold!.supportLevel).not.toBe('premium');
  });

  it('keeps vote thresholds and lifetime validity as data, not text', () => {
    expect(store.decisionMethods['super-majority']!.threshold).toEqual({ numerator: 2, denominator: 3, base: 'votes-cast', comparison: 'at-least' });
    expect(store.decisionMethods['lazy-consensus']!.objectionPeriodDays).toBe(3);
    expect(store.certifications.master!.validity).toEqual({ lifetime: true });
    expect(store.certifications.foundation!.validity).toEqual({ years: 2 });
  });

  it('orders ranked groups by rank and links courses and certifications under the locale base URL', () => {
    expect(Object.keys(store.recognitionLevels)).toEqual(['newbie', 'bronze', 'silver', 'gold', 'platinum']);
    expect(Object.keys(store.tiers)).toEqual(['community', 'bronze', 'silver', 'gold', 'platinum']);
    expect(store.courses['otel-intro']!.permalink).toBe('/en/courses/otel-intro/');
    expect(store.certifications.expert!.permalink).toBe('/en/certifications/expert/');
  });

  it('counts every countable collection from its entries', () => {
    for (const [id, { collection, folder }] of Object.entries(COUNTABLE)) expect(store.counts[id]!.value).toBe(source(collection, folder).length);
    expect(store.counts.courses!.value).toBeGreaterThanOrEqual(6);
  });

  it('follows a changed value (one source of truth)', () => {
    const changed = structuredClone(collections);
    const tc = changed.governance!.find((e) => e.folder === 'bodies' && e.id === 'technical-committee')!;
    tc.data.seats = 17;
    expect(extractFacts(changed, references, '/').bodies['technical-committee']!.seats).toBe(17);
  });

  it('lists ids per group for the remark plugin, and every component names a group that exists', () => {
    const ids = factIds(store);
    expect(ids.bodies).toContain('technical-committee');
    expect(ids.counts).toEqual(Object.keys(COUNTABLE));
    for (const spec of Object.values(FACT_COMPONENTS)) expect(Object.keys(store)).toContain(spec.group);
  });

  it('does not fail on an empty data set', () => {
    const empty = extractFacts({}, [], '/');
    expect(empty.bodies).toEqual({});
    expect(empty.counts.partners!.value).toBe(0);
  });
});
