import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { mermaidAssets, type MermaidAssets } from './mermaidAssets';

/** What the `Mermaid` theme component reads (global data of this plugin). */
export interface DiagramsGlobalData {
  mermaidModule: string;
}

/**
 * Diagrams in Markdown: a ```mermaid block (`markdown.mermaid` in the config
 * turns it into `<mermaid value>`) renders in the browser with Mermaid's own
 * prebuilt module, copied into the site's assets rather than bundled.
 */
export default function pluginSiteDiagrams(): Plugin<void> {
  const assets = mermaidAssets(path.dirname(require.resolve('mermaid/package.json')));
  return {
    name: 'site-diagrams',

    getThemePath() {
      return './theme';
    },

    async contentLoaded({ actions }) {
      actions.setGlobalData({ mermaidModule: assets.entry } satisfies DiagramsGlobalData);
    },

    configureWebpack(_config, isServer, utils) {
      // The server never renders a diagram (it needs a DOM), so only the browser build gets the files.
      if (isServer) return {};
      const { CopyRspackPlugin } = utils.currentBundler.instance as { CopyRspackPlugin?: new (options: { patterns: (MermaidAssets['copy'][number] & { info: { minimized: boolean } })[] }) => never };
      if (!CopyRspackPlugin) throw new Error('site-diagrams needs Docusaurus Faster (Rspack): keep `future.faster: true` in docusaurus.config.ts.');
      // Marked minimized: Rspack would otherwise run its minifier over 3.6 MB of already minified code.
      return { plugins: [new CopyRspackPlugin({ patterns: assets.copy.map((p) => ({ ...p, info: { minimized: true } })) })] };
    },
  };
}
