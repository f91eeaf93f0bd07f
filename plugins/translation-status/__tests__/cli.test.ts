/** The i18n CLIs and validate's translation check, run as translators and CI run them (under tsx). */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, load, read, removeTempDirs, REPO_ROOT, write } from '../../data-engine/__tests__/helpers';
import { dataSources } from '../sources';

afterAll(removeTempDirs);

function cli(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, COMMUNITY_HUB_LANG: 'en' }, timeout: 90_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fixture site with locale `fr`: one course title translated and recorded, one doc translated without a record. */
function site(): string {
  const dir = copySite();
  write(dir, 'i18n/fr/community-data/courses.json', JSON.stringify({ 'courses.intro.title': { message: 'Introduction' } }));
  write(dir, 'i18n/fr/docusaurus-plugin-content-docs/current/ok.md', '---\ntitle: Bien\ndescription: Une page de test pour le site.\n---\n\nTexte.\n');
  return dir;
}

describe('npm run i18n:status', () => {
  it('prints per area and lists what needs work, as text and as JSON', () => {
    const dir = site();
    const r = cli('i18n-status', ['--site', dir, '--locale', 'fr']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fr \(français\)/);
    expect(r.stdout).toMatch(/data strings\s+courses\s+0\s+\d+\s+1/);
    expect(r.stdout).toContain('stale   courses.intro.title  (unrecorded)');
    expect(r.stdout).toContain('stale   docs/ok.md  (unrecorded)');
    const json = JSON.parse(cli('i18n-status', ['--site', dir, '--format', 'json']).stdout) as { sourceLocale: string; locales: Array<{ locale: string; totals: { stale: number } }> };
    expect(json.sourceLocale).toBe('zh-Hans');
    expect(json.locales.map((l) => [l.locale, l.totals.stale])).toEqual([['fr', 2]]);
  });

  it('--strict exits 1 while anything is missing or stale, and 0 once everything is translated and recorded', () => {
    const dir = site();
    const failing = cli('i18n-status', ['--site', dir, '--locale', 'fr', '--strict']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toMatch(/i18n:status --strict: fr has [1-9]\d* missing, 2 stale, 0 invalid/);

    // Translate every data string and the one page, then record them: nothing left to do.
    for (const [collection, strings] of Object.entries(dataSources(load(dir).collections))) {
      write(dir, `i18n/fr/community-data/${collection}.json`, JSON.stringify(Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, { message: `FR ${text}` }]))));
    }
    expect(cli('i18n-status', ['--site', dir, '--locale', 'fr', '--strict']).status).toBe(1);
    expect(cli('i18n-mark-current', ['--site', dir, '--locale', 'fr', '--all']).status).toBe(0);
    const clean = cli('i18n-status', ['--site', dir, '--locale', 'fr', '--strict']);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);

    // A source edit after that makes the string stale, and strict fails again.
    write(dir, 'data/courses/intro.yaml', read(dir, 'data/courses/intro.yaml').replace(/^title: .*$/m, 'title: 改过的标题'));
    const stale = cli('i18n-status', ['--site', dir, '--locale', 'fr', '--strict']);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('stale   courses.intro.title  (changed)');
  });

  it('exits 2 on an unknown locale or format', () => {
    expect(cli('i18n-status', ['--site', site(), '--locale', 'xx']).status).toBe(2);
    expect(cli('i18n-status', ['--site', site(), '--format', 'yaml']).status).toBe(2);
  });
});

describe('npm run i18n:mark-current', () => {
  it('records the named translations (translation file or page, by either path) and nothing else', () => {
    const dir = site();
    const r = cli('i18n-mark-current', ['--site', dir, '--locale', 'fr', `${dir}/i18n/fr/community-data/courses.json`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    let manifest = JSON.parse(read(dir, 'i18n/fr/translation-sources.json')) as { strings: Record<string, Record<string, string>>; files: Record<string, string> };
    expect(Object.keys(manifest.strings['community-data/courses.json']!)).toEqual(['courses.intro.title']);
    expect(manifest.files).toEqual({});
    expect(cli('i18n-mark-current', ['--site', dir, '--locale', 'fr', `${dir}/docs/ok.md`]).status).toBe(0);
    manifest = JSON.parse(read(dir, 'i18n/fr/translation-sources.json'));
    expect(Object.keys(manifest.files)).toEqual(['docs/ok.md']);
    expect(cli('i18n-status', ['--site', dir, '--locale', 'fr']).stdout).not.toContain('stale   ');
  });

  it('--all records every translation; an unknown file is a usage error', () => {
    const dir = site();
    expect(cli('i18n-mark-current', ['--site', dir, '--locale', 'fr', '--all']).status).toBe(0);
    const strict = cli('i18n-status', ['--site', dir, '--locale', 'fr']);
    expect(strict.stdout).toMatch(/total\s+\d+\s+\d+\s+0$/m);
    const bad = cli('i18n-mark-current', ['--site', dir, '--locale', 'fr', `${dir}/docs/nope.md`]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('neither a translation file of fr nor a translatable page');
  });
});

describe('npm run validate', () => {
  it('reports a data translation key for an entry that no longer exists, with file, line and column', () => {
    const dir = site();
    write(dir, 'i18n/fr/community-data/courses.json', '{\n  "courses.intro.title": { "message": "Introduction" },\n  "courses.renamed.title": { "message": "Renommé" }\n}\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--site', dir], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, COMMUNITY_HUB_LANG: 'en' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('i18n/fr/community-data/courses.json:3:3  courses.renamed.title: translates nothing: no entry or field has this key any more.');
  });
});
