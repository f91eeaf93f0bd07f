/**
 * Which search the site ships, decided from the build's environment alone:
 * Algolia DocSearch when its three variables are set, the offline index
 * otherwise. Pure, so both outcomes are tested without building twice.
 */
import path from 'node:path';
import type { PluginConfig } from '@docusaurus/types';
import { DEFAULT_LOCALE } from '../site-locales/discoverLocales';

export const ALGOLIA_SITE_VARIABLES = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

export interface AlgoliaThemeConfig {
  appId: string;
  apiKey: string;
  indexName: string;
  /** Off: our records carry `locale`, not the crawler's `language`/`docusaurus_tag` facets. */
  contextualSearch: false;
  searchParameters: { facetFilters: string[] };
  searchPagePath: false;
}

/** `connectSrc`: origins the pages query, for the Content-Security-Policy (plugins/content-security-policy). */
export type SearchSetup =
  | { provider: 'algolia'; plugins: PluginConfig[]; themeConfig: { algolia: AlgoliaThemeConfig }; connectSrc: string[] }
  | { provider: 'local'; plugins: PluginConfig[]; themeConfig: Record<string, never>; connectSrc: [] };

/** The language a locale's text is split and stemmed as (zh-Hans → zh), if lunr-languages has a pipeline for it. */
export function searchLanguage(locale: string): string | undefined {
  let language: string;
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    return undefined; // not a BCP 47 tag: no language to add, never a crash of the config
  }
  if (language === 'en') return language; // lunr's own
  try {
    require.resolve(`lunr-languages/lunr.${language}.js`);
    return language;
  } catch {
    return undefined;
  }
}

/**
 * Languages of one locale's index: the source locale's (pages not yet translated show its
 * text), the locale's own, and English (names, code terms). Chinese goes through jieba at
 * build time. Derived from the locale, so a new locale folder needs no edit here.
 */
export function searchLanguages(locale: string, defaultLocale: string = DEFAULT_LOCALE): string[] {
  return [...new Set([defaultLocale, locale, 'en'].map(searchLanguage).filter((l): l is string => l !== undefined))];
}

/** Options of the offline search (see plugins/search/local.ts and the maintainer page); `language` comes from the locale. */
export const LOCAL_SEARCH_OPTIONS = {
  indexDocs: true,
  indexBlog: true,
  // Course, certification and other data pages are plain routes: "pages" to the plugin.
  indexPages: true,
  // Lessons are a second docs instance under /courses/.
  docsRouteBasePath: ['docs', 'courses'],
  blogRouteBasePath: ['blog'],
  docsDir: ['docs', 'courses'],
  // No content hash in the URL: the plugin hashes Markdown only, and data pages change without it.
  hashed: false,
  // Results show where they are (a page's type, a doc's section).
  explicitSearchResultPath: true,
  searchResultLimits: 8,
  // Tag lists and archives repeat other pages' titles.
  // Data-reference pages restate the schemas, the status page is a table of counts, and the
  // partner directory's later pages repeat partner names their own pages carry.
  ignoreFiles: [/(^|\/)tags(\/|$)/, /^blog\/archive$/, /^blog\/authors/, /^reference\//, /^translation-status\/?$/, /^partners\/page\//],
  searchBarShortcutKeymap: 'mod+k',
  // The course page's breadcrumb trail would start every result's text.
  // Code samples (YAML, commands) would index every key and flag as words; the prose around them says what they do.
  // `data-search-exclude`: a directory's cards (courses, certifications, partners, integrations, events) repeat
  // what each entry's own page says, and the entry page is the result a reader wants; filter panels are controls.
  ignoreCssSelectors: ['nav.breadcrumbs', '.breadcrumbs', 'pre', '[data-search-exclude]'],
  // Jieba is fine-grained enough; a fuzzy edit of 1 on two-character words matches noise.
  fuzzyMatchingDistance: 1,
} as const;

export function searchSetup(env: Record<string, string | undefined>, locale: string): SearchSetup {
  const present = ALGOLIA_SITE_VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');
  if (present.length === 0) {
    return { provider: 'local', plugins: [[path.join(__dirname, 'local.ts'), { ...LOCAL_SEARCH_OPTIONS, language: searchLanguages(locale) }]], themeConfig: {}, connectSrc: [] };
  }
  const missing = ALGOLIA_SITE_VARIABLES.filter((name) => !present.includes(name));
  if (missing.length > 0) {
    // Half a configuration is a deploy mistake; shipping the offline search instead would hide it.
    throw new Error(`Algolia search is half configured: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set (set all of ${ALGOLIA_SITE_VARIABLES.join(', ')}, or none for the offline search)`);
  }
  const appId = env.ALGOLIA_APP_ID!.trim();
  return {
    provider: 'algolia',
    plugins: [],
    // DocSearch queries <app>-dsn.algolia.net and falls back to <app>-N.algolianet.com.
    connectSrc: [`https://${appId.toLowerCase()}-dsn.algolia.net`, 'https://*.algolianet.com'],
    themeConfig: {
      algolia: {
        appId,
        apiKey: env.ALGOLIA_SEARCH_API_KEY!.trim(),
        indexName: env.ALGOLIA_INDEX_NAME!.trim(),
        contextualSearch: false,
        searchParameters: { facetFilters: [`locale:${locale}`] },
        searchPagePath: false,
      },
    },
  };
}
