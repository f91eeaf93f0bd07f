import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatMessage, formatReport, loadDataSet, localize, resolveLang, sortProblems, type DataSet } from '../data-engine/index';
import { getDataTranslationFiles, translateData } from './translations';
import type { BannerProblem, CommunityDataContent, CommunityDataGlobalData } from './types';
import type { PluginOptions } from './options';

export { validateOptions } from './options';
export type { CommunityDataContent } from './types';

const isDevServer = () => process.env.NODE_ENV === 'development';

function toContent(dataSet: DataSet, problems: BannerProblem[]): CommunityDataContent {
  const collections: CommunityDataContent['collections'] = {};
  for (const [name, entries] of Object.entries(dataSet.collections)) collections[name] = localize(entries, undefined, '').entries;
  return { collections, source: dataSet.collections, problems };
}

function bannerProblems(dataSet: DataSet): BannerProblem[] {
  return sortProblems(dataSet.problems)
    .filter((p) => p.severity === 'error')
    .map((p) => ({
      location: `${p.file}:${p.line}:${p.column}`,
      message: { 'zh-Hans': formatMessage(p, 'zh-Hans'), en: formatMessage(p, 'en') },
    }));
}

/**
 * Loads, validates and translates every collection under data/. The build
 * fails on any problem; the dev server reports it (terminal and an in-page
 * banner) and keeps serving the last good data until the file is fixed.
 */
export default function pluginCommunityData(context: LoadContext, options: PluginOptions): Plugin<CommunityDataContent> {
  const { siteDir, i18n } = context;
  const lang = resolveLang(undefined);
  let lastGood: CommunityDataContent | undefined;

  return {
    name: 'community-data',

    getPathsToWatch() {
      return [path.join(siteDir, options.dataDir, '**/*')];
    },

    async loadContent() {
      const dataSet = loadDataSet({ siteDir, ...options });
      if (dataSet.summary.errors === 0) {
        lastGood = toContent(dataSet, []);
        return lastGood;
      }
      const report = formatReport(dataSet.problems, dataSet.summary, 'text', lang);
      if (isDevServer()) {
        logger.error(`${lang === 'en' ? 'Data problems (the site keeps the last good data):' : '数据有问题（站点继续使用上一次正确的数据）：'}\n${report}`);
        return { ...(lastGood ?? toContent(dataSet, [])), problems: bannerProblems(dataSet) };
      }
      // The report is the whole message: a stack trace would only bury it.
      const error = new Error(`${lang === 'en' ? 'Invalid data, build stopped:' : '数据校验失败，构建已停止：'}\n${report}`);
      error.stack = error.message;
      throw error;
    },

    getTranslationFiles({ content }) {
      return getDataTranslationFiles(content);
    },

    translateContent({ content, translationFiles }) {
      const { content: translated, missing } = translateData(content, translationFiles, i18n.currentLocale, i18n.defaultLocale);
      if (missing.length > 0) {
        const shown = missing.slice(0, 20).map((key) => `  ${key}`);
        logger.warn(
          `${missing.length} data string(s) have no ${i18n.currentLocale} translation and fall back to ${i18n.defaultLocale}:\n${shown.join('\n')}${missing.length > 20 ? `\n  … ${missing.length - 20} more (npm run write-translations -- --locale ${i18n.currentLocale})` : ''}`,
        );
      }
      return translated;
    },

    async contentLoaded({ content, actions }) {
      // Only the dev server ships problems to the browser; production pages carry nothing.
      if (isDevServer()) actions.setGlobalData({ problems: content.problems } satisfies CommunityDataGlobalData);
    },
  };
}

