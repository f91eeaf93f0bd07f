/**
 * The offline search: @easyops-cn/docusaurus-search-local (lunr, with jieba
 * for Chinese at build time) with two changes made after its own page scan.
 *
 * 1. Entry pages are indexed even where they share a docs route base: the
 *    plugin skips any route under `docsRouteBasePath` that is not a doc, and
 *    our course pages (/courses/<id>/) sit beside the lessons (/courses/<id>/<lesson>/).
 * 2. Each entry page's title result carries its type (course, partner, …) as
 *    its breadcrumb, which the plugin shows in the dropdown and on /search/.
 * 3. The index ships without term positions and with rounded weights
 *    (compactIndex.ts), and the result snippets find the matched terms in the
 *    text instead: the plugin's two snippet helpers are swapped for ours
 *    (client/) when the site is bundled.
 * 4. Rebuilds reuse the text of unchanged pages and, when no text changed,
 *    the previous index (indexCache.ts).
 *
 * Everything else (index format, client, worker) is the plugin's own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import logger, { PerfLogger } from '@docusaurus/logger';
import type { LoadContext, Plugin, PluginContentLoadedActions } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import { labelFor, resultLabels } from './entryTypes';
import { compactIndex, type IndexPart } from './compactIndex';
import { cacheFile, documentsKey, pageKey, readIndexCache, writeIndexCache, type IndexCache } from './indexCache';

// The plugin's own build steps; its package has no exports map, and these are what its postBuild runs.
/* eslint-disable @typescript-eslint/no-require-imports */
const searchLocal = require('@easyops-cn/docusaurus-search-local') as {
  default: (context: LoadContext, options: unknown) => Plugin<void>;
  validateOptions: (args: { options: unknown; validate: unknown }) => unknown;
};
const { processDocInfos } = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/processDocInfos') as {
  processDocInfos: (buildData: unknown, config: unknown) => { outDir: string; paths: DocPath[] }[];
};
const { scanDocuments } = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/scanDocuments') as {
  scanDocuments: (paths: DocPath[], config: unknown) => Promise<SearchDocument[][]>;
};
const { buildIndex } = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex') as {
  buildIndex: (documents: SearchDocument[][], config: unknown) => { documents: SearchDocument[]; index: { toJSON: () => IndexPart['index'] } }[];
};
const parseModule = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/parse') as {
  parse: (html: string, type: string, url: string, config: unknown) => unknown;
};
const { processPluginOptions } = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/processPluginOptions') as {
  processPluginOptions: (options: unknown, context: LoadContext) => ProcessedConfig;
};

interface DocPath {
  filePath: string;
  url: string;
  type: 'docs' | 'blog' | 'page';
}
/** One indexed text: `t` text, `u` URL, `b` breadcrumb (title documents only). */
interface SearchDocument {
  i: number;
  t: string;
  u: string;
  b?: string[];
  /** The id of the page's title document (headings, descriptions, content). */
  p?: number;
}

/**
 * Numbers the documents from 1. The plugin takes ids from a counter that lives as
 * long as the process, so a locale's ids depended on how many documents the
 * locales built before it had; from 1, an unchanged locale gives an unchanged
 * index (and cache key). Only relations between ids matter to the search client.
 */
export function numberFromOne(documents: SearchDocument[][]): void {
  const all = documents.flat();
  if (all.length === 0) return;
  // A loop, not Math.min(...ids): spreading some 10^5 arguments overflows the stack.
  let lowest = Infinity;
  for (const d of all) if (d.i < lowest) lowest = d.i;
  const offset = lowest - 1;
  for (const d of all) {
    d.i -= offset;
    if (d.p !== undefined) d.p -= offset;
  }
}
interface ProcessedConfig {
  hashed: boolean | 'query' | 'filename';
  searchContextByPaths?: unknown[];
  [key: string]: unknown;
}

/** Where the plugin writes the index for the build's locale, the same name its client fetches. */
export function indexFileName(generatedFilesDir: string): string {
  const constants = fs.readFileSync(path.join(generatedFilesDir, '@easyops-cn/docusaurus-search-local/default/generated-constants.js'), 'utf8');
  const url = /export const searchIndexUrl = "([^"]+)"/.exec(constants)?.[1];
  if (!url) throw new Error('search: the search plugin did not write its index URL');
  return url.replace(/\?.*$/, '').replace('{dir}', '');
}

/**
 * The pages to index: the plugin's own choice (docs, blog posts, other pages),
 * plus the routes it skipped under a docs base path that are not docs.
 */
export function pagesToIndex(buildData: { routesPaths: string[]; [k: string]: unknown }, config: ProcessedConfig): { outDir: string; paths: DocPath[] }[] {
  const chosen = processDocInfos(buildData, config);
  const asPages = processDocInfos(buildData, { ...config, docsRouteBasePath: [] });
  const taken = new Set(chosen.flatMap((v) => v.paths.map((p) => p.url)));
  const root = chosen.find((v) => v.outDir === buildData.outDir) ?? { outDir: buildData.outDir as string, paths: [] };
  if (!chosen.includes(root)) chosen.push(root);
  for (const v of asPages) for (const p of v.paths) if (!taken.has(p.url)) root.paths.push(p);
  return chosen;
}

/** Gives every title document of an entry page its type as breadcrumb. */
export function labelDocuments(documents: SearchDocument[][], labels: ReturnType<typeof resultLabels>): number {
  let labelled = 0;
  for (const doc of documents[0] ?? []) {
    const label = labelFor(labels, doc.u);
    if (label) {
      doc.b = [label];
      labelled += 1;
    }
  }
  return labelled;
}

/**
 * One output folder's index, as the JSON to write, built the plugin's way
 * (scanDocuments → labels → buildIndex → compactIndex) but reusing from `cache`
 * the text of pages whose HTML is unchanged and the whole index when no text
 * changed. Returns the cache to keep (this build's pages only) and what it reused.
 */
let scanning: Promise<unknown> = Promise.resolve();
export function indexPages(
  paths: DocPath[],
  config: ProcessedConfig,
  labels: ReturnType<typeof resultLabels>,
  cache: IndexCache,
  salt: string,
): Promise<{ json: string; cache: IndexCache; parsed: number; indexReused: boolean }> {
  // One at a time: each swaps the plugin's module-wide parse for the length of its scan.
  const next = scanning.then(() => indexPagesNow(paths, config, labels, cache, salt));
  scanning = next.catch(() => undefined);
  return next;
}

async function indexPagesNow(
  paths: DocPath[],
  config: ProcessedConfig,
  labels: ReturnType<typeof resultLabels>,
  cache: IndexCache,
  salt: string,
): Promise<{ json: string; cache: IndexCache; parsed: number; indexReused: boolean }> {
  const pages: IndexCache['pages'] = {};
  let parsed = 0;
  const parse = parseModule.parse;
  // scanDocuments calls the plugin's parse through its module's exports object, so
  // swapping that property for this scan puts the cache in front of it.
  parseModule.parse = (html, type, url, options) => {
    const key = pageKey(html, type, url);
    if (!(key in cache.pages)) {
      parsed += 1;
      cache.pages[key] = parse(html, type, url, options) ?? null;
    }
    return (pages[key] = cache.pages[key]);
  };
  let documents: SearchDocument[][];
  try {
    documents = await scanDocuments(paths, config);
  } finally {
    parseModule.parse = parse;
  }
  if (paths.length > 0 && Object.keys(pages).length === 0) {
    // Still a correct index, but a search plugin that no longer parses through its exports object bypasses the page cache.
    logger.warn('search: the search plugin read no page through plugins/search/local.ts, so rebuilds re-read every page; check its utils/parse after an upgrade');
  }
  numberFromOne(documents);
  labelDocuments(documents, labels);
  const key = documentsKey(documents, salt);
  if (cache.index?.key === key) return { json: cache.index.json, cache: { pages, index: cache.index }, parsed, indexReused: true };
  const parts = buildIndex(documents, config).map(({ documents: docs, index }) => ({ documents: docs, index: index.toJSON() }));
  const json = JSON.stringify(compactIndex(parts));
  return { json, cache: { pages, index: { key, json } }, parsed, indexReused: false };
}

const searchPackage = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'));
/** The packages that turn HTML into the index, as the search plugin resolves them. */
const INDEXING_PACKAGES = ['@easyops-cn/docusaurus-search-local', 'cheerio', 'lunr', 'lunr-languages', '@node-rs/jieba'];

/**
 * What else shapes the index: the versions of the packages that parse and index
 * (an upgrade can change the text or the tokens), the options and the user
 * dictionary they name, and this folder's code that builds and compacts it.
 */
export function cacheSalt(config: ProcessedConfig): string {
  const ours = ['local.ts', 'compactIndex.ts', 'indexCache.ts'].map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'));
  const versions = INDEXING_PACKAGES.map((name) => {
    try {
      return `${name}@${(require(require.resolve(`${name}/package.json`, { paths: [searchPackage] })) as { version: string }).version}`;
    } catch {
      return `${name}@none`;
    }
  });
  const dict = typeof config.zhUserDictPath === 'string' && fs.existsSync(config.zhUserDictPath) ? fs.readFileSync(config.zhUserDictPath, 'utf8') : '';
  return createHash('sha1')
    .update(JSON.stringify([versions, config, dict, ...ours], (_k, v: unknown) => (v instanceof RegExp ? String(v) : v)))
    .digest('hex');
}

const pluginClientDir = path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed.js'));
/** The plugin's snippet helpers, as its components import them, and ours that replace them. */
export const SNIPPET_HELPERS: Record<string, string> = {
  getStemmedPositions: path.join(__dirname, 'client', 'getStemmedPositions.ts'),
  highlightStemmed: path.join(__dirname, 'client', 'highlightStemmed.ts'),
};

/** Our module for a request made inside the plugin's client, if it is one of the helpers we replace. */
export function replacementFor(request: string, context: string): string | undefined {
  const helper = /^\.\.\/\.\.\/utils\/(\w+)(\.js)?$/.exec(request)?.[1];
  if (!helper || !SNIPPET_HELPERS[helper]) return undefined;
  return path.resolve(context, request.replace(/\.js$/, '')) === path.join(pluginClientDir, helper) ? SNIPPET_HELPERS[helper] : undefined;
}

export default function pluginSearchLocal(context: LoadContext, options: Record<string, unknown>): Plugin<void> {
  const inner = searchLocal.default(context, options);
  const config = processPluginOptions(options, context);
  if (config.searchContextByPaths) throw new Error('search: searchContextByPaths is not supported by plugins/search/local.ts');
  let labels: ReturnType<typeof resultLabels> = { byUrl: {}, byPrefix: {} };

  return {
    ...inner,

    // Our wrappers of the plugin's SearchBar and SearchPage (they import its components by path).
    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    getClientModules() {
      return [path.join(__dirname, 'theme', 'search.css')];
    },

    configureWebpack(_config, _isServer, utils) {
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (test: RegExp, replace: (resource: { request: string; context: string }) => void) => object;
      };
      return {
        // The plugin's optional "Ask AI" widget (a package we do not install) is imported in a try; its "module not found" is noise in every build.
        ignoreWarnings: [{ module: /docusaurus-search-local[\\/]dist[\\/]client/, message: /open-ask-ai/ }],
        plugins: [
          // Every request into the plugin's utils; replacementFor picks the helpers we replace.
          new NormalModuleReplacementPlugin(/^\.\.\/\.\.\/utils\//, (resource) => {
            const ours = replacementFor(resource.request, resource.context);
            if (ours) resource.request = ours;
          }),
        ],
      } as never;
    },

    async allContentLoaded({ allContent }: { allContent: Record<string, Record<string, unknown>>; actions: PluginContentLoadedActions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      labels = resultLabels(data?.collections ?? {}, reference?.references ?? [], context.baseUrl);
    },

    async postBuild(buildData) {
      // Timed under its own name: Docusaurus's performance logger times all plugins' postBuild as one step.
      await PerfLogger.async(`postBuild() - ${inner.name}@default`, async () => {
        const fileName = indexFileName(context.generatedFilesDir);
        const salt = cacheSalt(config);
        // Beside the bundler's cache, so `docusaurus clear` empties it too.
        const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'community-hub', 'search');
        for (const version of pagesToIndex(buildData as never, config)) {
          const file = cacheFile(cacheDir, context.i18n.currentLocale, path.relative(buildData.outDir, version.outDir));
          const result = await indexPages(version.paths, config, labels, readIndexCache(file, salt), salt);
          fs.writeFileSync(path.join(version.outDir, fileName), result.json);
          writeIndexCache(file, salt, result.cache);
        }
      });
    },
  };
}

export const validateOptions = searchLocal.validateOptions;
