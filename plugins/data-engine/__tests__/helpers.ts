/** Shared helpers for the data engine tests: the fixture site and throwaway copies of it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataSet, type DataSet, type Problem } from '../index';

export const TESTS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_SITE = path.join(TESTS_DIR, '__fixtures__', 'site');
export const BAD_INPUT_DIR = path.join(TESTS_DIR, '__fixtures__', 'bad-input');
export const REPO_ROOT = path.resolve(TESTS_DIR, '..', '..', '..');

const created: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function makeTempDir(prefix = 'data-engine-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies the clean fixture site into a temporary directory and returns its path. */
export function copySite(): string {
  const dir = makeTempDir('data-engine-site-');
  fs.cpSync(FIXTURE_SITE, dir, { recursive: true });
  return dir;
}

/** Writes (creating folders) a file relative to a site. */
export function write(site: string, rel: string, content: string | Uint8Array): void {
  const abs = path.join(site, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}

export function read(site: string, rel: string): string {
  return fs.readFileSync(path.join(site, rel), 'utf8');
}

/** Replaces exactly one occurrence of `from` in a site file (fails loudly if the fixture changed). */
export function edit(site: string, rel: string, from: string, to: string): void {
  const text = read(site, rel);
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`${rel}: expected exactly one "${from}"`);
  write(site, rel, text.slice(0, at) + to + text.slice(at + from.length));
}

export function remove(site: string, rel: string): void {
  fs.rmSync(path.join(site, rel), { recursive: true });
}

export function load(site: string): DataSet {
  return loadDataSet({ siteDir: site });
}

/** The problems with a code, for compact assertions. */
export function withCode(problems: Problem[], code: string): Problem[] {
  return problems.filter((p) => p.code === code);
}

/** `file:line:col code`: readable in assertion diffs. */
export function where(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.code}`;
}
