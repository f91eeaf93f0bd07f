import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import type { LocalizedEntry } from '../data-engine/types';
import { buildIntegrationPages, type PartnerName } from './buildPages';

export interface PluginOptions {
  id: string;
  /**
   * Path of the partner pages below the locale base URL (e.g. `partners`).
   * Set it once the site builds partner pages: providers then link there.
   */
  partnerPagesPath?: string;
}

/**
 * The integrations registry, one page per integration and one per
 * integration program (Verified Integrations), from the integrations
 * collection. Reads the data, schema labels and partner names once all is loaded.
 */
export default function pluginIntegrations(context: LoadContext, options: Partial<PluginOptions>): Plugin<void> {
  return {
    name: 'community-integrations',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      if (!data) return;
      const of = <T>(collection: string, kind: string) => (data.collections[collection] ?? []).filter((e) => e.kind === kind) as unknown as LocalizedEntry<T>[];
      const partners: PartnerName[] = of<{ name: string }>('partners', 'partner').map((p) => ({ id: p.id, name: p.data.name, fallbacks: p.fallbacks }));
      const pages = buildIntegrationPages(
        { integrations: of('integrations', 'integration'), programs: of('integrations', 'program'), partners, references: reference?.references ?? [] },
        { base: context.baseUrl, ...(options.partnerPagesPath ? { partnerPagesPath: options.partnerPagesPath } : {}) },
      );
      for (const page of pages) {
        const propsPath = await actions.createData(`${page.dataName}.json`, JSON.stringify(page.props));
        actions.addRoute({ path: page.path, component: page.component, exact: true, modules: { data: propsPath } });
      }
    },
  };
}
