import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { load } from 'js-yaml';
import { launchBrowser, serveBuild, watchPage } from './harness';

/**
 * A translator's path for a new locale, in a copy of the site: add the folder
 * `i18n/fr/`, run write-translations, translate a little, change a source
 * page, build only that locale, and read the pages: translated text where
 * translated, the original with a visible marker where not, a stale banner
 * where the original changed.
 */
const repoRoot = path.resolve(__dirname, '../..');
const site = path.join(repoRoot, '.tmp-tests', 'new-locale-site');
const tsx = ['--import', 'tsx'];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
let devServer: ChildProcess | undefined;

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, args, { cwd: site, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const read = (rel: string) => fs.readFileSync(path.join(site, rel), 'utf8');
const write = (rel: string, text: string) => fs.writeFileSync(path.join(site, rel), text);
// stdout only: Docusaurus's extraction warnings go to stderr.
const statusJson = () => JSON.parse(spawnSync(process.execPath, [...tsx, 'scripts/i18n-status.ts', '--locale', 'fr', '--format', 'json'], { cwd: site, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout) as {
  uiSourcesOutdated: string[];
  locales: Array<{ groups: Array<{ area: string; group: string; translated: number; missing: number; stale: number; items: Array<{ id: string; state: string; reason: string }> }> }>;
};

beforeAll(async () => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp-tests', 'test-results', '.plan']);
  for (const name of fs.readdirSync(repoRoot)) {
    if (!skip.has(name)) fs.cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true, filter: (src) => !src.includes('__tests__') });
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  if (devServer?.pid && devServer.exitCode === null) process.kill(-devServer.pid, 'SIGTERM');
  await browser?.close();
  await server?.close();
  fs.rmSync(site, { recursive: true, force: true });
});

describe('a new locale is a folder', () => {
  const otelIntro = () => load(fs.readFileSync(path.join(repoRoot, 'data/courses/otel-intro.yaml'), 'utf8')) as { title: string; summary: string };

  it('write-translations writes UI strings, every data string and marked copies of every page', () => {
    fs.mkdirSync(path.join(site, 'i18n/fr'));
    const r = run([...tsx, 'scripts/write-translations.ts', '--locale', 'fr']);
    expect(r.status, r.out.slice(-3000)).toBe(0);
    const courses = JSON.parse(read('i18n/fr/community-data/courses.json')) as Record<string, { message: string }>;
    expect(courses['courses.otel-intro.title']!.message).toBe(otelIntro().title);
    expect(courses['courses.otel-intro.summary']!.message).toBe(otelIntro().summary);
    for (const collection of fs.readdirSync(path.join(repoRoot, 'i18n/en/community-data'))) expect(fs.existsSync(path.join(site, 'i18n/fr/community-data', collection)), collection).toBe(true);
    expect(JSON.parse(read('i18n/fr/code.json'))).toHaveProperty(['translation.banner.stale']);
    for (const copy of ['i18n/fr/docusaurus-plugin-content-docs/current/intro.md', 'i18n/fr/docusaurus-plugin-content-docs-courses/current/otel-intro/01-core-concepts.md']) {
      expect(read(copy)).toMatch(/\nuntranslated: true\n/);
    }
    expect(fs.readdirSync(path.join(site, 'i18n/fr/docusaurus-plugin-content-blog')).some((f) => f.endsWith('.md'))).toBe(true);
    const manifest = JSON.parse(read('i18n/fr/translation-sources.json')) as { files: Record<string, string>; strings: Record<string, Record<string, string>> };
    expect(Object.keys(manifest.files)).toContain('docs/intro.md');
    expect(manifest.strings['community-data/courses.json']).toHaveProperty(['courses.otel-intro.title']);
    // Nothing is translated yet: everything counts as missing, nothing as stale.
    const [fr] = statusJson().locales;
    const docs = fr!.groups.find((g) => g.area === 'docs')!;
    expect(docs.translated).toBe(0);
    expect(fr!.groups.every((g) => g.stale === 0)).toBe(true);
  }, 600_000);

  it('a translated string and page count as translated; a source edit makes the page stale', () => {
    const file = 'i18n/fr/community-data/courses.json';
    const courses = JSON.parse(read(file)) as Record<string, { message: string }>;
    courses['courses.otel-intro.title']!.message = 'Introduction à OpenTelemetry';
    write(file, JSON.stringify(courses, null, 2));
    write('i18n/fr/docusaurus-plugin-content-docs/current/intro.md', '---\ntitle: Bien démarrer\ndescription: Ce que le site de la communauté vous propose.\nslug: /\nsidebar_position: 1\n---\n\n# Bien démarrer\n\nLa communauté réunit documentation, cours et événements.\n');
    let docs = statusJson().locales[0]!.groups.find((g) => g.area === 'docs')!;
    expect(docs.translated).toBe(1);
    expect(statusJson().locales[0]!.groups.find((g) => g.group === 'courses')!.translated).toBeGreaterThanOrEqual(1);

    write('docs/intro.md', `${read('docs/intro.md')}\n## 新的一节\n\n原文新增了一段。\n`);
    docs = statusJson().locales[0]!.groups.find((g) => g.area === 'docs')!;
    expect(docs.items).toContainEqual({ id: 'docs/intro.md', state: 'stale', reason: 'changed' });
    // Every item: with the guides' 27 pages missing, the stale one is past the first ten listed.
    const strict = run([...tsx, 'scripts/i18n-status.ts', '--locale', 'fr', '--items', 'all']);
    expect(strict.out).toMatch(/stale\s+docs\/intro\.md\s+\(changed\)/);
  }, 300_000);

  it('a UI string edited in a component makes its translation stale at once; --strict names the outdated snapshot', () => {
    const file = 'i18n/fr/code.json';
    const ui = () => statusJson().locales[0]!.groups.find((g) => g.area === 'ui' && g.group === 'code.json')!;
    // Docusaurus's theme ships French for its own strings: those count as translated already.
    const translatedBefore = ui().translated;
    const code = JSON.parse(read(file)) as Record<string, { message: string }>;
    code['translation.banner.staleLabel']!.message = 'Peut-être obsolète';
    write(file, JSON.stringify(code, null, 2));
    expect(run([...tsx, 'scripts/i18n-mark-current.ts', '--locale', 'fr', file]).status).toBe(0);
    expect(ui().translated).toBe(translatedBefore + 1);
    expect(ui().stale).toBe(0);

    const component = 'plugins/translation-status/theme/TranslationBanner/index.tsx';
    const before = read(component);
    write(component, before.replace('>可能过时<', '>可能已经过时<'));
    try {
      const status = statusJson();
      expect(status.locales[0]!.groups.find((g) => g.area === 'ui' && g.group === 'code.json')!.items).toContainEqual({ id: 'translation.banner.staleLabel', state: 'stale', reason: 'changed' });
      expect(status.uiSourcesOutdated).toEqual(['code.json']);
      const strict = run([...tsx, 'scripts/i18n-status.ts', '--locale', 'fr', '--strict']);
      expect(strict.status).toBe(1);
      expect(strict.out).toContain('error: i18n/ui-sources.json is out of date for code.json');
    } finally {
      write(component, before);
    }
  }, 300_000);

  it('builds only that locale; pages exist, fall back visibly, and the stale page links to the original', async () => {
    // Built alone the way the deploy workflow builds each locale: under its own /fr/ path.
    const r = run([path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', 'fr'], { BUILD_LOCALES_SEPARATELY: 'true' });
    expect(r.status, r.out.slice(-3000)).toBe(0);
    const buildDir = path.join(site, 'build');
    expect(fs.existsSync(path.join(buildDir, 'fr', 'index.html'))).toBe(true);
    server = await serveBuild(buildDir);
    const base = `${server.url}/fr`;
    const page = await browser.newPage();
    const watched = watchPage(page, server.url);

    // Stale: the translated intro, whose original changed after translation.
    await page.goto(`${base}/docs/`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 30_000 }).toBe('Bien démarrer');
    const stale = page.getByTestId('translation-banner');
    expect(await stale.getAttribute('data-state')).toBe('stale');
    // The link goes to the original: the page's zh-Hans alternate, not the French page itself.
    const original = await stale.locator('a[hreflang="zh-Hans"]').getAttribute('href');
    const zhAlternate = new URL((await page.locator('head link[rel="alternate"][hreflang="zh-Hans"]').getAttribute('href'))!).pathname;
    expect(original).toBe(zhAlternate);
    expect(original).toBe('/docs/');
    expect(original).not.toBe(new URL(page.url()).pathname);

    // Untranslated: a guide page, a lesson and the blog post show the original, marked, in its language.
    const bannerPages = () => {
      const globalData = JSON.parse(fs.readFileSync(path.join(site, '.docusaurus', 'globalData.json'), 'utf8')) as Record<string, { default?: { pages?: object } }>;
      return JSON.stringify(globalData['translation-status']?.default?.pages);
    };
    for (const url of ['/docs/contributing/data-files/', '/courses/otel-intro/core-concepts/']) {
      await page.goto(base + url, { waitUntil: 'networkidle' });
      const banner = page.getByTestId('translation-banner');
      expect(await banner.count(), `${url}: no banner; pages with one: ${bannerPages()}`).toBe(1);
      expect(await banner.getAttribute('data-state'), url).toBe('missing');
      expect(await banner.locator('.data-fallback-marker').count()).toBe(1);
      expect(await page.locator('article [lang="zh-Hans"] h1, article [lang="zh-Hans"] header h1').count(), url).toBeGreaterThan(0);
    }
    await page.goto(`${base}/blog/`, { waitUntil: 'networkidle' });
    await page.locator('article h2 a').first().click();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('translation-banner').getAttribute('data-state')).toBe('missing');

    // Data: the translated course title in French, the rest in Chinese with the fallback marker.
    await page.goto(`${base}/courses/`, { waitUntil: 'networkidle' });
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Introduction à OpenTelemetry');
    expect(await page.locator('main .data-fallback-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('main [lang="zh-Hans"]').count()).toBeGreaterThan(0);

    // The status page of the new locale, from the same computation as the CLI.
    await page.goto(`${base}/translation-status/`, { waitUntil: 'networkidle' });
    const table = page.getByTestId('translation-status-fr');
    expect(await table.count()).toBe(1);
    expect(await page.locator('main details').first().textContent()).toContain('docs/intro.md');
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  }, 900_000);
  it('npm start -- --locale fr serves the new locale', async () => {
    let output = '';
    // `npm start` is `docusaurus start`; port 0 is not accepted, so take a free one from the OS.
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    devServer = spawn(process.execPath, [path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'start', '--locale', 'fr', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
      cwd: site,
      env: { ...process.env, NODE_ENV: 'development', BROWSER: 'none', FORCE_COLOR: '0' },
      detached: true,
    });
    devServer.stdout!.on('data', (d) => (output += String(d)));
    devServer.stderr!.on('data', (d) => (output += String(d)));
    // The address it prints says where the locale is served.
    await expect.poll(() => /running at: (http\S+)/.exec(output)?.[1], { timeout: 300_000, interval: 1000, message: `dev server did not start:\n${output.slice(-3000)}` }).toBeTruthy();
    const home = /running at: (http\S+)/.exec(output)![1]!.replace(/\/?$/, '/');
    await expect.poll(async () => (await fetch(`${home}docs/`).catch(() => undefined))?.status, { timeout: 300_000, interval: 1000, message: output.slice(-3000) }).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${home}docs/`, { waitUntil: 'load' });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 60_000 }).toBe('Bien démarrer');
    await page.close();
  }, 700_000);
});
