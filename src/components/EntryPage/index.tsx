/**
 * Pieces of a page about one data entry (a course, certification, event,
 * partner, integration, governing body), shared by every collection's pages:
 * the page locale, data text that may be an untranslated fallback, JSON-LD,
 * breadcrumbs, fact lists and link lists.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useSourceLang } from '../../hooks/useSourceLang';
import { absoluteUrl, serializeJsonLd } from './jsonLd';
import { listParts } from './format';
import styles from './styles.module.css';

export * from './format';
export { absoluteUrl, serializeJsonLd } from './jsonLd';
export { useSourceLang };

/** A link to another page of the site, as the plugins hand it to pages. */
export interface EntryLink {
  id: string;
  title: string;
  permalink: string;
}
export { styles as partStyles };

/** The BCP 47 tag of the page's language, for Intl and `lang` attributes. */
export function usePageLocale(): string {
  const { i18n } = useDocusaurusContext();
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}

/** Turns a site path (permalink, already with the base URL) into an absolute URL. */
export function useAbsoluteUrl(): (path: string) => string {
  const { siteConfig } = useDocusaurusContext();
  return (path) => absoluteUrl(siteConfig.url, path);
}

/** The community as a schema.org Organization: provider of courses, recogniser of credentials. */
export function useCommunityOrganization(): Record<string, string> {
  const { siteConfig } = useDocusaurusContext();
  return {
    '@type': 'Organization',
    name: translate({ id: 'entry.jsonLd.organization', message: '可观测性社区', description: 'Name of the community in structured data (schema.org Organization)' }),
    url: absoluteUrl(siteConfig.url, siteConfig.baseUrl),
  };
}

/** schema.org JSON-LD in the document head, safe inside a script element. */
export function JsonLd({ data }: { data: Record<string, unknown> }): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{serializeJsonLd({ '@context': 'https://schema.org', ...data })}</script>
    </Head>
  );
}

export function FallbackMarker(): ReactNode {
  return (
    <span className="data-fallback-marker" title={translate({ id: 'data.fallback.title', message: '此文本尚未翻译，显示的是原文（简体中文）' })}>
      <Translate id="data.fallback.label">未翻译</Translate>
    </span>
  );
}

/**
 * Text from the data. When its JSON Pointer is among the entry's fallbacks it
 * is shown in the default language: marked, and tagged with that language.
 */
export function DataText({ pointer, fallbacks, children }: { pointer: string; fallbacks: readonly string[]; children: ReactNode }): ReactNode {
  const sourceLang = useSourceLang();
  if (!fallbacks.includes(pointer)) return children;
  return (
    <>
      <span lang={sourceLang}>{children}</span>
      <FallbackMarker />
    </>
  );
}

/** Breadcrumb trail ending at the current page (not a link). */
export function Breadcrumbs({ trail, current }: { trail: { label: ReactNode; to: string }[]; current: ReactNode }): ReactNode {
  return (
    <nav aria-label={translate({ id: 'entry.breadcrumbs', message: '面包屑导航' })} className={styles.breadcrumbs}>
      <ul className="breadcrumbs">
        {trail.map((t) => (
          <li key={t.to} className="breadcrumbs__item">
            <Link className="breadcrumbs__link" to={t.to}>
              {t.label}
            </Link>
          </li>
        ))}
        <li className="breadcrumbs__item breadcrumbs__item--active">
          <span className="breadcrumbs__link" aria-current="page">
            {current}
          </span>
        </li>
      </ul>
    </nav>
  );
}

/** A list of links, or a sentence saying there are none. */
export function LinkList({ links, empty, ordered = false, className }: { links: EntryLink[]; empty: ReactNode; ordered?: boolean; className?: string }): ReactNode {
  if (links.length === 0) return <p className={styles.none}>{empty}</p>;
  const items = links.map((l) => (
    <li key={l.id}>
      <Link to={l.permalink}>{l.title}</Link>
    </li>
  ));
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}

/** Plain list of data strings, each possibly an untranslated fallback at `<pointer>/<index>`. */
export function TextList({ items, pointer, fallbacks = [], className }: { items: string[]; pointer?: string; fallbacks?: readonly string[]; className?: string }): ReactNode {
  return (
    <ul className={className}>
      {items.map((text, i) => (
        <li key={i}>{pointer ? <DataText pointer={`${pointer}/${i}`} fallbacks={fallbacks}>{text}</DataText> : text}</li>
      ))}
    </ul>
  );
}

/** A term–description list of key facts. Rows with no value are left out. */
export function Facts({ rows }: { rows: { term: ReactNode; value: ReactNode; key: string }[] }): ReactNode {
  return (
    <dl className={styles.facts}>
      {rows
        .filter((r) => r.value !== null && r.value !== undefined && r.value !== false)
        .map((r) => (
          <div key={r.key} className={styles.fact}>
            <dt>{r.term}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Joins elements (links, usually) the way the locale joins a list: "甲、乙和丙" / "a, b, and c". */
export function JoinedList({ items }: { items: { key: string; node: ReactNode }[] }): ReactNode {
  const locale = usePageLocale();
  // Elements come back in the order given; only the separators matter.
  const parts = listParts(items.map((i) => i.key), locale);
  let next = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type !== 'element') return <React.Fragment key={`sep-${i}`}>{part.value}</React.Fragment>;
        const item = items[next++]!;
        return <React.Fragment key={item.key}>{item.node}</React.Fragment>;
      })}
    </>
  );
}
