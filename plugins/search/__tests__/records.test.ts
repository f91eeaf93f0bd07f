import { describe, expect, it } from 'vitest';
import { countEntries, entryRecords, facetAttributes, indexSettings, localeRecords, recordBytes, splitText, type SearchRecord } from '../records';
import { ENTRY_TYPES } from '../entryTypes';
import { collections, entry, references } from './fixtures';

const zh = { locale: 'zh-Hans', localeBaseUrl: '/', siteUrl: 'https://example.org', collections: collections(), references: references('zh') };
const en = { ...zh, locale: 'en', localeBaseUrl: '/en/', references: references('en') };
const course = ENTRY_TYPES.find((t) => t.type === 'course')!;

describe('Algolia records', () => {
  it('has one record per entry with a page, per locale (projects and unknown collections have none)', () => {
    const records = [...localeRecords(zh), ...localeRecords(en)];
    expect(records.map((r) => r.objectID).sort()).toEqual([
      'en/course/distributed-tracing',
      'en/course/otel-intro',
      'en/partner/lanfeng-cloud',
      'zh-Hans/course/distributed-tracing',
      'zh-Hans/course/otel-intro',
      'zh-Hans/partner/lanfeng-cloud',
    ]);
    expect(countEntries(records)).toEqual({ course: { 'zh-Hans': 2, en: 2 }, partner: { 'zh-Hans': 1, en: 1 } });
  });

  it('carries title, description, URL of the page route, locale and type', () => {
    const [record] = localeRecords(en).filter((r) => r.id === 'distributed-tracing');
    expect(record).toMatchObject({
      title: 'Distributed Tracing',
      description: 'Follow a request.',
      content: 'Long text.',
      url: 'https://example.org/en/courses/distributed-tracing/',
      path: '/en/courses/distributed-tracing/',
      locale: 'en',
      entryType: 'course',
      hierarchy: { lvl0: 'Course', lvl1: 'Distributed Tracing' },
      type: 'lvl1',
    });
    const partner = localeRecords(zh).find((r) => r.entryType === 'partner')!;
    expect(partner).toMatchObject({ title: 'Lanfeng Cloud', path: '/partners/lanfeng-cloud/', hierarchy: { lvl0: '合作伙伴' } });
  });

  it('puts the enum and reference fields of the schema under facets, by their schema names', () => {
    const [record] = localeRecords(zh).filter((r) => r.id === 'distributed-tracing');
    expect(record!.facets).toEqual({ level: 'intermediate', topics: ['tracing'], prerequisites: ['otel-intro'] });
    expect(localeRecords(zh).find((r) => r.entryType === 'partner')!.facets).toEqual({ type: 'cloud-provider', tier: 'gold' });
    expect(facetAttributes(references('zh'))).toEqual(['level', 'prerequisites', 'tier', 'topics', 'type']);
    const settings = indexSettings(references('zh'), ['zh-Hans', 'en', 'pt-BR']);
    expect(settings.indexLanguages).toEqual(['zh', 'en', 'pt']);
    expect(settings.queryLanguages).toEqual(['zh', 'en', 'pt']);
    expect(settings.attributesForFaceting).toEqual(expect.arrayContaining(['facets.level', 'facets.tier', 'facets.type', 'entryType', 'filterOnly(locale)']));
    expect(settings.searchableAttributes[0]).toBe('title');
  });

  it('splits a long description into several records under the size limit, the text kept whole', () => {
    const sentence = '上下文传播让一条调用链跨越服务保持完整。';
    const long = entry('courses', 'course', 'long', { title: '长课程', summary: '摘要', description: sentence.repeat(200), level: 'advanced' });
    const limit = 2000;
    const records = entryRecords(long, course, zh, limit);
    expect(records.length).toBeGreaterThan(3);
    for (const r of records) expect(recordBytes(r)).toBeLessThanOrEqual(limit);
    expect(records.map((r) => r.content).join('')).toBe(sentence.repeat(200));
    expect(records.map((r) => r.objectID)).toEqual(records.map((_, i) => `zh-Hans/course/long${i === 0 ? '' : `#${i + 1}`}`));
    expect(records.slice(1).every((r: SearchRecord) => r.type === 'content' && r.id === 'long' && r.path === '/courses/long/')).toBe(true);
  });

  it('cuts a single sentence longer than a record', () => {
    const pieces = splitText('a'.repeat(100), 30);
    expect(pieces.join('')).toBe('a'.repeat(100));
    expect(pieces.every((p) => Buffer.byteLength(p) <= 30)).toBe(true);
  });

  it('refuses an entry whose fields alone exceed the limit', () => {
    const huge = entry('courses', 'course', 'huge', { title: 'x'.repeat(3000), summary: 's' });
    expect(() => entryRecords(huge, course, zh, 2000)).toThrow('data/courses/huge.yaml');
  });
});
