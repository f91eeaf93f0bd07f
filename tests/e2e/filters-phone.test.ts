import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite, watchPage } from './harness';

/** The four directories share the filter panel (src/components/Facets): on a phone it folds. */
const site = useBuiltSite();
const directories = ['/courses/', '/partners/', '/integrations/', '/events/'];
const cases = directories.flatMap((path) => [
  [path, 'zh-Hans', '展开筛选', '收起筛选', /^展开筛选（已选 1 项）$/],
  [`/en${path}`, 'en', 'Show filters', 'Hide filters', /^Show filters \(1 selected\)$/],
] as const);

describe('filter panels on a phone', () => {
  it.each(cases)('%s (%s) starts with its filters folded behind a button, so the results count is on the first screen', async (path, _lang, show, hide, selected) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    const watched = watchPage(page, site.url);
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    const panel = page.locator('main [role="search"]');
    const toggle = panel.getByRole('button', { name: show });
    const groups = panel.locator('fieldset');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await groups.first().isVisible()).toBe(false);
    const countTop = await page.locator('main [aria-live="polite"]').first().evaluate((e) => e.getBoundingClientRect().top);
    expect(countTop).toBeLessThan(800);

    // Keyboard only: open, tick the first box, close; the button then says one filter is on.
    await toggle.focus();
    await page.keyboard.press('Enter');
    const hideButton = panel.getByRole('button', { name: hide });
    expect(await hideButton.getAttribute('aria-expanded')).toBe('true');
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
    await panel.locator('input[type="checkbox"]').first().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => panel.locator('input[type="checkbox"]').first().isChecked()).toBe(true);
    await hideButton.focus();
    await page.keyboard.press('Enter');
    const folded = panel.getByRole('button', { name: show });
    await expect.poll(() => folded.textContent()).toMatch(selected);
    expect(await groups.first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    expect(watched.errors).toEqual([]);
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
      await page.locator('main [role="search"] button[aria-expanded]').click();
      await page.mouse.move(0, 0); // the contrast of the button at rest, not hovered
      expect(await violations()).toEqual([]);
      await context.close();
    },
  );

  it.each(directories)('%s on a desktop shows its filters in the sidebar with no fold button', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
    const panel = page.locator('main [role="search"]');
    expect(await panel.getByRole('button', { name: '展开筛选' }).count()).toBe(0);
    expect(await panel.locator('fieldset').first().isVisible()).toBe(true);
    await page.close();
  });
});
