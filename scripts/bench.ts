/**
 * `npm run bench [-- --runs 3] [--locale zh-Hans] [--scales 1,10] [--skip-weight]`
 *
 * The site's cost, as ratios of two things measured side by side in the same
 * run (the two sides alternate run by run, so machine noise hits both):
 *   1. our full build ÷ a vanilla Docusaurus site with as many pages per locale,
 *   2. time in our plugins ÷ the whole build (Docusaurus's performance logger),
 *   3. all locales ÷ (number of locales × one locale),
 *   4. a rebuild with caches ÷ a cold build,
 *   5. page weight (gzip HTML/JS/CSS) of our pages ÷ a plain doc page, in Chromium,
 *   6. validate and build at n× the shipped data ÷ at 1×.
 * Each figure is the median of --runs with its min–max spread. Prints a table and
 * writes bench-results/bench.json. Slow: every build is a whole `docusaurus build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, discoverLocales } from '../plugins/site-locales/discoverLocales';
import { growData } from './lib/bench/growData';
import { pageWeight, type Weight } from './lib/bench/pageWeight';
import { parsePerfLog, pluginNamesFromSources, pluginShare, type PluginShare } from './lib/bench/perfLog';
import { median, pairedRatios, summarize, type Summary } from './lib/bench/stats';
import { figuresTable, formatTable, type Figure } from './lib/bench/table';
import { vanillaDocCount, vanillaSiteFiles } from './lib/bench/vanillaSite';
import { launchBrowser, serveBuild } from './lib/builtSite';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    locale: { type: 'string', default: DEFAULT_LOCALE },
    scales: { type: 'string', default: '1,10' },
    'skip-weight': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const scales = values.scales.split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || scales.some((s) => !Number.isInteger(s) || s < 1) || !scales.includes(1)) {
  console.error('usage: npm run bench -- [--runs 3] [--locale zh-Hans] [--scales 1,10[,100]] [--skip-weight]   (scales must include 1)');
  process.exit(2);
}

const siteDir = path.resolve(__dirname, '..');
const benchDir = path.join(siteDir, '.tmp-tests', 'bench');
const { locales } = discoverLocales(siteDir, DEFAULT_LOCALE);
if (!locales.includes(values.locale)) {
  console.error(`--locale ${values.locale}: not one of ${locales.join(', ')}`);
  process.exit(2);
}
const docusaurusBin = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
// Persistent caches live in node_modules/.cache: Rspack's (Docusaurus Faster), and ours
// (compiled validators, the search index's pages). A cold build starts without any of them, as
// after `docusaurus clear`; the generated sites symlink our node_modules, so it is shared.
const CACHE_DIR = path.join(siteDir, 'node_modules', '.cache');

const log = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`);

interface BuildResult {
  ms: number;
  perf: string;
}

function clearCaches(site: string): void {
  fs.rmSync(path.join(site, '.docusaurus'), { recursive: true, force: true });
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
}

/** One `docusaurus build` as a whole process, with the performance logger on. */
function build(site: string, outDir: string, opts: { cold: boolean; locale?: string }): BuildResult {
  if (opts.cold) clearCaches(site);
  const args = [docusaurusBin, 'build', site, '--out-dir', outDir, ...(opts.locale ? ['--locale', opts.locale] : [])];
  const start = process.hrtime.bigint();
  const r = spawnSync('node', args, {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, DOCUSAURUS_PERF_LOGGER: 'true', FORCE_COLOR: '0' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-4000), r.stderr.slice(-4000));
    throw new Error(`docusaurus build ${site} exited ${r.status}`);
  }
  log(`built ${path.relative(siteDir, site) || 'site'}${opts.locale ? ` (${opts.locale})` : ''}, ${opts.cold ? 'cold' : 'warm'}: ${(ms / 1000).toFixed(1)} s`);
  return { ms, perf: r.stdout };
}

function validate(site: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync('node', [path.join(siteDir, 'scripts/run.cjs'), 'validate', '--site', site, '--format', 'json'], {
    cwd: siteDir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(r.stdout.slice(0, 4000), r.stderr.slice(0, 4000));
    throw new Error(`validate --site ${site} exited ${r.status}`);
  }
  return ms;
}

/** HTML pages of one locale's output (the default locale's excludes the other locales' folders). */
function htmlPages(outDir: string, locale: string): number {
  const others = locales.filter((l) => l !== DEFAULT_LOCALE);
  const root = locale === DEFAULT_LOCALE ? outDir : path.join(outDir, locale);
  let n = 0;
  const walk = (dir: string, top: boolean): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      if (top && locale === DEFAULT_LOCALE && others.includes(d.name)) continue;
      if (d.isDirectory()) walk(path.join(dir, d.name), false);
      else if (d.name.endsWith('.html')) n++;
    }
  };
  walk(root, true);
  return n;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

const COPY_SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp-tests', 'test-results', 'bench-results', 'coverage']);

/** A copy of the site with n× the shipped data entries (node_modules symlinked). */
function scaledSite(scale: number): { dir: string; entries: number } {
  const dir = path.join(benchDir, `scale-${scale}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(siteDir)) {
    if (COPY_SKIP.has(name)) continue;
    fs.cpSync(path.join(siteDir, name), path.join(dir, name), { recursive: true });
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const shipped = growData(path.join(dir, 'data'), 0).shipped;
  return { dir, entries: growData(path.join(dir, 'data'), shipped * scale).entries };
}

// Our plugins: the local plugins under plugins/ (their `name`), and the offline search,
// which plugins/search/local.ts wraps under the package's own name.
const ourPlugins = [
  ...pluginNamesFromSources(
    fs
      .readdirSync(path.join(siteDir, 'plugins'))
      .map((d) => path.join(siteDir, 'plugins', d, 'index.ts'))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f, 'utf8')),
  ),
  '@easyops-cn/docusaurus-search-local',
];

fs.mkdirSync(benchDir, { recursive: true });
const vanillaDir = path.join(benchDir, 'vanilla');
const out = (name: string): string => path.join(benchDir, `out-${name}`);

const t = { oursCold: [] as number[], oursWarm: [] as number[], vanilla: [] as number[], one: [] as number[] };
const shares: PluginShare[] = [];
const scaleBuild: Record<number, number[]> = {};
const scaleValidate: Record<number, number[]> = {};
const scaleEntries: Record<number, number> = {};
let pagesPerLocale: Record<string, number> = {};
let vanillaPages: Record<string, number> = {};

const sites = new Map(scales.map((s) => [s, scaledSite(s)]));
for (const [s, site] of sites) {
  scaleEntries[s] = site.entries;
  scaleBuild[s] = [];
  scaleValidate[s] = [];
}
log(`our plugins: ${ourPlugins.join(', ')}; locales: ${locales.join(', ')}; runs: ${runs}; scales: ${scales.join(', ')}`);

for (let run = 0; run < runs; run++) {
  log(`run ${run + 1} of ${runs}`);
  const ours = (): void => {
    const cold = build(siteDir, out('ours'), { cold: true });
    t.oursCold.push(cold.ms);
    shares.push(pluginShare(parsePerfLog(cold.perf), ourPlugins));
    t.oursWarm.push(build(siteDir, out('ours'), { cold: false }).ms);
    if (run === 0) {
      pagesPerLocale = Object.fromEntries(locales.map((l) => [l, htmlPages(out('ours'), l)]));
      const max = Math.max(...Object.values(pagesPerLocale));
      writeFiles(vanillaDir, vanillaSiteFiles({ pagesPerLocale: max, locales, defaultLocale: DEFAULT_LOCALE }));
      log(`vanilla site: ${vanillaDocCount(max)} docs per locale (our pages per locale: ${JSON.stringify(pagesPerLocale)})`);
    }
  };
  const vanilla = (): void => {
    t.vanilla.push(build(vanillaDir, path.join(vanillaDir, 'build'), { cold: true }).ms);
    if (run === 0) vanillaPages = Object.fromEntries(locales.map((l) => [l, htmlPages(path.join(vanillaDir, 'build'), l)]));
  };
  // The vanilla site is generated from our first build's page count, so run 1 starts with ours.
  if (run % 2 === 0) {
    ours();
    vanilla();
  } else {
    vanilla();
    ours();
  }
  t.one.push(build(siteDir, out('one'), { cold: true, locale: values.locale }).ms);
  const order = run % 2 === 0 ? scales : [...scales].reverse();
  // Untimed: rebuilds the CLI bundle (node_modules/.cache/community-hub) that clearing the caches removed.
  validate(sites.get(1)!.dir);
  for (const s of order) scaleValidate[s]!.push(validate(sites.get(s)!.dir));
  for (const s of order) scaleBuild[s]!.push(build(sites.get(s)!.dir, out(`scale-${s}`), { cold: true }).ms);
}

async function report(): Promise<void> {
  // Page weight: bytes do not vary run to run; one load per page in Chromium.
  const weights: Record<string, Weight> = {};
  const weightFigures: Figure[] = [];
  const baselinePath = '/docs/';
  if (!values['skip-weight']) {
    const firstCourse = fs.readdirSync(path.join(siteDir, 'data', 'courses')).filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');
    const candidates: [string, string][] = [
      ['home', '/'],
      ['course catalog', '/courses/'],
      ['partner directory', '/partners/'],
      ['events', '/events/'],
      ['a course', `/courses/${firstCourse}/`],
    ];
    const pages = candidates.filter(([, p]) => fs.existsSync(path.join(out('ours'), p, 'index.html')));
    const server = await serveBuild(out('ours'));
    const browser = await launchBrowser();
    try {
      weights[baselinePath] = await pageWeight(browser, server.url + baselinePath);
      for (const [, p] of pages) weights[p] = await pageWeight(browser, server.url + p);
    } finally {
      await browser.close();
      await server.close();
    }
    const base = weights[baselinePath]!;
    for (const [label, p] of pages) {
      for (const kind of ['js', 'html', 'css'] as const) {
        weightFigures.push({
          name: `weight ${kind} ${label}`,
          detail: `${p} ${(weights[p]![kind] / 1024).toFixed(1)} KB ÷ ${baselinePath} ${(base[kind] / 1024).toFixed(1)} KB gzip`,
          value: summarize([weights[p]![kind] / base[kind]]),
          target: kind === 'js' ? 1.2 : undefined,
          unit: 'ratio',
        });
      }
    }
    for (const [label, p] of candidates) if (!pages.some(([, q]) => q === p)) weightFigures.push({ name: `weight ${label}`, detail: p, value: undefined, unit: 'ratio', note: 'not in this build' });
  }

  const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const span = (s: Summary): string => `${sec(s.median)} (${sec(s.min)}–${sec(s.max)})`;
  const shareSummary = summarize(shares.map((s) => s.oursMs / s.totalMs));
  const figures: Figure[] = [
    {
      name: 'build vs vanilla',
      detail: `our cold build, all locales ${span(summarize(t.oursCold))} ÷ vanilla Docusaurus ${span(summarize(t.vanilla))}; pages per locale ours ${JSON.stringify(pagesPerLocale)}, vanilla ${JSON.stringify(vanillaPages)}`,
      value: pairedRatios(t.oursCold, t.vanilla),
      target: 1.1,
      unit: 'ratio',
    },
    {
      name: 'our share',
      detail: `our plugins' lifecycle steps, postBuild included, each group of steps Docusaurus starts together counted once (its longest of ours; still includes waiting) ÷ the logger's Build total; the plain sum would be ${(median(shares.map((s) => s.sumMs / s.totalMs)) * 100).toFixed(1)} %`,
      value: shareSummary,
      target: 0.03,
      unit: 'percent',
    },
    {
      name: 'locales',
      detail: `all ${locales.length} locales ${span(summarize(t.oursCold))} ÷ (${locales.length} × ${values.locale} alone ${span(summarize(t.one))})`,
      value: pairedRatios(t.oursCold, t.one.map((x) => x * locales.length)),
      target: 1.05,
      unit: 'ratio',
    },
    {
      name: 'warm vs cold',
      detail: `rebuild with .docusaurus and node_modules/.cache (Rspack's, ours) ${span(summarize(t.oursWarm))} ÷ cold ${span(summarize(t.oursCold))}`,
      value: pairedRatios(t.oursWarm, t.oursCold),
      target: 0.6,
      unit: 'ratio',
    },
    ...weightFigures,
    ...scales
      .filter((s) => s !== 1)
      .flatMap((s): Figure[] => [
        {
          name: `validate ${s}×`,
          detail: `${scaleEntries[s]} entries ${span(summarize(scaleValidate[s]!))} ÷ ${scaleEntries[1]} entries ${span(summarize(scaleValidate[1]!))}; linear is ≤ ${s}×`,
          value: pairedRatios(scaleValidate[s]!, scaleValidate[1]!),
          target: s,
          unit: 'ratio',
        },
        {
          name: `build ${s}×`,
          detail: `${scaleEntries[s]} entries ${span(summarize(scaleBuild[s]!))} ÷ ${scaleEntries[1]} entries ${span(summarize(scaleBuild[1]!))}; linear is ≤ ${s}×`,
          value: pairedRatios(scaleBuild[s]!, scaleBuild[1]!),
          target: s,
          unit: 'ratio',
        },
      ]),
  ];

  const lastShare = shares.at(-1)!;
  const shareRows = Object.entries(lastShare.byPlugin)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => [name, `${ms.toFixed(0)} ms`, `${((ms / lastShare.totalMs) * 100).toFixed(1)} %`]);
  const scaleRows = scales.map((s) => [`${s}×`, String(scaleEntries[s]), span(summarize(scaleValidate[s]!)), span(summarize(scaleBuild[s]!))]);

  process.stdout.write(`\n${figuresTable(figures)}\n\n`);
  process.stdout.write(`${formatTable([['scale', 'entries', 'validate', 'build (all locales, cold)'], ...scaleRows])}\n\n`);
  process.stdout.write(`our plugins' steps in the last cold build, each summed (overlapping; Build total ${sec(lastShare.totalMs)}, ours counted once ${sec(lastShare.oursMs)}):\n${formatTable([['plugin', 'steps', 'share'], ...shareRows])}\n\n`);
  process.stdout.write(`runs: ${runs}; medians with min–max spread; every build is cold (.docusaurus and node_modules/.cache removed, as docusaurus clear does) except "warm". ${scales.some((s) => s >= 100) ? '' : 'Add --scales 1,10,100 for 100× (very slow on 2 cores).'}\n`);

  const outFile = path.join(siteDir, 'bench-results', 'bench.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify({ date: new Date().toISOString(), runs, locales, locale: values.locale, scales, ourPlugins, timesMs: t, pagesPerLocale, vanillaPages, shares, weights, scaleEntries, scaleValidateMs: scaleValidate, scaleBuildMs: scaleBuild, figures }, null, 2)}\n`,
  );
  process.stdout.write(`wrote ${path.relative(siteDir, outFile)}\n`);
}

report().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
