/**
 * Pieces shared by the partner pages: the logo, and the generic entry-page
 * parts (page locale, data text that may be an untranslated fallback, JSON-LD,
 * breadcrumbs, dates) from src/components/EntryPage.
 */
import React, { type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useSourceLang } from '../../../../src/components/EntryPage';
import styles from './styles.module.css';

export { Breadcrumbs, DataText, formatDate, formatMonth, JsonLd, TextList, useAbsoluteUrl, useCommunityOrganization, usePageLocale, useSourceLang } from '../../../../src/components/EntryPage';
export { styles as partStyles };

/**
 * A partner's logo at a fixed size (so nothing shifts while it loads),
 * lazy-loaded, with the alt text from the data.
 */
export function PartnerLogo({ src, alt, size, fallback = false, eager = false }: { src: string; alt: string; size: number; fallback?: boolean; eager?: boolean }): ReactNode {
  const sourceLang = useSourceLang();
  return (
    <img
      className={styles.logo}
      src={useBaseUrl(src)}
      alt={alt}
      lang={fallback ? sourceLang : undefined}
      width={size}
      height={size}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
