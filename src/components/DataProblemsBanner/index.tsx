import React, { type ReactNode } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { CommunityDataGlobalData } from '@site/plugins/community-data/types';
import styles from './styles.module.css';

/**
 * Dev server only: the community-data plugin publishes problems as global
 * data while a data file is broken, and nothing in production builds. The
 * page below keeps rendering the last good data.
 */
export default function DataProblemsBanner(): ReactNode {
  const data = usePluginData('community-data') as CommunityDataGlobalData | undefined;
  const { i18n } = useDocusaurusContext();
  if (!data || data.problems.length === 0) return null;
  const lang = i18n.currentLocale.startsWith('zh') ? 'zh-Hans' : 'en';
  return (
    <section role="alert" className={styles.banner} data-testid="data-problems-banner">
      <p className={styles.title}>
        {lang === 'en'
          ? `Data problems (${data.problems.length}): the site shows the last good data until you fix them.`
          : `数据有 ${data.problems.length} 个问题：修正之前，站点显示上一次正确的数据。`}
      </p>
      <ul className={styles.list}>
        {data.problems.map((p, i) => (
          <li key={i}>
            <code>{p.location}</code> {p.message[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
