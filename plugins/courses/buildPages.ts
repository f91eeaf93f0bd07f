import type { LocalizedEntry } from '../data-engine/types';
import type { CollectionReference } from '../data-reference/buildReference';
import { layoutLearningPath } from './learningPath';
import type {
  Badge,
  CatalogProps,
  Certification,
  CertificationPageProps,
  CertificationsPageProps,
  CertificationSummary,
  Course,
  CoursePageProps,
  LearningPathProps,
  LessonLink,
  LessonTrail,
  Link,
  Option,
  Process,
  Project,
  ProjectsPageProps,
} from './types';

export interface LessonSource extends LessonLink {
  courseId: string;
  position: number;
}

export interface CourseSources {
  courses: LocalizedEntry<Course>[];
  projects: LocalizedEntry<Project>[];
  certifications: LocalizedEntry<Certification>[];
  badges: LocalizedEntry<Badge>[];
  processes: LocalizedEntry<Process>[];
  lessons: LessonSource[];
  /** The data reference of courses and certifications: enum labels in the page's locale. */
  references: CollectionReference[];
}

export interface PageSpec {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

/** Routes that sit beside course ids under /courses/: a course may not take these ids. */
export const RESERVED_COURSE_IDS = ['path', 'projects'];

function enumOptions(references: CollectionReference[], collection: string, kind: string, field: string): Option[] {
  const ref = references.find((r) => r.collection === collection);
  const row = ref?.kinds.find((k) => k.kind === kind)?.fields.find((f) => f.path === field);
  return row?.enum ?? [];
}

function labelOf(options: Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/**
 * Every course and certification page with its props, from the localized
 * entries. Pure: the plugin only writes these out, tests call it directly.
 */
export function buildCoursePages(src: CourseSources, base: string): PageSpec[] {
  const coursesBase = `${base}courses/`;
  const certificationsBase = `${base}certifications/`;
  const coursePermalink = (id: string) => `${coursesBase}${id}/`;
  const certificationPermalink = (id: string) => `${certificationsBase}${id}/`;
  const courseById = new Map(src.courses.map((c) => [c.id, c]));
  const certById = new Map(src.certifications.map((c) => [c.id, c]));
  const projectById = new Map(src.projects.map((p) => [p.id, p]));
  const courseLink = (id: string): Link => ({ id, title: courseById.get(id)?.data.title ?? id, permalink: coursePermalink(id) });
  const certLink = (id: string): Link => ({ id, title: certById.get(id)?.data.name ?? id, permalink: certificationPermalink(id) });

  const levels = enumOptions(src.references, 'courses', 'course', 'level');
  const topics = enumOptions(src.references, 'courses', 'course', 'topics');
  const languages = enumOptions(src.references, 'courses', 'course', 'languages');
  const byLevelThenTitle = (a: LocalizedEntry<Course>, b: LocalizedEntry<Course>) =>
    levels.findIndex((l) => l.value === a.data.level) - levels.findIndex((l) => l.value === b.data.level) || a.data.durationWeeks - b.data.durationWeeks || a.id.localeCompare(b.id);
  const courses = [...src.courses].sort(byLevelThenTitle);
  const certifications = [...src.certifications].sort((a, b) => a.data.rank - b.data.rank);

  const catalog: CatalogProps = {
    courses: courses.map((c) => ({
      id: c.id,
      title: c.data.title,
      summary: c.data.summary,
      permalink: coursePermalink(c.id),
      level: c.data.level,
      durationWeeks: c.data.durationWeeks,
      topics: c.data.topics,
      languages: c.data.languages,
      certification: certLink(c.data.certification),
      fallbacks: c.fallbacks.filter((p) => p === '/title' || p === '/summary'),
    })),
    facets: {
      level: levels,
      // Only values some course has: a filter that can only empty the list is noise.
      topics: topics.filter((t) => courses.some((c) => c.data.topics.includes(t.value as never))),
      languages: languages.filter((l) => courses.some((c) => c.data.languages.includes(l.value as never))),
      certification: certifications.filter((cert) => courses.some((c) => c.data.certification === cert.id)).map((cert) => ({ value: cert.id, label: cert.data.name })),
    },
    duration: {
      min: Math.min(...courses.map((c) => c.data.durationWeeks)),
      max: Math.max(...courses.map((c) => c.data.durationWeeks)),
    },
    pathPermalink: `${coursesBase}path/`,
    projectsPermalink: `${coursesBase}projects/`,
    certificationsPermalink: certificationsBase,
  };

  const summaries = new Map<string, CertificationSummary>(
    certifications.map((cert) => [
      cert.id,
      {
        certification: cert.data,
        permalink: certificationPermalink(cert.id),
        requiredCourses: cert.data.requiredCourses.map(courseLink),
        leadingCourses: courses.filter((c) => c.data.certification === cert.id).map((c) => courseLink(c.id)),
        ...(cert.data.prerequisiteCertification ? { prerequisite: certLink(cert.data.prerequisiteCertification) } : {}),
      },
    ]),
  );

  const pages: PageSpec[] = [{ path: coursesBase, component: '@theme/CourseCatalogPage', dataName: 'course-catalog', props: catalog }];
  for (const c of courses) {
    const cert = certById.get(c.data.certification);
    const props: CoursePageProps = {
      course: c.data,
      permalink: coursePermalink(c.id),
      fallbacks: c.fallbacks,
      labels: {
        level: labelOf(levels, c.data.level),
        topics: c.data.topics.map((t) => ({ value: t, label: labelOf(topics, t) })),
        languages: c.data.languages.map((l) => ({ value: l, label: labelOf(languages, l) })),
      },
      prerequisites: c.data.prerequisites.map(courseLink),
      leadsTo: courses.filter((other) => other.data.prerequisites.includes(c.id)).map((other) => courseLink(other.id)),
      certification: { ...certLink(c.data.certification), summary: cert?.data.summary ?? '' },
      projects: c.data.projects
        .map((id) => projectById.get(id))
        .filter((p): p is LocalizedEntry<Project> => p !== undefined)
        .map((p) => ({ id: p.id, title: p.data.title, permalink: `${coursesBase}projects/#${p.id}`, summary: p.data.summary, durationWeeks: p.data.durationWeeks })),
      lessons: src.lessons
        .filter((l) => l.courseId === c.id)
        .sort((a, b) => a.position - b.position)
        .map(({ title, permalink, week, durationMinutes }) => ({ title, permalink, ...(week ? { week } : {}), ...(durationMinutes ? { durationMinutes } : {}) })),
      catalogPermalink: coursesBase,
    };
    pages.push({ path: coursePermalink(c.id), component: '@theme/CoursePage', dataName: `course-${c.id}`, props });
  }

  const projects: ProjectsPageProps = {
    projects: [...src.projects]
      .sort((a, b) => levels.findIndex((l) => l.value === a.data.level) - levels.findIndex((l) => l.value === b.data.level) || a.data.durationWeeks - b.data.durationWeeks)
      .map((p) => ({ ...p.data, permalink: `${coursesBase}projects/#${p.id}`, levelLabel: labelOf(levels, p.data.level), courses: p.data.courses.map(courseLink) })),
    catalogPermalink: coursesBase,
  };
  pages.push({ path: `${coursesBase}projects/`, component: '@theme/ProjectsPage', dataName: 'course-projects', props: projects });

  const path: LearningPathProps = layoutLearningPath(
    courses.map((c) => ({ id: c.id, title: c.data.title, permalink: coursePermalink(c.id), level: c.data.level, prerequisites: c.data.prerequisites, certification: c.data.certification })),
    certifications.map((c) => ({
      id: c.id,
      title: c.data.name,
      permalink: certificationPermalink(c.id),
      rank: c.data.rank,
      ...(c.data.prerequisiteCertification ? { prerequisite: c.data.prerequisiteCertification } : {}),
    })),
    coursesBase,
  );
  pages.push({ path: `${coursesBase}path/`, component: '@theme/LearningPathPage', dataName: 'course-path', props: path });

  const overview: CertificationsPageProps = {
    certifications: [...summaries.values()],
    badges: [...src.badges].sort((a, b) => a.data.rank - b.data.rank).map((b) => b.data),
    ...(src.processes[0] ? { process: src.processes[0].data } : {}),
    catalogPermalink: coursesBase,
  };
  pages.push({ path: certificationsBase, component: '@theme/CertificationsPage', dataName: 'certifications', props: overview });
  for (const summary of summaries.values()) {
    const props: CertificationPageProps = { ...summary, certificationsPermalink: certificationsBase };
    pages.push({ path: summary.permalink, component: '@theme/CertificationPage', dataName: `certification-${summary.certification.id}`, props });
  }
  return pages;
}

/** The lesson pages' breadcrumb data: every course's title and page, in the locale being built. */
export function buildLessonTrail(courses: LocalizedEntry<Course>[], base: string, lessonsPluginId: string): LessonTrail {
  const catalogPermalink = `${base}courses/`;
  return {
    lessonsPluginId,
    catalogPermalink,
    courses: Object.fromEntries(courses.map((c) => [c.id, { title: c.data.title, permalink: `${catalogPermalink}${c.id}/`, titleIsFallback: c.fallbacks.includes('/title') }])),
  };
}
