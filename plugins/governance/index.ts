import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import type { LocalizedEntry } from '../data-engine/types';
import { buildGovernancePages, KINDS, type GovernanceSources } from './buildPages';

/**
 * The governance section under /governance/: bodies, working groups,
 * decision methods and vote types, processes, the contributor ladder and
 * recognition, mentorship and onboarding, all from data/governance/. Reads the
 * community-data and data-reference content once everything is loaded.
 */
export default function pluginGovernance(context: LoadContext): Plugin<void> {
  return {
    name: 'community-governance',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      if (!data) return;
      const entries = data.collections.governance ?? [];
      const sources = Object.fromEntries(Object.entries(KINDS).map(([key, kind]) => [key, entries.filter((e) => e.kind === kind) as LocalizedEntry<never>[]]));
      const pages = buildGovernancePages({ ...(sources as unknown as Omit<GovernanceSources, 'references'>), references: reference?.references ?? [] }, context.baseUrl);
      for (const page of pages) {
        const propsPath = await actions.createData(`${page.dataName}.json`, JSON.stringify(page.props));
        actions.addRoute({ path: page.path, component: page.component, exact: true, modules: { data: propsPath } });
      }
    },
  };
}
