#!/usr/bin/env node
/**
 * `npm test`: everything the tests need, then every test.
 *   1. Chromium and CJK fonts from Debian when missing (apt-get, as root; CI runs as root).
 *   2. Type check, generated files up to date, English translations complete
 *      and current (i18n:status --strict), unit and plugin tests (vitest).
 *   3. A production build of every locale, which must print no warning, then
 *      browser tests against it.
 * Ends with one line `tests: N passed, N failed`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' }, ...opts });
  return r.status ?? 1;
}

function hasPackage(name) {
  try {
    execFileSync('dpkg', ['-s', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensureBrowser() {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!hasPackage('fonts-noto-cjk')) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`Browser tests need: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', ...missing], { env }) !== 0) {
    console.error(`apt-get could not install ${missing.join(' ')}`);
    process.exit(1);
  }
}

function vitest(config, name) {
  const out = path.join(resultsDir, `${name}.json`);
  fs.rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
    if ((report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) > 0) {
      console.error(`${name}: skipped or todo tests are not allowed`);
      failed += report.numPendingTests + report.numTodoTests;
    }
  }
  if (status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

ensureBrowser();
const totals = { passed: 0, failed: 0 };
const step = (ok, label) => {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    console.error(`FAILED: ${label}`);
  }
};

step(run('npx', ['tsc', '--noEmit']) === 0, 'typecheck');
step(run('node', ['--import', 'tsx', 'scripts/generate.ts', '--check']) === 0, 'generated files up to date');
// English ships complete: every string and page translated from the current source (CI's translation check).
step(run('node', ['--import', 'tsx', 'scripts/i18n-status.ts', '--strict', '--locale', 'en', '--items', 'all']) === 0, 'i18n:status --strict --locale en');
const unit = vitest('vitest.config.mts', 'unit');
totals.passed += unit.passed;
totals.failed += unit.failed;

/** Runs a command with its output shown as it comes and also returned. */
function runTee(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      from.on('data', (chunk) => {
        output += chunk;
        to.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

const build = await runTee('npx', ['docusaurus', 'build']);
const built = build.status === 0;
step(built, 'docusaurus build (all locales)');
// A warning in the build is a contributor's problem hidden in a long log: the build must print none.
const warnings = build.output.split('\n').filter((line) => /\[WARNING\]/.test(line));
step(warnings.length === 0, `docusaurus build printed no warnings (${warnings.length} found)`);
if (built) {
  const e2e = vitest('vitest.e2e.config.mts', 'e2e');
  totals.passed += e2e.passed;
  totals.failed += e2e.failed;
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
