/**
 * The UI strings of the source locale, extracted the way `docusaurus
 * write-translations` does (same Docusaurus functions), without writing
 * anything. Node-only; used by the CLIs, never by the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getPluginI18nPath } from '@docusaurus/utils';

// Docusaurus has no public API for "the messages write-translations would write"; these are the modules its command uses.
/* eslint-disable @typescript-eslint/no-require-imports */
const { loadContext } = require('@docusaurus/core/lib/server/site') as typeof import('@docusaurus/core/lib/server/site');
const { initPlugins } = require('@docusaurus/core/lib/server/plugins/init') as typeof import('@docusaurus/core/lib/server/plugins/init');
const translations = require('@docusaurus/core/lib/server/translations/translations') as typeof import('@docusaurus/core/lib/server/translations/translations');
const { extractSiteSourceCodeTranslations } = require('@docusaurus/core/lib/server/translations/translationsExtractor') as typeof import('@docusaurus/core/lib/server/translations/translationsExtractor');
/* eslint-enable @typescript-eslint/no-require-imports */

/** Plugins whose strings are not UI strings: data strings are read live from the data engine. */
const LIVE_PLUGINS = new Set(['community-data']);

async function themeCommonSourceFiles(): Promise<string[]> {
  const { globTranslatableSourceFiles } = await import('@docusaurus/utils');
  try {
    return await globTranslatableSourceFiles([path.dirname(require.resolve('@docusaurus/theme-common'))]);
  } catch {
    return [];
  }
}

/** `{ "code.json": {id: message}, "docusaurus-theme-classic/navbar.json": {...}, … }` in the default locale. */
export async function extractUiSources(siteDir: string): Promise<{ defaultLocale: string; files: Record<string, Record<string, string>> }> {
  const probe = await loadContext({ siteDir });
  const defaultLocale = probe.i18n.defaultLocale;
  const context = await loadContext({ siteDir, locale: defaultLocale });
  const plugins = await initPlugins(context);
  const extracted = await extractSiteSourceCodeTranslations({ siteDir, plugins, extraSourceCodeFilePaths: await themeCommonSourceFiles() });
  const defaults = await translations.loadPluginsDefaultCodeTranslationMessages(plugins);
  const code = translations.applyDefaultCodeTranslations({ extractedCodeTranslations: extracted, defaultCodeMessages: defaults });
  const files: Record<string, Record<string, string>> = {};
  files['code.json'] = Object.fromEntries(Object.entries(code).map(([k, v]) => [k, v.message]));
  // Site title, tagline and feed title: translated as `site.*` in code.json (see siteStrings in site-locales).
  const blog = plugins.find((p) => p.name === 'docusaurus-plugin-content-blog');
  const feedTitle = (blog?.options as { feedOptions?: { title?: string } } | undefined)?.feedOptions?.title;
  Object.assign(files['code.json'], { 'site.title': context.siteConfig.title, 'site.tagline': context.siteConfig.tagline, ...(feedTitle ? { 'site.feedTitle': feedTitle } : {}) });
  // What the source locale itself overrides (e.g. a theme string its bundle lacks) is its source text.
  const own = path.join(context.localizationDir, 'code.json');
  if (fs.existsSync(own)) {
    for (const [k, v] of Object.entries(JSON.parse(fs.readFileSync(own, 'utf8')) as Record<string, { message: string }>)) files['code.json'][k] = v.message;
  }
  for (const plugin of plugins) {
    if (!plugin.getTranslationFiles || LIVE_PLUGINS.has(plugin.name)) continue;
    const content = await plugin.loadContent?.();
    for (const file of await plugin.getTranslationFiles({ content })) {
      const rel = getPluginI18nPath({ localizationDir: '', pluginName: plugin.name, pluginId: plugin.options.id, subPaths: [`${file.path}.json`] });
      files[rel.split(path.sep).join('/')] = Object.fromEntries(Object.entries(file.content).map(([k, v]) => [k, v.message]));
    }
  }
  return { defaultLocale, files };
}
