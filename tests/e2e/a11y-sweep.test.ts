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

/** Pages of every kind beyond the key pages, for the reflow check (cheap: no axe run). */
const MORE_PAGES = [
  '/courses/path/',
  '/courses/projects/',
  '/certifications/foundation/',
  '/partners/program/',
  '/partners/page/2/',
  '/integrations/aws-integration/',
  '/governance/decisions/',
  '/governance/contributors/',
  '/governance/mentorship/',
  '/governance/onboarding/',
  '/governance/processes/rfc/',
  '/governance/working-groups/',
  '/reference/data/',
  '/reference/data/courses/',
  '/translation-status/',
  '/docs/contributing/translating/',
];

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px (a 1280px screen zoomed to 400 %) nothing
 * needs scrolling sideways. Code blocks, wide tables and drawings may scroll
 * inside their own box; the page itself may not.
 */
describe('reflow at 320px', () => {
  const pages = [...KEY_PAGES, ...MORE_PAGES].filter((p) => p !== '/404/').flatMap((pathname) => ['', '/en'].map((prefix) => prefix + pathname));
  it.each(pages)('%s fits 320px without sideways scrolling', async (pathname) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const response = await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // What sticks out, innermost first, to name in the failure.
      const culprits = Array.from(document.querySelectorAll('main *, article *'))
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('pre, table, svg, [tabindex="0"]'))
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ends at ${Math.round(el.getBoundingClientRect().right)}px`);
      return { by: document.documentElement.scrollWidth - width, culprits };
    });
    expect(overflow, pathname).toEqual({ by: 0, culprits: [] });
    await context.close();
  });
});
