/**
 * Pieces shared by the governance pages: the page frame with the section's
 * navigation, and the data-text helpers of the course pages (fallback
 * marking, lists, facts). Not a theme component of its own (no route uses it).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { Breadcrumbs, JoinedList, partStyles } from '../../../../src/components/EntryPage';
import type { CommonProps, Link as LinkData, NavItem } from '../../types';
import styles from './styles.module.css';

export { DataText, Facts, JoinedList, TextList, partStyles, usePageLocale, formatNumber, formatYears, formatWeeks } from '../../../../src/components/EntryPage';
export * from './format';
export { styles as govStyles };

/** The section's name, as the navbar says it. */
export function sectionTitle(): string {
  return translate({ id: 'governance.title', message: '社区治理', description: 'Title of the governance section' });
}

function navLabel(item: NavItem): string {
  switch (item.key) {
    case 'overview':
      return translate({ id: 'governance.nav.overview', message: '概览' });
    case 'working-groups':
      return translate({ id: 'governance.nav.workingGroups', message: '工作组' });
    case 'decisions':
      return translate({ id: 'governance.nav.decisions', message: '决策与投票' });
    case 'contributors':
      return translate({ id: 'governance.nav.contributors', message: '贡献者阶梯与积分' });
    case 'mentorship':
      return translate({ id: 'governance.nav.mentorship', message: '导师与培养' });
    case 'onboarding':
      return translate({ id: 'governance.nav.onboarding', message: '新人引导' });
    default:
      return item.title ?? item.key;
  }
}

/** The section's pages as a row of links; the current one marked for assistive technology too. */
function SectionNav({ nav, current }: Pick<CommonProps, 'nav' | 'current'>): ReactNode {
  return (
    <nav aria-label={translate({ id: 'governance.nav.label', message: '社区治理各页面' })} className={styles.sectionNav}>
      <ul>
        {nav.map((item) => (
          <li key={item.key}>
            <Link to={item.permalink} aria-current={item.key === current ? 'page' : undefined} className={clsx(item.key === current && styles.current)} data-governance-nav={item.key}>
              {navLabel(item)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A governance page: layout, breadcrumbs (section, then `parent` if any),
 * the section navigation, the h1 and an optional lead paragraph.
 */
export function GovernancePage({
  common,
  title,
  description,
  lead,
  parent,
  children,
}: {
  common: CommonProps;
  title: string;
  description: string;
  lead?: ReactNode;
  parent?: { label: ReactNode; to: string };
  children: ReactNode;
}): ReactNode {
  const isOverview = common.current === 'overview' && !parent;
  return (
    <Layout title={isOverview ? title : `${title} · ${sectionTitle()}`} description={description}>
      <main className={`container margin-vert--lg ${partStyles.page}`}>
        {!isOverview && <Breadcrumbs trail={[{ label: sectionTitle(), to: common.overviewPermalink }, ...(parent ? [parent] : [])]} current={title} />}
        <SectionNav nav={common.nav} current={common.current} />
        <Heading as="h1">{title}</Heading>
        {lead && <p className={partStyles.lead}>{lead}</p>}
        {children}
      </main>
    </Layout>
  );
}

/** A titled section of a page; `id` is its heading's anchor. */
export function Section({ id, title, children, className }: { id: string; title: ReactNode; children: ReactNode; className?: string }): ReactNode {
  return (
    <section aria-labelledby={id} className={clsx(partStyles.section, className)}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Links joined as the locale joins a list, or a word saying there are none. */
export function Links({ links, none }: { links: LinkData[]; none?: ReactNode }): ReactNode {
  if (links.length === 0) return <>{none ?? <Translate id="governance.none">无</Translate>}</>;
  return <JoinedList items={links.map((l) => ({ key: l.id, node: <Link to={l.permalink}>{l.title}</Link> }))} />;
}
