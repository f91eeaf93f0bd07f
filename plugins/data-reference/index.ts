import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { loadSchemas } from '../data-engine/schemas';
import { buildCollectionReference, type CollectionReference } from './buildReference';
import { getReferenceTranslationFiles, translateReferences } from './translations';
import { referenceRoutes, type EntrySummary } from './routes';
import type { CommunityDataContent } from '../community-data/types';
import fs from 'node:fs';

export interface PluginOptions {
  id: string;
  /** URL path of the reference, below the locale's base URL. */
  routeBasePath: string;
  dataDir: string;
  schemaDir: string;
}

export interface DataReferenceContent {
  references: CollectionReference[];
}

/**
 * Generates the "data reference": one page per collection documenting every
 * field from its JSON Schema (type, allowed values, description), in every
 * locale, plus the entries the collection currently holds.
 */
export default function pluginDataReference(context: LoadContext, options: Partial<PluginOptions>): Plugin<DataReferenceContent> {
  const routeBasePath = options.routeBasePath ?? 'reference/data';
  const dataDir = options.dataDir ?? 'data';
  const schemaDir = options.schemaDir ?? path.join('data', 'schemas');
  return {
    name: 'data-reference',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    getPathsToWatch() {
      return [path.join(context.siteDir, schemaDir, '*.json')];
    },

    async loadContent() {
      // Schema problems are reported (and fail the build) by community-data; here we document what compiles.
      const schemas = loadSchemas(context.siteDir, schemaDir);
      const commonFile = path.join(context.siteDir, schemaDir, 'common.schema.json');
      const common = fs.existsSync(commonFile) ? JSON.parse(fs.readFileSync(commonFile, 'utf8')) : undefined;
      return { references: schemas.collections.map((def) => buildCollectionReference(def, common, dataDir)) };
    },

    getTranslationFiles({ content }) {
      return getReferenceTranslationFiles(content.references);
    },

    translateContent({ content, translationFiles }) {
      if (context.i18n.currentLocale === context.i18n.defaultLocale) return content;
      return { references: translateReferences(content.references, translationFiles) };
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const content = allContent['data-reference']?.[options.id ?? 'default'] as DataReferenceContent;
      const entries: Record<string, EntrySummary[]> = {};
      for (const [collection, list] of Object.entries(data?.collections ?? {})) {
        entries[collection] = list.map((e) => {
          const name = (e.data.title ?? e.data.name ?? e.id) as string;
          const namePointer = e.data.title !== undefined ? '/title' : '/name';
          return { id: e.id, kind: e.kind, file: e.file, name, fallback: e.fallbacks.includes(namePointer) };
        });
      }
      const base = normalizeUrl([context.baseUrl, routeBasePath]);
      for (const route of referenceRoutes(content.references, entries, base)) {
        const propsPath = await actions.createData(`${route.dataName}.json`, JSON.stringify(route.props));
        actions.addRoute({ path: route.path, component: route.component, exact: true, modules: { data: propsPath } });
      }
    },
  };
}
