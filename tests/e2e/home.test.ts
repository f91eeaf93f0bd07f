import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { zonedTimeToUtc } from '../../plugins/data-engine/formats';
import { useBuiltSite, watchPage } from './harness';

/** Expectations from the YAML and the en translation files, not from the build. */
const site = useBuiltSite();
const root = path.resolve(__dirname, '../..');
const yamlIn = (folder: string) =>
  fs
    .readdirSync(path.join(root, 'data', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => load(fs.readFileSync(path.join(root, 'data', folder, f), 'utf8')) as Record<string, string>);
const enTitles = JSON.parse(fs.readFileSync(path.join(root, 'i18n/en/community-data/events.json'), 'utf8')) as Record<string, { message: string }>;

const events = yamlIn('events')
  .map((e) => ({ id: e.id!, title: e.title!, start: zonedTimeToUtc(e.start!, e.timeZone!)!, end: zonedTimeToUtc(e.end!, e.timeZone!)! }))
  .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
const figures = {
  courses: yamlIn('courses').length,
  certifications: yamlIn('certifications').length,
  partners: yamlIn('partners').length,
  integrations: yamlIn('integrations').length,
  workingGroups: yamlIn('governance/working-groups').length,
};

describe('home page', () => {
  it.each([
    ['', 'zh-Hans'],
    ['/en', 'en'],
  ])('%s/ shows the figures the data holds, linking to their sections', async (prefix, lang) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const section = page.locator('section[aria-labelledby="home-figures"] ul');
    const shown = await section.locator('a').evaluateAll((links) =>
      links.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, Number(a.querySelector('span')?.textContent)]),
    );
    expect(Object.fromEntries(shown)).toEqual({
      [`${prefix}/courses/`]: figures.courses,
      [`${prefix}/certifications/`]: figures.certifications,
      [`${prefix}/partners/`]: figures.partners,
      [`${prefix}/integrations/`]: figures.integrations,
      [`${prefix}/governance/working-groups/`]: figures.workingGroups,
    });
    // An entry point for each audience, each leading to a built page.
    const entries = await page.locator('section[aria-labelledby="home-audiences"] h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(entries).toHaveLength(5);
    for (const href of entries) expect((await fetch(href)).status, href).toBe(200);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it.each([
    ['', '2026-12-01T00:00:00Z'],
    ['/en', '2027-03-01T00:00:00Z'],
  ])('%s/ lists the next three events by the reader’s clock (%s), not the build’s', async (prefix, now) => {
    const nowMs = Date.parse(now);
    const expected = events.filter((e) => e.end > nowMs).slice(0, 3);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(nowMs));
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/`, { waitUntil: 'networkidle' });
    const list = page.getByTestId('home-events');
    await expect
      .poll(() => list.locator('li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toEqual(expected.map((e) => `${prefix}/events/${e.id}/`));
    const titles = await list.locator('li > a').allTextContents();
    expect(titles).toEqual(expected.map((e) => (prefix ? enTitles[`events.${e.id}.title`]!.message : e.title)));
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['/', 'light'],
    ['/', 'dark'],
    ['/en/', 'light'],
    ['/en/', 'dark'],
  ] as const)('axe finds no violations on %s (%s)', async (pathname, colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it.each([
    ['/', 'zh-Hans'],
    ['/en/', 'en'],
  ])('%s (%s) lays out its sections for the screen: the five audiences in one row on a desktop, one per row on a phone, no gap wider than a section break under the hero', async (pathname) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    const layout = () =>
      page.evaluate(() => {
        const cards = Array.from(document.querySelectorAll('section[aria-labelledby="home-audiences"] li'));
        const figures = Array.from(document.querySelectorAll('section[aria-labelledby="home-figures"] li'));
        const heroBottom = document.querySelector('header')!.getBoundingClientRect().bottom;
        return {
          audienceRows: new Set(cards.map((c) => Math.round(c.getBoundingClientRect().top))).size,
          audiences: cards.length,
          // The audience cards line up under the figures when both have five.
          alignedWithFigures: cards.every((c, i) => !figures[i] || Math.abs(c.getBoundingClientRect().left - figures[i]!.getBoundingClientRect().left) < 1),
          gapUnderHero: document.querySelector('#home-figures')!.getBoundingClientRect().top - heroBottom,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
    await page.setViewportSize({ width: 1280, height: 800 });
    const desktop = await layout();
    expect(desktop).toMatchObject({ audienceRows: 1, audiences: 5, alignedWithFigures: true, overflow: 0 });
    // Infima's largest vertical spacing (5rem) plus the section title's own margin left ~120px of blank under the hero.
    expect(desktop.gapUnderHero).toBeLessThanOrEqual(48);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await layout()).toMatchObject({ audienceRows: 5, overflow: 0 });
    await page.close();
  });

  it.each([
    ['/', 'zh-Hans'],
    ['/en/', 'en'],
  ])('%s (%s) leaves no figure or audience card alone on a row at any width (every row spans its list) and breaks no English word across lines', async (pathname) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    /** Per list, the rows (items grouped by top edge) whose items do not reach from the list's left edge to its right. */
    const shortRows = () =>
      page.evaluate(() =>
        ['home-figures', 'home-audiences'].flatMap((id) => {
          const list = document.querySelector(`section[aria-labelledby="${id}"] ul`)!.getBoundingClientRect();
          const rows = new Map<number, DOMRect[]>();
          for (const li of Array.from(document.querySelectorAll(`section[aria-labelledby="${id}"] ul > li`))) {
            const r = li.getBoundingClientRect();
            rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r]);
          }
          return Array.from(rows.values())
            .filter((row) => Math.min(...row.map((r) => r.left)) - list.left > 1 || list.right - Math.max(...row.map((r) => r.right)) > 1)
            .map((row) => `${id}: a row of ${row.length} from ${Math.round(Math.min(...row.map((r) => r.left)))} to ${Math.round(Math.max(...row.map((r) => r.right)))} in a list from ${Math.round(list.left)} to ${Math.round(list.right)}`);
        }),
      );
    /** The English title, labels and card titles that take more lines than they have words: a word broken in two ("certifica-tions"). */
    const brokenWords = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('header h1, section[aria-labelledby="home-figures"] li a > span:last-child, section[aria-labelledby="home-audiences"] h3'))
          .filter((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
            return lines > (el.textContent ?? '').trim().split(/\s+/).length;
          })
          .map((el) => el.textContent),
      );
    for (const width of [320, 375, 480, 600, 700, 768, 900, 996, 1024, 1280, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await shortRows(), `${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px`).toBe(0);
      if (pathname === '/en/') expect(await brokenWords(), `${width}px`).toEqual([]);
    }
    await page.close();
  });
});
