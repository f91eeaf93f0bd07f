import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';
import { DEFAULT_LOCALE, discoverLocales } from '../../plugins/site-locales/discoverLocales';

/** Reader-facing multilingual behaviour on the built site: lang, hreflang, canonical, switch, sitemap, Intl, CJK. */
const site = useBuiltSite();
const siteDir = path.resolve(__dirname, '../..');
const { locales, localeConfigs } = discoverLocales(siteDir);
const prefixOf = (l: string) => (l === DEFAULT_LOCALE ? '' : `/${l}`);
const KEY_PAGES = ['/', '/docs/', '/docs/contributing/translating/', '/courses/', '/courses/otel-intro/', '/certifications/', '/blog/', '/reference/data/', '/translation-status/'];

describe('language metadata of key pages', () => {
  it.each(locales.flatMap((l) => KEY_PAGES.map((p) => [l, p] as const)))('%s %s: <html lang>, canonical, hreflang for every locale and x-default', async (locale, pagePath) => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}${prefixOf(locale)}${pagePath}`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(localeConfigs[locale]!.htmlLang);
    const pathOf = (href: string | null) => (href ? new URL(href).pathname : null);
    expect(pathOf(await page.getAttribute('link[rel="canonical"]', 'href'))).toBe(`${prefixOf(locale)}${pagePath}`);
    const expected = [...locales.map((l) => [localeConfigs[l]!.htmlLang, `${prefixOf(l)}${pagePath}`]), ['x-default', pagePath]];
    const sortPairs = (pairs: (string | null)[][]) => pairs.map((p) => p.join(' ')).sort();
    // What a crawler reads: the served HTML, before any script runs.
    const served = await page.evaluate((html) => Array.from(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('link[rel="alternate"][hreflang]')).map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]), await response!.text());
    expect(sortPairs(served)).toEqual(sortPairs(expected));
    // After hydration the head manager re-renders these tags; the settled page keeps them all.
    const alternates = () => page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    await expect.poll(async () => sortPairs(await alternates()), { timeout: 15_000 }).toEqual(sortPairs(expected));
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the page, the filters in the query string and the hash, both ways', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    const query = '?level=advanced&topics=tracing#main';
    await page.goto(`${site.url}/courses/${query}`, { waitUntil: 'networkidle' });
    // Filters apply once the page has hydrated; read the count after that.
    await expect.poll(() => page.locator('input[type="checkbox"][value="tracing"]').first().isChecked(), { timeout: 30_000 }).toBe(true);
    const count = await page.locator('[aria-live]').first().textContent();
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', { name: localeConfigs.en!.label }).first().click();
    await page.waitForURL(`${site.url}/en/courses/${query}`);
    await expect.poll(() => page.locator('input[type="checkbox"][value="advanced"]').first().isChecked(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('input[type="checkbox"][value="tracing"]').first().isChecked()).toBe(true);
    // The same courses are listed, worded in English.
    expect((await page.locator('[aria-live]').first().textContent())?.match(/\d+/)?.[0]).toBe(count?.match(/\d+/)?.[0]);
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.getByRole('link', { name: localeConfigs[DEFAULT_LOCALE]!.label }).first().click();
    await page.waitForURL(`${site.url}/courses/${query}`);
    await expect.poll(() => page.locator('input[type="checkbox"][value="advanced"]').first().isChecked(), { timeout: 30_000 }).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('sitemap', () => {
  it.each(locales)('the %s sitemap lists every page with its version in every locale', (locale) => {
    const xml = fs.readFileSync(path.join(BUILD_DIR, prefixOf(locale), 'sitemap.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(KEY_PAGES.length);
    for (const p of KEY_PAGES) expect(xml).toContain(`${prefixOf(locale)}${p}</loc>`);
    for (const u of urls) {
      for (const l of locales) expect(u).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="${localeConfigs[l]!.htmlLang}" href="[^"]+"/>`));
      expect(u).toContain('hreflang="x-default"');
    }
  });
});

describe('formatting and typography', () => {
  it('blog dates use Intl in the page language', async () => {
    // The blog index lists the newest post first; file names start with the date.
    const file = fs.readdirSync(path.join(siteDir, 'blog')).filter((f) => f.endsWith('.md')).sort().at(-1)!;
    const { date } = load(fs.readFileSync(path.join(siteDir, 'blog', file), 'utf8').split('---')[1]!) as { date: string };
    const page = await site.browser.newPage();
    for (const locale of locales) {
      await page.goto(`${site.url}${prefixOf(locale)}/blog/`, { waitUntil: 'domcontentloaded' });
      const expected = new Intl.DateTimeFormat(localeConfigs[locale]!.htmlLang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(date));
      expect(await page.locator('article time').first().textContent()).toBe(expected);
    }
    await page.close();
  });

  it('Chinese text uses a CJK system font and emphasis is never slanted', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}/docs/`, { waitUntil: 'networkidle' });
    const style = await page.evaluate(() => {
      const em = document.createElement('em');
      em.textContent = '强调';
      document.querySelector('main')!.append(em);
      const cs = getComputedStyle(em);
      return { fontFamily: getComputedStyle(document.body).fontFamily, fontStyle: cs.fontStyle, synthesisStyle: getComputedStyle(document.body).getPropertyValue('font-synthesis-style') };
    });
    expect(style.fontFamily).toContain('Noto Sans CJK SC');
    expect(style.fontStyle).toBe('normal');
    expect(style.synthesisStyle).toBe('none');
    // English pages keep real italics.
    await page.goto(`${site.url}/en/docs/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => getComputedStyle(document.body.appendChild(document.createElement('em'))).fontStyle)).toBe('italic');
    expect(watched.external).toEqual([]);
    await page.close();
  });
});

describe('translation status page', () => {
  const collections = fs
    .readdirSync(path.join(siteDir, 'data', 'schemas'))
    .map((f) => f.replace('.schema.json', ''))
    .filter((c) => fs.existsSync(path.join(siteDir, 'data', c)));

  it.each(locales)('in %s lists every translated locale with every data collection, English complete', async (locale) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefixOf(locale)}/translation-status/`, { waitUntil: 'networkidle' });
    const table = page.getByTestId('translation-status-en');
    const text = (await table.textContent()) ?? '';
    for (const c of collections) expect(text).toContain(c);
    expect(await table.locator('caption').textContent()).toContain('100');
    expect(await page.locator('[data-testid^="translation-status-"]').count()).toBe(locales.length - 1);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s mode), nor the translated guide', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const url of ['/translation-status/', '/en/translation-status/', '/en/docs/contributing/translating/']) {
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      await expect.poll(() => page.getAttribute('html', 'data-theme'), { timeout: 30_000 }).toBe(colorScheme);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    // Every English page is translated from the current source: no banner anywhere.
    expect(await page.getByTestId('translation-banner').count()).toBe(0);
    await context.close();
  });
});
