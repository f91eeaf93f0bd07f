import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlaceholders, checkTranslations, findPlaceholders, formatProblem, readFrontMatter, translatedLocales } from '../contentQuality';

const root = path.resolve(__dirname, '../..');

describe('findPlaceholders', () => {
  it('names the file, line and column of each placeholder word', () => {
    const text = ['# Title', '', 'This section is TBD.', 'More: coming soon', '本节内容待补充。', '新功能敬请期待'].join('\n');
    expect(findPlaceholders(text, 'docs/a.md').map(formatProblem)).toEqual([
      expect.stringMatching(/^docs\/a\.md:3:17 {2}placeholder text "TBD"/),
      expect.stringMatching(/^docs\/a\.md:4:7 {2}placeholder text "coming soon"/),
      expect.stringMatching(/^docs\/a\.md:5:5 {2}placeholder text "待补充"/),
      expect.stringMatching(/^docs\/a\.md:6:4 {2}placeholder text "敬请期待"/),
    ]);
  });

  it('matches English markers in any case, and several on one line', () => {
    const found = findPlaceholders('todo: Lorem ipsum, then Coming  Soon; fixme', 'blog/x.md');
    expect(found.map((p) => [p.line, p.column, p.message.split('"')[1]])).toEqual([
      [1, 1, 'todo'],
      [1, 7, 'Lorem'],
      [1, 25, 'Coming  Soon'],
      [1, 39, 'fixme'],
    ]);
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(findPlaceholders('a\r\nb\r\nTODO', 'x.md')[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('leaves words that merely contain a marker alone', () => {
    expect(findPlaceholders('TODOs are tracked in issues; the TBDX protocol; dolorem; mastodon', 'x.md')).toEqual([]);
    expect(findPlaceholders('占位文字不应出现在页面中；敬请参加。', 'x.md')).toEqual([]);
  });
});

describe('readFrontMatter', () => {
  it('parses the YAML between the --- lines', () => {
    expect(readFrontMatter('---\ntitle: A\ndescription: B c\n---\n\nbody')).toEqual({ title: 'A', description: 'B c' });
    expect(readFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\n')).toEqual({ title: 'A' });
  });

  it('is null without front matter or when it does not parse', () => {
    expect(readFrontMatter('# no front matter')).toBeNull();
    expect(readFrontMatter('---\ntitle: [unclosed\n---\n')).toBeNull();
  });
});

describe('checkTranslations (fixture site)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function site(files: Record<string, string>): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-quality-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }
  const page = (description?: string, body = 'Text.') => `---\ntitle: T\n${description ? `description: ${description}\n` : ''}---\n\n${body}\n`;
  const post = (description?: string) => page(description, 'Intro.\n\n{/* truncate */}\n\nRest.');

  it('accepts a site where every page is translated and described', () => {
    const s = site({
      'docs/a.md': page('Chinese description'),
      'docs/practices/b.mdx': page('Chinese description'),
      'i18n/en/docusaurus-plugin-content-docs/current/a.md': page('English description'),
      'i18n/en/docusaurus-plugin-content-docs/current/practices/b.mdx': page('English description'),
      'courses/c1/01-l.md': page('Lesson'),
      'courses/README.md': '# not published',
      'i18n/en/docusaurus-plugin-content-docs-courses/current/c1/01-l.md': page('Lesson'),
      'blog/2026-01-01-p.md': post('Post'),
      'i18n/en/docusaurus-plugin-content-blog/2026-01-01-p.md': post('Post'),
    });
    expect(translatedLocales(s)).toEqual(['en']);
    expect(checkTranslations(s)).toEqual([]);
  });

  it('reports a missing translation, a missing description and a missing truncate marker by file', () => {
    const s = site({
      'docs/a.md': page('Chinese description'),
      'docs/b.md': page(),
      'i18n/en/docusaurus-plugin-content-docs/current/b.md': page(),
      'blog/2026-01-01-p.md': page('Post without a marker'),
      'i18n/en/docusaurus-plugin-content-blog/2026-01-01-p.md': post('Post'),
      'i18n/fr/code.json': '{}',
      'i18n/zh-Hans/code.json': '{}',
    });
    expect(checkTranslations(s).map(formatProblem)).toEqual([
      'docs/a.md  doc has no en translation (expected i18n/en/docusaurus-plugin-content-docs/current/a.md)',
      'docs/a.md  doc has no fr translation (expected i18n/fr/docusaurus-plugin-content-docs/current/a.md)',
      'docs/b.md  doc has no description in its front matter',
      'i18n/en/docusaurus-plugin-content-docs/current/b.md  en doc has no description in its front matter',
      'docs/b.md  doc has no fr translation (expected i18n/fr/docusaurus-plugin-content-docs/current/b.md)',
      'blog/2026-01-01-p.md  blog post has no truncate marker ({/* truncate */})',
      'blog/2026-01-01-p.md  blog post has no fr translation (expected i18n/fr/docusaurus-plugin-content-blog/2026-01-01-p.md)',
    ]);
  });

  it('finds placeholders in translations too', () => {
    const s = site({ 'i18n/en/docusaurus-plugin-content-docs/current/a.md': page('D', 'Coming soon.') });
    expect(checkPlaceholders(s).map(formatProblem)).toEqual([expect.stringMatching(/^i18n\/en\/docusaurus-plugin-content-docs\/current\/a\.md:6:1 /)]);
  });
});

describe('the shipped content', () => {
  it('has no placeholder text in docs/, blog/, courses/ or i18n/', () => {
    expect(checkPlaceholders(root).map(formatProblem)).toEqual([]);
  });

  it('translates every guide, lesson and blog post, each with a description (and posts with a truncate marker)', () => {
    expect(checkTranslations(root).map(formatProblem)).toEqual([]);
  });

  it('scans a real amount of content (the checks above are not vacuous)', () => {
    const count = (dir: string) => (fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length;
    expect(count('docs/practices')).toBeGreaterThanOrEqual(7);
    expect(count('blog')).toBeGreaterThanOrEqual(4);
    expect(translatedLocales(root)).toContain('en');
  });
});
