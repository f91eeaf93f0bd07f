import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../index';
import { extractMessages, isTranslated, localize, translationKey } from '../translate';
import type { SourceEntry } from '../types';
import { FIXTURE_SITE } from './helpers';

const dataSet = loadDataSet({ siteDir: FIXTURE_SITE });
const partners = dataSet.collections.partners!;
const acme = partners.find((e) => e.id === 'acme')!;

/** An entry with translatable strings inside lists, as a course with modules would have. */
const course: SourceEntry = {
  id: 'otel-intro',
  collection: 'courses',
  folder: '.',
  kind: 'course',
  file: 'data/courses/otel-intro.yaml',
  data: {
    id: 'otel-intro',
    title: 'OpenTelemetry 入门',
    modules: [
      { week: 1, title: '概念' },
      { week: 2, title: '追踪' },
    ],
    skills: ['插桩', 'OpenTelemetry'],
    'a/b': '斜杠字段',
  },
  translatable: [
    { pointer: '/title', value: 'OpenTelemetry 入门' },
    { pointer: '/modules/0/title', value: '概念' },
    { pointer: '/modules/1/title', value: '追踪' },
    { pointer: '/skills/0', value: '插桩' },
    { pointer: '/skills/1', value: 'OpenTelemetry' },
    { pointer: '/a~1b', value: '斜杠字段' },
  ],
  references: [],
  staticFiles: [],
};

describe('extractMessages', () => {
  it('keys every translatable string of the fixture by collection, id and path (logo.alt included)', () => {
    const messages = extractMessages(partners);
    expect(Object.keys(messages).sort()).toEqual([
      'partners.acme.description',
      'partners.acme.logo.alt',
      'partners.acme.name',
      'partners.bronze.name',
      'partners.community.name',
      'partners.gold.name',
      'partners.platinum.name',
      'partners.silver.name',
    ]);
    expect(messages['partners.acme.logo.alt']).toEqual({ message: '极致观测标志', description: 'data/partners/acme.yaml → logo.alt' });
    expect(messages['partners.gold.name']).toEqual({ message: '金牌', description: 'data/partners/tiers/gold.yaml → name' });
  });

  it('does not extract ids, enum values, URLs, dates or paths', () => {
    const values = Object.values(extractMessages(partners)).map((m) => m.message);
    for (const v of ['acme', 'gold', 'https://acme.example.com', '2024-01-01', '/img/ok.svg', 'tracing']) expect(values).not.toContain(v);
  });

  it('uses array indices as key segments and unescapes JSON Pointer segments', () => {
    expect(Object.keys(extractMessages([course]))).toEqual([
      'courses.otel-intro.title',
      'courses.otel-intro.modules.0.title',
      'courses.otel-intro.modules.1.title',
      'courses.otel-intro.skills.0',
      'courses.otel-intro.skills.1',
      'courses.otel-intro.a/b',
    ]);
    expect(extractMessages([course])['courses.otel-intro.modules.1.title']).toEqual({ message: '追踪', description: 'data/courses/otel-intro.yaml → modules.1.title' });
    expect(translationKey({ collection: 'courses', id: 'x' }, '/skills/2')).toBe('courses.x.skills.2');
  });
});

describe('localize', () => {
  it('applies the translations it has and falls back, listing what is missing', () => {
    const { entries, missing } = localize([acme], { 'partners.acme.name': 'Acme Observability' }, 'en');
    expect(entries).toHaveLength(1);
    const en = entries[0]!;
    expect(en.data.name).toBe('Acme Observability');
    expect((en.data.logo as Record<string, string>).alt).toBe('极致观测标志');
    expect(en.data.description).toBe('一家专注于分布式追踪的公司。');
    expect(en.fallbacks.sort()).toEqual(['/description', '/logo/alt']);
    expect(missing.sort()).toEqual(['partners.acme.description', 'partners.acme.logo.alt']);
    expect({ id: en.id, collection: en.collection, folder: en.folder, kind: en.kind, file: en.file }).toEqual({
      id: 'acme',
      collection: 'partners',
      folder: '.',
      kind: 'partner',
      file: 'data/partners/acme.yaml',
    });
  });

  it('translates strings inside lists and leaves everything else alone', () => {
    const { entries, missing } = localize(
      [course],
      {
        'courses.otel-intro.title': 'Getting started with OpenTelemetry',
        'courses.otel-intro.modules.1.title': 'Tracing',
        'courses.otel-intro.skills.0': 'Instrumentation',
        'courses.otel-intro.skills.1': 'OpenTelemetry',
        'courses.otel-intro.a/b': 'Slash field',
      },
      'en',
    );
    expect(entries[0]!.data).toEqual({
      id: 'otel-intro',
      title: 'Getting started with OpenTelemetry',
      modules: [
        { week: 1, title: '概念' },
        { week: 2, title: 'Tracing' },
      ],
      skills: ['Instrumentation', 'OpenTelemetry'],
      'a/b': 'Slash field',
    });
    expect(entries[0]!.fallbacks).toEqual(['/modules/0/title']);
    expect(missing).toEqual(['courses.otel-intro.modules.0.title']);
  });

  it('never changes the source entries', () => {
    const before = structuredClone(course.data);
    localize([course], { 'courses.otel-intro.modules.0.title': 'Concepts' }, 'en');
    expect(course.data).toEqual(before);
    expect(acme.data.name).toBe('极致观测');
  });

  it('treats a copied Chinese source, a blank message and a missing key as untranslated', () => {
    const { entries, missing } = localize([acme], { 'partners.acme.name': '极致观测', 'partners.acme.logo.alt': '   ', 'partners.acme.description': 'A tracing company.' }, 'en');
    expect(entries[0]!.data.name).toBe('极致观测');
    expect(entries[0]!.data.description).toBe('A tracing company.');
    expect(missing.sort()).toEqual(['partners.acme.logo.alt', 'partners.acme.name']);
  });

  it('shows the source as is, with no fallbacks, when the locale has no messages (the default locale)', () => {
    const { entries, missing } = localize(partners, undefined, 'zh-Hans');
    expect(missing).toEqual([]);
    expect(entries.every((e) => e.fallbacks.length === 0)).toBe(true);
    expect(entries.map((e) => e.data)).toEqual(partners.map((e) => e.data));
  });
});

describe('isTranslated', () => {
  it.each([
    // source, message, locale, expected
    ['极致观测', 'Acme Observability', 'en', true],
    ['极致观测', undefined, 'en', false],
    ['极致观测', '', 'en', false],
    ['极致观测', ' \n\t', 'en', false],
    // The Chinese source copied in by write-translations is no English translation...
    ['极致观测', '极致观测', 'en', false],
    // ...but it is the right text for another Chinese locale.
    ['极致观测', '极致观测', 'zh-Hant', true],
    ['极致观测', '极致观测', 'zh-Hans', true],
    // Identical non-Chinese text (a product name) is a translation.
    ['OpenTelemetry', 'OpenTelemetry', 'en', true],
    ['OpenTelemetry Collector 部署', 'OpenTelemetry Collector 部署', 'en', false],
  ] as const)('%j → %j in %s is %s', (source, message, locale, expected) => {
    expect(isTranslated(source, message, locale)).toBe(expected);
  });
});
