import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import type { LocalizedEntry } from '../data-engine/types';
import { buildCoursePages, buildLessonTrail, RESERVED_COURSE_IDS, type LessonSource } from './buildPages';

export interface PluginOptions {
  id: string;
  /** Id of the docs-plugin instance that renders lessons from courses/. */
  lessonsPluginId: string;
}

/**
 * The course catalog, course pages, learning path, practical projects and
 * certifications, from the courses and certifications collections. Reads
 * other plugins' content (data, schema labels, lessons) once all is loaded.
 */
export default function pluginCourses(context: LoadContext, options: Partial<PluginOptions>): Plugin<void> {
  const lessonsPluginId = options.lessonsPluginId ?? 'courses';
  return {
    name: 'community-courses',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      const docs = allContent['docusaurus-plugin-content-docs']?.[lessonsPluginId] as DocsContent | undefined;
      if (!data) return;
      const of = <T>(collection: string, kind: string) => (data.collections[collection] ?? []).filter((e) => e.kind === kind) as unknown as LocalizedEntry<T>[];
      const courses = of<never>('courses', 'course');
      const clash = courses.find((c) => RESERVED_COURSE_IDS.includes(c.id));
      if (clash) throw new Error(`${clash.file}: the course id "${clash.id}" is taken by the /courses/${clash.id}/ page; choose another id.`);

      const lessons: LessonSource[] = (docs?.loadedVersions[0]?.docs ?? []).map((doc) => ({
        courseId: doc.sourceDirName.split('/')[0]!,
        title: doc.title,
        permalink: doc.permalink,
        position: doc.sidebarPosition ?? 0,
        ...(typeof doc.frontMatter.week === 'number' ? { week: doc.frontMatter.week } : {}),
        ...(typeof doc.frontMatter.durationMinutes === 'number' ? { durationMinutes: doc.frontMatter.durationMinutes } : {}),
      }));
      const pages = buildCoursePages(
        {
          courses,
          projects: of('courses', 'project'),
          certifications: of('certifications', 'certification'),
          badges: of('certifications', 'badge'),
          processes: of('certifications', 'process'),
          lessons,
          references: reference?.references ?? [],
        },
        context.baseUrl,
      );
      // Lesson pages are the docs plugin's: their breadcrumb (theme/DocBreadcrumbs) finds its course here.
      actions.setGlobalData(buildLessonTrail(courses, context.baseUrl, lessonsPluginId));
      for (const page of pages) {
        const propsPath = await actions.createData(`${page.dataName}.json`, JSON.stringify(page.props));
        actions.addRoute({ path: page.path, component: page.component, exact: true, modules: { data: propsPath } });
      }
    },
  };
}
