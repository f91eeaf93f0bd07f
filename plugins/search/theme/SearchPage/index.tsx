/**
 * The full results page (/search/?q=…) with its result count read out as it
 * changes, and its search field labelled in the page's language.
 */
import React, { useEffect, useRef } from 'react';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import SearchPage from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage';
import { useAnnouncer } from '../useAnnouncer';
import styles from '../search.module.css';

/** The plugin's content container inside Docusaurus' Layout. */
const CONTENT = '#__docusaurus_skipToContent_fallback > .container';

export default function SearchPageWithAnnouncements(): React.JSX.Element {
  const root = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLDivElement | null>(null);
  const label = translate({ id: 'search.page.label', message: '搜索词', description: 'Accessible name of the search field on the results page' });
  const message = useAnnouncer(
    root,
    // The plugin writes "N documents found" / "no documents" in the paragraph after the search row.
    (element) => element.querySelector(`${CONTENT} > p`)?.textContent ?? '',
    (element) => {
      const input = element.querySelector(`${CONTENT} input[type="search"]`);
      if (input && input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
    },
  );
  // The plugin's page has no <main>: its content container becomes the main landmark
  // (skip link and landmark navigation land there), and holds the live region.
  useEffect(() => {
    const main = root.current?.querySelector<HTMLElement>(CONTENT);
    if (!main) return undefined;
    main.setAttribute('role', 'main');
    const div = document.createElement('div');
    div.setAttribute('role', 'status');
    div.className = styles.announcement!;
    main.appendChild(div);
    region.current = div;
    return () => div.remove();
  }, []);
  useEffect(() => {
    if (region.current) region.current.textContent = message;
  }, [message]);
  return (
    <div ref={root} style={{ display: 'contents' }}>
      <Head>
        {/* The plugin's page sets a title only; every page carries a description. */}
        <meta name="description" content={translate({ id: 'search.page.description', message: '在可观测性社区的指南、课程、认证、活动、合作伙伴、集成和治理页面中搜索。', description: 'Meta description of the full search results page' })} />
      </Head>
      <SearchPage />
    </div>
  );
}
