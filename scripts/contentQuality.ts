/**
 * Content checks the build cannot make: no placeholder text in anything readers get (pages,
 * data, translations, blog authors and tags, the components' source), and
 * every default-locale guide, lesson and blog post translated with a description.
 * Pure functions over text and a site directory, so tests can feed them fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { DEFAULT_LOCALE } from '../plugins/site-locales/discoverLocales';

export interface ContentProblem {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  message: string;
}

export const formatProblem = (p: ContentProblem): string => (p.line > 0 ? `${p.file}:${p.line}:${p.column}  ${p.message}` : `${p.file}  ${p.message}`);

/**
 * Words that mark unfinished text. English markers are matched case-insensitively as whole
 * words ("todo" in prose is still a marker); Chinese ones as written.
 */
export const PLACEHOLDER_PATTERNS: ReadonlyArray<{ word: string; pattern: RegExp }> = [
  { word: 'TODO', pattern: /(?<![A-Za-z0-9_])TODO(?![A-Za-z0-9_])/gi },
  { word: 'TBD', pattern: /(?<![A-Za-z0-9_])TBD(?![A-Za-z0-9_])/gi },
  { word: 'FIXME', pattern: /(?<![A-Za-z0-9_])FIXME(?![A-Za-z0-9_])/gi },
  { word: 'lorem ipsum', pattern: /(?<![A-Za-z])lorem(?![A-Za-z])/gi },
  { word: 'coming soon', pattern: /coming\s+soon/gi },
  { word: '待补充', pattern: /待补充/g },
  { word: '敬请期待', pattern: /敬请期待/g },
];

/** Every placeholder word in `text`, with the line and column where it starts. */
export function findPlaceholders(text: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    for (const { word, pattern } of PLACEHOLDER_PATTERNS) {
      for (const m of lineText.matchAll(pattern)) {
        problems.push({ file, line: i + 1, column: (m.index ?? 0) + 1, message: `placeholder text "${m[0]}" (${word}): write the content or leave it out` });
      }
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The YAML between the opening `---` lines, parsed; null when there is none or it does not parse. */
export function readFrontMatter(text: string): Record<string, unknown> | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  try {
    const data = load(m[1]!);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The markers Docusaurus cuts a post's excerpt at (MDX comment or, in CommonMark files, an HTML comment). */
export const TRUNCATE_MARKER = /\{\/\*\s*truncate\s*\*\/\}|<!--\s*truncate\s*-->/;

const MARKDOWN = /\.mdx?$/;

/**
 * Files under `dir` (relative to siteDir) whose site-relative path (forward slashes) matches
 * `include`, recursively, sorted, skipping node_modules; [] when the folder is missing.
 */
export function listFiles(siteDir: string, dir: string, include: RegExp): string[] {
  const abs = path.join(siteDir, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .filter((rel) => !rel.split('/').includes('node_modules') && include.test(rel) && fs.statSync(path.join(siteDir, rel)).isFile())
    .sort();
}

/** Markdown files under `dir` (relative to siteDir), recursively, sorted; [] when the folder is missing. */
export const listMarkdown = (siteDir: string, dir: string): string[] => listFiles(siteDir, dir, MARKDOWN);

/** Markdown source folders of the default locale and where each locale keeps their translations. */
export const CONTENT_SOURCES = [
  { dir: 'docs', kind: 'doc', translated: (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current` },
  { dir: 'courses', kind: 'lesson', translated: (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs-courses/current` },
  { dir: 'blog', kind: 'blog post', translated: (locale: string) => `i18n/${locale}/docusaurus-plugin-content-blog` },
] as const;

/** Files a content plugin does not publish: READMEs (excluded in the config) and `_` partials. */
export const isPublished = (rel: string) => path.posix.basename(rel) !== 'README.md' && !rel.split('/').some((part) => part.startsWith('_'));

/** Locales other than the default: the folders in i18n/ (the site discovers locales the same way). */
export function translatedLocales(siteDir: string, defaultLocale = DEFAULT_LOCALE): string[] {
  const i18n = path.join(siteDir, 'i18n');
  if (!fs.existsSync(i18n)) return [];
  return fs
    .readdirSync(i18n, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== defaultLocale)
    .map((d) => d.name)
    .sort();
}

const hasDescription = (fm: Record<string, unknown> | null) => typeof fm?.description === 'string' && fm.description.trim().length > 0;

/**
 * Every published page of the default locale has a translation in every other locale, and
 * both carry a description (search engines and social cards use it); blog posts on both
 * sides have a truncate marker so the blog index shows an excerpt, not the whole post.
 */
export function checkTranslations(siteDir: string, locales = translatedLocales(siteDir)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const whole = (file: string, message: string) => problems.push({ file, line: 0, column: 0, message });
  for (const source of CONTENT_SOURCES) {
    for (const file of listMarkdown(siteDir, source.dir).filter(isPublished)) {
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      if (!hasDescription(readFrontMatter(text))) whole(file, `${source.kind} has no description in its front matter`);
      if (source.kind === 'blog post' && !TRUNCATE_MARKER.test(text)) whole(file, 'blog post has no truncate marker ({/* truncate */})');
      for (const locale of locales) {
        const counterpart = path.posix.join(source.translated(locale), path.posix.relative(source.dir, file));
        const abs = path.join(siteDir, counterpart);
        if (!fs.existsSync(abs)) {
          whole(file, `${source.kind} has no ${locale} translation (expected ${counterpart})`);
          continue;
        }
        const translated = fs.readFileSync(abs, 'utf8');
        if (!hasDescription(readFrontMatter(translated))) whole(counterpart, `${locale} ${source.kind} has no description in its front matter`);
        if (source.kind === 'blog post' && !TRUNCATE_MARKER.test(translated)) whole(counterpart, 'blog post has no truncate marker ({/* truncate */})');
      }
    }
  }
  return problems;
}

/**
 * What `checkPlaceholders` reads: each folder and the site-relative paths in it that reach
 * readers. Source files are scanned as raw text, so a `// TODO` comment counts as much as a
 * placeholder in a string or JSX text: shipped source should not carry one either (track
 * unfinished work in an issue). Identifiers that merely contain a marker (`todoList`,
 * `TODO_COUNT`) are not matched, since markers must stand as whole words.
 */
export const PLACEHOLDER_SCOPE: ReadonlyArray<{ dir: string; include: RegExp }> = [
  { dir: 'docs', include: MARKDOWN },
  { dir: 'courses', include: MARKDOWN },
  // Posts, plus the authors and tags files the blog plugin renders.
  { dir: 'blog', include: /(\.mdx?|^blog\/(authors|tags)\.ya?ml)$/ },
  // Translated pages, translation JSON (code.json, plugin and data strings) and the translated authors and tags.
  { dir: 'i18n', include: /(\.mdx?|\.json|^i18n\/[^/]+\/docusaurus-plugin-content-blog\/(authors|tags)\.ya?ml)$/ },
  // Community data: every text on the catalogue, event, partner and governance pages comes from here.
  { dir: 'data', include: /\.ya?ml$/ },
  // Components: the site's own and the plugins' theme components.
  { dir: 'src', include: /\.tsx$/ },
  { dir: 'plugins', include: /^plugins\/(?:.+\/)?theme\/.+\.tsx$/ },
];

/** Placeholder words in every file of PLACEHOLDER_SCOPE. */
export function checkPlaceholders(siteDir: string): ContentProblem[] {
  return PLACEHOLDER_SCOPE.flatMap(({ dir, include }) =>
    listFiles(siteDir, dir, include).flatMap((file) => findPlaceholders(fs.readFileSync(path.join(siteDir, file), 'utf8'), file)),
  );
}
