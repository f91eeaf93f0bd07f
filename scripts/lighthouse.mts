/**
 * `npm run lighthouse`: Lighthouse (driving Debian's Chromium) on the key
 * pages of a fresh build — one page per section of each locale's sitemap,
 * plus the 404 page — served as a static host would, with the site URL set to
 * the local server so canonical links and sitemaps point where they should.
 * Prints accessibility, best practices, SEO (budget: 1.0 each, exit 1 when
 * missed) and performance (median of --runs, with its spread).
 *
 *   npm run lighthouse -- [--runs 3] [--no-build] [--port 4390]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveBuild } from './lib/builtSite';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false }, port: { type: 'string', default: '4390' } },
});
const runs = Math.max(1, Number(values.runs));
const port = Number(values.port);
const outDir = path.join(root, '.tmp-tests', 'lighthouse-build');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BUDGETED = ['accessibility', 'best-practices', 'seo'] as const;

if (!values['no-build']) {
  console.log(`building every locale for http://127.0.0.1:${port} into ${path.relative(root, outDir)} …`);
  const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}` } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** One page per section of each locale's sitemap, as the CSP browser test picks them. */
function keyPages(): string[] {
  const pages: string[] = [];
  for (const sitemap of ['sitemap.xml', 'en/sitemap.xml']) {
    const seen = new Set<string>();
    for (const [, loc = ''] of fs.readFileSync(path.join(outDir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const pathname = new URL(loc).pathname;
      const section = pathname.replace(/^\/en\//, '/').split('/')[1] ?? '';
      if (!seen.has(section)) {
        seen.add(section);
        pages.push(pathname);
      }
    }
  }
  // Lighthouse does not audit a response with a 404 status; the 404 page itself is served at /404/.
  return [...pages, '/404/'];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const server = await serveBuild(outDir, port);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
const results: { page: string; performance: number[]; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const page of keyPages()) {
    const performance: number[] = [];
    let scores: Record<string, number> = {};
    let failing: string[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(server.url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result!.lhr;
      performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
      scores = Object.fromEntries(BUDGETED.map((c) => [c, lhr.categories[c]?.score ?? 0]));
      failing = BUDGETED.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
      );
    }
    results.push({ page, performance, scores, failing });
    const s = (c: string) => Math.round((scores[c] ?? 0) * 100);
    console.log(
      `${page.padEnd(44)} perf ${String(median(performance)).padStart(3)} (${Math.min(...performance)}–${Math.max(...performance)})  a11y ${s('accessibility')}  best ${s('best-practices')}  seo ${s('seo')}${failing.length ? `  ✗ ${failing.join(', ')}` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}

fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'test-results', 'lighthouse.json'), JSON.stringify({ runs, results }, null, 2));
const missed = results.filter((r) => BUDGETED.some((c) => (r.scores[c] ?? 0) < 1));
console.log(`\n${results.length} pages, ${runs} run(s) each; budgets (accessibility, best practices, SEO = 100) ${missed.length ? `missed on ${missed.length} page(s)` : 'met on every page'}.`);
process.exit(missed.length ? 1 : 0);
