import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite, watchPage } from './harness';

const site = useBuiltSite();

describe('search engines and sharing', () => {
  it('robots.txt allows crawling and names the sitemap of every locale, and both sitemaps are served', async () => {
    const robots = await (await fetch(`${site.url}/robots.txt`)).text();
    expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => new URL(m[1]!).pathname);
    expect(sitemaps).toEqual(['/sitemap.xml', '/en/sitemap.xml']);
    for (const sitemap of sitemaps) {
      const response = await fetch(site.url + sitemap);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<urlset');
    }
  });

  it.each([
    ['/', 'home'],
    ['/docs/', 'docs'],
    ['/en/courses/', 'courses'],
    ['/en/certifications/foundation/', 'certifications'],
    ['/blog/', 'blog'],
    ['/en/reference/data/', 'reference'],
  ])('%s shares the %s section card, and the image is served', async (path, section) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image!).pathname).toMatch(new RegExp(`/img/og/${section}\\.jpg$`));
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
    const response = await fetch(site.url + new URL(image!).pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    await page.context().close();
  });
});

// Lighthouse's list of link texts that say nothing about where they lead (en; zh-Hans equivalents).
const VAGUE_LINK_TEXTS = ['click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'read more', 'see more', 'start', 'this', '点击这里', '点击此处', '更多', '了解更多', '这里'];

describe('what search engines read on every kind of page', () => {
  it.each(['/', '/en/', '/docs/', '/en/blog/', '/blog/', '/search/', '/en/search/', '/404/', '/en/404/', '/partners/', '/en/events/', '/courses/distributed-tracing/'])(
    '%s has a meta description and no link that only says "read more" or "here"',
    async (path) => {
      const page = await site.browser.newPage();
      await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
      const description = await page.locator('meta[name="description"]').first().getAttribute('content');
      expect(description?.trim().length).toBeGreaterThan(10);
      const texts = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText.trim().toLowerCase()));
      expect(texts.filter((t) => VAGUE_LINK_TEXTS.includes(t))).toEqual([]);
      await page.close();
    },
  );
});

describe('404 page', () => {
  it.each([
    ['/no-such-page/', 'zh-Hans', '找不到页面', 'English', '/en/'],
    // Hosts serve the root 404 page for any missing path; the English one is built too, for hosts that look per folder.
    ['/en/404/', 'en', 'Page not found', '简体中文', '/'],
  ])('%s says the page is missing (%s), links onward and to the other language', async (path, lang, heading, otherLabel, otherHome) => {
    const page = await (await site.browser.newContext()).newPage();
    const watched = watchPage(page, site.url);
    const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
    if (path.startsWith('/no-such')) expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(heading);
    const other = page.getByRole('link', { name: otherLabel, exact: true }).last();
    expect(new URL(await other.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(otherHome);
    expect(await page.locator('main a[href]').count()).toBeGreaterThanOrEqual(5);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(watched.errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    await page.context().close();
  });
});
