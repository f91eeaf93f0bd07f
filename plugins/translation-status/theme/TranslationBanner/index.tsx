import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useLocation } from '@docusaurus/router';
import { usePluginData } from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { PageBanner, TranslationStatusGlobalData } from '../../types';
import { bannerKey } from '../../bannerKey';
import styles from './styles.module.css';

/** This page's translation state, when it needs a banner (stale, or showing source-locale content). */
export function usePageTranslation(): PageBanner | undefined {
  const { pathname } = useLocation();
  const data = usePluginData('translation-status') as TranslationStatusGlobalData | undefined;
  return data?.pages[bannerKey(pathname)];
}

/**
 * Above a doc, blog post or lesson whose translation is stale (link to the
 * original) or missing (the content below is the source locale's). Marked
 * like data text that fell back to the source.
 */
export default function TranslationBanner(): ReactNode {
  const banner = usePageTranslation();
  const { i18n } = useDocusaurusContext();
  if (!banner) return null;
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  const sourceLabel = i18n.localeConfigs[i18n.defaultLocale]?.label ?? i18n.defaultLocale;
  const original = (
    // A page of another locale: a full page load, not a client-side route of this one.
    <a href={banner.original} hrefLang={sourceLang} target="_self">
      <Translate id="translation.banner.original" values={{ language: sourceLabel }}>
        {'查看原文（{language}）'}
      </Translate>
    </a>
  );
  return (
    <div className={styles.banner} role="note" data-testid="translation-banner" data-state={banner.state}>
      {banner.state === 'stale' ? (
        <>
          <span className="data-fallback-marker">
            <Translate id="translation.banner.staleLabel">可能过时</Translate>
          </span>{' '}
          <Translate id="translation.banner.stale">原文在此译文完成后有过更新，译文可能已过时。</Translate> {original}
        </>
      ) : (
        <>
          <span className="data-fallback-marker">
            <Translate id="data.fallback.label">未翻译</Translate>
          </span>{' '}
          <Translate id="translation.banner.missing" values={{ language: sourceLabel }}>
            {'本页尚未翻译，下面显示的是原文（{language}）。'}
          </Translate>{' '}
          <Link to="/docs/contributing/translating/">
            <Translate id="translation.banner.help">帮助翻译</Translate>
          </Link>
        </>
      )}
    </div>
  );
}
