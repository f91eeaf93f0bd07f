import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';

/** Expectations come from the data files and their English translations, never from the build. */
interface Named {
  id: string;
  name: string;
}
interface BodyData extends Named {
  seats: number;
  escalatesTo?: string;
}
interface MethodData extends Named {
  kind: 'vote' | 'lazy-consensus';
  threshold?: { numerator: number; denominator: number; comparison: 'at-least' | 'greater-than' };
}
interface ProcessData extends Named {
  stages: { id: string; name: string; steps: string[] }[];
}

const siteDir = path.resolve(__dirname, '../..');
const readYamlDir = <T>(dir: string): T[] =>
  fs
    .readdirSync(path.join(siteDir, 'data/governance', dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => load(fs.readFileSync(path.join(siteDir, 'data/governance', dir, f), 'utf8')) as T);
const bodies = readYamlDir<BodyData>('bodies');
const methods = readYamlDir<MethodData>('decision-methods');
const processes = readYamlDir<ProcessData>('processes');
const workingGroups = readYamlDir<Named & { howToJoin: string }>('working-groups');
const en = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/governance.json'), 'utf8')) as Record<string, { message: string }>;
const enName = (e: Named) => en[`governance.${e.id}.name`]?.message ?? e.name;

/** Votes in favour that carry a decision with every seat voting, counted out one by one (independent of the site's code). */
function expectedVotes(seats: number, t: NonNullable<MethodData['threshold']>): number {
  for (let v = 1; v <= seats; v++) {
    const share = v * t.denominator;
    const needed = seats * t.numerator;
    if (t.comparison === 'at-least' ? share >= needed : share > needed) return v;
  }
  throw new Error('no vote carries');
}

const locales = [
  { prefix: '', lang: 'zh-Hans', name: (e: Named) => e.name, title: '社区治理', nav: '治理' },
  { prefix: '/en', lang: 'en', name: enName, title: 'Community governance', nav: 'Governance' },
] as const;

const site = useBuiltSite();
const isBuiltPage = (href: string) => fs.existsSync(path.join(BUILD_DIR, href.replace(/^\//, '').replace(/#.*$/, ''), 'index.html'));

async function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme });
  return context.newPage();
}

async function open(url: string, lang: string, h1: string) {
  const page = await newPage();
  const watched = watchPage(page, site.url);
  const response = await page.goto(site.url + url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect((await page.locator('main h1').first().textContent())?.trim(), url).toBe(h1);
  return { page, watched };
}

async function done(page: Page, watched: { errors: string[]; external: string[] }) {
  expect(watched.errors).toEqual([]);
  expect(watched.external).toEqual([]);
  await page.context().close();
}

describe('data under test', () => {
  it('has the governing bodies of the issue, translated to English', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    expect(bodies.find((b) => b.id === 'technical-committee')?.seats).toBe(15);
    for (const b of bodies) expect(en[`governance.${b.id}.name`], b.id).toBeDefined();
    expect(processes.some((p) => p.id === 'rfc')).toBe(true);
  });
});

describe.each(locales)('governance pages ($lang)', ({ prefix, lang, name, title, nav }) => {
  it('the overview lists every body with a link to its page, and the navbar and footer link here', async () => {
    const { page, watched } = await open(`${prefix}/governance/`, lang, title);
    const links = await page.locator('[data-governance-bodies] h3 a').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    expect(links.map(([h]) => h).sort()).toEqual(bodies.map((b) => `${prefix}/governance/bodies/${b.id}/`).sort());
    expect(links.map(([, t]) => t).sort()).toEqual(bodies.map(name).sort());
    for (const [href] of links) expect(isBuiltPage(href!), href).toBe(true);
    const navbar = page.locator('.navbar a.navbar__link', { hasText: nav });
    expect(await navbar.getAttribute('href')).toBe(`${prefix}/governance/`);
    expect(await page.locator(`footer a[href="${prefix}/governance/"]`).count()).toBe(1);
    // Every page of the section is in the section's navigation and built.
    const sectionLinks = await page.locator('nav [data-governance-nav]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(sectionLinks.length).toBe(6 + processes.length);
    for (const href of sectionLinks) expect(isBuiltPage(href), href).toBe(true);
    await done(page, watched);
  });

  it.each(bodies.map((b) => [b.id, b] as const))('body %s: name, seats, and the votes that carry a decision computed from its seats', async (id, body) => {
    const { page, watched } = await open(`${prefix}/governance/bodies/${id}/`, lang, name(body));
    expect(await page.locator(`[data-body-seats="${body.seats}"]`).count()).toBe(1);
    const rows = page.locator('table[data-body-votes] tbody tr');
    const voting = methods.filter((m) => m.kind === 'vote' && m.threshold);
    expect(await rows.count()).toBe(voting.length);
    for (const m of voting) {
      const cell = page.locator(`table[data-body-votes] tr[data-method="${m.id}"] td[data-votes]`);
      expect(Number(await cell.getAttribute('data-votes')), `${id} ${m.id}`).toBe(expectedVotes(body.seats, m.threshold!));
      expect(await cell.textContent()).toContain(String(expectedVotes(body.seats, m.threshold!)));
    }
    if (id === 'technical-committee') {
      // The issue's own example: 2/3 of 15 is 10.
      expect(await page.locator('tr[data-method="super-majority"] td[data-votes]').getAttribute('data-votes')).toBe('10');
    }
    if (body.escalatesTo) expect(await page.locator(`main dl a[href="${prefix}/governance/bodies/${body.escalatesTo}/"]`).count()).toBe(1);
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.filter((h) => h.startsWith(`${prefix}/governance/`))) expect(isBuiltPage(href), href).toBe(true);
    await done(page, watched);
  });

  it('the working groups page has every group with how to join', async () => {
    const { page, watched } = await open(`${prefix}/governance/working-groups/`, lang, lang === 'en' ? 'Working groups' : '工作组');
    for (const g of workingGroups) {
      const section = page.locator(`section[data-working-group="${g.id}"]`);
      expect((await section.locator(`h2#${g.id}`).textContent())?.replace(/[#\u200b]/g, '').trim()).toBe(name(g));
      expect((await section.locator('[data-how-to-join]').textContent())?.trim().length).toBeGreaterThan(0);
    }
    await done(page, watched);
  });

  it('the decisions page lists every method and vote type and the votes of every body under every method', async () => {
    const { page, watched } = await open(`${prefix}/governance/decisions/`, lang, lang === 'en' ? 'Decisions and voting' : '决策与投票');
    for (const m of methods) expect(await page.locator(`[data-decision-method="${m.id}"] h3#${m.id}`).count(), m.id).toBe(1);
    expect(await page.locator('[data-vote-type]').count()).toBe(readYamlDir('vote-types').length);
    for (const b of bodies) {
      for (const m of methods.filter((x) => x.kind === 'vote' && x.threshold)) {
        const votes = await page.locator(`table[data-vote-matrix] tr[data-body="${b.id}"] td[data-method="${m.id}"]`).getAttribute('data-votes');
        expect(Number(votes), `${b.id} ${m.id}`).toBe(expectedVotes(b.seats, m.threshold!));
      }
    }
    // The rounding rule, stated with worked examples.
    expect(await page.locator('[data-rounding="at-least"]').count()).toBe(1);
    await done(page, watched);
  });

  it.each(processes.map((p) => [p.id, p] as const))('process %s: drawn as an image with a text alternative listing every stage and step', async (id, process) => {
    const { page, watched } = await open(`${prefix}/governance/processes/${id}/`, lang, name(process));
    const svg = page.locator(`main svg[data-process-diagram="${id}"]`);
    expect(await svg.count()).toBe(1);
    const image = svg.locator('[role="img"]');
    expect(await image.count()).toBe(1);
    const [titleId, descId] = (await image.getAttribute('aria-labelledby'))!.split(/\s+/);
    expect(await image.locator(':scope > title').getAttribute('id')).toBe(titleId);
    expect(await image.locator(':scope > desc').getAttribute('id')).toBe(descId);
    expect((await image.locator(`#${descId}`).textContent())!.trim().length).toBeGreaterThan(10);
    expect(await svg.locator('[data-stage-box]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-stage-box')))).toEqual(process.stages.map((s) => s.id));
    expect(await svg.locator('path[data-arrow]').count()).toBe(process.stages.length - 1);
    // The text alternative: every stage in order, with every step.
    const stages = page.locator('main ol[data-process-text] > li');
    expect(await stages.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-stage')))).toEqual(process.stages.map((s) => s.id));
    for (const [i, stage] of process.stages.entries()) expect(await stages.nth(i).locator('ol > li').count(), stage.id).toBe(stage.steps.length);
    if (lang === 'zh-Hans') {
      const text = await page.locator('main ol[data-process-text]').textContent();
      for (const stage of process.stages) for (const step of stage.steps) expect(text).toContain(step);
    }
    await done(page, watched);
  });

  it('the contributors, mentorship and onboarding pages show every entry', async () => {
    const checks: [string, string, string, string][] = [
      ['contributors', lang === 'en' ? 'Contributor ladder and points' : '贡献者阶梯与积分', 'contributor-ladder', 'data-ladder-role'],
      ['contributors', lang === 'en' ? 'Contributor ladder and points' : '贡献者阶梯与积分', 'recognition-levels', 'data-level'],
      ['contributors', lang === 'en' ? 'Contributor ladder and points' : '贡献者阶梯与积分', 'point-rules', 'data-point-rule'],
      ['contributors', lang === 'en' ? 'Contributor ladder and points' : '贡献者阶梯与积分', 'badges', 'data-badge'],
      ['mentorship', lang === 'en' ? 'Mentorship and programs' : '导师与培养', 'mentor-roles', 'data-mentor-role'],
      ['mentorship', lang === 'en' ? 'Mentorship and programs' : '导师与培养', 'development-programs', 'data-program'],
      ['onboarding', lang === 'en' ? 'Onboarding' : '新人引导', 'onboarding', 'data-onboarding-path'],
    ];
    for (const [slug, h1, folder, attr] of checks) {
      const { page, watched } = await open(`${prefix}/governance/${slug}/`, lang, h1);
      const shown = await page.locator(`[${attr}]`).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)), attr);
      expect(shown.sort(), folder).toEqual(readYamlDir<Named>(folder).map((e) => e.id).sort());
      await done(page, watched);
    }
  });
});

describe('accessibility (axe-core)', () => {
  const body = bodies.find((b) => b.id === 'technical-committee') ?? bodies[0]!;
  const pages = locales.flatMap(({ prefix, lang }) => [
    [`${prefix}/governance/`, lang],
    [`${prefix}/governance/bodies/${body.id}/`, lang],
    [`${prefix}/governance/processes/rfc/`, lang],
    [`${prefix}/governance/decisions/`, lang],
  ]);

  it.each(pages.flatMap(([url, lang]) => (['light', 'dark'] as const).map((scheme) => [url!, lang!, scheme] as const)))(
    '%s (%s, %s mode) has no violations',
    async (url, lang, colorScheme) => {
      const page = await newPage(colorScheme);
      const watched = watchPage(page, site.url);
      await page.goto(site.url + url, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(colorScheme);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n  ')}`);
      expect(summary).toEqual([]);
      expect(watched.errors).toEqual([]);
      await page.context().close();
    },
  );
});
