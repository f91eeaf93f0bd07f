import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';

/** Expectations come from the data files and their English translations, never from the build. */
interface CourseData {
  id: string;
  title: string;
  durationWeeks: number;
  prerequisites: string[];
  certification: string;
  languages: string[];
}
interface CertificationData {
  id: string;
  name: string;
  rank: number;
  validity: { years?: number; lifetime?: true };
  requiredCourses: string[];
  prerequisiteCertification?: string;
}

const siteDir = path.resolve(__dirname, '../..');
const readYamlDir = <T>(dir: string): T[] =>
  fs
    .readdirSync(path.join(siteDir, dir), { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
    .map((d) => load(fs.readFileSync(path.join(siteDir, dir, d.name), 'utf8')) as T);
const courses = readYamlDir<CourseData>('data/courses');
const certifications = readYamlDir<CertificationData>('data/certifications');
const en = {
  courses: JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/courses.json'), 'utf8')) as Record<string, { message: string }>,
  certifications: JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/certifications.json'), 'utf8')) as Record<string, { message: string }>,
};
const enCourseTitle = (c: CourseData) => en.courses[`courses.${c.id}.title`]?.message ?? c.title;
const enCertificationName = (c: CertificationData) => en.certifications[`certifications.${c.id}.name`]?.message ?? c.name;
const courseIds = new Set(courses.map((c) => c.id));

const locales = [
  { prefix: '', lang: 'zh-Hans', courseTitle: (c: CourseData) => c.title, certificationName: (c: CertificationData) => c.name },
  { prefix: '/en', lang: 'en', courseTitle: enCourseTitle, certificationName: enCertificationName },
] as const;

const site = useBuiltSite();

type JsonLd = Record<string, unknown>;

async function jsonLd(page: Page): Promise<JsonLd[]> {
  const texts = await page.locator('head script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as JsonLd);
}

/** The page's JSON-LD of one type, waited for: React's head manager re-renders the tags after hydration, and on a busy machine a read can fall between removal and re-insertion. */
async function jsonLdOfType(page: Page, type: string): Promise<JsonLd | undefined> {
  let found: JsonLd | undefined;
  await expect.poll(async () => (found = (await jsonLd(page)).find((d) => d['@type'] === type)) !== undefined, { message: `${type} JSON-LD` }).toBe(true);
  return found;
}

/** Opens a page, checks its language and h1, and hands back the page and what it logged. */
/** A page in its own context (AxeBuilder needs one); close it with `page.context().close()`. */
async function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme });
  return context.newPage();
}

async function open(url: string, lang: string, h1: string, colorScheme: 'light' | 'dark' = 'light') {
  const page = await newPage(colorScheme);
  const watched = watchPage(page, site.url);
  const response = await page.goto(site.url + url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect((await page.locator('main h1').first().textContent())?.trim(), url).toBe(h1);
  return { page, watched };
}

/** A site path resolves to a built page. */
const isBuiltPage = (href: string) => fs.existsSync(path.join(BUILD_DIR, href.replace(/^\//, ''), 'index.html'));

describe('data under test', () => {
  it('has courses and certifications, every one translated to English', () => {
    expect(courses.length).toBeGreaterThanOrEqual(6);
    expect(certifications.length).toBeGreaterThanOrEqual(4);
    for (const c of courses) expect(en.courses[`courses.${c.id}.title`], c.id).toBeDefined();
    for (const c of certifications) expect(en.certifications[`certifications.${c.id}.name`], c.id).toBeDefined();
  });
});

describe.each(locales)('course pages ($lang)', ({ prefix, lang, courseTitle }) => {
  it.each(courses.map((c) => [c.id, c] as const))('%s: title, prerequisite links, JSON-LD, no console errors', async (id, course) => {
    const { page, watched } = await open(`${prefix}/courses/${id}/`, lang, courseTitle(course));

    // Prerequisites: one link per prerequisite in the YAML, each to a built course page; "none" otherwise.
    const prereqLinks = await page.locator('section[aria-labelledby="prerequisites"] a[href]:not(.hash-link)').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const prereqIds = prereqLinks.map((h) => new RegExp(`^${prefix}/courses/([^/]+)/$`).exec(h)?.[1] ?? `?${h}`);
    expect(prereqIds.sort()).toEqual([...course.prerequisites].sort());
    for (const href of prereqLinks) expect(isBuiltPage(href), href).toBe(true);
    for (const p of prereqIds) expect(courseIds.has(p)).toBe(true);
    if (course.prerequisites.length === 0) expect(await page.locator('section[aria-labelledby="prerequisites"] p').count()).toBe(1);

    // The certification it leads to.
    expect(await page.locator(`section[aria-labelledby="certification"] a[href="${prefix}/certifications/${course.certification}/"]`).count()).toBe(1);

    // schema.org Course.
    const ld = await jsonLdOfType(page, 'Course');
    expect(ld, 'Course JSON-LD').toBeDefined();
    expect(ld!['@context']).toBe('https://schema.org');
    expect(ld!.name).toBe(courseTitle(course));
    expect(typeof ld!.description).toBe('string');
    expect((ld!.description as string).length).toBeGreaterThan(0);
    expect(ld!.timeRequired).toBe(`P${course.durationWeeks}W`);
    expect(ld!.timeRequired).toMatch(/^P\d+W$/);
    expect(ld!.inLanguage).toEqual(course.languages);
    expect(typeof ld!.educationalLevel).toBe('string');
    expect(ld!.provider).toMatchObject({ '@type': 'Organization', name: lang === 'en' ? 'Observability Community' : '可观测性社区' });
    expect((ld!.provider as JsonLd).url).toMatch(/^https?:\/\//);
    expect(ld!.coursePrerequisites).toBeDefined();
    if (course.prerequisites.length > 0) {
      const refs = ld!.coursePrerequisites as JsonLd[];
      expect(refs.map((r) => r['@type'])).toEqual(course.prerequisites.map(() => 'Course'));
      expect(refs.map((r) => new URL(r.url as string).pathname).sort()).toEqual(course.prerequisites.map((p) => `${prefix}/courses/${p}/`).sort());
    }

    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });
});

describe.each(locales)('certification pages ($lang)', ({ prefix, lang, certificationName, courseTitle }) => {
  it.each(certifications.map((c) => [c.id, c] as const))('%s: title, course links, JSON-LD, no console errors', async (id, cert) => {
    const { page, watched } = await open(`${prefix}/certifications/${id}/`, lang, certificationName(cert));

    // Required courses linked, by id and by title.
    const required = await page.locator('section[aria-labelledby="required-courses"] a[href]:not(.hash-link)').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    expect(required.map(([h]) => h).sort()).toEqual(cert.requiredCourses.map((c) => `${prefix}/courses/${c}/`).sort());
    for (const [href] of required) expect(isBuiltPage(href!), href).toBe(true);
    const titles = new Map(courses.map((c) => [c.id, courseTitle(c)]));
    expect(required.map(([, t]) => t).sort()).toEqual(cert.requiredCourses.map((c) => titles.get(c)).sort());
    // Courses that lead to it: every course whose `certification` is this one.
    const leading = await page.locator('section[aria-labelledby="leading-courses"] a[href]:not(.hash-link)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(leading.sort()).toEqual(courses.filter((c) => c.certification === id).map((c) => `${prefix}/courses/${c.id}/`).sort());

    const ld = await jsonLdOfType(page, 'EducationalOccupationalCredential');
    expect(ld, 'EducationalOccupationalCredential JSON-LD').toBeDefined();
    expect(ld!.name).toBe(certificationName(cert));
    expect(typeof ld!.description).toBe('string');
    expect(ld!.credentialCategory).toBe('certificate');
    expect(Array.isArray(ld!.competencyRequired) && (ld!.competencyRequired as unknown[]).length > 0).toBe(true);
    expect(ld!.recognizedBy).toMatchObject({ '@type': 'Organization' });
    if (cert.validity.lifetime) expect(ld!.validFor).toBeUndefined();
    else expect(ld!.validFor).toBe(`P${cert.validity.years}Y`);

    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });
});

describe.each(locales)('overview pages ($lang)', ({ prefix, lang, courseTitle, certificationName }) => {
  it('the learning path draws one node per course and certification, and lists them all as text', async () => {
    const { page, watched } = await open(`${prefix}/courses/path/`, lang, lang === 'en' ? 'Learning path' : '学习路径');
    const svg = page.locator('main svg[data-path-diagram]');
    expect(await svg.count()).toBe(1);
    // The drawing is one image, named by its <title> and <desc> via aria-labelledby.
    const image = svg.locator('[role="img"]');
    expect(await image.count()).toBe(1);
    const labelledBy = (await image.getAttribute('aria-labelledby'))!.split(/\s+/);
    expect(labelledBy.length).toBe(2);
    for (const labelId of labelledBy) expect((await image.locator(`#${labelId}`).textContent())?.trim()).not.toBe('');
    expect(await image.locator(':scope > title').getAttribute('id')).toBe(labelledBy[0]);
    expect(await image.locator(':scope > desc').getAttribute('id')).toBe(labelledBy[1]);
    expect(await image.locator('[data-path-box]').count()).toBe(courses.length + certifications.length);

    const expected = [...courses.map((c) => c.id), ...certifications.map((c) => `certification:${c.id}`)].sort();
    const svgNodes = await svg.locator('a[data-path-node]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-path-node') ?? '', a.getAttribute('href') ?? '']));
    expect(svgNodes.map(([id]) => id).sort()).toEqual(expected);
    for (const [, href] of svgNodes) expect(isBuiltPage(href!), href).toBe(true);
    // Prerequisite and certification edges, drawn differently.
    const edgeCount = (kind: string) => svg.locator(`path[data-edge-kind="${kind}"]`).count();
    // Course prerequisites, plus certification → certification (master after expert).
    const certificationPrerequisites = certifications.filter((c) => c.prerequisiteCertification !== undefined).length;
    expect(await edgeCount('prerequisite')).toBe(courses.reduce((n, c) => n + c.prerequisites.length, 0) + certificationPrerequisites);
    expect(await edgeCount('certification')).toBe(courses.length);
    const strokeDash = (kind: string) => svg.locator(`path[data-edge-kind="${kind}"]`).first().evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(await strokeDash('prerequisite')).not.toBe(await strokeDash('certification'));

    // The text alternative right below: the same nodes, course and certification titles as links, in steps.
    const text = page.locator('main ol[data-path-text]');
    const textNodes = await text.locator('li[data-path-node]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path-node') ?? ''));
    expect(textNodes.sort()).toEqual(expected);
    const textTitles = await text.locator('li[data-path-node] > a').allTextContents();
    expect(textTitles.sort()).toEqual([...courses.map(courseTitle), ...certifications.map(certificationName)].sort());
    expect(await text.locator(':scope > li').count()).toBeGreaterThanOrEqual(2);

    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('the certifications page lists the track in rank order with validity, the badges and the process', async () => {
    const { page, watched } = await open(`${prefix}/certifications/`, lang, lang === 'en' ? 'Certifications' : '认证');
    const trackLinks = await page.locator('section[aria-labelledby="track"] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const byRank = [...certifications].sort((a, b) => a.rank - b.rank);
    expect(trackLinks).toEqual(byRank.map((c) => `${prefix}/certifications/${c.id}/`));
    const badges = readYamlDir<{ id: string }>('data/certifications/badges');
    expect(await page.locator('section[aria-labelledby="badges"] tbody tr').count()).toBe(badges.length);
    expect(await page.locator('section[aria-labelledby="badges"] th[scope="row"]').count()).toBe(badges.length);
    const process = readYamlDir<{ stages: { id: string; steps: string[] }[] }>('data/certifications/process')[0]!;
    const stages = page.locator('section[aria-labelledby="process"] > ol > li');
    expect(await stages.count()).toBe(process.stages.length);
    for (const [i, stage] of process.stages.entries()) expect(await stages.nth(i).locator('ol > li').count()).toBe(stage.steps.length);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('the projects page has an anchor for every project the course pages link to', async () => {
    const { page, watched } = await open(`${prefix}/courses/projects/`, lang, lang === 'en' ? 'Practical projects' : '实践项目');
    const projects = readYamlDir<{ id: string }>('data/courses/projects');
    for (const p of projects) expect(await page.locator(`main h2#${p.id}`).count(), p.id).toBe(1);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});

/** Every lesson under courses/<course id>/, as its built path (the file name without its number prefix). */
const lessonsOf = (id: string): string[] =>
  fs
    .readdirSync(path.join(siteDir, 'courses', id))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));
const coursesWithLessons = courses.filter((c) => fs.existsSync(path.join(siteDir, 'courses', c.id)));

describe.each(locales)('lesson pages say which course they belong to ($lang)', ({ prefix, lang, courseTitle }) => {
  it('has lessons to check', () => {
    expect(coursesWithLessons.length).toBeGreaterThanOrEqual(6);
  });

  it.each(coursesWithLessons.map((c) => [c.id, c] as const))('%s: every lesson links back to the course and the catalog in its served HTML', async (id, course) => {
    const lessons = lessonsOf(id);
    expect(lessons.length).toBeGreaterThan(0);
    // No JavaScript: what crawlers and readers without scripts get.
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lesson of lessons) {
      const url = `${prefix}/courses/${id}/${lesson}/`;
      expect((await page.goto(site.url + url))?.status(), url).toBe(200);
      const links = await page.locator('nav.theme-doc-breadcrumbs a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
      expect(links.slice(1), url).toEqual([
        [`${prefix}/courses/`, lang === 'en' ? 'Course catalog' : '课程目录'],
        [`${prefix}/courses/${id}/`, courseTitle(course)],
      ]);
      expect(await page.locator('nav.theme-doc-breadcrumbs [aria-current="page"]').textContent(), url).toBe((await page.locator('main h1').first().textContent())?.trim());
    }
    await context.close();
  });

  it('the trail is home › course catalog › the course › the lesson, and the course crumb opens the course', async () => {
    const course = coursesWithLessons.find((c) => c.id === 'distributed-tracing') ?? coursesWithLessons[0]!;
    const lesson = lessonsOf(course.id)[1] ?? lessonsOf(course.id)[0]!;
    const page = await newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/courses/${course.id}/${lesson}/`, { waitUntil: 'networkidle' });
    const h1 = (await page.locator('main h1').first().textContent())?.trim();
    const crumbs = page.locator('nav.theme-doc-breadcrumbs li');
    expect(await crumbs.count()).toBe(4);
    expect((await crumbs.allTextContents()).slice(1).map((t) => t.trim())).toEqual([lang === 'en' ? 'Course catalog' : '课程目录', courseTitle(course), h1]);
    expect(await page.locator('nav.theme-doc-breadcrumbs [aria-current="page"]').textContent()).toBe(h1);
    expect(await page.getAttribute('nav.theme-doc-breadcrumbs', 'aria-label')).toBeTruthy();

    // The same trail for search engines, each URL the page's canonical one.
    const list = await jsonLdOfType(page, 'BreadcrumbList');
    expect((list!.itemListElement as JsonLd[]).map((i) => [new URL(i.item as string).pathname, i.name])).toEqual([
      [`${prefix}/courses/`, lang === 'en' ? 'Course catalog' : '课程目录'],
      [`${prefix}/courses/${course.id}/`, courseTitle(course)],
      [`${prefix}/courses/${course.id}/${lesson}/`, h1],
    ]);

    // Keyboard: tab to the course crumb and follow it.
    const courseCrumb = page.locator(`nav.theme-doc-breadcrumbs a[href="${prefix}/courses/${course.id}/"]`);
    await courseCrumb.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${prefix}/courses/${course.id}/`);
    await expect.poll(async () => (await page.locator('main h1').first().textContent())?.trim()).toBe(courseTitle(course));
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it("a guide keeps Docusaurus's own trail, with no course in it", async () => {
    const page = await newPage();
    await page.goto(`${site.url}${prefix}/docs/contributing/translating/`, { waitUntil: 'networkidle' });
    expect(await page.locator('nav.theme-doc-breadcrumbs li').count()).toBeGreaterThan(1);
    expect(await page.locator(`nav.theme-doc-breadcrumbs a[href="${prefix}/courses/"]`).count()).toBe(0);
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  const firstCourse = courses.find((c) => c.prerequisites.length > 0) ?? courses[0]!;
  const firstCertification = certifications[0]!;
  const pages = locales.flatMap(({ prefix, lang }) => [
    [`${prefix}/courses/${firstCourse.id}/`, lang],
    [`${prefix}/courses/otel-intro/core-concepts/`, lang],
    [`${prefix}/certifications/`, lang],
    [`${prefix}/certifications/${firstCertification.id}/`, lang],
    [`${prefix}/courses/path/`, lang],
    [`${prefix}/courses/projects/`, lang],
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
