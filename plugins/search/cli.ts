/**
 * `npm run search:index`: the Algolia records of every data entry in every
 * locale, pushed (or, with --dry-run, written to a file). Returns an exit
 * code instead of exiting, so tests run it in-process against a stand-in
 * server.
 *
 * Exit codes: 0 done, 1 data problems or Algolia failure, 2 usage or missing variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveLang } from '../data-engine/index';
import { DEFAULT_SITE_URL } from '../site-locales/discoverLocales';
import { loadLocaleInputs } from './loadLocales';
import { countEntries, DEFAULT_MAX_RECORD_BYTES, indexSettings, localeRecords, recordBytes, type SearchRecord } from './records';
import { describeFailure, PushError, pushRecords, type AlgoliaTarget } from './push';

export const PUSH_VARIABLES = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;
export const DEFAULT_OUT = path.join('build', 'search-records.json');
const USAGE = 'usage: npm run search:index -- [--dry-run] [--out <file>] [--site <dir>]';

export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Tests only: send Algolia requests here. */
  hosts?: AlgoliaTarget['hosts'];
}

/** `type  zh-Hans  en` table of entry counts. */
export function countTable(records: SearchRecord[], locales: string[]): string[] {
  const counts = countEntries(records);
  const rows = [['type', ...locales], ...Object.entries(counts).map(([type, byLocale]) => [type, ...locales.map((l) => String(byLocale[l] ?? 0))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

export async function runSearchIndex(io: CliIo): Promise<number> {
  let values: { 'dry-run'?: boolean; out?: string; site?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: io.argv,
      options: { 'dry-run': { type: 'boolean' }, out: { type: 'string' }, site: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`search:index: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const dryRun = values['dry-run'] === true;
  const value = (name: string) => (io.env[name] ?? '').trim();
  if (!dryRun) {
    const missing = PUSH_VARIABLES.filter((name) => value(name) === '');
    if (missing.length > 0) {
      io.stderr(`search:index: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set (needed to push to Algolia; --dry-run writes the records to a file without credentials)`);
      return 2;
    }
  }
  const siteDir = path.resolve(io.cwd, values.site ?? '.');
  if (!fs.existsSync(path.join(siteDir, 'data', 'schemas'))) {
    io.stderr(`search:index: ${siteDir} has no data/schemas/ folder; run from the site's root or pass --site <dir>`);
    return 2;
  }
  const loaded = loadLocaleInputs(siteDir, { siteUrl: value('SITE_URL') || DEFAULT_SITE_URL, baseUrl: value('BASE_URL') || '/' }, resolveLang(undefined));
  if (!loaded.ok) {
    io.stderr(loaded.report);
    return 1;
  }
  const records = loaded.inputs.flatMap((input) => localeRecords(input));
  const settings = indexSettings(loaded.inputs[0]!.references, loaded.inputs.map((i) => i.locale));
  const largest = Math.max(0, ...records.map(recordBytes));
  io.stdout(`${records.length} records (largest ${largest} bytes, limit ${DEFAULT_MAX_RECORD_BYTES}):`);
  for (const line of countTable(records, loaded.inputs.map((i) => i.locale))) io.stdout(`  ${line}`);

  if (dryRun) {
    const out = path.resolve(io.cwd, values.out ?? DEFAULT_OUT);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(records, null, 2)}\n`);
    io.stdout(`dry run: wrote ${path.relative(io.cwd, out) || out}; nothing was sent to Algolia`);
    return 0;
  }
  const target: AlgoliaTarget = { appId: value('ALGOLIA_APP_ID'), apiKey: value('ALGOLIA_ADMIN_API_KEY'), indexName: value('ALGOLIA_INDEX_NAME'), ...(io.hosts ? { hosts: io.hosts } : {}) };
  try {
    const progress = await pushRecords(target, records, settings);
    io.stdout(`pushed ${progress.recordsWritten} records and the index settings; ${target.indexName} replaced atomically`);
    return 0;
  } catch (error) {
    if (!(error instanceof PushError)) throw error;
    io.stderr(`search:index: Algolia request failed: ${error.message}`);
    for (const line of describeFailure(target.indexName, error.progress)) io.stderr(`  ${line}`);
    return 1;
  }
}
