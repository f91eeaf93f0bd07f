/**
 * `npm run validate`: every problem in data/ and in Markdown front matter, in
 * one run, without building the site.
 *
 *   --format text|json|github   (default text; github prints ::error annotations)
 *   --lang zh-Hans|en           (default: from LANG / LC_ALL)
 *   --site <dir>                (default: the current directory)
 *
 * Exit codes: 0 clean, 1 data errors, 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, isLang, loadDataSetParallel, REPORT_FORMATS, resolveLang, type ReportFormat } from '../plugins/data-engine/index';
import { dataTranslationProblems } from '../plugins/translation-status/dataTranslations';

function usage(message: string): never {
  process.stderr.write(`validate: ${message}\nusage: npm run validate -- [--format text|json|github] [--lang zh-Hans|en] [--site <dir>]\n`);
  process.exit(2);
}

let values: { format?: string; lang?: string; site?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      site: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  process.stdout.write('usage: npm run validate -- [--format text|json|github] [--lang zh-Hans|en] [--site <dir>]\n');
  process.exit(0);
}
const format = (values.format ?? 'text') as ReportFormat;
if (!REPORT_FORMATS.includes(format)) usage(`unknown --format "${values.format}"; use one of ${REPORT_FORMATS.join(', ')}`);
if (values.lang !== undefined && !isLang(values.lang)) usage(`unknown --lang "${values.lang}"; use zh-Hans or en`);
const lang = resolveLang(values.lang);

const siteDir = path.resolve(values.site ?? '.');
if (!fs.existsSync(path.join(siteDir, 'data', 'schemas'))) {
  usage(`${siteDir} has no data/schemas/ folder; run from the site's root or pass --site <dir>`);
}

// Under tsx the worker runs from source; in the bundled CLI (scripts/run.cjs) it sits next to this file.
const workerFile = __filename.endsWith('.ts')
  ? path.join(__dirname, '..', 'plugins', 'data-engine', 'worker.ts')
  : path.join(__dirname, 'data-engine-worker.js');

loadDataSetParallel({ siteDir }, workerFile).then(
  (dataSet) => {
    // Data translations too: a key for an entry that no longer exists is a mistake to fix, like a bad reference.
    const translationProblems = dataTranslationProblems(siteDir, dataSet.collections);
    const problems = [...dataSet.problems, ...translationProblems];
    const summary = { ...dataSet.summary, errors: dataSet.summary.errors + translationProblems.length };
    process.stdout.write(`${formatReport(problems, summary, format, lang)}\n`);
    process.exit(summary.errors > 0 ? 1 : 0);
  },
  (error: unknown) => {
    process.stderr.write(`validate: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  },
);
