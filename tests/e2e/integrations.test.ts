import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';

/** Expectations come from the YAML files, the schema and the English translations, never from the build. */
interface IntegrationData {
  id: string;
  name: string;
  category: string;
  provider?: string;
  maintainer: string;
  status: string;
  supportedVersions: string[];
  signals: string[];
  features: string[];
  documentationUrl: string;
  repositoryUrl: string;
  verified: boolean;
}
interface ProgramData {
  id: string;
  name: string;
  requirements: string[];
  benefits: string[];
  reviewProcess: string[];
}

const siteDir = path.resolve(__dirname, '../..');
const readYamlDir = <T>(dir: string): T[] =>
  fs
    .readdirSync(path.join(siteDir, dir), { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
    .map((d) => load(fs.readFileSync(path.join(siteDir, dir, d.name), 'utf8')) as T);
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8')) as T;

const integrations = readYamlDir<IntegrationData>('data/integrations');
const programs = readYamlDir<ProgramData>('data/integrations/programs');
const partnerNames = new Map(readYamlDir<{ id: string; name: string }>('data/partners').map((p) => [p.id, p.name]));
const schema = readJson<{ $defs: { integration: { properties: Record<string, { enum?: string[] }> } } }>('data/schemas/integrations.schema.json');
const enumOf = (field: string) => schema.$defs.integration.properties[field]!.enum!;
type Messages = Record<string, { message: string }>;
const en = {
  integrations: readJson<Messages>('i18n/en/community-data/integrations.json'),
  partners: readJson<Messages>('i18n/en/community-data/partners.json'),
};

const locales = [
  { prefix: '', lang: 'zh-Hans', name: (i: { id: string; name: string }) => i.name, partner: (id: string) => partnerNames.get(id) ?? id },
  {
    prefix: '/en',
    lang: 'en',
    name: (i: { id: string; name: string }) => en.integrations[`integrations.${i.id}.name`]?.message ?? i.name,
    partner: (id: string) => en.partners[`partners.${id}.name`]?.message ?? partnerNames.get(id) ?? id,
  },
] as const;

const allIds = integrations.map((i) => i.id).sort();
const idsWhere = (pred: (i: IntegrationData) => boolean) =>
  integrations
    .filter(pred)
    .map((i) => i.id)
    .sort();

const site = useBuiltSite();

/** Ids of the integrations listed, from the card name links (…/integrations/<id>/). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main ul > li > article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/integrations\/([^/]+)\/$/.exec(h)?.[1] ?? `?${h}`).sort();
}

const checkbox = (page: Page, field: string, value: string) => page.locator(`input[type="checkbox"][name="${field}"][value="${value}"]`);
const countRegion = (page: Page) => page.locator('main [aria-live="polite"]');
const countText = (n: number) => `显示 ${n} / ${allIds.length} 个集成`;

/** Opens a registry URL and waits for hydration: the filters are disabled until the page's JavaScript runs. */
async function openRegistry(page: Page, url: string): Promise<void> {
  await page.goto(site.url + url, { waitUntil: 'networkidle' });
  await expect.poll(() => checkbox(page, 'status', 'stable').isEnabled()).toBe(true);
}

/** A site path resolves to a built page. */
const isBuiltPage = (href: string) => fs.existsSync(path.join(BUILD_DIR, href.replace(/^\//, ''), 'index.html'));

describe('data under test', () => {
  it('has integrations of several categories and both statuses, each translated to English, and the Verified Integrations program', () => {
    expect(integrations.length).toBeGreaterThanOrEqual(10);
    expect(new Set(integrations.map((i) => i.category)).size).toBeGreaterThan(2);
    expect(new Set(integrations.map((i) => i.status))).toEqual(new Set(enumOf('status')));
    for (const i of integrations) expect(en.integrations[`integrations.${i.id}.name`], i.id).toBeDefined();
    expect(programs.map((p) => p.id)).toContain('verified-integrations');
  });
});

describe('integrations registry', () => {
  it('lists every integration, with a count, when nothing is filtered; the navbar links here', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openRegistry(page, '/integrations/');
    expect(await listedIds(page)).toEqual(allIds);
    expect(await countRegion(page).textContent()).toBe(countText(allIds.length));
    expect(await page.locator('h1').textContent()).toBe('集成目录');
    expect(await page.locator('nav.navbar a[href="/integrations/"]').first().textContent()).toBe('集成');
    expect(await page.locator('footer a[href="/integrations/"]').count()).toBe(1);
    // The programs are linked from the registry.
    for (const p of programs) expect(await page.locator(`main a[href="/integrations/${p.id}/"]`).count(), p.id).toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  const used = (field: 'category' | 'status') => enumOf(field).filter((v) => integrations.some((i) => i[field] === v));
  it.each([...used('category').map((v) => ['category', v] as const), ...used('status').map((v) => ['status', v] as const)])(
    '/integrations/?%s=%s lists exactly the integrations the data says',
    async (field, value) => {
      const page = await site.browser.newPage();
      const watched = watchPage(page, site.url);
      await openRegistry(page, `/integrations/?${field}=${value}`);
      const expected = idsWhere((i) => i[field] === value);
      expect(expected.length).toBeGreaterThan(0);
      await expect.poll(() => listedIds(page)).toEqual(expected);
      expect(await checkbox(page, field, value).isChecked()).toBe(true);
      expect(await countRegion(page).textContent()).toBe(countText(expected.length));
      expect(watched.errors).toEqual([]);
      await page.close();
    },
  );

  it('combining fields narrows (AND); several values of one field widen (OR); maintainer, signals and verified filter too', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    // A category and a status that each list more than both together (and both together list some): AND must narrow.
    const [category, status] = enumOf('category')
      .flatMap((c) => enumOf('status').map((s) => [c, s] as const))
      .find(([c, s]) => {
        const both = idsWhere((i) => i.category === c && i.status === s).length;
        return both > 0 && both < idsWhere((i) => i.category === c).length && both < idsWhere((i) => i.status === s).length;
      })!;
    expect(category, 'the data has a category with both stable and beta integrations').toBeDefined();
    const cases: [string, (i: IntegrationData) => boolean][] = [
      [`?category=${category}&status=${status}`, (i) => i.category === category && i.status === status],
      ['?category=exporter&status=beta', (i) => i.category === 'exporter' && i.status === 'beta'],
      ['?category=exporter&category=instrumentation&status=beta', (i) => ['exporter', 'instrumentation'].includes(i.category) && i.status === 'beta'],
      ['?maintainer=community', (i) => i.maintainer === 'community'],
      ['?signals=logs&status=stable', (i) => i.signals.includes('logs') && i.status === 'stable'],
      ['?verified=true&maintainer=official', (i) => i.verified && i.maintainer === 'official'],
    ];
    for (const [search, pred] of cases) {
      await openRegistry(page, `/integrations/${search}`);
      await expect.poll(() => listedIds(page), { message: search }).toEqual(idsWhere(pred));
    }
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('clicking a value updates the URL, the list and the counts; back restores them', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openRegistry(page, '/en/integrations/');
    await checkbox(page, 'status', 'beta').click();
    await page.waitForURL(`${site.url}/en/integrations/?status=beta`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((i) => i.status === 'beta'));
    const beta = idsWhere((i) => i.status === 'beta');
    expect(await countRegion(page).textContent()).toBe(`Showing ${beta.length} of ${allIds.length} integrations`);
    // The count beside each category is how many beta integrations it has.
    for (const category of used('category')) {
      const label = page.locator('label', { has: checkbox(page, 'category', category) });
      expect(await label.textContent(), category).toMatch(new RegExp(`\\(${integrations.filter((i) => i.category === category && i.status === 'beta').length}\\)$`));
    }
    await checkbox(page, 'category', 'exporter').click();
    await page.waitForURL(`${site.url}/en/integrations/?category=exporter&status=beta`);
    await expect.poll(() => listedIds(page)).toEqual(idsWhere((i) => i.status === 'beta' && i.category === 'exporter'));
    await page.goBack();
    await page.waitForURL(`${site.url}/en/integrations/?status=beta`);
    await expect.poll(() => listedIds(page)).toEqual(beta);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(`${site.url}/en/integrations/`);
    await expect.poll(() => listedIds(page)).toEqual(allIds);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('the name filter narrows as one types, keeps focus and goes into the URL as `name`', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openRegistry(page, '/en/integrations/');
    const input = page.getByLabel('Integration name');
    await input.click();
    await page.keyboard.type('Exporter');
    await page.waitForURL(`${site.url}/en/integrations/?name=Exporter`);
    const enName = (i: IntegrationData) => locales[1].name(i).toLowerCase();
    const expected = idsWhere((i) => enName(i).includes('exporter'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(allIds.length);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await input.inputValue()).toBe('Exporter');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await countRegion(page).textContent()).toBe(`Showing ${expected.length} of ${allIds.length} integrations`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('is keyboard-usable: Tab reaches a checkbox, Space toggles it, the count is announced and focus stays', async () => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await openRegistry(page, '/integrations/');
    const target = checkbox(page, 'status', 'stable');
    const isFocused = () => target.evaluate((el) => el === document.activeElement);
    let tabs = 0;
    while (!(await isFocused())) {
      await page.keyboard.press('Tab');
      if (++tabs > 80) throw new Error('the stable checkbox was not reached with Tab');
    }
    expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(`${site.url}/integrations/?status=stable`);
    const expected = idsWhere((i) => i.status === 'stable');
    await expect.poll(() => countRegion(page).textContent()).toBe(countText(expected.length));
    expect(await listedIds(page)).toEqual(expected);
    expect(await isFocused()).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(`${site.url}/integrations/`);
    await expect.poll(() => listedIds(page)).toEqual(allIds);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each(['/integrations/?status=beta&category=exporter', '/en/integrations/?name=zzz'])('with JavaScript off, %s lists every integration', async (url) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + url);
    expect(await listedIds(page)).toEqual(allIds);
    await context.close();
  });
});

type JsonLd = Record<string, unknown>;

describe.each(locales)('integration pages ($lang)', ({ prefix, lang, name, partner }) => {
  it.each(integrations.map((i) => [i.id, i] as const))('%s: every field, provider, links, JSON-LD, no console errors', async (id, integration) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    const response = await page.goto(`${site.url}${prefix}/integrations/${id}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(name(integration));
    const main = (await page.locator('main').textContent()) ?? '';
    for (const v of integration.supportedVersions) expect(main).toContain(v);
    expect(await page.locator(`main a[href="${integration.documentationUrl}"]`).count()).toBe(1);
    expect(await page.locator(`main a[href="${integration.repositoryUrl}"]`).count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="features"] li').count()).toBe(integration.features.length);
    // Provider: the partner's name; a link only where it leads to a built partner page.
    if (integration.provider) {
      expect(main).toContain(partner(integration.provider));
      for (const href of await page.locator(`main a[href$="/partners/${integration.provider}/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(isBuiltPage(href), href).toBe(true);
      }
    }
    // Verified: links the program page either way.
    expect(await page.locator(`main a[href="${prefix}/integrations/verified-integrations/"]`).count()).toBeGreaterThan(0);

    const ld = (await page.locator('head script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as JsonLd).find((d) => d['@type'] === 'SoftwareApplication');
    expect(ld, 'SoftwareApplication JSON-LD').toBeDefined();
    expect(ld!['@context']).toBe('https://schema.org');
    expect(ld!.name).toBe(name(integration));
    expect(new URL(ld!.url as string).pathname).toBe(`${prefix}/integrations/${id}/`);
    expect(ld!.softwareRequirements).toEqual(integration.supportedVersions);
    expect((ld!.featureList as string[]).length).toBe(integration.features.length);
    expect(ld!.sameAs).toBe(integration.repositoryUrl);
    expect(ld!.softwareHelp).toEqual({ '@type': 'CreativeWork', url: integration.documentationUrl });
    expect((ld!.provider as JsonLd)['@type']).toBe('Organization');
    if (integration.provider) expect((ld!.provider as JsonLd).name).toBe(partner(integration.provider));

    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it.each(programs.map((p) => [p.id, p] as const))('program %s: requirements, benefits, review process, verified integrations', async (id, program) => {
    const page = await site.browser.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/integrations/${id}/`, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(name(program));
    expect(await page.locator('section[aria-labelledby="requirements"] li').count()).toBe(program.requirements.length);
    expect(await page.locator('section[aria-labelledby="benefits"] li').count()).toBe(program.benefits.length);
    expect(await page.locator('section[aria-labelledby="review-process"] ol > li').count()).toBe(program.reviewProcess.length);
    if (id === 'verified-integrations') {
      const hrefs = await page.locator('section[aria-labelledby="verified-integrations"] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(idsWhere((i) => i.verified).map((v) => `${prefix}/integrations/${v}/`));
    }
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  const withProvider = integrations.find((i) => i.provider)!;
  it.each([
    ['/integrations/', 'light'],
    ['/integrations/', 'dark'],
    ['/en/integrations/?status=beta', 'light'],
    ['/en/integrations/', 'dark'],
    [`/integrations/${withProvider.id}/`, 'light'],
    [`/en/integrations/${withProvider.id}/`, 'dark'],
    ['/integrations/verified-integrations/', 'light'],
    ['/en/integrations/verified-integrations/', 'dark'],
  ] as const)('axe finds no violations on %s (%s)', async (url, colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const watched = watchPage(page, site.url);
    await page.goto(site.url + url, { waitUntil: 'networkidle' });
    if (/\/integrations\/(\?.*)?$/.test(url)) await expect.poll(() => checkbox(page, 'status', 'stable').isEnabled()).toBe(true);
    expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
