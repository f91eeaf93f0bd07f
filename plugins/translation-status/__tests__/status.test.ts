import { describe, expect, it } from 'vitest';
import { sourceHash } from '../hash';
import { isMarkedUntranslated, markUntranslated, translatedText } from '../markdown';
import { computeLocaleStatus, emptyManifest, fileSourceHash, recordSources, type StatusInput } from '../status';
import { pruneManifest } from '../sources';

const page = (title: string, body: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\n${body}\n`;

/** A fixture locale: one UI file, one data collection, two docs, one lesson. */
function fixture(overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    locale: 'fr',
    strings: [
      { area: 'ui', group: 'code.json', file: 'code.json', source: { 'home.title': '首页', 'home.cta': '开始' }, translation: { 'home.title': { message: 'Accueil' }, 'home.cta': { message: '开始' } } },
      {
        area: 'data',
        group: 'courses',
        file: 'community-data/courses.json',
        source: { 'courses.a.title': '入门', 'courses.a.summary': '学习基础', 'courses.b.title': 'OpenTelemetry' },
        translation: { 'courses.a.title': { message: 'Introduction' }, 'courses.b.title': { message: 'OpenTelemetry' } },
      },
    ],
    files: [
      { area: 'docs', sourcePath: 'docs/intro.md', translationPath: 'i18n/fr/docusaurus-plugin-content-docs/current/intro.md', source: page('快速开始', '正文'), translation: page('Démarrage', 'Texte') },
      { area: 'docs', sourcePath: 'docs/other.md', translationPath: 'i18n/fr/docusaurus-plugin-content-docs/current/other.md', source: page('其他', '正文'), translation: undefined },
      { area: 'lessons', sourcePath: 'courses/a/01.md', translationPath: 'i18n/fr/docusaurus-plugin-content-docs-courses/current/a/01.md', source: page('第一课', '内容'), translation: markUntranslated(page('第一课', '内容')) },
    ],
    manifest: emptyManifest(),
    ...overrides,
  };
}

/** The fixture with every existing translation recorded against today's sources. */
function recorded(input = fixture()): StatusInput {
  return { ...input, manifest: recordSources(input.manifest, input, { onlyUnrecorded: true }) };
}

const group = (s: ReturnType<typeof computeLocaleStatus>, g: string) => s.groups.find((x) => x.group === g)!;

describe('translation status', () => {
  it('counts translated, missing (absent, copied source, marked copy) per area and group', () => {
    const s = computeLocaleStatus(recorded());
    expect(group(s, 'code.json')).toMatchObject({ area: 'ui', translated: 1, missing: 1, stale: 0, items: [{ id: 'home.cta', state: 'missing', reason: 'same-as-source' }] });
    // A product name identical in both languages is a translation; an absent key is missing.
    expect(group(s, 'courses')).toMatchObject({ area: 'data', translated: 2, missing: 1, items: [{ id: 'courses.a.summary', reason: 'absent' }] });
    expect(group(s, 'docs')).toMatchObject({ translated: 1, missing: 1, items: [{ id: 'docs/other.md', reason: 'absent' }] });
    expect(group(s, 'lessons')).toMatchObject({ translated: 0, missing: 1, items: [{ id: 'courses/a/01.md', reason: 'marked' }] });
    expect(s.totals).toEqual({ translated: 4, missing: 4, stale: 0 });
    expect(s.groups.map((g) => g.area)).toEqual(['ui', 'data', 'docs', 'lessons']);
  });

  it('flags a string as stale after its source is edited, and current again after mark-current', () => {
    const before = recorded();
    const edited = structuredClone(before);
    edited.strings[1]!.source['courses.a.title'] = '入门（第二版）';
    const s = computeLocaleStatus(edited);
    expect(group(s, 'courses')).toMatchObject({ translated: 1, stale: 1, missing: 1 });
    expect(group(s, 'courses').items).toContainEqual({ id: 'courses.a.title', state: 'stale', reason: 'changed' });
    const marked = { ...edited, manifest: recordSources(edited.manifest, edited, { onlyUnrecorded: false, select: { stringFiles: new Set(['community-data/courses.json']) } }) };
    expect(group(computeLocaleStatus(marked), 'courses')).toMatchObject({ translated: 2, stale: 0 });
  });

  it('flags a page as stale after its title or body changes, not after its position changes', () => {
    const before = recorded();
    const moved = structuredClone(before);
    moved.files[0]!.source = page('快速开始', '正文', 'sidebar_position: 9\n');
    expect(group(computeLocaleStatus(moved), 'docs').stale).toBe(0);
    const edited = structuredClone(before);
    edited.files[0]!.source = page('快速开始', '正文，多了一段');
    expect(group(computeLocaleStatus(edited), 'docs').items).toContainEqual({ id: 'docs/intro.md', state: 'stale', reason: 'changed' });
    const retitled = structuredClone(before);
    retitled.files[0]!.source = page('开始使用', '正文');
    expect(group(computeLocaleStatus(retitled), 'docs').stale).toBe(1);
  });

  it('write-translations keeps existing records: a stale translation stays stale', () => {
    const before = recorded();
    const edited = structuredClone(before);
    edited.files[0]!.source = page('快速开始', '新正文');
    const again = recordSources(edited.manifest, edited, { onlyUnrecorded: true });
    expect(again.files['docs/intro.md']).toBe(before.manifest.files['docs/intro.md']);
    expect(group(computeLocaleStatus({ ...edited, manifest: again }), 'docs').stale).toBe(1);
  });

  it('a translation nobody recorded is stale ("unrecorded") until marked current', () => {
    const s = computeLocaleStatus(fixture());
    expect(group(s, 'code.json').items).toContainEqual({ id: 'home.title', state: 'stale', reason: 'unrecorded' });
    expect(group(s, 'docs').items).toContainEqual({ id: 'docs/intro.md', state: 'stale', reason: 'unrecorded' });
  });

  it('a source edit under an untranslated copy makes it stale, not translated', () => {
    const before = recorded();
    const edited = structuredClone(before);
    edited.strings[0]!.source['home.cta'] = '立即开始';
    // The file still holds the old source text, which no longer equals the source.
    expect(group(computeLocaleStatus(edited), 'code.json').items).toContainEqual({ id: 'home.cta', state: 'stale', reason: 'changed' });
  });

  it('reports data translations for entries that no longer exist, invalid JSON and non-messages', () => {
    const input = fixture();
    input.strings[1]!.translation = { ...(input.strings[1]!.translation as object), 'courses.gone.title': { message: 'Parti' }, 'courses.a.summary': 'plain' } as never;
    input.strings[0]!.translation = undefined;
    input.strings[0]!.invalid = 'not valid JSON: Unexpected token';
    const s = computeLocaleStatus(input);
    expect(s.problems).toEqual([
      { file: 'i18n/fr/code.json', kind: 'invalid-json', message: 'not valid JSON: Unexpected token' },
      expect.objectContaining({ file: 'i18n/fr/community-data/courses.json', key: 'courses.gone.title', kind: 'unknown-key' }),
      expect.objectContaining({ file: 'i18n/fr/community-data/courses.json', key: 'courses.a.summary', kind: 'not-a-message' }),
    ]);
    // An invalid file counts all its strings as missing.
    expect(group(s, 'code.json').missing).toBe(2);
  });

  it('prunes records of strings and pages that no longer exist', () => {
    const input = recorded();
    const manifest = { strings: { ...input.manifest.strings, 'code.json': { ...input.manifest.strings['code.json'], 'old.key': 'x' } }, files: { ...input.manifest.files, 'docs/gone.md': 'y' } };
    const pruned = pruneManifest(manifest, input);
    expect(pruned.strings['code.json']).not.toHaveProperty('old.key');
    expect(pruned.files).not.toHaveProperty('docs/gone.md');
    expect(pruned.files['docs/intro.md']).toBe(fileSourceHash(input.files[0]!.source));
  });
});

describe('Markdown copies', () => {
  it('marks a copy untranslated in its front matter, or adds front matter', () => {
    const marked = markUntranslated(page('标题', '正文'));
    expect(isMarkedUntranslated(marked)).toBe(true);
    expect(marked).toMatch(/^---\n# Translate this page.*\nuntranslated: true\ntitle: 标题\n---/);
    const bare = markUntranslated('# 标题\n');
    expect(isMarkedUntranslated(bare)).toBe(true);
    expect(bare.endsWith('# 标题\n')).toBe(true);
    expect(isMarkedUntranslated(page('a', 'b'))).toBe(false);
    expect(isMarkedUntranslated(page('a', 'b', 'untranslated: false\n'))).toBe(false);
  });

  it('hashes only what is translated, whatever the line endings', () => {
    expect(translatedText(page('T', 'B', 'slug: /x\ndescription: D\n'))).toBe('title: "T"\ndescription: "D"\n\n\nB\n');
    expect(sourceHash('a\r\nb  \n')).toBe(sourceHash('a\nb'));
  });
});
