import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite, watchPage } from './harness';

/** The four directories share the filter panel (src/components/Facets): on a phone it folds. */
const site = useBuiltSite();
const directories = ['/courses/', '/partners/', '/integrations/', '/events/'];
const labels = {
  'zh-Hans': { toggle: '筛选条件', one: /^筛选条件（已设 1 项）$/ },
  en: { toggle: 'Filters', one: /^Filters \(1 active\)$/ },
} as const;
const cases = directories.flatMap((path) => [
  [path, 'zh-Hans'],
  [`/en${path}`, 'en'],
] as const);
const toggleOf = (page: Page) => page.locator('main [role="search"] button[aria-expanded]');

describe('filter panels on a phone', () => {
  it.each(cases)('%s (%s) starts with its filters folded behind a button, so the results count is on the first screen', async (path, lang) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    const watched = watchPage(page, site.url);
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    const panel = page.locator('main [role="search"]');
    const toggle = toggleOf(page);
    const groups = panel.locator('fieldset');
    // One name in both states: aria-expanded carries open or folded.
    expect(await toggle.textContent()).toBe(labels[lang].toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe(await panel.locator(':scope > div[id]').getAttribute('id'));
    expect(await groups.first().isVisible()).toBe(false);
    const countTop = await page.locator('main [aria-live="polite"]').first().evaluate((e) => e.getBoundingClientRect().top);
    expect(countTop).toBeLessThan(800);

    // Keyboard only: open, tick the first box, close; the button then says one filter is on.
    await toggle.focus();
    // Focus is as visible on the button as on the filters: the panel's 2px outline, not the browser's 1px ring.
    expect(await toggle.evaluate((e) => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth])).toEqual(['solid', '2px']);
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await groups.first().isVisible()).toBe(true);
    // Every count stays inside its own option: long labels wrap instead of pushing it into the next column.
    const spill = await panel.locator('label:has(input[type="checkbox"])').evaluateAll((labels) =>
      labels
        .filter((label) => label.getBoundingClientRect().width > 0)
        .filter((label) => {
          const count = label.lastElementChild!.getBoundingClientRect();
          return count.right > label.getBoundingClientRect().right + 0.5;
        })
        .map((label) => label.textContent),
    );
    expect(spill).toEqual([]);
    const first = panel.locator('input[type="checkbox"]').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => first.isChecked()).toBe(true);
    // The control just used keeps the focus and stays in sight.
    await expect.poll(() => first.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await first.isVisible()).toBe(true);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.textContent()).toMatch(labels[lang].one);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await groups.first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/courses/?level=beginner&minWeeks=4', 'zh-Hans', /^筛选条件（已设 2 项）$/],
    ['/en/partners/?name=a', 'en', /^Filters \(1 active\)$/],
    ['/en/integrations/?name=otel&verified=true', 'en', /^Filters \(2 active\)$/],
  ] as const)('%s (%s) opened from a link counts the filters it came with: boxes, chosen durations, typed names', async (url, _lang, expected) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.url + url, { waitUntil: 'networkidle' });
    await expect.poll(() => toggleOf(page).textContent()).toMatch(expected);
    await page.close();
  });

  it('on a later page of the partner directory, a ticked filter leads back to the directory with the panel still open and the box focused', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.url}/en/partners/page/2/`, { waitUntil: 'networkidle' });
    await toggleOf(page).click();
    const box = page.locator('main [role="search"] input[type="checkbox"]').first();
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.pathname === '/en/partners/' && url.search !== '');
    await expect.poll(() => toggleOf(page).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => box.evaluate((e) => e === document.activeElement && (e as HTMLInputElement).checked)).toBe(true);
    expect(await box.isVisible()).toBe(true);
    await page.close();
  });

  it.each(cases.flatMap(([path, lang]) => (['light', 'dark'] as const).map((scheme) => [path, lang, scheme] as const)))(
    'axe finds no violations on %s (%s, %s) on a phone, folded and unfolded',
    async (path, _lang, colorScheme) => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(await violations()).toEqual([]);
      await toggleOf(page).click();
      await page.mouse.move(0, 0); // the contrast of the button at rest, not hovered
      expect(await violations()).toEqual([]);
      await context.close();
    },
  );

  it.each(cases)('%s (%s) on a desktop shows its filters in the sidebar with no fold button', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    expect(await toggleOf(page).count()).toBe(1);
    expect(await toggleOf(page).isVisible()).toBe(false);
    expect(await page.locator('main [role="search"] fieldset').first().isVisible()).toBe(true);
    await page.close();
  });
});
