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
  termYears: number;
  responsibilities: string[];
  selection: string;
  escalatesTo?: string;
}
interface MethodData extends Named {
  kind: 'vote' | 'lazy-consensus';
  threshold?: { numerator: number; denominator: number; comparison: 'at-least' | 'greater-than' };
  quorum?: { numerator: number; denominator: number };
}
interface LevelData extends Named {
  minPoints: number;
  badge: string;
}
interface ProgramData extends Named {
  matching?: string[];
  structure?: string[];
  evaluation?: string[];
}
interface OnboardingData extends Named {
  firstTasks: string[];
  steps: { id: string; name: string; tasks: string[]; expectedMinutes?: number; ongoing?: boolean }[];
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
const workingGroups = readYamlDir<Named & { howToJoin: string; focus: string[] }>('working-groups');
const voteTypes = readYamlDir<Named & { appliesTo: string[] }>('vote-types');
const levels = readYamlDir<LevelData>('recognition-levels');
const programs = readYamlDir<ProgramData>('development-programs');
const onboardingPaths = readYamlDir<OnboardingData>('onboarding');
const enUi = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/code.json'), 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/governance.json'), 'utf8')) as Record<string, { message: string }>;
const enName = (e: Named) => en[`governance.${e.id}.name`]?.message ?? e.name;
/** A data text in English: its translation, or the zh-Hans text the page falls back to. */
const enText = (id: string, pointer: string, zh: string) => en[`governance.${id}.${pointer}`]?.message ?? zh;
/** A whole number as the page may format it (2000, 2,000, 2 000 …), standing alone: not a part of a longer number. */
const numberPattern = (n: number) => `(?<![\\d.,])${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\s\u00a0\u202f]?')}(?![\\d])`;
const numberRe = (n: number) => new RegExp(numberPattern(n));
/** Members who must take part: the fraction of all seats, rounded up (independent of the site's code). */
const expectedQuorum = (seats: number, q: { numerator: number; denominator: number }) => Math.floor((seats * q.numerator + q.denominator - 1) / q.denominator);
/** Texts of the items of a list. */
const itemTexts = (list: import('playwright-core').Locator) => list.evaluateAll((lis) => lis.map((li) => li.textContent?.trim() ?? ''));
/** A list of facts (dt/dd pairs) as term → text. */
const factsOf = async (dl: import('playwright-core').Locator) =>
  Object.fromEntries(await dl.locator(':scope > div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent?.trim() ?? '', d.querySelector('dd')?.textContent?.trim() ?? '']))) as Record<string, string>;

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
  {
    prefix: '',
    lang: 'zh-Hans',
    name: (e: Named) => e.name,
    text: (_id: string, _pointer: string, zh: string) => zh,
    title: '社区治理',
    nav: '治理',
    // The UI's own words: the components' zh-Hans defaults, and code.json in English.
    termLabel: '任期',
    yearUnit: /年/,
    ongoingStep: '（持续进行）',
  },
  {
    prefix: '/en',
    lang: 'en',
    name: enName,
    text: enText,
    title: 'Community governance',
    nav: 'Governance',
    termLabel: enUi['governance.body.term']!.message,
    yearUnit: /\byears?\b/,
    ongoingStep: enUi['governance.onboarding.stepOngoing']!.message,
  },
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

describe.each(locales)('governance pages ($lang)', ({ prefix, lang, name, text, title, nav, termLabel, yearUnit, ongoingStep }) => {
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

  it.each(bodies.map((b) => [b.id, b] as const))('body %s: name, seats, term, responsibilities, how members are chosen, quorum and the votes that carry a decision computed from its seats', async (id, body) => {
    const { page, watched } = await open(`${prefix}/governance/bodies/${id}/`, lang, name(body));
    expect(await page.locator(`[data-body-seats="${body.seats}"]`).count()).toBe(1);
    const term = (await factsOf(page.locator('main dl').first()))[termLabel];
    expect(term, 'term').toMatch(numberRe(body.termYears));
    expect(term, 'term unit').toMatch(yearUnit);
    expect(await itemTexts(page.locator('section[aria-labelledby="responsibilities"] li')), 'responsibilities').toEqual(body.responsibilities.map((r, i) => text(id, `responsibilities.${i}`, r)));
    expect((await page.locator('section[aria-labelledby="selection"] p').textContent())?.trim(), 'selection').toBe(text(id, 'selection', body.selection));
    // Quorum: members who must take part, of all seats, for each voting method.
    for (const m of methods.filter((x) => x.kind === 'vote' && x.quorum)) {
      const cell = (await page.locator(`table[data-body-votes] tr[data-method="${m.id}"] td`).first().textContent()) ?? '';
      expect(cell, `${id} ${m.id} quorum`).toMatch(new RegExp(`${numberPattern(expectedQuorum(body.seats, m.quorum!))}\\D+${numberPattern(body.seats)}`));
    }
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
      expect((await section.locator('[data-how-to-join]').textContent())?.trim(), `${g.id} how to join`).toBe(text(g.id, 'howToJoin', g.howToJoin));
      // The focus is the first list under a heading (then deliverables).
      expect(await itemTexts(section.locator('h3 + ul').first().locator(':scope > li')), `${g.id} focus`).toEqual(g.focus.map((f, i) => text(g.id, `focus.${i}`, f)));
    }
    await done(page, watched);
  });

  it('the decisions page lists every method and vote type and the votes of every body under every method', async () => {
    const { page, watched } = await open(`${prefix}/governance/decisions/`, lang, lang === 'en' ? 'Decisions and voting' : '决策与投票');
    for (const m of methods) expect(await page.locator(`[data-decision-method="${m.id}"] h3#${m.id}`).count(), m.id).toBe(1);
    expect(await page.locator('[data-vote-type]').count()).toBe(voteTypes.length);
    // When each vote type applies.
    for (const v of voteTypes) {
      expect(await itemTexts(page.locator(`[data-vote-type="${v.id}"] h4 + ul > li`)), `${v.id} applies to`).toEqual(v.appliesTo.map((a, i) => text(v.id, `appliesTo.${i}`, a)));
    }
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

  it('the contributors, mentorship and onboarding pages show every entry, with levels, programs and paths in full', async () => {
    const pages: [string, string, [string, string][]][] = [
      [
        'contributors',
        lang === 'en' ? 'Contributor ladder and points' : '贡献者阶梯与积分',
        [
          ['contributor-ladder', 'data-ladder-role'],
          ['recognition-levels', 'data-level'],
          ['point-rules', 'data-point-rule'],
          ['badges', 'data-badge'],
        ],
      ],
      [
        'mentorship',
        lang === 'en' ? 'Mentorship and programs' : '导师与培养',
        [
          ['mentor-roles', 'data-mentor-role'],
          ['development-programs', 'data-program'],
        ],
      ],
      ['onboarding', lang === 'en' ? 'Onboarding' : '新人引导', [['onboarding', 'data-onboarding-path']]],
    ];
    for (const [slug, h1, checks] of pages) {
      const { page, watched } = await open(`${prefix}/governance/${slug}/`, lang, h1);
      for (const [folder, attr] of checks) {
        const shown = await page.locator(`[${attr}]`).evaluateAll((els, a) => els.map((el) => el.getAttribute(a)), attr);
        expect(shown.sort(), folder).toEqual(readYamlDir<Named>(folder).map((e) => e.id).sort());
      }
      if (slug === 'contributors') {
        // Each level's threshold (up to the next level's, less one) and its badge.
        const byPoints = [...levels].sort((a, b) => a.minPoints - b.minPoints);
        for (const [i, level] of byPoints.entries()) {
          const row = page.locator(`tr[data-level="${level.id}"]`);
          const points = (await row.locator('td[data-min-points]').textContent())?.trim() ?? '';
          expect(points, `${level.id} points`).toMatch(new RegExp(`^${numberPattern(level.minPoints)}`));
          const next = byPoints[i + 1];
          if (next) expect(points, `${level.id} points up to`).toMatch(new RegExp(`${numberPattern(level.minPoints)}\\D+${numberPattern(next.minPoints - 1)}$`));
          expect(await row.evaluate((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim())), `${level.id} badge`).toContain(text(level.id, 'badge', level.badge));
        }
      }
      if (slug === 'mentorship') {
        const withLists = programs.filter((p) => p.matching || p.structure || p.evaluation);
        expect(withLists.length).toBeGreaterThan(0);
        for (const program of withLists) {
          for (const key of ['matching', 'structure', 'evaluation'] as const) {
            if (!program[key]) continue;
            expect(await itemTexts(page.locator(`[data-program="${program.id}"] [data-program-list="${key}"] li`)), `${program.id} ${key}`).toEqual(program[key]!.map((t, i) => text(program.id, `${key}.${i}`, t)));
          }
        }
      }
      if (slug === 'onboarding') {
        for (const p of onboardingPaths) {
          const section = page.locator(`[data-onboarding-path="${p.id}"]`);
          expect(await itemTexts(section.locator(`h3[id="${p.id}-first-tasks"] + ul > li`)), `${p.id} first tasks`).toEqual(p.firstTasks.map((t, i) => text(p.id, `firstTasks.${i}`, t)));
          expect(await section.locator('[data-onboarding-step]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-onboarding-step')))).toEqual(p.steps.map((st) => st.id));
          // Expected time: minutes, or hours from two hours up (either number is accepted).
          const timeRe = (minutes: number) => new RegExp(`(?<![\\d.])(${minutes}|${String(Math.round((minutes / 60) * 10) / 10).replace('.', '[.,]')})(?![\\d])`);
          const total = p.steps.reduce((sum, st) => sum + (st.expectedMinutes ?? 0), 0);
          const totalEl = section.locator('[data-total-minutes]');
          expect(Number(await totalEl.getAttribute('data-total-minutes')), `${p.id} total`).toBe(total);
          expect(await totalEl.textContent(), `${p.id} total`).toMatch(timeRe(total));
          for (const [i, step] of p.steps.entries()) {
            const li = section.locator(`[data-onboarding-step="${step.id}"]`);
            expect((await li.locator(':scope > strong').textContent())?.trim(), `${p.id} ${step.id} name`).toBe(text(p.id, `steps.${i}.name`, step.name));
            expect(await itemTexts(li.locator('h4 + ul').first().locator(':scope > li')), `${p.id} ${step.id} tasks`).toEqual(step.tasks.map((t, j) => text(p.id, `steps.${i}.tasks.${j}`, t)));
            const meta = (await li.locator(':scope > strong + span').textContent())?.trim() ?? '';
            if (step.ongoing) expect(meta, `${p.id} ${step.id} time`).toBe(ongoingStep);
            else if (step.expectedMinutes !== undefined) expect(meta, `${p.id} ${step.id} time`).toMatch(timeRe(step.expectedMinutes));
          }
        }
      }
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
