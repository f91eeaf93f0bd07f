import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import { extractFacts, factIds } from './extractFacts';

export const PLUGIN_NAME = 'data-facts';

/** Where the plugin's createData files land: remark.ts reads ids.json from here. */
export function factsDir(siteDir: string): string {
  return path.join(siteDir, '.docusaurus', PLUGIN_NAME, 'default');
}

/**
 * Facts for guides: writes every fact record of the current locale as its own
 * small JSON module (`<locale>/<group>/<id>.json`, plus `_all.json` per group (ids are kebab-case, so no entry can take that name))
 * and points the `@community-facts` alias at that locale's folder. The remark
 * plugin (remark.ts) turns `<CommitteeSeats body="…" />` into an import of the
 * one record it needs; nothing is global data.
 */
export default function pluginDataFacts(context: LoadContext): Plugin<void> {
  const locale = context.i18n.currentLocale;
  const localeDir = path.join(context.generatedFilesDir, PLUGIN_NAME, 'default', locale);
  return {
    name: PLUGIN_NAME,

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      if (!data) throw new Error('data-facts needs the community-data plugin.');
      const store = extractFacts(data.collections, reference?.references ?? [], context.baseUrl);
      const writes: Promise<string>[] = [];
      for (const [group, records] of Object.entries(store)) {
        for (const [id, record] of Object.entries(records)) writes.push(actions.createData(`${locale}/${group}/${id}.json`, JSON.stringify(record)));
        writes.push(actions.createData(`${locale}/${group}/_all.json`, JSON.stringify(records)));
      }
      // Written last: a page compiles only once its ids are known.
      await Promise.all(writes);
      await actions.createData('ids.json', JSON.stringify(factIds(store)));
    },

    configureWebpack() {
      return { resolve: { alias: { '@community-facts': localeDir } } };
    },
  };
}
