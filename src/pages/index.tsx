import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './index.module.css';

const ENTRY_POINTS = [
  {
    to: '/courses/',
    title: translate({ id: 'home.entry.learn.title', message: '学习' }),
    body: translate({ id: 'home.entry.learn.body', message: '从入门到架构，按自己的水平选择课程和指南。' }),
  },
  {
    to: '/docs/contributing/data-files/',
    title: translate({ id: 'home.entry.contribute.title', message: '贡献' }),
    body: translate({ id: 'home.entry.contribute.body', message: '一个 YAML 文件就能添加课程、活动或合作伙伴，提交前即可看到精确的错误提示。' }),
  },
  {
    to: '/reference/data/',
    title: translate({ id: 'home.entry.reference.title', message: '数据参考' }),
    body: translate({ id: 'home.entry.reference.body', message: '每个数据集合的全部字段，由 JSON Schema 自动生成。' }),
  },
];

export default function Home(): ReactNode {
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
      <main className="container margin-vert--xl">
        <ul className={styles.entries}>
          {ENTRY_POINTS.map((e) => (
            <li key={e.to} className={styles.entry}>
              <Heading as="h2" className={styles.entryTitle}>
                <Link to={e.to}>{e.title}</Link>
              </Heading>
              <p>{e.body}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
