/**
 * `npm run i18n:mark-current -- --locale <l> <file>…`: records that the given
 * translations match the source as it is now (after updating a stale one).
 * A file is a locale's translation file (`i18n/<l>/code.json`,
 * `i18n/<l>/community-data/courses.json`, or the same without `i18n/<l>/`), a
 * source page (`docs/intro.md`) or its translation
 * (`i18n/<l>/docusaurus-plugin-content-docs/current/intro.md`).
 *   --all   every translation of the locale (after a review, or to adopt
 *           translations added without write-translations)
 * Exit codes: 0 done, 2 usage error (unknown locale or file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteSources, siteStatusInput } from '../plugins/translation-status/site';
import { recordSources } from '../plugins/translation-status/status';
import { pruneManifest, writeManifest } from '../plugins/translation-status/sources';

const USAGE = 'usage: npm run i18n:mark-current -- --locale <l> (<file>… | --all) [--site <dir>]';
function usage(message: string): never {
  process.stderr.write(`i18n:mark-current: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed: { values: { locale?: string; all?: boolean; site?: string; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    options: { locale: { type: 'string' }, all: { type: 'boolean' }, site: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!values.locale) usage('--locale is required');
if (!values.all && positionals.length === 0) usage('name the files you brought up to date, or pass --all');
const siteDir = path.resolve(values.site ?? '.');
const locale = values.locale;
const sources = loadSiteSources(siteDir);
if (!sources.locales.includes(locale)) usage(`no translated locale "${locale}"; locales: ${sources.locales.join(', ') || 'none'}`);
const input = siteStatusInput(siteDir, sources, locale);

const stringFiles = new Set<string>();
const markdownFiles = new Set<string>();
const prefix = `i18n/${locale}/`;
for (const arg of positionals) {
  // Paths are taken relative to the site (or absolute), with / separators.
  const rel = path.relative(siteDir, path.resolve(arg)).split(path.sep).join('/');
  const inLocale = rel.startsWith(prefix) ? rel.slice(prefix.length) : rel;
  const strings = input.strings.find((f) => f.file === inLocale);
  const page = input.files.find((f) => f.sourcePath === rel || f.translationPath === rel);
  if (strings) stringFiles.add(strings.file);
  else if (page) {
    if (page.translation === undefined) usage(`${page.translationPath} does not exist: nothing to mark (run npm run write-translations -- --locale ${locale})`);
    markdownFiles.add(page.sourcePath);
  } else usage(`${arg} is neither a translation file of ${locale} nor a translatable page${fs.existsSync(arg) ? '' : ' (no such file)'}`);
}

const before = input.manifest;
const next = pruneManifest(recordSources(before, input, { onlyUnrecorded: false, ...(values.all ? {} : { select: { stringFiles, markdownFiles } }) }), input);
writeManifest(siteDir, locale, next);
const count = (m: typeof next) => Object.values(m.strings).reduce((n, r) => n + Object.keys(r).length, 0) + Object.keys(m.files).length;
process.stdout.write(`i18n/${locale}/translation-sources.json: ${values.all ? 'every translation' : [...stringFiles, ...markdownFiles].join(', ')} marked current (${count(next)} records)\n`);
