import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import type { LocalizedEntry } from '../data-engine/types';
import { buildPartnerPages, DEFAULT_PAGE_SIZE, RESERVED_PARTNER_IDS } from './buildPages';

export interface PluginOptions {
  id: string;
  /** Partners per directory page (static pages /partners/page/<n>/ and filtered results). */
  pageSize: number;
}

/**
 * Name of the compact index module. The directory imports it lazily as
 * `@generated/community-partners/default/partner-index.json`, so it becomes a
 * chunk of its own, fetched only when a reader filters, sorts or searches.
 */
export const INDEX_MODULE = 'partner-index.json';

/**
 * The partner directory, a page per partner and the partner program page,
 * from the partners collection (with integrations and events that name a
 * partner). Reads other plugins' content (data, schema labels) once all is loaded.
 */
export default function pluginPartners(context: LoadContext, options: Partial<PluginOptions>): Plugin<void> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  return {
    name: 'community-partners',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      if (!data) return;
      const of = <T>(collection: string, kind: string) => (data.collections[collection] ?? []).filter((e) => e.kind === kind) as unknown as LocalizedEntry<T>[];
      const partners = of<never>('partners', 'partner');
      const clash = partners.find((p) => RESERVED_PARTNER_IDS.includes(p.id));
      if (clash) throw new Error(`${clash.file}: the partner id "${clash.id}" is taken by the /partners/${clash.id}/ page; choose another id.`);
      const { i18n } = context;
      const { pages, index } = buildPartnerPages(
        {
          partners,
          tiers: of('partners', 'tier'),
          kinds: of('partners', 'partnershipKind'),
          types: of('partners', 'partnerType'),
          integrations: of('integrations', 'integration'),
          events: of('events', 'event'),
          references: reference?.references ?? [],
        },
        { base: context.baseUrl, locale: i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale, pageSize },
      );
      await actions.createData(INDEX_MODULE, JSON.stringify(index));
      for (const page of pages) {
        const propsPath = await actions.createData(`${page.dataName}.json`, JSON.stringify(page.props));
        actions.addRoute({ path: page.path, component: page.component, exact: true, modules: { data: propsPath } });
      }
    },
  };
}
