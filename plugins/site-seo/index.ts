import fs from 'node:fs/promises';
import path from 'node:path';
import { PerfLogger } from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { robotsTxt } from './sections';
import { nonDefaultLocalePaths } from '../site-locales/localeUrls';

/**
 * Search-engine files of the built site: `robots.txt` at the site root naming
 * the sitemap of every locale (the sitemaps themselves come from the classic
 * preset, one per locale). Social-card images per section are chosen in
 * src/theme/SiteMetadata from ./sections.
 */
export default function pluginSiteSeo(context: LoadContext): Plugin<void> {
  return {
    name: 'site-seo',

    async postBuild({ outDir }) {
      const { i18n, siteConfig } = context;
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      // Timed under its own name: Docusaurus's performance logger times all plugins' postBuild as one step.
      await PerfLogger.async('postBuild() - site-seo@default', () => fs.writeFile(path.join(outDir, 'robots.txt'), robotsTxt(siteConfig.url, siteConfig.baseUrl, nonDefaultLocalePaths(i18n))));
    },
  };
}
