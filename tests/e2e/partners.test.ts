import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBuiltSite, watchPage } from './harness';

/** Expectations come from the data files, the schema and the English translations, never from the build. */
interface PartnerData {
  id: string;
  name: string;
  type: string;
  tier: string;
  partnershipKinds: string[];
  collaborationAreas: string[];
  region: string;
  website: string;
  memberSince: string | Date;
  logo: { src: string; alt: string };
  description: string;
}
interface TierData {
  id: string;
  name: string;
  rank: number;
  requirements: string[];
  benefits: string[];
}

const siteDir = path.resolve(__dirname, '../..');
const readYamlDir = <T>(dir: string): T[] =>
  fs
    .readdirSync(path.join(siteDir, dir), { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
    .map((d) => load(fs.readFileSync(path.join(siteDir, dir, d.name), 'utf8')) as T);
const partners = readYamlDir<PartnerData>('data/partners');
const tiers = readYamlDir<TierData>('data/partners/tiers');
const schema = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/partners.schema.json'), 'utf8'));
const enumOf = (field: string): string[] => {
  const prop = schema.$defs.partner.properties[field];
  return prop.enum ?? prop.items.enum;
};
const enNames = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/partners.json'), 'utf8')) as Record<string, { message: string }>;
const enName = (p: { id: string; name: string }) => enNames[`partners.${p.id}.name`]?.message ?? p.name;
const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

/** A partner's (or tier's) data string in a locale: the YAML in zh-Hans, its English translation (else the YAML) in en. */
const dataText = (lang: Lang, id: string, key: string, zh: string) => (lang === 'en' ? (enNames[`partners.${id}.${key}`]?.message ?? zh) : zh);
type Lang = 'zh-Hans' | 'en';
const LOCALES = [
  { prefix: '', lang: 'zh-Hans' },
  { prefix: '/en', lang: 'en' },
] as const;
/**
 * The label the pages use for an enum value: the schema's enumDescriptions in zh-Hans, the data reference's
 * English translation (i18n/en/data-reference/partners.json) in en.
 */
const FACETS = ['type', 'tier', 'partnershipKinds', 'collaborationAreas', 'region'] as const;
type Facet = (typeof FACETS)[number];
const enReference = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/data-reference/partners.json'), 'utf8')) as Record<string, { message: string }>;
const enumLabel = (lang: Lang, field: Facet, value: string): string => {
  const prop = schema.$defs.partner.properties[field];
  const values: string[] = prop.enum ?? prop.items.enum;
  const zh: string = (prop.enumDescriptions ?? prop.items.enumDescriptions)[values.indexOf(value)] ?? value;
  return lang === 'en' ? (enReference[`partners.partner.${field}.enum.${value}`]?.message ?? zh) : zh;
};
const valuesOf = (p: PartnerData, field: Facet): string[] => ([] as string[]).concat(p[field]);
/** "2024年3月" / "March 2024", as the pages write a month (UTC, so no time zone shifts it). */
const monthIn = (lang: Lang, d: string | Date) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day(d)}T00:00:00Z`));
const rank = new Map(tiers.map((t) => [t.id, t.rank]));
const PAGE_SIZE = 12;

const allIds = partners.map((p) => p.id).sort();
const idsWhere = (pred: (p: PartnerData) => boolean) =>
  partners
    .filter(pred)
    .map((p) => p.id)
    .sort();
const collator = (locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
const byName = (locale: string, name = (p: PartnerData) => p.name) => (a: PartnerData, b: PartnerData) => collator(locale).compare(name(a), name(b)) || (a.id < b.id ? -1 : 1);
/** The directory's default order: tier (highest first), then name in the page's language. */
const defaultOrderIn = (locale: 'zh-Hans' | 'en') =>
  [...partners].sort((a, b) => rank.get(b.tier)! - rank.get(a.tier)! || (locale === 'en' ? byName('en', enName)(a, b) : byName('zh-Hans')(a, b))).map((p) => p.id);
const defaultOrder = defaultOrderIn('zh-Hans');

/** Polls with room for a loaded machine: the filter index is a chunk of its own, fetched on demand. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

const site = useBuiltSite();

/** Ids of the partners listed on the current page, in order, from the card links (…/partners/<id>/). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main ul > li > article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/partners\/([^/]+)\/$/.exec(h)?.[1] ?? `?${h}`);
}

/** Every partner of the current view, in order, following the "next" page link until there is none. */
async function allListedIds(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const before = page.url();
    const shown = await listedIds(page);
    out.push(...shown);
    const next = page.locator('main nav a[rel="next"]');
    if ((await next.count()) === 0) return out;
    await next.click();
    await page.waitForURL((u) => u.href !== before);
    // The URL changes before the next page's cards replace these: wait for a different, non-empty list.
    await poll(() => listedIds(page).then((ids) => ids.length > 0 && ids.join() !== shown.join())).toBe(true);
  }
  throw new Error('more than 100 pages');
}

const checkbox = (page: Page, field: string, value: string) => page.locator(`input[type="checkbox"][name="${field}"][value="${value}"]`);
const countRegion = (page: Page) => page.locator('main [aria-live="polite"]');
const countText = (n: number) => `显示 ${n} / ${allIds.length} 个合作伙伴` + (n > PAGE_SIZE ? ` · 第 1 / ${Math.ceil(n / PAGE_SIZE)} 页` : '');

/** Opens a directory URL and waits for hydration: the filters are disabled until the page's JavaScript runs. */
async function openDirectory(page: Page, url: string): Promise<void> {
  await page.goto(site.url + url, { waitUntil: 'networkidle' });
  await poll(() => checkbox(page, 'tier', enumOf('tier')[0]!).isEnabled()).toBe(true);
}

async function withPage<T>(fn: (page: Page, watched: ReturnType<typeof watchPage>) => Promise<T>, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<T> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const watched = watchPage(page, site.url);
  try {
    const result = await fn(page, watched);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

describe('data under test', () => {
  it('has more partners than fit on one page, and several tiers and types', () => {
    expect(partners.length).toBeGreaterThan(PAGE_SIZE);
    expect(new Set(partners.map((p) => p.tier)).size).toBeGreaterThan(2);
    expect(new Set(partners.map((p) => p.type)).size).toBeGreaterThan(2);
  });
});

describe('partner directory', () => {
  it('lists the first page in tier-then-name order, and every partner across the pages', () =>
    withPage(async (page) => {
      await openDirectory(page, '/partners/');
      expect(await page.locator('h1').textContent()).toBe('合作伙伴');
      expect(await listedIds(page)).toEqual(defaultOrder.slice(0, PAGE_SIZE));
      expect(await countRegion(page).textContent()).toBe(countText(allIds.length));
      expect(await allListedIds(page)).toEqual(defaultOrder);
      expect(page.url()).toBe(`${site.url}/partners/page/${Math.ceil(allIds.length / PAGE_SIZE)}/`);
    }));

  it('does not load the full index on first render, only when a filter is used', () =>
    withPage(async (page) => {
      const bodies: string[] = [];
      page.on('response', async (r) => {
        if (r.url().endsWith('.js')) bodies.push(await r.text().catch(() => ''));
      });
      await openDirectory(page, '/partners/');
      const hasIndex = () => bodies.some((b) => b.includes('{"rows":[['));
      expect(hasIndex()).toBe(false);
      const tier = partners[0]!.tier;
      await checkbox(page, 'tier', tier).click();
      await page.waitForURL(`${site.url}/partners/?tier=${tier}`);
      await poll(hasIndex).toBe(true);
    }));

  it.each(enumOf('tier'))('/partners/?tier=%s lists exactly the partners of that tier', (tier) =>
    withPage(async (page) => {
      await openDirectory(page, `/partners/?tier=${tier}`);
      const expected = idsWhere((p) => p.tier === tier);
      await poll(() => countRegion(page).textContent()).toBe(countText(expected.length));
      expect(await checkbox(page, 'tier', tier).isChecked()).toBe(true);
      expect((await allListedIds(page)).sort()).toEqual(expected);
    }),
  );

  it.each(enumOf('type'))('/partners/?type=%s lists exactly the partners of that type', (type) =>
    withPage(async (page) => {
      await openDirectory(page, `/partners/?type=${type}`);
      const expected = idsWhere((p) => p.type === type);
      await poll(() => countRegion(page).textContent()).toBe(countText(expected.length));
      expect((await allListedIds(page)).sort()).toEqual(expected);
      if (expected.length === 0) expect(await page.locator('main').textContent()).toContain('没有符合所有条件的合作伙伴');
    }),
  );

  it('combining facets narrows (AND across fields, OR within one), in English too', () =>
    withPage(async (page) => {
      const region = 'asia-pacific';
      const [t1, t2] = ['silver', 'gold'];
      await openDirectory(page, `/en/partners/?tier=${t1}&tier=${t2}&region=${region}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const expected = idsWhere((p) => (p.tier === t1 || p.tier === t2) && p.region === region);
      const either = idsWhere((p) => p.tier === t1 || p.tier === t2);
      expect(expected.length).toBeLessThan(either.length);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(expected);
      expect(await countRegion(page).textContent()).toBe(`Showing ${expected.length} of ${allIds.length} partners`);
      // Adding a collaboration area narrows further.
      const area = partners.find((p) => expected.includes(p.id))!.collaborationAreas[0]!;
      await checkbox(page, 'collaborationAreas', area).click();
      await page.waitForURL(`${site.url}/en/partners/?tier=${t1}&tier=${t2}&collaborationAreas=${area}&region=${region}`);
      const narrower = idsWhere((p) => (p.tier === t1 || p.tier === t2) && p.region === region && p.collaborationAreas.includes(area));
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(narrower);
      expect(narrower.every((id) => expected.includes(id))).toBe(true);
      // English labels and counts on the filters.
      expect(await page.locator('label', { has: checkbox(page, 'tier', 'gold') }).textContent()).toMatch(/^Gold \(\d+\)$/);
    }));

  it('sorts by name and by member since, and keeps the order in the URL', () =>
    withPage(async (page) => {
      await openDirectory(page, '/en/partners/');
      await page.selectOption('select[name="sort"]', 'name');
      await page.waitForURL(`${site.url}/en/partners/?sort=name`);
      const byEnName = [...partners].sort(byName('en', enName)).map((p) => p.id);
      await poll(() => listedIds(page)).toEqual(byEnName.slice(0, PAGE_SIZE));
      expect(await allListedIds(page)).toEqual(byEnName);
      await openDirectory(page, '/partners/?sort=memberSince');
      const bySince = [...partners].sort((a, b) => day(a.memberSince).localeCompare(day(b.memberSince)) || byName('zh-Hans')(a, b)).map((p) => p.id);
      await poll(() => listedIds(page)).toEqual(bySince.slice(0, PAGE_SIZE));
      expect(await page.locator('select[name="sort"]').inputValue()).toBe('memberSince');
    }));

  it('filters on the name as you type', () =>
    withPage(async (page) => {
      await openDirectory(page, '/partners/');
      const query = 'cloud';
      await page.fill('input[name="name"]', query);
      await page.waitForURL(`${site.url}/partners/?name=${query}`);
      const expected = idsWhere((p) => p.name.toLowerCase().includes(query));
      expect(expected.length).toBeGreaterThan(0);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(expected);
      await page.fill('input[name="name"]', 'no partner is called this');
      await poll(() => listedIds(page)).toEqual([]);
      expect(await page.locator('main').textContent()).toContain('没有符合所有条件的合作伙伴');
    }));

  it('clicking filters updates the URL and the list; back and forward restore them', () =>
    withPage(async (page) => {
      await openDirectory(page, '/partners/');
      const [first, second] = ['gold', 'platinum'];
      await checkbox(page, 'tier', first).click();
      await page.waitForURL(`${site.url}/partners/?tier=${first}`);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(idsWhere((p) => p.tier === first));
      await checkbox(page, 'tier', second).click();
      await page.waitForURL(`${site.url}/partners/?tier=${first}&tier=${second}`);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(idsWhere((p) => p.tier === first || p.tier === second));

      await page.goBack();
      await page.waitForURL(`${site.url}/partners/?tier=${first}`);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(idsWhere((p) => p.tier === first));
      expect(await checkbox(page, 'tier', second).isChecked()).toBe(false);
      await page.goBack();
      await page.waitForURL(`${site.url}/partners/`);
      await poll(() => listedIds(page)).toEqual(defaultOrder.slice(0, PAGE_SIZE));
      await page.goForward();
      await page.waitForURL(`${site.url}/partners/?tier=${first}`);
      await poll(() => listedIds(page).then((ids) => ids.sort())).toEqual(idsWhere((p) => p.tier === first));
      await page.getByRole('button', { name: '清除筛选' }).click();
      await page.waitForURL(`${site.url}/partners/`);
      await poll(() => listedIds(page)).toEqual(defaultOrder.slice(0, PAGE_SIZE));
    }));

  it('is keyboard-usable: Tab reaches a checkbox, focus is visible, Space toggles it and the count is announced', () =>
    withPage(async (page) => {
      await openDirectory(page, '/partners/');
      const tier = 'platinum';
      const target = checkbox(page, 'tier', tier);
      const isFocused = () => target.evaluate((el) => el === document.activeElement);
      let tabs = 0;
      while (!(await isFocused())) {
        await page.keyboard.press('Tab');
        if (++tabs > 80) throw new Error(`the ${tier} checkbox was not reached with Tab`);
      }
      expect(await target.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForURL(`${site.url}/partners/?tier=${tier}`);
      const expected = idsWhere((p) => p.tier === tier);
      await poll(() => countRegion(page).textContent()).toBe(countText(expected.length));
      expect(await isFocused()).toBe(true);
      await page.keyboard.press('Space');
      await page.waitForURL(`${site.url}/partners/`);
      await poll(() => listedIds(page)).toEqual(defaultOrder.slice(0, PAGE_SIZE));
    }));

  it.each([
    ['/partners/', 'zh-Hans'],
    ['/en/partners/?tier=gold', 'en'],
  ] as const)('with JavaScript off, %s and its page links list every partner', (url, locale) =>
    withPage(
      async (page) => {
        const order = defaultOrderIn(locale);
        await page.goto(site.url + url);
        expect(await listedIds(page)).toEqual(order.slice(0, PAGE_SIZE));
        const seen: string[] = [];
        for (let i = 0; i < 100; i++) {
          seen.push(...(await listedIds(page)));
          const next = page.locator('main nav a[rel="next"]');
          if ((await next.count()) === 0) break;
          await page.goto(site.url + (await next.getAttribute('href')));
        }
        expect(seen).toEqual(order);
      },
      { javaScriptEnabled: false },
    ),
  );
});

describe('directory cards, facet counts and first render', () => {
  /** What each card of the current directory page shows, read from the DOM. */
  const readCards = (page: Page) =>
    page.locator('main ul > li > article').evaluateAll((articles) =>
      articles.map((a) => ({
        href: a.querySelector('h2 a')?.getAttribute('href') ?? '',
        name: a.querySelector('h2')?.textContent?.trim() ?? '',
        images: Array.from(a.querySelectorAll('img')).map((img) => ({ alt: img.getAttribute('alt'), loading: img.getAttribute('loading'), width: img.getAttribute('width'), height: img.getAttribute('height') })),
        facts: Array.from(a.querySelectorAll('dd')).map((dd) => dd.textContent?.trim() ?? ''),
        memberSince: a.querySelector('time')?.getAttribute('datetime') ?? null,
        text: a.textContent ?? '',
      })),
    );

  it.each(LOCALES)('every card on every directory page shows its name, labels, dates and logo from the data ($lang)', ({ prefix, lang }) =>
    withPage(async (page) => {
      const seen: string[] = [];
      let url: string | null = `${prefix}/partners/`;
      for (let n = 0; url; n++) {
        if (n > 100) throw new Error('more than 100 pages');
        await openDirectory(page, url);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        for (const card of await readCards(page)) {
          const id = /\/partners\/([^/]+)\/$/.exec(card.href)?.[1] ?? card.href;
          const p = partners.find((x) => x.id === id);
          expect(p, `card ${card.href} on ${url} is a partner in data/partners/`).toBeDefined();
          seen.push(id);
          expect(card.href, id).toBe(`${prefix}/partners/${id}/`);
          expect(card.name, id).toBe(dataText(lang, id, 'name', p!.name));
          // Tier and type by their localized labels; kinds and areas one label per value, as many as the data has.
          const kinds = p!.partnershipKinds.map((v) => enumLabel(lang, 'partnershipKinds', v));
          const areas = p!.collaborationAreas.map((v) => enumLabel(lang, 'collaborationAreas', v));
          expect(card.text, `${id}: tier`).toContain(enumLabel(lang, 'tier', p!.tier));
          expect(card.text, `${id}: type`).toContain(enumLabel(lang, 'type', p!.type));
          const kindsFact = card.facts.find((f) => kinds.every((k) => f.split(' · ').includes(k)));
          expect(kindsFact?.split(' · '), `${id}: partnership kinds`).toEqual(kinds);
          const areasFact = card.facts.find((f) => areas.every((k) => f.split(' · ').includes(k)));
          expect(areasFact?.split(' · '), `${id}: collaboration areas`).toEqual(areas);
          expect(card.memberSince, `${id}: member since`).toBe(day(p!.memberSince));
          // Every fact the card lists, and nothing else: type, tier, region, month joined, kinds, areas.
          expect([...card.facts].sort(), id).toEqual(
            [enumLabel(lang, 'type', p!.type), enumLabel(lang, 'tier', p!.tier), enumLabel(lang, 'region', p!.region), monthIn(lang, p!.memberSince), kinds.join(' · '), areas.join(' · ')].sort(),
          );
          expect(card.images, `${id}: logo`).toHaveLength(1);
          const [logo] = card.images;
          expect(logo!.alt, `${id}: logo alt`).toBe(dataText(lang, id, 'logo.alt', p!.logo.alt));
          expect(logo!.loading, `${id}: logo loading`).toBe('lazy');
          expect(logo!.width, `${id}: logo width`).toMatch(/^[1-9]\d*$/);
          expect(logo!.height, `${id}: logo height`).toMatch(/^[1-9]\d*$/);
        }
        const next = page.locator('main nav a[rel="next"]');
        url = (await next.count()) === 0 ? null : await next.getAttribute('href');
      }
      expect(seen.sort()).toEqual(allIds);
    }),
  );

  it.each(LOCALES)('the first directory page: every facet value shows the number of partners the data gives it; one page of cards, under 1,400 elements ($lang)', ({ prefix, lang }) =>
    withPage(async (page) => {
      await openDirectory(page, `${prefix}/partners/`);
      // The first render: one page of cards at most, and a small DOM.
      expect(await page.locator('main ul > li > article').count()).toBe(Math.min(PAGE_SIZE, partners.length));
      expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1400);
      for (const field of FACETS) {
        const shown = await page.locator(`input[type="checkbox"][name="${field}"]`).evaluateAll((inputs) =>
          Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).value, i.closest('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''])),
        );
        const values: string[] = enumOf(field);
        const expected = Object.fromEntries(
          values
            .map((v) => [v, partners.filter((p) => valuesOf(p, field).includes(v)).length] as const)
            // A value no partner has may be listed with (0) or left out; a value some partner has must be listed.
            .filter(([v, n]) => n > 0 || v in shown)
            .map(([v, n]) => [v, `${enumLabel(lang, field, v)} (${n})`]),
        );
        expect(shown, field).toEqual(expected);
      }
    }),
  );
});

describe('partner pages', () => {
  it.each(
    partners.flatMap((p) => [
      ['', p.id, 'zh-Hans', p.name],
      ['/en', p.id, 'en', enName(p)],
    ]),
  )('%s/partners/%s/ (%s) has the name, website, Organization JSON-LD, description, partnership kinds and collaboration areas', async (prefix, id, lang, name) =>
    withPage(async (page) => {
      const response = await page.goto(`${site.url}${prefix}/partners/${id}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect((await page.locator('main h1').textContent())?.trim()).toBe(name);
      const partner = partners.find((p) => p.id === id)!;
      expect(await page.locator(`main a[href="${partner.website}"]`).count()).toBe(1);
      // Polled: the head manager swaps head tags once while hydrating.
      const organization = async () =>
        (await page.locator('head script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>).find((d) => d['@type'] === 'Organization');
      await poll(organization).toMatchObject({ name, url: partner.website });
      // The description (zh-Hans from the YAML, en from i18n/en/community-data/partners.json) and the kinds and areas, one item each.
      const l = lang as Lang;
      expect((await page.locator('main section[aria-labelledby="about"]').textContent())?.trim()).toContain(dataText(l, id, 'description', partner.description));
      const lists = await page.locator('main section[aria-labelledby="partnership"] ul').evaluateAll((uls) => uls.map((ul) => Array.from(ul.querySelectorAll(':scope > li')).map((li) => li.textContent?.trim() ?? '')));
      expect(lists.slice(0, 2)).toEqual([partner.partnershipKinds.map((v) => enumLabel(l, 'partnershipKinds', v)), partner.collaborationAreas.map((v) => enumLabel(l, 'collaborationAreas', v))]);
    }),
  );

  it('lists the tier benefits, the integrations a partner provides and the events it organizes', () =>
    withPage(async (page) => {
      const integrations = readYamlDir<{ id: string; name: string; provider?: string }>('data/integrations');
      const events = readYamlDir<{ id: string; title: string; organizer: { partner?: string } }>('data/events');
      const provider = partners.find((p) => integrations.some((i) => i.provider === p.id) && events.some((e) => e.organizer.partner === p.id)) ?? partners.find((p) => integrations.some((i) => i.provider === p.id))!;
      await page.goto(`${site.url}/partners/${provider.id}/`, { waitUntil: 'networkidle' });
      const text = (await page.locator('main').textContent()) ?? '';
      for (const i of integrations.filter((i) => i.provider === provider.id)) expect(text).toContain(i.name);
      for (const e of events.filter((e) => e.organizer.partner === provider.id)) expect(text).toContain(e.title);
      const tier = readYamlDir<{ id: string; benefits: string[] }>('data/partners/tiers').find((t) => t.id === provider.tier)!;
      for (const b of tier.benefits) expect(text).toContain(b);
    }));
});

describe('partner pages on a phone', () => {
  it.each(LOCALES)('the name and summary take the full width under the logo, and the kinds link is set apart from the labels ($lang)', ({ prefix }) =>
    withPage(async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${site.url}${prefix}/partners/${partners[0]!.id}/`, { waitUntil: 'networkidle' });
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const main = box('main article');
        const header = document.querySelector('main header')!;
        const logo = header.querySelector('img')!.getBoundingClientRect();
        const title = box('main h1');
        const section = document.querySelector('main section[aria-labelledby="partnership"]')!;
        const lists = Array.from(section.querySelectorAll('ul')).map((ul) => ul.getBoundingClientRect().bottom);
        const link = section.querySelector(':scope > p')!.getBoundingClientRect();
        return {
          titleBelowLogo: title.top >= logo.bottom,
          titleShare: title.width / main.width,
          linkGap: link.top - Math.max(...lists),
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(layout.titleBelowLogo).toBe(true);
      expect(layout.titleShare).toBeGreaterThan(0.9);
      expect(layout.linkGap).toBeGreaterThanOrEqual(12);
      expect(layout.overflow).toBe(0);
    }));
});

describe('partner program', () => {
  it('compares every tier in one table, lists kinds and types, and shows a template that parses', () =>
    withPage(async (page) => {
      await page.goto(`${site.url}/partners/program/`, { waitUntil: 'networkidle' });
      const headers = await page.locator('main table thead th').allTextContents();
      expect(headers).toEqual([...tiers].sort((a, b) => a.rank - b.rank).map((t) => t.name));
      const kinds = readYamlDir<{ name: string; commitments: string[] }>('data/partners/kinds');
      const types = readYamlDir<{ name: string }>('data/partners/types');
      const text = (await page.locator('main').textContent()) ?? '';
      for (const k of kinds) for (const c of [k.name, ...k.commitments]) expect(text).toContain(c);
      for (const t of types) expect(text).toContain(t.name);
      const template = load((await page.locator('main pre code').first().innerText()).trim()) as Record<string, unknown>;
      expect(Object.keys(template).sort()).toEqual([...schema.$defs.partner.required].sort());
    }));
});

describe('partner program tier table', () => {
  it.each(LOCALES)("the program page has a column per tier in the data's order, with each tier's requirements and benefits ($lang)", ({ prefix, lang }) =>
    withPage(async (page) => {
      await page.goto(`${site.url}${prefix}/partners/program/`, { waitUntil: 'networkidle' });
      const ordered = [...tiers].sort((a, b) => a.rank - b.rank);
      const table = page.locator('main section[aria-labelledby="tiers"] table');
      expect(await table.count()).toBe(1);
      expect(await table.locator('thead th').allTextContents()).toEqual(ordered.map((t) => dataText(lang, t.id, 'name', t.name)));
      // Each body row: its cells' list items, one cell per tier column.
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll(':scope > td')).map((td) => Array.from(td.querySelectorAll('li')).map((li) => li.textContent?.trim() ?? ''))));
      for (const row of rows) expect(row).toHaveLength(ordered.length);
      const localized = (t: TierData, key: 'requirements' | 'benefits') => t[key].map((text, i) => dataText(lang, t.id, `${key}.${i}`, text));
      for (const key of ['requirements', 'benefits'] as const) {
        const expected = ordered.map((t) => localized(t, key));
        expect(rows, `a row lists every tier's ${key}, in the tier columns' order`).toContainEqual(expected);
      }
    }),
  );
});

describe('accessibility', () => {
  it.each([
    ['/partners/', 'light'],
    ['/partners/', 'dark'],
    ['/en/partners/?tier=gold&sort=name', 'light'],
    ['/partners/calderwave/', 'light'],
    ['/en/partners/calderwave/', 'dark'],
    ['/partners/program/', 'light'],
    ['/en/partners/program/', 'dark'],
  ] as const)('axe finds no violations on %s (%s)', (url, colorScheme) =>
    withPage(
      async (page) => {
        await page.goto(site.url + url, { waitUntil: 'networkidle' });
        expect(await page.getAttribute('html', 'data-theme')).toBe(colorScheme);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
      },
      { colorScheme },
    ),
  );
});
