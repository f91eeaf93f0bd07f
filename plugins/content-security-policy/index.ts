import fs from 'node:fs/promises';
import path from 'node:path';
import { PerfLogger } from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildPolicy, hashesInHeaders, inlineScriptHashes, withHeaderPolicy, withMetaPolicy } from './policy';
import type { PluginOptions } from './options';

export { validateOptions } from './options';

async function htmlFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(full)) out.push(...(await htmlFiles(full, skip)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/**
 * After each locale's build: hashes the inline scripts of its pages, puts the
 * policy in every page as a `<meta>` (for hosts that cannot set headers) and
 * in the site root's `_headers` (for those that can; `static/_headers` holds
 * the other headers). Locales build one after another into sub-folders, so
 * the root file keeps the hashes of the locales built before.
 */
export default function pluginContentSecurityPolicy(context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: 'content-security-policy',

    async postBuild({ outDir }) {
      // Timed under its own name: Docusaurus's performance logger times all plugins' postBuild as one step.
      await PerfLogger.async('postBuild() - content-security-policy@default', async () => {
        const { i18n } = context;
        const localeDirs = i18n.locales
          .filter((l) => l !== i18n.currentLocale && l !== i18n.defaultLocale)
          .map((l) => path.join(outDir, i18n.localeConfigs[l]?.path ?? l));
        const files = await htmlFiles(outDir, new Set(localeDirs));
        const pages = await Promise.all(files.map(async (file) => ({ file, html: await fs.readFile(file, 'utf8') })));
        const hashes = new Set(pages.flatMap((p) => inlineScriptHashes(p.html)));

        const siteRoot = i18n.currentLocale === i18n.defaultLocale ? outDir : path.dirname(outDir);
        const headersFile = path.join(siteRoot, '_headers');
        // A locale built alone (CI builds each in its own job) starts from its own copy of static/_headers.
        const headers = await fs
          .readFile(headersFile, 'utf8')
          .catch(() => fs.readFile(path.join(outDir, '_headers'), 'utf8'))
          .catch(() => '');
        if (i18n.currentLocale !== i18n.defaultLocale) for (const h of hashesInHeaders(headers)) hashes.add(h);

        const metaPolicy = buildPolicy([...hashes], options, true);
        // Other plugins read the pages in their own postBuild (the search index): replace each file whole, never truncate it in place.
        await Promise.all(
          pages.map(async (p) => {
            const temporary = `${p.file}.csp-${process.pid}`;
            await fs.writeFile(temporary, withMetaPolicy(p.html, metaPolicy));
            await fs.rename(temporary, p.file);
          }),
        );
        await fs.writeFile(headersFile, withHeaderPolicy(headers, buildPolicy([...hashes], options)));
      });
    },
  };
}
