import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite, watchPage } from './harness';

/**
 * Issue 10's accessibility sweep: axe-core on every key page, in both locales
 * and both colour modes, zero violations. The area tests go deeper (filters,
 * keyboard, JSON-LD); this one makes sure no key page is left out.
 */
const site = useBuiltSite();

const KEY_PAGES = [
  '/',
  '/docs/',
  '/docs/faq/',
  '/courses/',
  '/courses/otel-intro/',
  '/courses/otel-intro/core-concepts/',
  '/certifications/',
  '/partners/',
  '/partners/lanfeng-cloud/',
  '/integrations/',
  '/events/',
  '/events/shenzhen-meetup-2026-11/',
  '/governance/',
  '/governance/bodies/technical-committee/',
  '/search/?q=collector',
  '/blog/',
  '/404/',
];

const cases = KEY_PAGES.flatMap((pathname) => ['', '/en'].flatMap((prefix) => (['light', 'dark'] as const).map((mode) => [prefix + pathname, mode] as const)));

describe('accessibility sweep', () => {
  it.each(cases)('%s (%s): no axe violations, no console errors', async (pathname, colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const watched = watchPage(page, site.url);
    const response = await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
    expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
