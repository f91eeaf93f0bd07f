import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import { buildHome } from './buildHome';

/** The home page (`/` in each locale), built from the translated data once everything is loaded. */
export default function pluginHome(context: LoadContext): Plugin<void> {
  return {
    name: 'community-home',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      if (!data) throw new Error('The home page needs the community-data plugin.');
      const props = buildHome(data.collections, context.i18n.currentLocale, context.baseUrl, Date.now());
      const propsPath = await actions.createData('home.json', JSON.stringify(props));
      actions.addRoute({ path: context.baseUrl, component: '@theme/HomePage', exact: true, modules: { data: propsPath } });
    },
  };
}
