import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { buildCoursePages, buildLessonTrail, type CourseSources } from '../buildPages';
import { layoutLearningPath } from '../learningPath';
import type { CatalogProps, CertificationsPageProps, CoursePageProps, LearningPathProps } from '../types';

const siteDir = path.resolve(__dirname, '../../..');
const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const entries = (collection: string, kind: string) => localize(dataSet.collections[collection]!.filter((e) => e.kind === kind), undefined, 'zh-Hans').entries as LocalizedEntry<never>[];

function sources(overrides: Partial<CourseSources> = {}): CourseSources {
  return {
    courses: entries('courses', 'course'),
    projects: entries('courses', 'project'),
    certifications: entries('certifications', 'certification'),
    badges: entries('certifications', 'badge'),
    processes: entries('certifications', 'process'),
    lessons: [{ courseId: 'otel-intro', title: '核心概念', permalink: '/courses/otel-intro/core-concepts/', position: 1, week: 1 }],
    references: dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data')),
    ...overrides,
  };
}

describe('course and certification pages from the data', () => {
  const pages = buildCoursePages(sources(), '/');
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const courseIds = dataSet.collections.courses!.filter((e) => e.kind === 'course').map((e) => e.id);
  const certIds = dataSet.collections.certifications!.filter((e) => e.kind === 'certification').map((e) => e.id);

  it('has a page for every course and certification, none dropped', () => {
    expect(courseIds.length).toBeGreaterThanOrEqual(6);
    for (const id of courseIds) expect(byPath.get(`/courses/${id}/`)?.component).toBe('@theme/CoursePage');
    for (const id of certIds) expect(byPath.get(`/certifications/${id}/`)?.component).toBe('@theme/CertificationPage');
    for (const p of ['/courses/', '/courses/path/', '/courses/projects/', '/certifications/']) expect(byPath.has(p)).toBe(true);
  });

  it('puts every course on the catalog with labels for every facet value used', () => {
    const catalog = byPath.get('/courses/')!.props as CatalogProps;
    expect(catalog.courses.map((c) => c.id).sort()).toEqual([...courseIds].sort());
    expect(catalog.facets.level.map((o) => o.value)).toEqual(['beginner', 'intermediate', 'advanced']);
    expect(catalog.facets.level[0]!.label).toBe('入门');
    const usedTopics = new Set(catalog.courses.flatMap((c) => c.topics));
    expect(new Set(catalog.facets.topics.map((t) => t.value))).toEqual(usedTopics);
    expect(catalog.duration).toEqual({ min: 4, max: 12 });
  });

  it('links prerequisites, the courses a course leads to, its certification and projects', () => {
    const tracing = byPath.get('/courses/distributed-tracing/')!.props as CoursePageProps;
    expect(tracing.prerequisites.map((p) => p.permalink)).toEqual(['/courses/otel-intro/', '/courses/observability-fundamentals/']);
    expect(tracing.certification.permalink).toBe('/certifications/professional/');
    expect(tracing.leadsTo.map((l) => l.id)).toContain('otel-architecture');
    expect(tracing.projects.map((p) => p.id)).toEqual(['microservice-monitoring']);
    const intro = byPath.get('/courses/otel-intro/')!.props as CoursePageProps;
    expect(intro.lessons).toEqual([{ title: '核心概念', permalink: '/courses/otel-intro/core-concepts/', week: 1 }]);
    expect(intro.labels.level).toBe('入门');
  });

  it('lists, for each certification, the courses that lead to it', () => {
    const overview = byPath.get('/certifications/')!.props as CertificationsPageProps;
    const foundation = overview.certifications.find((c) => c.certification.id === 'foundation')!;
    expect(foundation.leadingCourses.map((c) => c.id).sort()).toEqual(['observability-fundamentals', 'otel-intro']);
    expect(overview.badges.map((b) => b.mergedPullRequests)).toEqual([1, 5, 20, 50]);
    expect(overview.process?.stages.map((s) => s.id)).toEqual(['application', 'examination', 'certification', 'maintenance']);
  });

  it('prefixes every path with the locale base URL', () => {
    expect(buildCoursePages(sources(), '/en/').every((p) => p.path.startsWith('/en/'))).toBe(true);
  });
});

describe('learning path layout', () => {
  const course = (id: string, prerequisites: string[], certification?: string) => ({ id, title: id, permalink: `/courses/${id}/`, level: 'beginner', prerequisites, ...(certification ? { certification } : {}) });

  it('places a course one column right of its deepest prerequisite and certifications after their courses', () => {
    const path: LearningPathProps = layoutLearningPath(
      [course('a', []), course('b', ['a'], 'c1'), course('c', ['a', 'b'], 'c2'), course('d', [])],
      [
        { id: 'c1', title: 'C1', permalink: '/certifications/c1/', rank: 1 },
        { id: 'c2', title: 'C2', permalink: '/certifications/c2/', rank: 2 },
      ],
      '/courses/',
    );
    const column = Object.fromEntries(path.nodes.map((n) => [n.id, n.column]));
    expect(column).toEqual({ a: 0, d: 0, b: 1, c: 2, 'certification:c1': 2, 'certification:c2': 3 });
    expect(path.columns).toBe(4);
    expect(path.edges).toContainEqual({ from: 'a', to: 'c', kind: 'prerequisite' });
    expect(path.edges).toContainEqual({ from: 'c', to: 'certification:c2', kind: 'certification' });
  });

  it('places a certification after the certification it requires, with an edge between them', () => {
    const path: LearningPathProps = layoutLearningPath(
      [course('a', [], 'expert')],
      [
        { id: 'expert', title: 'E', permalink: '/certifications/expert/', rank: 3 },
        { id: 'master', title: 'M', permalink: '/certifications/master/', rank: 4, prerequisite: 'expert' },
      ],
      '/courses/',
    );
    const column = Object.fromEntries(path.nodes.map((n) => [n.id, n.column]));
    expect(column).toEqual({ a: 0, 'certification:expert': 1, 'certification:master': 2 });
    expect(path.edges).toContainEqual({ from: 'certification:expert', to: 'certification:master', kind: 'prerequisite' });
  });

  it('changes when a prerequisite is added in the data, nothing else to edit', () => {
    const before = buildCoursePages(sources(), '/').find((p) => p.path === '/courses/path/')!.props as LearningPathProps;
    const courses = entries('courses', 'course').map((e) =>
      e.id === 'otel-architecture' ? { ...e, data: { ...(e.data as object), prerequisites: ['observability-engineering'] } } : e,
    ) as LocalizedEntry<never>[];
    const after = buildCoursePages(sources({ courses }), '/').find((p) => p.path === '/courses/path/')!.props as LearningPathProps;
    const col = (p: LearningPathProps, id: string) => p.nodes.find((n) => n.id === id)!.column;
    expect(col(after, 'otel-architecture')).toBe(col(before, 'observability-engineering') + 1);
    expect(after.edges).toContainEqual({ from: 'observability-engineering', to: 'otel-architecture', kind: 'prerequisite' });
  });
});

describe("lesson pages' course trail", () => {
  const courses = entries('courses', 'course') as LocalizedEntry<never>[];

  it('has every course, with its title and page, under the base URL', () => {
    const trail = buildLessonTrail(courses, '/hub/', 'courses');
    expect(trail.lessonsPluginId).toBe('courses');
    expect(trail.catalogPermalink).toBe('/hub/courses/');
    expect(Object.keys(trail.courses).sort()).toEqual(courses.map((c) => c.id).sort());
    expect(trail.courses['distributed-tracing']).toEqual({ title: '分布式追踪', permalink: '/hub/courses/distributed-tracing/', titleIsFallback: false });
  });

  it('marks a title that is still in the default language', () => {
    const english = localize(dataSet.collections.courses!.filter((e) => e.kind === 'course'), {}, 'en').entries as LocalizedEntry<never>[];
    const trail = buildLessonTrail(english, '/en/', 'courses');
    expect(trail.courses['distributed-tracing']).toMatchObject({ title: '分布式追踪', titleIsFallback: true });
  });
});
