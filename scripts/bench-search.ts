/**
 * `npm run bench:search`: the offline search index per locale, raw and gzip,
 * the Chinese/English ratio, and whether both are within budget.
 *
 *   npm run bench:search              (reads build/; run npm run build first)
 *   npm run bench:search -- --build   (builds first)
 *
 * Exit codes: 0 within budget, 1 over budget, 2 no build.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { budgetProblems, BUDGET_GZIP_BYTES, indexSizes, kb, MAX_ZH_TO_EN_RATIO, type IndexSize } from '../plugins/search/indexSize';

const siteDir = path.resolve(__dirname, '..');
if (process.argv.includes('--build')) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: siteDir, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
let sizes: IndexSize[];
try {
  sizes = indexSizes(siteDir);
} catch (error) {
  process.stderr.write(`bench:search: ${(error as Error).message}\n`);
  process.exit(2);
}
const rows = [['locale', 'pages', 'raw', 'gzip', 'file'], ...sizes.map((s) => [s.locale, String(s.pages), kb(s.bytes), kb(s.gzipBytes), s.file])];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
const zh = sizes.find((s) => s.locale.startsWith('zh'));
const en = sizes.find((s) => s.locale === 'en');
if (zh && en) process.stdout.write(`zh/en (gzip): ${(zh.gzipBytes / en.gzipBytes).toFixed(2)}× (at most ${MAX_ZH_TO_EN_RATIO}×)\n`);
const problems = budgetProblems(sizes);
process.stdout.write(problems.length === 0 ? `within budget (${kb(BUDGET_GZIP_BYTES)} gzip per locale)\n` : `${problems.map((p) => `OVER BUDGET: ${p}`).join('\n')}\n`);
process.exit(problems.length === 0 ? 0 : 1);
