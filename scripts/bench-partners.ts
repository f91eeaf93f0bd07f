/**
 * `npm run bench:partners -- --count 1000`
 *
 * Copies the site (without node_modules, which is symlinked) to
 * .tmp-tests/bench-partners/site, fills data/partners/ up to N valid partners
 * (with logos and English translations, like real entries), builds the
 * shipped site and the copy in the same run, serves both and measures, side
 * by side:
 *   - build time (wall clock) and the ratio copy ÷ shipped,
 *   - the directory's HTML bytes (raw and gzip),
 *   - the JavaScript the directory loads on first render (raw and gzip), and
 *     that of a plain doc page, with the ratio (target ≤ 1.2),
 *   - the DOM on first render in Chromium (elements; target < 1,400),
 *   - the compact index the directory loads only when filtering.
 * Options: --count N (default 1000), --locale <locale> (build one locale only,
 * default all), --keep (leave the copy and builds in place).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { dump } from 'js-yaml';
import handler from 'serve-handler';
import { chromium, type Browser } from 'playwright-core';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, locale: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench:partners -- [--count 1000] [--locale zh-Hans] [--keep]');
  process.exit(2);
}

const siteDir = path.resolve(__dirname, '..');
const benchDir = path.join(siteDir, '.tmp-tests', 'bench-partners');
const copyDir = path.join(benchDir, 'site');
const shippedOut = path.join(benchDir, 'build-shipped');
const copyOut = path.join(benchDir, 'build-copy');
fs.rmSync(benchDir, { recursive: true, force: true });
fs.mkdirSync(copyDir, { recursive: true });

// The site minus what is installed, built or generated; node_modules is linked, not copied.
const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp-tests', 'test-results', 'bench-results', '.plan']);
for (const name of fs.readdirSync(siteDir)) {
  if (!skip.has(name)) fs.cpSync(path.join(siteDir, name), path.join(copyDir, name), { recursive: true });
}
fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(copyDir, 'node_modules'), 'dir');

// ---- Generate partners: every enum value used, names that sort differently from ids. ----
const schema = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/partners.schema.json'), 'utf8'));
const props = schema.$defs.partner.properties;
const enumOf = (field: string): string[] => props[field].enum ?? props[field].items.enum;
const partnersDir = path.join(copyDir, 'data/partners');
const existing = fs.readdirSync(partnersDir).filter((f) => f.endsWith('.yaml'));
const logos = fs.readdirSync(path.join(siteDir, 'static/img/partners')).filter((f) => f.endsWith('.svg'));
const enFile = path.join(copyDir, 'i18n/en/community-data/partners.json');
const en = JSON.parse(fs.readFileSync(enFile, 'utf8')) as Record<string, { message: string; description: string }>;
const syllables = ['an', 'bel', 'cor', 'dun', 'el', 'fa', 'gri', 'hol', 'ir', 'jas', 'ka', 'lun', 'mor', 'nev', 'or', 'pa', 'quin', 'ros', 'sol', 'tar', 'ul', 'ven', 'wil', 'xa', 'yor', 'zen'];
const zhSyllables = ['云', '图', '析', '衡', '启', '澄', '栈', '桥', '岚', '峰', '知', '途', '星', '河', '远', '观'];
// A fixed-seed generator, so every run builds the same data.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const toMake = Math.max(0, count - existing.length);
for (let i = 1; i <= toMake; i++) {
  const id = `bench-partner-${String(i).padStart(4, '0')}`;
  const chinese = i % 3 === 0;
  const latin = `${cap(pick(syllables) + pick(syllables))} ${cap(pick(syllables) + pick(syllables))} ${i}`;
  const name = chinese ? `${pick(zhSyllables)}${pick(zhSyllables)}科技 ${i}` : latin;
  const date = `${2018 + Math.floor(rand() * 8)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const partner = {
    id,
    name,
    type: pick(enumOf('type')),
    tier: pick(enumOf('tier')),
    partnershipKinds: some(enumOf('partnershipKinds'), 2),
    collaborationAreas: some(enumOf('collaborationAreas'), 4),
    region: pick(enumOf('region')),
    headquarters: '新加坡',
    website: `https://${id}.example.org`,
    logo: { src: `/img/partners/${id}.svg`, alt: `${name} 的标识` },
    memberSince: date,
    summary: '为基准测试生成的合作伙伴，用于衡量目录在大量条目下的表现。',
    description: '这个条目由 bench:partners 生成，字段取值覆盖模式允许的全部枚举值，用来测量构建时间、页面体积和首屏节点数。',
  };
  fs.writeFileSync(path.join(partnersDir, `${id}.yaml`), dump(partner, { lineWidth: -1 }));
  fs.copyFileSync(path.join(siteDir, 'static/img/partners', logos[i % logos.length]!), path.join(copyDir, 'static/img/partners', `${id}.svg`));
  const enName = chinese ? `${latin} Tech` : latin;
  const add = (field: string, message: string) => (en[`partners.${id}.${field}`] = { message, description: `data/partners/${id}.yaml → ${field}` });
  add('name', enName);
  add('headquarters', 'Singapore');
  add('logo.alt', `${enName} logo`);
  add('summary', 'A partner generated for the benchmark, to measure the directory with many entries.');
  add('description', 'Generated by bench:partners; its values cover every enum value the schema allows, to measure build time, page weight and first-render nodes.');
}
fs.writeFileSync(enFile, `${JSON.stringify(en, null, 2)}\n`);
const total = existing.length + toMake;

// ---- Build both, timed. ----
function build(dir: string, outDir: string): number {
  const args = ['docusaurus', 'build', '--out-dir', outDir, ...(values.locale ? ['--locale', values.locale] : [])];
  console.log(`\n$ (cd ${path.relative(siteDir, dir) || '.'}) npx ${args.join(' ')}`);
  const start = process.hrtime.bigint();
  const r = spawnSync('npx', args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) {
    console.error(`build failed in ${dir}`);
    process.exit(1);
  }
  return seconds;
}
const shippedSeconds = build(siteDir, shippedOut);
const copySeconds = build(copyDir, copyOut);

// ---- Measure. ----
const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length;

function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => void handler(req, res, { public: dir, cleanUrls: true, trailingSlash: true }));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) }),
    ),
  );
}

interface PageLoad {
  jsRaw: number;
  jsGzip: number;
  elements: number;
  nodes: number;
}

async function load(browser: Browser, url: string): Promise<PageLoad> {
  const page = await browser.newPage();
  const scripts: Promise<Buffer>[] = [];
  const names: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    names.push(path.basename(new URL(r.url()).pathname));
    scripts.push(r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const bodies = await Promise.all(scripts);
  const dom = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return { elements: document.getElementsByTagName('*').length, nodes };
  });
  await page.close();
  console.log(`${url}: ${names.length} scripts (${names.join(' ')})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
  return { jsRaw: bodies.reduce((n, b) => n + b.length, 0), jsGzip: bodies.reduce((n, b) => n + gz(b), 0), ...dom };
}

function indexChunk(outDir: string): { raw: number; gzip: number } {
  const dir = path.join(outDir, 'assets/js');
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f));
    if (text.includes('{"rows":[[')) return { raw: text.length, gzip: gz(text) };
  }
  return { raw: 0, gzip: 0 };
}

async function main(): Promise<void> {
  // Debian's Chromium, headless, with the flags of tests/e2e/harness.ts (this machine's closed network).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const localePrefix = values.locale && values.locale !== 'zh-Hans' ? `/${values.locale}` : '';
  async function measure(outDir: string) {
    const server = await serve(outDir);
    try {
      const html = fs.readFileSync(path.join(outDir, localePrefix.slice(1), 'partners/index.html'));
      const directory = await load(browser, `${server.url}${localePrefix}/partners/`);
      const doc = await load(browser, `${server.url}${localePrefix}/docs/`);
      const pages = fs.readdirSync(path.join(outDir, localePrefix.slice(1), 'partners/page')).length + 1;
      return { html: { raw: html.length, gzip: gz(html) }, directory, doc, index: indexChunk(outDir), pages };
    } finally {
      await server.close();
    }
  }
  const shipped = await measure(shippedOut);
  const copy = await measure(copyOut);
  await browser.close();

  // ---- Report. ----
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: [string, string, string, string][] = [
    ['partners', String(existing.length), String(total), ''],
    ['build time', `${shippedSeconds.toFixed(1)} s`, `${copySeconds.toFixed(1)} s`, `ratio ${(copySeconds / shippedSeconds).toFixed(2)}`],
    ['directory pages (static)', String(shipped.pages), String(copy.pages), ''],
    ['directory HTML', `${kb(shipped.html.raw)} (${kb(shipped.html.gzip)} gz)`, `${kb(copy.html.raw)} (${kb(copy.html.gzip)} gz)`, ''],
    ['directory JS, first render', `${kb(shipped.directory.jsRaw)} (${kb(shipped.directory.jsGzip)} gz)`, `${kb(copy.directory.jsRaw)} (${kb(copy.directory.jsGzip)} gz)`, ''],
    ['plain doc page JS (/docs/)', `${kb(shipped.doc.jsRaw)} (${kb(shipped.doc.jsGzip)} gz)`, `${kb(copy.doc.jsRaw)} (${kb(copy.doc.jsGzip)} gz)`, ''],
    [
      'directory JS ÷ doc page JS (gz)',
      (shipped.directory.jsGzip / shipped.doc.jsGzip).toFixed(2),
      (copy.directory.jsGzip / copy.doc.jsGzip).toFixed(2),
      `target ≤ 1.2: ${copy.directory.jsGzip / copy.doc.jsGzip <= 1.2 ? 'met' : 'NOT met'}`,
    ],
    ['DOM elements, first render', String(shipped.directory.elements), String(copy.directory.elements), `target < 1,400: ${copy.directory.elements < 1400 ? 'met' : 'NOT met'}`],
    ['DOM nodes incl. text, first render', String(shipped.directory.nodes), String(copy.directory.nodes), ''],
    ['filter index (loaded on first filter)', `${kb(shipped.index.raw)} (${kb(shipped.index.gzip)} gz)`, `${kb(copy.index.raw)} (${kb(copy.index.gzip)} gz)`, ''],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['', 'shipped', 'generated', ''][c]!.length));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(`\nbench:partners — ${values.locale ?? 'all locales'}, measured at ${localePrefix || ''}/partners/\n`);
  console.log(line(['', 'shipped', 'generated', '']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  if (!values.keep) fs.rmSync(benchDir, { recursive: true, force: true });

}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
