import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';
import { budgetProblems, indexSizes } from '../../plugins/search/indexSize';

/** Expectations come from the data, its translations and the schemas, never from the build. */
const siteDir = path.resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8'));
const yaml = (file: string) => load(fs.readFileSync(path.join(siteDir, file), 'utf8')) as Record<string, string>;
const enMessage = (collection: string, key: string) => (readJson(`i18n/en/community-data/${collection}.json`)[key]?.message as string | undefined);
const kindTitle = (collection: string, kind: string) => ({
  zh: readJson(`data/schemas/${collection}.schema.json`).$defs[kind].title as string,
  en: readJson(`i18n/en/data-reference/${collection}.json`)[`${collection}.${kind}.title`].message as string,
});

const course = yaml('data/courses/distributed-tracing.yaml');
const certification = yaml('data/certifications/expert.yaml');
const partner = yaml('data/partners/lanfeng-cloud.yaml') as Record<string, string>;
const cases = [
  {
    prefix: '',
    query: '分布式追踪',
    title: course.title!,
    label: kindTitle('courses', 'course').zh,
    certificationQuery: certification.name!,
    certificationLabel: kindTitle('certifications', 'certification').zh,
    partnerQuery: partner.name!,
    partnerLabel: kindTitle('partners', 'partner').zh,
    announcement: /^\d+ 条结果/,
    snippetQuery: '采样',
    snippetMark: /^采样$/,
    wholeWord: /^\p{Unified_Ideograph}+$/u,
  },
  {
    prefix: '/en',
    query: 'distributed tracing',
    title: enMessage('courses', 'courses.distributed-tracing.title')!,
    label: kindTitle('courses', 'course').en,
    certificationQuery: enMessage('certifications', 'certifications.expert.name')!,
    certificationLabel: kindTitle('certifications', 'certification').en,
    partnerQuery: enMessage('partners', 'partners.lanfeng-cloud.name') ?? partner.name!,
    partnerLabel: kindTitle('partners', 'partner').en,
    announcement: /^\d+ results?, use the arrow keys/,
    snippetQuery: 'sampling',
    snippetMark: /^sampl/i,
    wholeWord: /^\w+$/,
  },
];

const site = useBuiltSite();

async function openSite(url: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await site.browser.newContext({ colorScheme });
  const page = await context.newPage();
  const watch = watchPage(page, site.url);
  const indexRequests: string[] = [];
  page.on('request', (r) => {
    if (/search-index.*\.json/.test(r.url())) indexRequests.push(new URL(r.url()).pathname);
  });
  await page.goto(site.url + url, { waitUntil: 'networkidle' });
  return { page, watch, indexRequests };
}

const searchBox = (page: Page) => page.locator('input.navbar__search-input');
const options = (page: Page) => page.locator('.navbar [role="listbox"] [role="option"]');

/** Focuses the box with the shortcut and types, as a keyboard user would. */
async function search(page: Page, query: string) {
  // The shortcut works once the page is hydrated, which is when the box gets its label in the page's language.
  await expect.poll(() => searchBox(page).getAttribute('aria-label'), { timeout: 20_000 }).not.toBe('Search');
  await page.keyboard.press('Control+k');
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('navbar__search-input')), { timeout: 10_000 }).toBe(true);
  await page.keyboard.type(query);
  await options(page).first().waitFor();
}

describe.each(cases)('offline search at $prefix/', (c) => {
  it(`finds the course for "${c.query}", labelled with its type, and opens it with Enter`, async () => {
    const { page, watch, indexRequests } = await openSite(`${c.prefix}/`);
    // Nothing is downloaded until the reader starts searching.
    expect(indexRequests).toEqual([]);
    await search(page, c.query);
    expect(indexRequests).toEqual([`${c.prefix}/search-index.json`]);

    const first = options(page).first();
    await expect.poll(() => first.locator('[class*="hitTitle"]').textContent(), { timeout: 10_000 }).toBe(c.title);
    expect(await first.locator('[class*="hitPath"]').textContent()).toBe(c.label);
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));

    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${c.prefix}/courses/distributed-tracing/`);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toBe(c.title);
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('moves through results with the arrow keys and announces how many there are', async () => {
    const { page, watch } = await openSite(`${c.prefix}/`);
    await search(page, c.query);
    const ids = await options(page).evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(1);
    const active = () => searchBox(page).getAttribute('aria-activedescendant');
    expect(await active()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(ids[1]);
    expect(await page.locator(`#${ids[1]}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(ids[0]);
    await expect.poll(() => page.locator('.navbar [role="status"]').textContent(), { timeout: 10_000 }).toMatch(c.announcement);
    expect(await searchBox(page).getAttribute('aria-label')).not.toBe('Search');
    await page.keyboard.press('Escape');
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('false');
    expect(watch.external).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['certification', (): [string, string, string] => [c.certificationQuery, c.certificationLabel, '/certifications/expert/']],
    ['partner', (): [string, string, string] => [c.partnerQuery, c.partnerLabel, '/partners/lanfeng-cloud/']],
  ] as const)('finds a %s page by its name, labelled with its type', async (_, expectation) => {
    const [query, label, pathname] = expectation();
    const { page, watch } = await openSite(`${c.prefix}/courses/`);
    await search(page, query);
    const hit = options(page).filter({ has: page.locator('[class*="hitTitle"]', { hasText: new RegExp(`^${query}$`) }) }).first();
    expect(await hit.locator('[class*="hitPath"]').textContent()).toBe(label);
    await hit.click();
    await page.waitForURL(`${site.url}${c.prefix}${pathname}`);
    expect(watch.external).toEqual([]);
    await page.context().close();
  });

  // The index ships without term positions (plugins/search/compactIndex.ts); snippets find the words themselves.
  it(`marks the matched words of "${c.snippetQuery}" in the text snippets, in the list and on the results page`, async () => {
    const { page, watch } = await openSite(`${c.prefix}/`);
    await search(page, c.snippetQuery);
    const listMarks = await options(page).locator('[class*="hitTitle"] mark').allTextContents();
    // Other words the box matched (prefix and fuzzy matches, as the plugin marks them) may be marked too.
    expect(listMarks.filter((mark) => c.snippetMark.test(mark)).length).toBeGreaterThan(1);
    for (const mark of listMarks) expect(mark).toMatch(c.wholeWord);
    await page.goto(`${site.url}${c.prefix}/search/?q=${encodeURIComponent(c.snippetQuery)}`, { waitUntil: 'networkidle' });
    await page.getByRole('main').locator('article').first().waitFor();
    const snippetMarks = await page.getByRole('main').locator('article p mark').allTextContents();
    expect(snippetMarks.filter((mark) => c.snippetMark.test(mark)).length).toBeGreaterThan(1);
    for (const mark of snippetMarks) expect(mark).toMatch(c.wholeWord);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('lists every result on the full results page, with the type and a spoken count', async () => {
    const { page, watch } = await openSite(`${c.prefix}/search/?q=${encodeURIComponent(c.query)}`);
    const link = page.getByRole('main').locator('article h2 a', { hasText: c.title }).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${c.prefix}/courses/distributed-tracing/`);
    expect(await link.locator('xpath=ancestor::article').locator('p').first().textContent()).toBe(c.label);
    await expect.poll(() => page.getByRole('main').getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/\d/);
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results open and on the results page (%s)', async (scheme) => {
    const { page } = await openSite(`${c.prefix}/`, scheme);
    await search(page, c.query);
    // The list covers part of the page; the page itself is checked by its own tests.
    const open = await new AxeBuilder({ page }).include('.navbar').analyze();
    await page.goto(`${site.url}${c.prefix}/search/?q=${encodeURIComponent(c.query)}`, { waitUntil: 'networkidle' });
    await page.getByRole('main').locator('article').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = [...open.violations, ...results.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await page.context().close();
  });
});

describe('offline search index size', () => {
  it('is within budget per locale (gzip), the Chinese index at most twice the English one', () => {
    const sizes = indexSizes(siteDir, BUILD_DIR);
    expect(sizes.map((s) => s.locale)).toEqual(['zh-Hans', 'en']);
    expect(budgetProblems(sizes)).toEqual([]);
  });

  it("leaves a directory's cards to the entries' own pages", () => {
    const parts = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'search-index.json'), 'utf8')) as { documents: { t: string; u: string }[] }[];
    const texts = (page: string) => parts.flatMap((p) => p.documents).filter((d) => d.u.split('#')[0] === page).map((d) => d.t).join('\n');
    expect(texts('/partners/lanfeng-cloud/')).toContain(partner.name!);
    expect(texts('/partners/')).not.toContain(partner.name!);
    expect(texts('/courses/distributed-tracing/')).toContain(course.title!);
    expect(texts('/courses/')).not.toContain(course.title!);
    expect(texts('/partners/').length).toBeGreaterThan(0);
  });
});
