import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBuiltSite, watchPage } from './harness';

/** Expectations come from the data files, their translations and the guides' sources, never from the build. */
const siteDir = path.resolve(__dirname, '../..');
const yaml = <T>(file: string) => load(fs.readFileSync(path.join(siteDir, file), 'utf8')) as T;
const json = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8')) as T;

const bodies = fs
  .readdirSync(path.join(siteDir, 'data/governance/bodies'))
  .map((f) => yaml<{ id: string; name: string; seats: number }>(`data/governance/bodies/${f}`));
const enGovernance = json<Record<string, { message: string }>>('i18n/en/community-data/governance.json');
const otelIntro = yaml<{ durationWeeks: number }>('data/courses/otel-intro.yaml');

/** The questions of a FAQ source, in order, as authored. */
function authoredQuestions(file: string): string[] {
  return [...fs.readFileSync(path.join(siteDir, file), 'utf8').matchAll(/<FAQItem id="[^"]+" question="([^"]+)">/g)].map((m) => m[1]!);
}

const locales = [
  {
    prefix: '',
    lang: 'zh-Hans',
    faqSource: 'docs/faq.mdx',
    bodyName: (b: (typeof bodies)[number]) => b.name,
    weeks: (n: number) => `${n} 周`,
    categories: ['开始', '社区', '参与贡献', '治理', '实践指南', '常见问题', '维护'],
    diagramTitle: '贡献流程图',
  },
  {
    prefix: '/en',
    lang: 'en',
    faqSource: 'i18n/en/docusaurus-plugin-content-docs/current/faq.mdx',
    bodyName: (b: (typeof bodies)[number]) => enGovernance[`governance.${b.id}.name`]?.message ?? b.name,
    weeks: (n: number) => `${n} week${n === 1 ? '' : 's'}`,
    categories: ['Start here', 'Community', 'Contributing', 'Governance', 'Practice guides', 'FAQ', 'Maintainers'],
    diagramTitle: 'The contribution flow',
  },
] as const;

const site = useBuiltSite();

async function open(url: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await site.browser.newContext({ colorScheme });
  const page = await context.newPage();
  const watched = watchPage(page, site.url);
  const response = await page.goto(site.url + url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  return { page, watched, html: (await response?.text()) ?? '' };
}

/** FAQPage blocks in the HTML as served (what search engines read), or in the live page. */
function faqJsonLdIn(html: string) {
  const blocks = [...html.matchAll(/<script[^>]*type="?application\/ld\+json"?[^>]*>(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
  return blocks.filter((b) => b['@type'] === 'FAQPage');
}
async function faqJsonLdLive(page: Page) {
  const texts = await page.locator('head script[type="application/ld+json"]').allTextContents();
  return faqJsonLdIn(texts.map((t) => `<script type="application/ld+json">${t}</script>`).join(''));
}

describe.each(locales)('guides in $lang', (loc) => {
  it('the governance overview shows every body with the seats its data file holds', async () => {
    const { page, watched } = await open(`${loc.prefix}/docs/governance/overview/`);
    expect(await page.getAttribute('html', 'lang')).toBe(loc.lang);
    const table = page.locator('main table').first();
    for (const body of bodies) {
      const row = table.locator('tbody tr', { has: page.locator('th', { hasText: loc.bodyName(body) }) });
      await expect.poll(() => row.count(), { message: body.id }).toBe(1);
      expect((await row.locator('td').first().textContent())?.trim(), body.id).toBe(String(body.seats));
    }
    const tc = bodies.find((b) => b.id === 'technical-committee')!;
    expect(await page.locator('main article').textContent()).toContain(`${tc.seats}`);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });

  it('the sidebar has the guide categories, labelled in the page language', async () => {
    const { page } = await open(`${loc.prefix}/docs/`);
    const labels = (await page.locator('nav.menu > ul > li > .menu__list-item-collapsible .menu__link, nav.menu > ul > li > a.menu__link').allTextContents()).map((t) => t.trim());
    expect(labels).toEqual([...loc.categories]);
    await page.context().close();
  });

  it('the FAQ shows its questions and publishes the same ones as FAQPage JSON-LD', async () => {
    const { page, watched, html } = await open(`${loc.prefix}/docs/faq/`);
    expect(await page.getAttribute('html', 'lang')).toBe(loc.lang);
    const visible = (await page.locator('main article section h2').allTextContents()).map((t) => t.replace(/\u200b/g, '').trim());
    expect(visible).toEqual(authoredQuestions(loc.faqSource));
    const [ld, ...more] = faqJsonLdIn(html);
    expect(more).toEqual([]);
    // After hydration the page still carries exactly the same block.
    await expect.poll(() => faqJsonLdLive(page)).toEqual([ld]);
    const entities = (ld!.mainEntity as { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[]) ?? [];
    expect(entities.map((q) => q.name)).toEqual(visible);
    for (const [i, q] of entities.entries()) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer['@type']).toBe('Answer');
      // The answer in the JSON-LD is the visible answer's text.
      const shown = (await page.locator('main article section').nth(i).locator('> div').textContent())!.replace(/\s+/g, '');
      expect(q.acceptedAnswer.text.replace(/\s+/g, '')).toBe(shown);
    }
    // Facts inside answers come from the data, in the JSON-LD too.
    const first = entities.find((q) => q.name === visible[0])!;
    expect(first.acceptedAnswer.text).toContain(loc.weeks(otelIntro.durationWeeks));
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('the contribution flow diagram renders as an accessible SVG, offline', async () => {
    const { page, watched } = await open(`${loc.prefix}/docs/contributing/workflow/`);
    const svg = page.locator('.docusaurus-mermaid-container svg');
    await expect.poll(() => svg.count(), { timeout: 30_000 }).toBe(1);
    expect(await svg.locator('title').first().textContent()).toBe(loc.diagramTitle);
    expect((await svg.locator('desc').first().textContent())?.length).toBeGreaterThan(40);
    // Every step of the flow is drawn: fork → branch → change → PR → review → merge.
    expect(await svg.locator('.node').count()).toBeGreaterThanOrEqual(15);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });
});

describe('diagrams', () => {
  const mermaidVersion = json<{ version: string }>('node_modules/mermaid/package.json').version;
  /** Relative luminance (0 black … 1 white) of a CSS rgb() colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => Number(c) / 255);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const nodeFill = (page: Page) => page.locator('.docusaurus-mermaid-container svg .node rect, .docusaurus-mermaid-container svg .node path').first().evaluate((el) => getComputedStyle(el).fill);

  it.each(locales)('$lang: Mermaid comes from the site\'s own assets, and the diagram is redrawn when the colour mode changes', async (loc) => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const watched = watchPage(page, site.url);
    const modules: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.mjs') && modules.push(r.url())));
    await page.goto(`${site.url}${loc.prefix}/docs/contributing/workflow/`, { waitUntil: 'networkidle' });
    const svg = page.locator('.docusaurus-mermaid-container svg');
    await expect.poll(() => svg.count(), { timeout: 30_000 }).toBe(1);
    // The prebuilt module and its chunks, from this locale's copy, versioned; nothing else.
    expect(modules).toContain(`${site.url}${loc.prefix}/assets/mermaid-${mermaidVersion}/mermaid.esm.min.mjs`);
    for (const m of modules) expect(m.startsWith(`${site.url}${loc.prefix}/assets/mermaid-${mermaidVersion}/`), m).toBe(true);
    const light = await nodeFill(page);
    expect(luminance(light)).toBeGreaterThan(0.6);

    // The navbar's colour-mode button cycles system → light → dark.
    const toggle = page.locator('.navbar button[title][aria-label]').first();
    for (let i = 0; i < 3 && (await page.getAttribute('html', 'data-theme')) !== 'dark'; i++) await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await expect.poll(async () => luminance(await nodeFill(page)), { timeout: 15_000 }).toBeLessThan(0.3);
    // Redrawn, not duplicated, and still described for screen readers.
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('title').first().textContent()).toBe(loc.diagramTitle);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the guides (axe-core)', () => {
  const pages = locales.flatMap(({ prefix, lang }) =>
    ['/docs/', '/docs/governance/overview/', '/docs/faq/', '/docs/contributing/workflow/', '/docs/contributing/add-partner/', '/docs/governance/recognition/'].map((p) => [`${prefix}${p}`, lang] as const),
  );
  it.each(pages.flatMap(([url, lang]) => (['light', 'dark'] as const).map((scheme) => [url, lang, scheme] as const)))(
    '%s (%s, %s mode) has no violations',
    async (url, lang, colorScheme) => {
      const { page, watched } = await open(url, colorScheme);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(colorScheme);
      if (url.endsWith('/workflow/')) await expect.poll(() => page.locator('.docusaurus-mermaid-container svg').count(), { timeout: 30_000 }).toBe(1);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n  ')}`);
      expect(summary).toEqual([]);
      expect(watched.errors).toEqual([]);
      await page.context().close();
    },
  );
});
