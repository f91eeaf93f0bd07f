import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { CoursePageProps } from '../../types';
import {
  Breadcrumbs,
  DataText,
  Facts,
  JsonLd,
  LinkList,
  TextList,
  formatHours,
  formatMinutes,
  formatWeeks,
  isoHours,
  isoWeeks,
  partStyles as styles,
  useAbsoluteUrl,
  useCommunityOrganization,
  usePageLocale,
} from '../../../../src/components/EntryPage';

interface Props {
  data: CoursePageProps;
}

/** Week or range of weeks of a module: "第 1 周", "第 2–3 周" / "Week 1", "Weeks 2–3". */
function weekRange(fromWeek: number, toWeek: number): string {
  return fromWeek === toWeek
    ? translate({ id: 'course.week.single', message: '第 {week} 周', description: 'One week of a course plan' }, { week: fromWeek })
    : translate({ id: 'course.week.range', message: '第 {from}–{to} 周', description: 'A span of weeks of a course plan' }, { from: fromWeek, to: toWeek });
}

/** schema.org Course for search engines: what, by whom, how long, at what level, after what. */
function CourseJsonLd({ data }: Props): ReactNode {
  const { course, labels, prerequisites, permalink } = data;
  const url = useAbsoluteUrl();
  const provider = useCommunityOrganization();
  return (
    <JsonLd
      data={{
        '@type': 'Course',
        '@id': url(permalink),
        url: url(permalink),
        courseCode: course.id,
        name: course.title,
        description: course.description,
        abstract: course.summary,
        provider,
        inLanguage: course.languages,
        educationalLevel: labels.level,
        timeRequired: isoWeeks(course.durationWeeks),
        coursePrerequisites: prerequisites.length
          ? prerequisites.map((p) => ({ '@type': 'Course', name: p.title, url: url(p.permalink) }))
          : translate({ id: 'course.jsonLd.noPrerequisites', message: '无先修要求', description: 'schema.org coursePrerequisites of a course with no prerequisites' }),
        teaches: course.skills,
        about: labels.topics.map((t) => t.label),
        educationalCredentialAwarded: course.certificateName,
        hasCourseInstance: {
          '@type': 'CourseInstance',
          inLanguage: course.languages,
          courseWorkload: isoHours(course.durationWeeks * course.weeklyHours),
          courseSchedule: {
            '@type': 'Schedule',
            duration: isoHours(course.weeklyHours),
            repeatFrequency: 'P1W',
            repeatCount: course.durationWeeks,
          },
        },
      }}
    />
  );
}

/** "（4周）" / "(4 weeks)": parentheses as each language writes them. */
function parenthesize(text: string): string {
  return translate({ id: 'course.parenthetical', message: '（{text}）', description: 'Text in parentheses after a link' }, { text });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** One course: overview, weekly plan, what you learn, where it sits in the path, lessons. */
export default function CoursePage({ data }: Props): ReactNode {
  const { course, fallbacks, labels, prerequisites, leadsTo, certification, projects, lessons, catalogPermalink } = data;
  const locale = usePageLocale();
  const text = (pointer: string, value: string) => (
    <DataText pointer={pointer} fallbacks={fallbacks}>
      {value}
    </DataText>
  );
  return (
    <Layout title={course.title} description={course.summary}>
      <CourseJsonLd data={data} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="course.catalog.title">课程目录</Translate>, to: catalogPermalink }]} current={course.title} />
        <article>
          <header>
            <Heading as="h1">{text('/title', course.title)}</Heading>
            <p className={styles.lead}>{text('/summary', course.summary)}</p>
            <Facts
              rows={[
                { key: 'level', term: <Translate id="course.facts.level">级别</Translate>, value: labels.level },
                {
                  key: 'duration',
                  term: <Translate id="course.facts.duration">学习时长</Translate>,
                  value: translate(
                    { id: 'course.facts.durationValue', message: '{weeks}，每周约 {hours}', description: 'Course length and weekly workload, e.g. "4 weeks, about 4 hours a week"' },
                    { weeks: formatWeeks(course.durationWeeks, locale), hours: formatHours(course.weeklyHours, locale) },
                  ),
                },
                {
                  key: 'languages',
                  term: <Translate id="course.facts.languages">授课语言</Translate>,
                  value: (
                    <ul className={styles.tags}>
                      {labels.languages.map((l) => (
                        <li key={l.value} className={styles.tag}>
                          {l.label}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: 'certification',
                  term: <Translate id="course.facts.certification">计入认证</Translate>,
                  value: <Link to={certification.permalink}>{certification.title}</Link>,
                },
                { key: 'certificate', term: <Translate id="course.facts.certificate">结业证书</Translate>, value: text('/certificateName', course.certificateName) },
                {
                  key: 'topics',
                  term: <Translate id="course.facts.topics">主题</Translate>,
                  value: (
                    <ul className={styles.tags}>
                      {labels.topics.map((t) => (
                        <li key={t.value} className={styles.tag}>
                          {t.label}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </header>

          <Section id="overview" title={translate({ id: 'course.section.overview', message: '课程介绍' })}>
            <p>{text('/description', course.description)}</p>
          </Section>

          <Section id="schedule" title={translate({ id: 'course.section.schedule', message: '每周安排' })}>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <caption className={styles.caption}>
                  <Translate id="course.schedule.caption" values={{ course: course.title, weeks: formatWeeks(course.durationWeeks, locale) }}>
                    {'{course}的学习计划（共 {weeks}）'}
                  </Translate>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Translate id="course.schedule.weeks">周次</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="course.schedule.module">模块</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="course.schedule.summary">内容</Translate>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {course.modules.map((m, i) => (
                    <tr key={i}>
                      <th scope="row">{weekRange(m.fromWeek, m.toWeek)}</th>
                      <td className={styles.nameColumn}>{text(`/modules/${i}/title`, m.title)}</td>
                      <td>{text(`/modules/${i}/summary`, m.summary)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>

          <Section id="skills" title={translate({ id: 'course.section.skills', message: '你将掌握的技能' })}>
            <TextList items={course.skills} pointer="/skills" fallbacks={fallbacks} />
          </Section>

          <Section id="outcomes" title={translate({ id: 'course.section.outcomes', message: '学习成果' })}>
            <TextList items={course.outcomes} pointer="/outcomes" fallbacks={fallbacks} />
          </Section>

          <Section id="prerequisites" title={translate({ id: 'course.section.prerequisites', message: '先修课程' })}>
            <LinkList links={prerequisites} empty={<Translate id="course.prerequisites.none">无：这门课程不需要先修其他课程。</Translate>} />
          </Section>

          <Section id="next" title={translate({ id: 'course.section.leadsTo', message: '后续课程' })}>
            <LinkList links={leadsTo} empty={<Translate id="course.leadsTo.none">无：没有以本课程为先修的课程。</Translate>} />
          </Section>

          <Section id="certification" title={translate({ id: 'course.section.certification', message: '对应认证' })}>
            <p>
              {certification.summary ? (
                <Translate id="course.certification.withSummary" values={{ certification: <Link to={certification.permalink}>{certification.title}</Link>, summary: certification.summary }}>
                  {'{certification}：{summary}'}
                </Translate>
              ) : (
                <Link to={certification.permalink}>{certification.title}</Link>
              )}
            </p>
          </Section>

          <Section id="projects" title={translate({ id: 'course.section.projects', message: '实践项目' })}>
            {projects.length === 0 ? (
              <p className={styles.none}>
                <Translate id="course.projects.none">无</Translate>
              </p>
            ) : (
              <ul>
                {projects.map((p) => (
                  <li key={p.id}>
                    <Link to={p.permalink}>{p.title}</Link> <span className={styles.meta}>{parenthesize(formatWeeks(p.durationWeeks, locale))}</span>
                    <br />
                    {p.summary}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="lessons" title={translate({ id: 'course.section.lessons', message: '课时' })}>
            {lessons.length === 0 ? (
              <p className={styles.none}>
                <Translate id="course.lessons.none">课时内容正在编写中。</Translate>
              </p>
            ) : (
              <ol>
                {lessons.map((l) => (
                  <li key={l.permalink}>
                    <Link to={l.permalink}>{l.title}</Link>
                    {(l.week !== undefined || l.durationMinutes !== undefined) && (
                      <span className={styles.meta}>
                        {' '}
                        {parenthesize([l.week !== undefined ? weekRange(l.week, l.week) : null, l.durationMinutes !== undefined ? formatMinutes(l.durationMinutes, locale) : null].filter(Boolean).join(' · '))}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </article>
      </main>
    </Layout>
  );
}
