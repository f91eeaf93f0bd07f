import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { ProjectsPageProps } from '../../types';
import { Breadcrumbs, Facts, LinkList, TextList, formatWeeks, partStyles as styles, usePageLocale } from '../../../../src/components/EntryPage';

interface Props {
  data: ProjectsPageProps;
}

/** The practical projects; each has an anchor (`#<id>`) that course pages link to. */
export default function ProjectsPage({ data }: Props): ReactNode {
  const { projects, catalogPermalink } = data;
  const locale = usePageLocale();
  const title = translate({ id: 'course.projects.title', message: '实践项目' });
  return (
    <Layout title={title} description={translate({ id: 'course.projects.description', message: '课程配套的动手项目：级别、时长、练习的技能、交付物和适用的课程。' })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="course.catalog.title">课程目录</Translate>, to: catalogPermalink }]} current={title} />
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="course.projects.intro">每门课程配有一个或多个实践项目，学员在课程期间任选其一完成并提交交付物。</Translate>
        </p>
        <nav aria-label={translate({ id: 'course.projects.toc', message: '项目列表' })}>
          <ul>
            {projects.map((p) => (
              <li key={p.id}>
                <a href={`#${p.id}`}>{p.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {projects.map((p) => (
          <section key={p.id} className={styles.section} aria-labelledby={p.id}>
            <Heading as="h2" id={p.id}>
              {p.title}
            </Heading>
            <p className={styles.lead}>{p.summary}</p>
            <p>{p.description}</p>
            <Facts
              rows={[
                { key: 'level', term: <Translate id="course.facts.level">级别</Translate>, value: p.levelLabel },
                { key: 'duration', term: <Translate id="course.projects.duration">项目时长</Translate>, value: formatWeeks(p.durationWeeks, locale) },
              ]}
            />
            <Heading as="h3">
              <Translate id="course.projects.skills">练习的技能</Translate>
            </Heading>
            <TextList items={p.skills} />
            <Heading as="h3">
              <Translate id="course.projects.deliverables">交付物</Translate>
            </Heading>
            <TextList items={p.deliverables} />
            <Heading as="h3">
              <Translate id="course.projects.courses">适用课程</Translate>
            </Heading>
            <LinkList links={p.courses} empty={<Translate id="course.projects.noCourses">暂无课程</Translate>} />
          </section>
        ))}
      </main>
    </Layout>
  );
}
