/** The validate CLI, run as contributors and CI run it (from source, under tsx). */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, edit, FIXTURE_SITE, removeTempDirs, REPO_ROOT, write } from './helpers';

afterAll(removeTempDirs);

function validate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // English unless a test says otherwise, whatever the machine's locale.
    env: { ...process.env, COMMUNITY_HUB_LANG: 'en', ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the fixture with two broken files. */
function brokenSite(): string {
  const site = copySite();
  edit(site, 'data/partners/acme.yaml', 'website: https://acme.example.com', 'website: javascript:alert(1)');
  write(site, 'data/courses/oops.yaml', 'id: oops\ntitle: 出错的课程\nlevel: beginner\nprerequisites:\n  - intro\n  - missing%course\n');
  return site;
}

describe('scripts/validate.ts', () => {
  it('exits 0 on the clean fixture and prints the summary', () => {
    const r = validate(['--site', FIXTURE_SITE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('12 files read, 11 entries accepted, 0 errors.\n');
  });

  it('exits 2 when the folder is not a site (a wrong --site never passes silently)', () => {
    const r = validate(['--site', '/no/such/site']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/no/such/site has no data/schemas/ folder');
    expect(r.stdout).toBe('');
  });

  it('exits 1 on a broken copy, printing file:line:col lines and the summary', () => {
    const r = validate(['--site', brokenSite()]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'data/courses/oops.yaml:6:5  prerequisites[1]: "missing%course" does not name an entry of courses.',
      'data/partners/acme.yaml:4:10  website: "javascript:alert(1)" is not an allowed link: use an https://, http:// or mailto: URL.',
      // The invalid partner and the course with a broken reference are not accepted.
      '13 files read, 10 entries accepted, 2 errors.',
    ]);
  });

  it('--format github prints ::error annotations (escaped) and still exits 1', () => {
    const r = validate(['--site', brokenSite(), '--format', 'github']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=data/courses/oops.yaml,line=6,col=5::prerequisites[1]: "missing%25course" does not name an entry of courses.');
    expect(lines[1]).toBe('::error file=data/partners/acme.yaml,line=4,col=10::website: "javascript:alert(1)" is not an allowed link: use an https://, http:// or mailto: URL.');
    expect(lines[2]).toBe('13 files read, 10 entries accepted, 2 errors.');
  });

  it('--format json prints parseable JSON', () => {
    const r = validate(['--site', brokenSite(), '--format', 'json']);
    expect(r.status).toBe(1);
    const parsed = JSON.parse(r.stdout) as { summary: { errors: number }; problems: { file: string; line: number; column: number; code: string }[] };
    expect(parsed.summary.errors).toBe(2);
    expect(parsed.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual(['data/courses/oops.yaml:6:5 ref.missing', 'data/partners/acme.yaml:4:10 format.web-url']);
  });

  it('--lang zh-Hans prints Chinese', () => {
    const r = validate(['--site', brokenSite(), '--lang', 'zh-Hans']);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'data/courses/oops.yaml:6:5  prerequisites[1]: "missing%course" 不是 courses 中已有条目的 id。',
      'data/partners/acme.yaml:4:10  website: "javascript:alert(1)" 不是允许的链接：只能使用 https://、http:// 或 mailto: 网址。',
      '读取 13 个文件，接受 10 个条目，2 个错误。',
    ]);
  });

  it('takes the language from the environment when --lang is not given', () => {
    const r = validate(['--site', FIXTURE_SITE], { COMMUNITY_HUB_LANG: 'zh_CN.UTF-8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('读取 12 个文件，接受 11 个条目，0 个错误。\n');
  });

  it('exits 2 on an unknown --format', () => {
    const r = validate(['--site', FIXTURE_SITE, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown --format "xml"');
    expect(r.stderr).toContain('usage:');
  });

  it('exits 2 on an unknown option, an unknown --lang and a stray argument', () => {
    for (const args of [['--site', FIXTURE_SITE, '--verbose'], ['--site', FIXTURE_SITE, '--lang', 'fr'], ['--site', FIXTURE_SITE, 'extra']]) {
      const r = validate(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/^validate: /);
    }
  });

  it('--help prints the usage and exits 0', () => {
    const r = validate(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--format text|json|github');
  });
});
