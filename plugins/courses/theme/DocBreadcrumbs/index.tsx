/**
 * A lesson is a doc of the lessons' docs plugin, whose sidebar lists only the
 * course's lessons, so Docusaurus's breadcrumb went home › lesson: nothing on
 * the page said which course it belongs to. For lessons the trail is home › course
 * catalog › the course › the lesson (and the same list as schema.org
 * BreadcrumbList); every other doc keeps Docusaurus's own breadcrumb.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
// @theme-init: a plugin's theme wraps the classic theme's component (@theme-original would be this file itself).
import OriginalDocBreadcrumbs from '@theme-init/DocBreadcrumbs';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useActivePlugin, useDoc } from '@docusaurus/plugin-content-docs/client';
import HomeBreadcrumbItem from '@theme/DocBreadcrumbs/Items/Home';
import DocBreadcrumbsStructuredData from '@theme/DocBreadcrumbs/StructuredData';
import { useSourceLang } from '../../../../src/components/EntryPage';
import type { LessonTrail } from '../../types';
import styles from './styles.module.css';

function LessonBreadcrumbs({ trail }: { trail: LessonTrail }): ReactNode {
  const { metadata } = useDoc();
  // The route's own path carries the site's trailing slash, as the canonical URL does; the doc permalink does not.
  const { pathname } = useLocation();
  const sourceLang = useSourceLang();
  const course = trail.courses[metadata.sourceDirName.split('/')[0] ?? ''];
  // A lesson folder with no course entry is refused by validation; keep the stock trail if one slips through.
  if (!course) return <OriginalDocBreadcrumbs />;
  // The same crumb as on the course, learning-path and projects pages.
  const catalogLabel = translate({ id: 'course.catalog.title', message: '课程目录' });
  return (
    <>
      <DocBreadcrumbsStructuredData
        breadcrumbs={[
          { type: 'link', label: catalogLabel, href: trail.catalogPermalink },
          { type: 'link', label: course.title, href: course.permalink },
          { type: 'link', label: metadata.title, href: pathname },
        ]}
      />
      <nav
        className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.container)}
        aria-label={translate({ id: 'theme.docs.breadcrumbs.navAriaLabel', message: 'Breadcrumbs', description: 'The ARIA label for the breadcrumbs' })}>
        <ul className="breadcrumbs">
          <HomeBreadcrumbItem />
          <li className="breadcrumbs__item">
            <Link className="breadcrumbs__link" to={trail.catalogPermalink}>
              {catalogLabel}
            </Link>
          </li>
          <li className="breadcrumbs__item">
            <Link className="breadcrumbs__link" to={course.permalink} lang={course.titleIsFallback ? sourceLang : undefined}>
              {course.title}
            </Link>
          </li>
          <li className="breadcrumbs__item breadcrumbs__item--active">
            <span className="breadcrumbs__link" aria-current="page">
              {metadata.title}
            </span>
          </li>
        </ul>
      </nav>
    </>
  );
}

export default function DocBreadcrumbs(): ReactNode {
  const trail = usePluginData('community-courses') as LessonTrail | undefined;
  const activePlugin = useActivePlugin();
  if (!trail || activePlugin?.pluginId !== trail.lessonsPluginId) return <OriginalDocBreadcrumbs />;
  return <LessonBreadcrumbs trail={trail} />;
}
