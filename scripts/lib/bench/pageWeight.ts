/**
 * Page weight as a reader's browser loads it: every response of a page load in
 * Chromium, grouped by resource type, each body gzipped here (so the figure does
 * not depend on the static server compressing).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface Weight {
  html: number;
  js: number;
  css: number;
  other: number;
}

/** Resource type (Chromium's names) → the bucket it is counted in. */
export function bucketOf(resourceType: string): keyof Weight {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  return 'other';
}

/** Sums gzip sizes per bucket (pure). */
export function addUp(responses: readonly { resourceType: string; gzipBytes: number }[]): Weight {
  const w: Weight = { html: 0, js: 0, css: 0, other: 0 };
  for (const r of responses) w[bucketOf(r.resourceType)] += r.gzipBytes;
  return w;
}

export async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const page = await browser.newPage();
  const pending: Promise<{ resourceType: string; gzipBytes: number } | undefined>[] = [];
  page.on('response', (res) => {
    const resourceType = res.request().resourceType();
    pending.push(
      res
        .body()
        .then((body) => ({ resourceType, gzipBytes: gzipSync(body, { level: 9 }).length }))
        // Redirects have no body; nothing to count.
        .catch(() => undefined),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response || !response.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  const all = (await Promise.all(pending)).filter((r): r is { resourceType: string; gzipBytes: number } => r !== undefined);
  await page.close();
  return addUp(all);
}
