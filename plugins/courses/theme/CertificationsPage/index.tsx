import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { Badge, CertificationsPageProps, CertificationSummary, Process } from '../../types';
import { Breadcrumbs, LinkList, TextList, partStyles as styles } from '../../../../src/components/EntryPage';
import { CertificationFacts } from '../CertificationParts';

interface Props {
  data: CertificationsPageProps;
}

function TrackItem({ summary }: { summary: CertificationSummary }): ReactNode {
  const { certification: cert, permalink, requiredCourses } = summary;
  const headingId = `certification-${cert.id}`;
  return (
    <li className={styles.card}>
      <article aria-labelledby={headingId}>
        {/* A plain h3: its text is already a link, a second "direct link" anchor would only add noise. */}
        <h3 id={headingId}>
          <Link to={permalink}>{cert.name}</Link>
        </h3>
        <p>{cert.summary}</p>
        <CertificationFacts summary={summary} />
        <Heading as="h4">
          <Translate id="course.certification.requirements">申请要求</Translate>
        </Heading>
        <TextList items={cert.requirements} />
        <Heading as="h4">
          <Translate id="course.certification.requiredCourses">必修课程</Translate>
        </Heading>
        <LinkList links={requiredCourses} empty={<Translate id="course.certification.noRequiredCourses">无必修课程</Translate>} />
        <Heading as="h4">
          <Translate id="course.certification.renewal">续期与保持</Translate>
        </Heading>
        <TextList items={cert.renewal} />
        <p>
          <Link to={permalink}>
            <Translate id="course.certification.details" values={{ name: cert.name }}>
              {'查看{name}的完整说明'}
            </Translate>
          </Link>
        </p>
      </article>
    </li>
  );
}

function BadgeTable({ badges, certifications }: { badges: Badge[]; certifications: CertificationSummary[] }): ReactNode {
  const { selectMessage } = usePluralForm();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="course.badges.caption">按被合并的 PR 数量授予的成员徽章</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="course.badges.badge">徽章</Translate>
            </th>
            <th scope="col">
              <Translate id="course.badges.mergedPullRequests">被合并的 PR</Translate>
            </th>
            <th scope="col">
              <Translate id="course.badges.criteria">获得条件</Translate>
            </th>
            <th scope="col">
              <Translate id="course.badges.grants">可以享有</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {badges.map((b) => {
            const required = b.requiredCertification ? certifications.find((c) => c.certification.id === b.requiredCertification) : undefined;
            return (
              <tr key={b.id} id={`badge-${b.id}`}>
                <th scope="row">
                  {b.name}
                  <div className={styles.meta}>{b.badgeTitle}</div>
                </th>
                <td>
                  {selectMessage(
                    b.mergedPullRequests,
                    translate(
                      {
                        id: 'course.badges.atLeast',
                        message: '至少 {count} 个',
                        description: 'Merged pull requests needed for a badge; plural forms separated by |, e.g. "At least {count} merged PR|At least {count} merged PRs"',
                      },
                      { count: b.mergedPullRequests },
                    ),
                  )}
                </td>
                <td>
                  <p className={styles.meta}>{b.summary}</p>
                  <TextList items={b.criteria} />
                  {b.requiredCertification && (
                    <p>
                      <Translate
                        id="course.badges.requiredCertification"
                        values={{
                          certification: required ? <Link to={required.permalink}>{required.certification.name}</Link> : b.requiredCertification,
                        }}
                      >
                        {'需要持有{certification}'}
                      </Translate>
                    </p>
                  )}
                </td>
                <td>
                  <TextList items={b.grants} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ProcessSteps({ process }: { process: Process }): ReactNode {
  return (
    <>
      <p className={styles.lead}>{process.summary}</p>
      <p>{process.description}</p>
      <ol className={styles.cards}>
        {process.stages.map((stage, i) => (
          <li key={stage.id} className={styles.card} id={`stage-${stage.id}`}>
            <Heading as="h3">
              {translate({ id: 'course.process.stage', message: '第 {n} 阶段：{name}' }, { n: i + 1, name: stage.name })}
            </Heading>
            <p>{stage.summary}</p>
            <ol>
              {stage.steps.map((step, j) => (
                <li key={j}>{step}</li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The professional track, the member badges and the certification process. */
export default function CertificationsPage({ data }: Props): ReactNode {
  const { certifications, badges, process, catalogPermalink } = data;
  const title = translate({ id: 'course.certifications.title', message: '认证', description: 'Title of /certifications/ (the professional track, member badges and the process); not the name of one level' });
  return (
    <Layout title={title} description={translate({ id: 'course.certifications.description', message: '从基础到大师的四级专业认证、按贡献授予的成员徽章，以及从申请到维护的认证流程。' })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="course.catalog.title">课程目录</Translate>, to: catalogPermalink }]} current={title} />
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="course.certifications.intro">专业认证按等级逐级取得：每一级都要求持有上一级认证，并完成对应的课程、考核和社区参与。</Translate>
        </p>

        <section className={styles.section} aria-labelledby="track">
          <Heading as="h2" id="track">
            {translate({ id: 'course.certifications.track', message: '认证路径' })}
          </Heading>
          <ol className={styles.cards} data-search-exclude="">
            {certifications.map((s) => (
              <TrackItem key={s.certification.id} summary={s} />
            ))}
          </ol>
        </section>

        {badges.length > 0 && (
          <section className={styles.section} aria-labelledby="badges">
            <Heading as="h2" id="badges">
              {translate({ id: 'course.badges.title', message: '成员徽章' })}
            </Heading>
            <p>
              <Translate id="course.badges.intro">成员徽章记录你对社区的贡献：被合并的 PR 累计达到门槛并满足其他条件后授予，每一级都带来新的权限和机会。</Translate>
            </p>
            <BadgeTable badges={badges} certifications={certifications} />
          </section>
        )}

        {process && (
          <section className={styles.section} aria-labelledby="process">
            <Heading as="h2" id="process">
              {process.name}
            </Heading>
            <ProcessSteps process={process} />
          </section>
        )}
      </main>
    </Layout>
  );
}
