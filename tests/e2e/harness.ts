import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILD_DIR, launchBrowser, serveBuild } from '../../scripts/lib/builtSite';

export { BUILD_DIR, launchBrowser, parseHeadersFile, serveBuild } from '../../scripts/lib/builtSite';

/** Collects console errors, page errors and requests leaving the site, to assert none happened. */
export function watchPage(page: Page, siteUrl: string): { errors: string[]; external: string[] } {
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(siteUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  return { errors, external };
}

/** For one test file: serves the build and opens Chromium before its tests, closes both after. */
export function useBuiltSite(): { readonly url: string; readonly browser: Browser } {
  const state: { server?: Awaited<ReturnType<typeof serveBuild>>; browser?: Browser } = {};
  beforeAll(async () => {
    state.server = await serveBuild();
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.server!.url;
    },
    get browser() {
      return state.browser!;
    },
  };
}
