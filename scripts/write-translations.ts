/**
 * `npm run write-translations -- --locale <l>`: everything a translator of
 * <l> has to translate, in `i18n/<l>/`:
 *   1. UI and data strings (`docusaurus write-translations`, which calls our
 *      community-data plugin for every translatable data string);
 *   2. a copy of every doc, blog post and course lesson that has no
 *      translation yet, marked `untranslated: true` so it counts as missing
 *      and shows the "not translated" banner until the translator removes it;
 *   3. `i18n/<l>/translation-sources.json` records the source each new copy
 *      or string was made from (existing records are kept, so a stale
 *      translation stays stale until i18n:mark-current);
 *   4. `i18n/ui-sources.json`, the source locale's UI strings.
 * Without --locale: every locale folder. The folder is created when missing.
 * Other options (e.g. --override) go to docusaurus write-translations.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, discoverLocales } from '../plugins/site-locales/discoverLocales';
import { extractUiSources } from '../plugins/translation-status/extract';
import { formatStatusText } from '../plugins/translation-status/format';
import { markUntranslated } from '../plugins/translation-status/markdown';
import { loadSiteSources, siteStatusInput } from '../plugins/translation-status/site';
import { computeLocaleStatus, recordSources } from '../plugins/translation-status/status';
import { pruneManifest, writeManifest, writeUiSources } from '../plugins/translation-status/sources';

const args = process.argv.slice(2);
const siteDir = path.resolve('.');
const requested: string[] = [];
const passThrough: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--locale' || a === '-l') requested.push(args[++i] ?? '');
  else if (a.startsWith('--locale=')) requested.push(a.slice('--locale='.length));
  else passThrough.push(a);
}
for (const locale of requested) {
  let valid = false;
  try {
    valid = Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    valid = false;
  }
  if (!valid) {
    process.stderr.write(`write-translations: "${locale}" is not a BCP 47 language tag (e.g. fr, ja, pt-BR)\n`);
    process.exit(2);
  }
  // A new locale is a folder: create it, so the config discovers it.
  fs.mkdirSync(path.join(siteDir, 'i18n', locale), { recursive: true });
}
const locales = requested.length > 0 ? requested : discoverLocales(siteDir).locales.filter((l) => l !== DEFAULT_LOCALE);
// Resolved like any dependency, so a site folder without its own node_modules (a test copy) works too.
const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

async function main(): Promise<void> {
  for (const locale of locales) {
    const r = spawnSync(process.execPath, [docusaurus, 'write-translations', '--locale', locale, ...passThrough], { cwd: siteDir, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const { files } = await extractUiSources(siteDir);
  writeUiSources(siteDir, files);
  const sources = loadSiteSources(siteDir);
  for (const locale of locales.filter((l) => l !== DEFAULT_LOCALE)) {
    let copied = 0;
    for (const file of siteStatusInput(siteDir, sources, locale).files) {
      if (file.translation !== undefined) continue;
      const target = path.join(siteDir, file.translationPath);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, /\.mdx?$/i.test(target) ? markUntranslated(file.source) : file.source);
      copied++;
    }
    const input = siteStatusInput(siteDir, sources, locale);
    writeManifest(siteDir, locale, pruneManifest(recordSources(input.manifest, input, { onlyUnrecorded: true }), input));
    process.stdout.write(`[i18n] ${locale}: ${copied} page(s) copied to translate; sources recorded in i18n/${locale}/translation-sources.json\n\n`);
    process.stdout.write(formatStatusText([computeLocaleStatus(siteStatusInput(siteDir, sources, locale))], { itemsPerGroup: 0 }));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`write-translations: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
