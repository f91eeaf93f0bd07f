/**
 * `npm run i18n:status`: per locale and per area (UI strings, data strings per
 * collection, docs, blog, course lessons) how many items are translated,
 * missing or stale.
 *
 *   --locale <l>        only this locale (repeatable; default: every translated locale)
 *   --format text|json  (default text)
 *   --items <n>|all     items listed per part in text output (default 10)
 *   --strict            exit 1 when anything is missing or stale, a translation
 *                       file is invalid, or i18n/ui-sources.json is out of date
 *   --site <dir>        (default: the current directory)
 *
 * UI strings are extracted from the code on each run (as write-translations
 * does), so editing a string in a component makes its translations stale at
 * once; i18n/ui-sources.json is the snapshot the build's status page reads.
 *
 * Exit codes: 0 fine, 1 strict check failed, 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { discoverLocales } from '../plugins/site-locales/discoverLocales';
import { formatStatusText } from '../plugins/translation-status/format';
import { loadSiteSources, siteStatus } from '../plugins/translation-status/site';
import { UI_SOURCES_FILE } from '../plugins/translation-status/sources';

const USAGE = 'usage: npm run i18n:status -- [--locale <l>] [--format text|json] [--items <n>|all] [--strict] [--site <dir>]';
function usage(message: string): never {
  process.stderr.write(`i18n:status: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { locale?: string[]; format?: string; items?: string; strict?: boolean; site?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      locale: { type: 'string', multiple: true },
      format: { type: 'string' },
      items: { type: 'string' },
      strict: { type: 'boolean' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const format = values.format ?? 'text';
if (!['text', 'json'].includes(format)) usage(`unknown --format "${format}"; use text or json`);
const items = values.items === undefined ? 10 : values.items === 'all' ? Infinity : Number(values.items);
if (!Number.isInteger(items) && items !== Infinity) usage(`--items takes a number or "all"`);
const siteDir = path.resolve(values.site ?? '.');
if (!fs.existsSync(path.join(siteDir, 'data', 'schemas'))) usage(`${siteDir} is not the site's root (no data/schemas/); run from there or pass --site`);

/** A Docusaurus site (not a bare data folder such as a test fixture) has a config file to extract UI strings with. */
const hasSiteConfig = (dir: string): boolean => ['ts', 'mts', 'js', 'mjs', 'cjs'].some((ext) => fs.existsSync(path.join(dir, `docusaurus.config.${ext}`)));

async function main(): Promise<number> {
  const sources = loadSiteSources(siteDir);
  const unknown = (values.locale ?? []).filter((l) => !sources.locales.includes(l));
  if (unknown.length > 0) usage(`no translated locale "${unknown.join('", "')}"; locales: ${sources.locales.join(', ') || 'none'} (the source locale ${sources.defaultLocale} is not translated)`);

  // UI strings as the code says them now (the same extraction as write-translations), so a changed
  // string is stale at once; the snapshot in i18n/ui-sources.json only serves the build's status page.
  let uiSourcesOutdated: string[] = [];
  if (hasSiteConfig(siteDir)) {
    const { extractUiSources } = await import('../plugins/translation-status/extract');
    const fresh = (await extractUiSources(siteDir)).files;
    const files = new Set([...Object.keys(fresh), ...Object.keys(sources.ui)]);
    uiSourcesOutdated = [...files].filter((f) => JSON.stringify(Object.entries(fresh[f] ?? {}).sort()) !== JSON.stringify(Object.entries(sources.ui[f] ?? {}).sort()));
    sources.ui = fresh;
  }
  const statuses = siteStatus(siteDir, sources, values.locale ?? sources.locales);

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ sourceLocale: sources.defaultLocale, locales: statuses, uiSourcesOutdated }, null, 2)}\n`);
  } else {
    const { localeConfigs } = discoverLocales(siteDir);
    process.stdout.write(formatStatusText(statuses, { itemsPerGroup: items, labels: Object.fromEntries(Object.entries(localeConfigs).map(([l, c]) => [l, c.label])) }));
    if (sources.dataErrors > 0) process.stdout.write(`note: data has ${sources.dataErrors} error(s) (npm run validate); strings of invalid entries are not counted\n`);
    if (uiSourcesOutdated.length > 0) {
      // Counted above from the code either way; the snapshot matters for the build's /translation-status/ page.
      process.stdout.write(`${values.strict ? 'error' : 'note'}: ${UI_SOURCES_FILE} is out of date for ${uiSourcesOutdated.join(', ')}: UI strings changed in the code, so the site's /translation-status/ page would miss it; run npm run write-translations\n`);
    }
  }
  if (!values.strict) return 0;
  const failing = statuses.filter((s) => s.totals.missing + s.totals.stale + s.problems.length > 0);
  if (format === 'text') {
    for (const s of failing) process.stderr.write(`i18n:status --strict: ${s.locale} has ${s.totals.missing} missing, ${s.totals.stale} stale, ${s.problems.length} invalid\n`);
  }
  return failing.length > 0 || uiSourcesOutdated.length > 0 || sources.dataErrors > 0 ? 1 : 0;
}

main().then(
  // exitCode, not exit(): a large JSON report to a pipe must be written out in full first.
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`i18n:status: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  },
);
