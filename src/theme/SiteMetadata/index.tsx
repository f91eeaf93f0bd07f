import React, { type ReactNode } from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import { PageMetadata } from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { sectionOf, socialCardPath } from '../../../plugins/site-seo/sections';
import { nonDefaultLocalePaths, rootBaseUrl } from '../../../plugins/site-locales/localeUrls';

/** The theme's site metadata, plus the social-card image of the page's section (a page's own `image` front matter still wins). */
export default function SiteMetadataWithSectionCard(): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { pathname } = useLocation();
  return (
    <>
      <SiteMetadata />
      <PageMetadata image={socialCardPath(sectionOf(pathname, rootBaseUrl(siteConfig.baseUrl, i18n), nonDefaultLocalePaths(i18n)))} />
    </>
  );
}
