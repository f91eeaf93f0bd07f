/**
 * `npm run bench:validate -- --entries 10000`
 *
 * Copies the site's schemas and data into a temporary folder, adds generated
 * valid entries until there are N, then times, side by side in the same run
 * and as whole processes:
 *   A. `npm run validate`'s command (our engine: parse with positions, schema
 *      validation, cross-checks, front matter),
 *   B. a bare js-yaml parse of the same files (read + load, nothing else).
 * Runs alternate A/B so machine noise hits both; prints medians and A ÷ B.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { growData } from './lib/bench/growData';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});
const target = Number(values.entries);
const runs = Number(values.runs);
if (!Number.isInteger(target) || target < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:validate -- [--entries 10000] [--runs 5]');
  process.exit(2);
}

const siteDir = path.resolve(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
fs.cpSync(path.join(siteDir, 'data'), path.join(work, 'data'), { recursive: true });
fs.cpSync(path.join(siteDir, 'static'), path.join(work, 'static'), { recursive: true });

// Grow the data set with copies of real entries (scripts/lib/bench/growData.ts).
const grown = growData(path.join(work, 'data'), target);
const made = grown.entries;

const bare = path.join(work, 'bare-parse.cjs');
fs.writeFileSync(
  bare,
  `const fs = require('node:fs'); const path = require('node:path'); const yaml = require(${JSON.stringify(require.resolve('js-yaml'))});
let n = 0;
const walk = (dir) => { for (const d of fs.readdirSync(dir, { withFileTypes: true })) { const abs = path.join(dir, d.name);
  if (d.isDirectory() && d.name !== 'schemas') walk(abs); else if (d.name.endsWith('.yaml')) { yaml.load(fs.readFileSync(abs, 'utf8')); n++; } } };
walk(path.join(process.argv[2], 'data')); console.log(n + ' files parsed');`,
);

const ours = ['node', [path.join(siteDir, 'scripts/run.cjs'), 'validate', '--site', work, '--format', 'json']] as const;
const baseline = ['node', [bare, work]] as const;

function time(cmd: readonly [string, readonly string[]]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], { cwd: siteDir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(r.stdout.slice(0, 2000), r.stderr.slice(0, 2000));
    throw new Error(`${cmd[1].join(' ')} exited ${r.status}`);
  }
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]): string => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;

// One warm-up each (disk cache, tsx cache), not counted.
time(ours);
time(baseline);
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < runs; i++) {
  a.push(time(ours));
  b.push(time(baseline));
}
const ratio = median(a) / median(b);
console.log(`\nentries: ${made} (${grown.shipped} shipped + ${made - grown.shipped} generated), runs: ${runs}`);
console.log(`npm run validate   median ${median(a).toFixed(0)} ms  (${spread(a)})`);
console.log(`bare js-yaml parse median ${median(b).toFixed(0)} ms  (${spread(b)})`);
console.log(`ratio validate ÷ bare parse: ${ratio.toFixed(2)}× (target ≤ 1.50×)`);
if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
