import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBuiltSite, watchPage } from './harness';

/** What the catalog filters on, straight from the YAML files (not from the build). */
interface CourseData {
  id: string;
  level: string;
  durationWeeks: number;
  topics: string[];
  languages: string[];
  certification: string;
}

const siteDir = path.resolve(__dirname, '../..');
const coursesDir = path.join(siteDir, 'data/courses');
const courses: CourseData[] = fs
  .readdirSync(coursesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => load(fs.readFileSync(path.join(coursesDir, f), 'utf8')) as CourseData);
const schema = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/courses.schema.json'), 'utf8')) as { $defs: { level: { enum: string[] } } };
const levels = schema.$defs.level.enum;
const allIds = courses.map((c) => c.id).sort();
const idsWhere = (pred: (c: CourseData) => boolean) =>
  courses
    .filter(pred)
    .map((c) => c.id)
    .sort();

const site = useBuiltSite();

/** Ids of the courses listed, from the card title links (…/courses/<id>/). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main ul > li > article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/courses\/([^/]+)\/$/.exec(h)?.[1] ?? `?${h}`).sort();
}

const checkbox = (page: Page, field: string, value: string) => page.locator(`input[type="checkbox"][name="${field}"][value="${value}"]`);
const countRegion = (page: Page) => page.locator('main [aria-live="polite"]');

/** Opens a catalog URL and waits for hydration: the filters are disabled until the page's JavaScript runs. */
async function openCatalog(page: Page, url: string): Promise<void> {
  await page.goto(site.url + url, { waitUntil: 'networkidle' });
  await expect.poll(() => checkbox(page, 'level', levels[0]!).isEnabled()).toBe(true);
}

describe('course catalog', () => {
  it('the data has courses on more than one level (or the level tests prove little)', () => {
    expect(courses.length).toBeGreaterThanOrEqual(6);
    expect(new Set(courses.map((c) => c.level)).size).toBeGreaterThan(1);
  });

  it('lists every course, with a count, when nothing is filtered', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/courses/');
    expect(await listedIds(page)).toEqual(allIds);
    expect(await countRegion(page).textContent()).toBe(`显示 ${allIds.length} / ${allIds.length} 门课程`);
    expect(await page.locator('h1').textContent()).toBe('课程目录');
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it.each(levels)('/courses/?level=%s lists exactly the courses of that level', async (level) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, `/courses/?level=${level}`);
    const expected = idsWhere((c) => c.level === level);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await checkbox(page, 'level', level).isChecked()).toBe(true);
    expect(await countRegion(page).textContent()).toBe(`显示 ${expected.length} / ${allIds.length} 门课程`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('/en/courses/?level=advanced&topic=tracing reads the singular alias and combines fields with AND', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/en/courses/?level=advanced&topic=tracing');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const expected = idsWhere((c) => c.level === 'advanced' && c.topics.includes('tracing'));
    // AND, not OR: fewer than either filter alone would give (possibly none).
    expect(expected).not.toEqual(idsWhere((c) => c.level === 'advanced' || c.topics.includes('tracing')));
    await expect.poll(() => listedIds(page)).toEqual(expected);
    if (expected.length === 0) expect(await page.locator('main').textContent()).toContain('No course matches all the filters');
    expect(await checkbox(page, 'topics', 'tracing').isChecked()).toBe(true);
    expect(await checkbox(page, 'level', 'advanced').isChecked()).toBe(true);
    expect(await countRegion(page).textContent()).toBe(`Showing ${expected.length} of ${allIds.length} courses`);
    expect(await page.locator('h1').textContent()).toBe('Course catalog');
    // English labels, not raw enum values, on the filters.
    expect(await page.locator('label', { has: checkbox(page, 'topics', 'tracing') }).textContent()).toMatch(/^Distributed tracing \(\d+\)$/);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('several values of one field combine with OR, and the duration range applies', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/courses/?level=beginner&level=advanced&minWeeks=5&maxWeeks=10');
    const expected = idsWhere((c) => (c.level === 'beginner' || c.level === 'advanced') && c.durationWeeks >= 5 && c.durationWeeks <= 10);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.locator('select[name="minWeeks"]').inputValue()).toBe('5');
    expect(await page.locator('select[name="maxWeeks"]').inputValue()).toBe('10');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('clicking a level updates the URL and the list; back and forward restore them', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/courses/');
    const [first, second] = levels as [string, string];

    await checkbox(page, 'level', first).click();
    await page.waitForURL(`${site.url}/courses/?level=${first}`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((c) => c.level === first));

    await checkbox(page, 'level', second).click();
    await page.waitForURL(`${site.url}/courses/?level=${first}&level=${second}`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((c) => c.level === first || c.level === second));

    await page.goBack();
    await page.waitForURL(`${site.url}/courses/?level=${first}`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((c) => c.level === first));
    expect(await checkbox(page, 'level', second).isChecked()).toBe(false);
    expect(await checkbox(page, 'level', first).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL(`${site.url}/courses/`);
    await expect.poll(() => listedIds(page)).toEqual(allIds);

    await page.goForward();
    await page.waitForURL(`${site.url}/courses/?level=${first}`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((c) => c.level === first));

    // Clear filters goes back to everything (as a new history entry).
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForURL(`${site.url}/courses/`);
    await expect.poll(() => listedIds(page)).toEqual(allIds);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('is keyboard-usable: Tab reaches a checkbox, focus is visible, Space toggles it and the count is announced', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/courses/');
    const level = levels[levels.length - 1]!;
    const target = checkbox(page, 'level', level);
    const isFocused = () => target.evaluate((el) => el === document.activeElement);
    let tabs = 0;
    while (!(await isFocused())) {
      await page.keyboard.press('Tab');
      if (++tabs > 80) throw new Error(`the ${level} checkbox was not reached with Tab`);
    }
    expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    const before = await countRegion(page).textContent();
    await page.keyboard.press('Space');
    await page.waitForURL(`${site.url}/courses/?level=${level}`);
    expect(await target.isChecked()).toBe(true);
    const expected = idsWhere((c) => c.level === level);
    await expect.poll(() => countRegion(page).textContent()).toBe(`显示 ${expected.length} / ${allIds.length} 门课程`);
    expect(await countRegion(page).textContent()).not.toBe(before);
    expect(await listedIds(page)).toEqual(expected);
    // Focus stays on the checkbox, so Space again unchecks it.
    expect(await isFocused(), await page.evaluate(() => `focus is on ${document.activeElement?.tagName}.${document.activeElement?.className}`)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(`${site.url}/courses/`);
    await expect.poll(() => listedIds(page)).toEqual(allIds);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('toggling a filter further down keeps the scroll position and the focus (the theme resets both on navigation)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 600 } });
    const watched = watchPage(page, site.url);
    await openCatalog(page, '/courses/');
    const certification = courses[0]!.certification;
    const target = checkbox(page, 'certification', certification);
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);
    await target.click();
    await page.waitForURL(`${site.url}/courses/?certification=${certification}`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((c) => c.certification === certification));
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each(['/courses/?level=advanced&topic=tracing', '/en/courses/?level=beginner'])('with JavaScript off, %s lists every course', async (url) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + url);
    expect(await listedIds(page)).toEqual(allIds);
    await context.close();
  });

  it.each([
    ['/courses/', 'light'],
    ['/courses/', 'dark'],
    ['/en/courses/', 'light'],
    ['/en/courses/', 'dark'],
    ['/courses/?level=advanced&topics=tracing', 'light'],
  ] as const)('axe finds no violations on %s (%s)', async (url, colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const watched = watchPage(page, site.url);
    await openCatalog(page, url);
    expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
