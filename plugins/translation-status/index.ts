import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { CommunityDataContent } from '../community-data/types';
import { bannerPages, statusPageProps, type PageSource } from './pages';
import { computeLocaleStatus } from './status';
import { collectStatusInput, dataSources, MANIFEST_FILE, readUiSources, UI_SOURCES_FILE } from './sources';
import type { TranslationStatusGlobalData } from './types';

/**
 * `/translation-status/` in every locale, and per-page data for the stale and
 * "not translated" banners of docs, blog posts and course lessons. The status
 * is computed at build by the same function as `npm run i18n:status`.
 */
export default function pluginTranslationStatus(context: LoadContext): Plugin<void> {
  const { siteDir, i18n } = context;
  const locales = i18n.locales.filter((l) => l !== i18n.defaultLocale);
  return {
    name: 'translation-status',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    getPathsToWatch() {
      return [path.join(siteDir, 'i18n', '*', MANIFEST_FILE), path.join(siteDir, UI_SOURCES_FILE)];
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const sources = { ui: readUiSources(siteDir), data: dataSources(data?.source ?? {}) };
      const statuses = locales.map((locale) => computeLocaleStatus(collectStatusInput(siteDir, locale, sources)));

      const props = statusPageProps({ statuses, localeConfigs: i18n.localeConfigs, defaultLocale: i18n.defaultLocale });
      const propsPath = await actions.createData('translation-status.json', JSON.stringify(props));
      actions.addRoute({ path: `${context.baseUrl}translation-status/`, component: '@theme/TranslationStatusPage', exact: true, modules: { data: propsPath } });

      // Which rendered page comes from which source file, for the banners of this locale's pages.
      const pages: PageSource[] = [];
      const docsInstances = (allContent['docusaurus-plugin-content-docs'] ?? {}) as Record<string, DocsContent>;
      for (const docs of Object.values(docsInstances)) {
        for (const doc of docs.loadedVersions[0]?.docs ?? []) pages.push({ source: doc.source, permalink: doc.permalink });
      }
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      for (const post of blog?.blogPosts ?? []) pages.push({ source: post.metadata.source, permalink: post.metadata.permalink });

      const current = statuses.find((s) => s.locale === i18n.currentLocale);
      const globalData: TranslationStatusGlobalData = {
        pages: current
          ? bannerPages({
              locale: i18n.currentLocale,
              input: collectStatusInput(siteDir, i18n.currentLocale, sources),
              pages,
              localeBaseUrl: context.baseUrl,
              sourceBaseUrl: i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? context.siteConfig.baseUrl,
              trailingSlash: context.siteConfig.trailingSlash === true,
            })
          : {},
      };
      actions.setGlobalData(globalData);
    },
  };
}
