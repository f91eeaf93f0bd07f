import React, { useEffect, useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { nextEvents } from '../../buildHome';
import type { HomeFigure, HomePageProps } from '../../types';
import styles from './styles.module.css';

/** Where each audience starts. */
const AUDIENCES = [
  {
    id: 'learn',
    to: '/courses/',
    title: translate({ id: 'home.entry.learn.title', message: '学习' }),
    body: translate({ id: 'home.entry.learn.body', message: '从入门到架构，按自己的水平选择课程、学习路径和认证。' }),
  },
  {
    id: 'contribute',
    to: '/docs/contributing/workflow/',
    title: translate({ id: 'home.entry.contribute.title', message: '贡献' }),
    body: translate({ id: 'home.entry.contribute.body', message: '一个 YAML 文件就能添加课程、活动或合作伙伴，提交前即可看到精确的错误提示。' }),
  },
  {
    id: 'translate',
    to: '/docs/contributing/translating/',
    title: translate({ id: 'home.entry.translate.title', message: '翻译' }),
    body: translate({ id: 'home.entry.translate.body', message: '添加一个语言文件夹即可开始翻译，翻译状态页会指出缺失和过期的内容。' }),
  },
  {
    id: 'partner',
    to: '/partners/program/',
    title: translate({ id: 'home.entry.partner.title', message: '合作' }),
    body: translate({ id: 'home.entry.partner.body', message: '了解合作伙伴计划的各个级别与权益，以及如何通过一个拉取请求申请加入。' }),
  },
  {
    id: 'attend',
    to: '/events/',
    title: translate({ id: 'home.entry.attend.title', message: '参加活动' }),
    body: translate({ id: 'home.entry.attend.body', message: '大会、技术聚会、工作坊和黑客松：按类型和语言筛选，并订阅日历。' }),
  },
];

function useFigureLabel(): (figure: HomeFigure) => string {
  const { selectMessage } = usePluralForm();
  return ({ id, count }) => {
    const messages: Record<HomeFigure['id'], string> = {
      courses: translate({ id: 'home.figure.courses', message: '门课程', description: 'After the number of courses; plural forms separated by |' }),
      certifications: translate({ id: 'home.figure.certifications', message: '项认证', description: 'After the number of certifications; plural forms separated by |' }),
      partners: translate({ id: 'home.figure.partners', message: '家合作伙伴', description: 'After the number of partners; plural forms separated by |' }),
      integrations: translate({ id: 'home.figure.integrations', message: '个集成', description: 'After the number of integrations; plural forms separated by |' }),
      workingGroups: translate({ id: 'home.figure.workingGroups', message: '个工作组', description: 'After the number of working groups; plural forms separated by |' }),
    };
    return selectMessage(count, messages[id]);
  };
}

/**
 * The next events by the reader's clock: the static HTML (and the first
 * render, which must match it) shows those next at build time; after
 * hydration the list follows the time the page is read.
 */
function useNow(builtAt: number): number {
  const [now, setNow] = useState(builtAt);
  useEffect(() => setNow(Date.now()), []);
  return now;
}

export default function HomePage({ data }: { data: HomePageProps }): ReactNode {
  const figureLabel = useFigureLabel();
  const upcoming = nextEvents(data.events, useNow(data.builtAt));
  return (
    <Layout
      title={translate({ id: 'home.title', message: '首页' })}
      description={translate({ id: 'home.description', message: '可观测性社区：文档、课程、认证、活动与合作伙伴，一站汇集。' })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            <Translate id="home.hero.title">可观测性社区</Translate>
          </Heading>
          <p className={styles.heroTagline}>
            <Translate id="home.hero.tagline">围绕 OpenTelemetry 的学习、贡献与合作，从这里开始。</Translate>
          </p>
          <Link className="button button--secondary button--lg" to="/docs/">
            <Translate id="home.hero.cta">快速开始</Translate>
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="home-figures">
          <Heading as="h2" id="home-figures" className={styles.sectionTitle}>
            <Translate id="home.figures.title">社区一览</Translate>
          </Heading>
          <ul className={styles.figures}>
            {data.figures.map((figure) => (
              <li key={figure.id}>
                <Link to={figure.permalink} className={styles.figure} autoAddBaseUrl={false}>
                  <span className={styles.figureCount}>{figure.count}</span> <span>{figureLabel(figure)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-audiences">
          <Heading as="h2" id="home-audiences" className={styles.sectionTitle}>
            <Translate id="home.audiences.title">从哪里开始</Translate>
          </Heading>
          <ul className={styles.entries}>
            {AUDIENCES.map((e) => (
              <li key={e.id} className={styles.entry}>
                <Heading as="h3" className={styles.entryTitle}>
                  <Link to={e.to}>{e.title}</Link>
                </Heading>
                <p>{e.body}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-events">
          <Heading as="h2" id="home-events" className={styles.sectionTitle}>
            <Translate id="home.events.title">近期活动</Translate>
          </Heading>
          {upcoming.length === 0 ? (
            <p>
              <Translate id="home.events.none">目前没有已排期的活动，活动页列出了往期活动和各类活动的举办周期。</Translate>
            </p>
          ) : (
            <ul className={styles.events} data-testid="home-events">
              {upcoming.map((event) => (
                <li key={event.id}>
                  <Link to={event.permalink} autoAddBaseUrl={false}>
                    {event.title}
                  </Link>
                  <div className={styles.eventMeta}>
                    <time dateTime={event.time.startIso}>{event.time.localText}</time> · {event.kind}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to={data.eventsPermalink} autoAddBaseUrl={false}>
              <Translate id="home.events.all">全部活动与日历订阅</Translate>
            </Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
