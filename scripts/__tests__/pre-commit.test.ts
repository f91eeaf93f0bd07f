import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const hook = path.join(root, '.githooks', 'pre-commit');
let repo: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
const runHook = () => spawnSync('sh', [hook, '--lang', 'en'], { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'pre-commit-test-'));
  for (const dir of ['data', 'static', 'docs', 'blog', 'courses']) fs.cpSync(path.join(root, dir), path.join(repo, dir), { recursive: true });
  git('init', '-q');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'init');
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('pre-commit hook', () => {
  it('does nothing when no data or Markdown is staged', () => {
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'x');
    git('add', 'notes.txt');
    const r = runHook();
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('validating');
  });

  it('fails on a staged bad value, naming file, line and column', () => {
    const file = path.join(repo, 'data/partners/lanfeng-cloud.yaml');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace(/^tier: \w+/m, 'tier: gld'));
    git('add', file);
    const r = runHook();
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/data\/partners\/lanfeng-cloud\.yaml:\d+:\d+/);
    expect(r.stdout + r.stderr).toContain('gold');
    // Fixed in the working tree but not staged: the hook judges what would be committed.
    fs.writeFileSync(file, good);
    expect(runHook().status).toBe(1);
    git('add', file);
    expect(runHook().status).toBe(0);
  });
});
