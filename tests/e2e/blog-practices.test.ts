import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBuiltSite, watchPage } from './harness';
import { readFrontMatter } from '../../scripts/contentQuality';

/** Expectations come from the Markdown sources of each locale, never from the build. */
const siteDir = path.resolve(__dirname, '../..');

interface Source {
  file: string;
  url: string;
  title: string;
  description: string;
  authors: string[];
}

function frontMatter(file: string): Record<string, unknown> {
  const fm = readFrontMatter(fs.readFileSync(file, 'utf8'));
  if (!fm) throw new Error(`${file}: no front matter`);
  return fm;
}

const markdownIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();

const locales = [
  {
    lang: 'zh-Hans',
    prefix: '',
    blogDir: 'blog',
    practicesDir: 'docs/practices',
    authorsFile: 'blog/authors.yml',
  },
  {
    lang: 'en',
    prefix: '/en',
    blogDir: 'i18n/en/docusaurus-plugin-content-blog',
    practicesDir: 'i18n/en/docusaurus-plugin-content-docs/current/practices',
    authorsFile: 'i18n/en/docusaurus-plugin-content-blog/authors.yml',
  },
] as const;

/** `2026-10-20-some-post.md` is served at `/blog/2026/10/20/some-post/` (Docusaurus' date-prefixed file names). */
function posts(locale: (typeof locales)[number]): Source[] {
  return markdownIn(path.join(siteDir, locale.blogDir)).map((f) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.mdx?$/.exec(f);
    if (!m) throw new Error(`${f}: blog file names start with the date`);
    const fm = frontMatter(path.join(siteDir, locale.blogDir, f));
    return {
      file: f,
      url: `${locale.prefix}/blog/${m[1]}/${m[2]}/${m[3]}/${m[4]}/`,
      title: String(fm.title),
      description: String(fm.description),
      authors: ([] as string[]).concat(fm.authors as string | string[]),
    };
  });
}

function practiceGuides(locale: (typeof locales)[number]): Source[] {
  return markdownIn(path.join(siteDir, locale.practicesDir)).map((f) => {
    const fm = frontMatter(path.join(siteDir, locale.practicesDir, f));
    const name = f.replace(/\.mdx?$/, '');
    return {
      file: f,
      url: `${locale.prefix}/docs/practices/${name === 'index' ? '' : `${name}/`}`,
      title: String(fm.title),
      description: String(fm.description),
      authors: [],
    };
  });
}

const authorNames = (locale: (typeof locales)[number]) =>
  load(fs.readFileSync(path.join(siteDir, locale.authorsFile), 'utf8')) as Record<string, { name: string }>;

const site = useBuiltSite();

async function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme });
  return context.newPage();
}

/** Opens a page, checks it was served and its language, and hands back the page and what it logged. */
async function open(url: string, lang: string, colorScheme: 'light' | 'dark' = 'light') {
  const page = await newPage(colorScheme);
  const watched = watchPage(page, site.url);
  const response = await page.goto(site.url + url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  expect(await page.getAttribute('html', 'lang'), url).toBe(lang);
  return { page, watched };
}

async function closeClean(page: Page, watched: { errors: string[]; external: string[] }) {
  expect(watched.errors).toEqual([]);
  expect(watched.external).toEqual([]);
  await page.context().close();
}

describe('content under test', () => {
  it('has at least four posts and seven practice guides in every locale, the same files in each', () => {
    const [zh, en] = locales;
    expect(posts(zh).length).toBeGreaterThanOrEqual(4);
    expect(practiceGuides(zh).length).toBeGreaterThanOrEqual(7);
    expect(posts(en).map((p) => p.file)).toEqual(posts(zh).map((p) => p.file));
    expect(practiceGuides(en).map((p) => p.file)).toEqual(practiceGuides(zh).map((p) => p.file));
  });
});

describe.each(locales)('blog ($lang)', (locale) => {
  it('the index lists every post, each linking to its page', async () => {
    const { page, watched } = await open(`${locale.prefix}/blog/`, locale.lang);
    // A visible level-one heading: the blog's (translated) title, the same the tab shows.
    const h1 = (await page.locator('main h1').textContent())?.trim() ?? '';
    expect(h1.length).toBeGreaterThan(0);
    expect(await page.title()).toMatch(new RegExp(`^${h1} \\| `));
    const links = await page.locator('main article h2 a').evaluateAll((as) => as.map((a) => `${a.textContent?.trim()} → ${a.getAttribute('href')}`));
    expect(links.sort()).toEqual(posts(locale).map((p) => `${p.title} → ${p.url}`).sort());
    // Each post shows an excerpt (cut at its truncate marker) with a "read more" link in its footer.
    for (const post of posts(locale)) expect(await page.locator(`main article footer a[href="${post.url}"]`).count(), post.file).toBe(1);
    await closeClean(page, watched);
  });

  it.each(posts(locale).map((p) => [p.file, p] as const))('%s: title, description, authors, link to its translation', async (_file, post) => {
    const { page, watched } = await open(post.url, locale.lang);
    expect((await page.locator('main article h1').first().textContent())?.trim()).toBe(post.title);
    expect(await page.getAttribute('head meta[name="description"]', 'content')).toBe(post.description);
    const names = authorNames(locale);
    for (const id of post.authors) {
      expect(names[id], `author ${id} in ${locale.authorsFile}`).toBeDefined();
      await expect.poll(() => page.locator('main article header').getByText(names[id]!.name, { exact: true }).count()).toBeGreaterThan(0);
    }
    // The page links to its translation, so a reader switching language lands on the same post.
    const other = locale.lang === 'en' ? 'zh-Hans' : 'en';
    const zhPath = post.url.replace(/^\/en\//, '/');
    const alternate = page.locator(`head link[rel="alternate"][hreflang="${other}"]`);
    // Polled: the head tags are re-rendered when the page hydrates.
    await expect.poll(async () => ((await alternate.count()) === 1 ? new URL((await alternate.getAttribute('href')) ?? '').pathname : null)).toBe(other === 'en' ? `/en${zhPath}` : zhPath);
    await closeClean(page, watched);
  });
});

describe.each(locales)('practice guides ($lang)', (locale) => {
  it.each(practiceGuides(locale).map((g) => [g.file, g] as const))('%s exists with its title, description and language', async (_file, guide) => {
    const { page, watched } = await open(guide.url, locale.lang);
    expect((await page.locator('main h1').first().textContent())?.trim()).toBe(guide.title);
    expect(await page.getAttribute('head meta[name="description"]', 'content')).toBe(guide.description);
    await closeClean(page, watched);
  });
});

describe('accessibility (axe-core)', () => {
  const pages = locales.flatMap((locale) => {
    const post = posts(locale).at(-1)!;
    const guide = practiceGuides(locale)[0]!;
    return [
      [`${locale.prefix}/blog/`, locale.lang],
      [post.url, locale.lang],
      [guide.url, locale.lang],
    ] as const;
  });

  it.each(pages.flatMap(([url, lang]) => (['light', 'dark'] as const).map((scheme) => [url, lang, scheme] as const)))(
    '%s (%s, %s mode) has no violations',
    async (url, lang, colorScheme) => {
      const { page, watched } = await open(url, lang, colorScheme);
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(colorScheme);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n  ')}`);
      expect(summary).toEqual([]);
      await closeClean(page, watched);
    },
  );
});
