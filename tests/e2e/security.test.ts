import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';

const site = useBuiltSite();

/** One page per section of each locale's sitemap (docs, blog, courses, …), so a new section is covered without editing this list. */
function pagePerSection(): string[] {
  const paths = new Set<string>();
  for (const sitemap of ['sitemap.xml', 'en/sitemap.xml']) {
    const xml = fs.readFileSync(path.join(BUILD_DIR, sitemap), 'utf8');
    const seen = new Set<string>();
    for (const [, loc = ''] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(loc).pathname;
      const section = pathname.replace(/^\/en\//, '/').split('/')[1] ?? '';
      if (seen.has(section)) continue;
      seen.add(section);
      paths.add(pathname);
    }
  }
  return [...paths];
}

/** Records every CSP violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

describe('Content-Security-Policy', () => {
  const pages = pagePerSection();

  it('covers every section of both locales', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/en/', '/docs/', '/courses/', '/blog/']));
  });

  it.each(pages)('%s runs under the policy (header and meta) with no violation', async (pathname) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    const violations = await recordViolations(page);
    const response = await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self' 'sha256-/);
    // The page hydrated: its scripts ran.
    await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
    expect(await violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('blocks an inline script the build did not hash', async () => {
    const page = await site.browser.newPage();
    const violations = await recordViolations(page);
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    // Reported once per policy that blocks it (the header's and the meta's).
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    for (const v of await violations()) expect(v).toMatch(/^script-src(-elem)? inline$/);
    await page.close();
  });
});
