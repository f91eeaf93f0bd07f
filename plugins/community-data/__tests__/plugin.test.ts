import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadContext, TranslationFile } from '@docusaurus/types';
import pluginCommunityData from '../index';
import { DEFAULT_OPTIONS } from '../options';
import type { CommunityDataContent } from '../types';

const repoRoot = path.resolve(__dirname, '../../..');
const fixture = path.join(__dirname, '__fixtures__', 'minimal-site');
const tmpRoot = path.join(repoRoot, '.tmp-tests');
const created: string[] = [];

function copyFixture(name: string): string {
  fs.mkdirSync(tmpRoot, { recursive: true });
  const dir = fs.mkdtempSync(path.join(tmpRoot, `${name}-`));
  fs.cpSync(fixture, dir, { recursive: true });
  created.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

function context(siteDir: string, currentLocale: string): LoadContext {
  return { siteDir, i18n: { currentLocale, defaultLocale: 'zh-Hans', locales: ['zh-Hans', 'en'] } } as unknown as LoadContext;
}

function plugin(siteDir: string, locale: string) {
  return pluginCommunityData(context(siteDir, locale), { id: 'default', ...DEFAULT_OPTIONS, markdownDirs: [] });
}

function readTranslationFiles(siteDir: string, locale: string): TranslationFile[] {
  const dir = path.join(siteDir, 'i18n', locale, 'community-data');
  return fs.readdirSync(dir).map((f) => ({ path: f.replace(/\.json$/, ''), content: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

describe('community-data plugin lifecycle', () => {
  it('extracts every translatable data string into one translation file per collection', async () => {
    const p = plugin(fixture, 'en');
    const content = (await p.loadContent!()) as CommunityDataContent;
    const files = (await p.getTranslationFiles!({ content })) as TranslationFile[];
    expect(files.map((f) => f.path)).toEqual(['partners']);
    expect(Object.keys(files[0]!.content).sort()).toEqual(
      [
        'partners.harbor-labs.logo.alt',
        'partners.harbor-labs.name',
        'partners.harbor-labs.summary',
        'partners.lumen-cloud.logo.alt',
        'partners.lumen-cloud.name',
        'partners.lumen-cloud.summary',
      ].sort(),
    );
    expect(files[0]!.content['partners.lumen-cloud.name']!.message).toBe('流明云');
  });

  it('applies en translations and falls back to zh-Hans, listing what fell back', async () => {
    const p = plugin(fixture, 'en');
    const content = (await p.loadContent!()) as CommunityDataContent;
    const translated = p.translateContent!({ content, translationFiles: readTranslationFiles(fixture, 'en') }) as CommunityDataContent;
    const [harbor, lumen] = translated.collections.partners!;
    expect(lumen!.data.name).toBe('Lumen Cloud');
    expect((lumen!.data.logo as { alt: string }).alt).toBe('Lumen Cloud logo');
    expect(lumen!.fallbacks).toEqual([]);
    expect(harbor!.data.name).toBe('港湾实验室');
    expect(harbor!.fallbacks).toEqual(['/name', '/summary', '/logo/alt']);
    // Markup in data is kept as text, never interpreted.
    expect(harbor!.data.summary).toBe('<script>alert("x")</script> 开源工具');
  });

  it('leaves the default locale untouched', async () => {
    const p = plugin(fixture, 'zh-Hans');
    const content = (await p.loadContent!()) as CommunityDataContent;
    const translated = p.translateContent!({ content, translationFiles: [] }) as CommunityDataContent;
    expect(translated.collections.partners!.every((e) => e.fallbacks.length === 0)).toBe(true);
    expect(translated.collections.partners![1]!.data.name).toBe('流明云');
  });

  it('throws the whole report (not a stack trace) on bad data outside the dev server', async () => {
    const site = copyFixture('bad-data');
    fs.writeFileSync(path.join(site, 'data/partners/bad.yaml'), 'id: bad\nname: 坏\ntier: gld\nlogo:\n  src: /img/missing.svg\n  alt: x\n');
    const p = plugin(site, 'zh-Hans');
    await expect(p.loadContent!()).rejects.toThrow(/data\/partners\/bad\.yaml:3:7 {2}tier: /);
    await expect(p.loadContent!()).rejects.toThrow(/data\/partners\/bad\.yaml:5:8 {2}logo\.src: /);
  });

  it('keeps the last good data in the dev server and reports problems for the banner', async () => {
    const site = copyFixture('dev');
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const p = plugin(site, 'zh-Hans');
      const good = (await p.loadContent!()) as CommunityDataContent;
      expect(good.problems).toEqual([]);
      fs.writeFileSync(path.join(site, 'data/partners/lumen-cloud.yaml'), 'id: lumen-cloud\nname: 改坏了\ntier: gld\nlogo:\n  src: /img/lumen.svg\n  alt: a\n');
      const broken = (await p.loadContent!()) as CommunityDataContent;
      expect(broken.problems).toHaveLength(1);
      expect(broken.problems[0]!.location).toBe('data/partners/lumen-cloud.yaml:3:7');
      expect(broken.problems[0]!.message.en).toContain('Did you mean "gold"?');
      expect(broken.problems[0]!.message['zh-Hans']).toContain('是不是想写 "gold"');
      // Still the last good entry, not the broken one.
      expect(broken.collections.partners!.find((e) => e.id === 'lumen-cloud')!.data.name).toBe('流明云');
      fs.writeFileSync(path.join(site, 'data/partners/lumen-cloud.yaml'), 'id: lumen-cloud\nname: 修好了\ntier: gold\nlogo:\n  src: /img/lumen.svg\n  alt: a\n');
      const fixed = (await p.loadContent!()) as CommunityDataContent;
      expect(fixed.problems).toEqual([]);
      expect(fixed.collections.partners!.find((e) => e.id === 'lumen-cloud')!.data.name).toBe('修好了');
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});

describe('docusaurus commands on a fixture site', () => {
  const docusaurus = path.join(repoRoot, 'node_modules', '.bin', 'docusaurus');

  it('docusaurus build fails on a bad data file and prints the report', () => {
    const site = copyFixture('build-fails');
    fs.writeFileSync(path.join(site, 'data/partners/acme.yaml'), 'id: acme\nname: 极客\ntier: gld\nwebsite: https://acme.example\nlogo:\n  src: /img/lumen.svg\n  alt: 标志\n');
    const r = spawnSync(docusaurus, ['build', site], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' }, timeout: 300_000 });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toContain('data/partners/acme.yaml:3:7  tier: "gld" is not allowed');
    expect(output).toContain('Did you mean "gold"?');
    expect(output).toContain('data/partners/acme.yaml:4:1  website: unknown field "website".');
  });

  it('builds both locales: translated names in en, untranslated ones marked, markup in data shown as text', () => {
    const site = copyFixture('build-ok');
    fs.writeFileSync(path.join(site, 'data/partners/harbor-labs.yaml'), fs.readFileSync(path.join(site, 'data/partners/harbor-labs.yaml'), 'utf8').replace('name: 港湾实验室', 'name: <img src=x onerror=alert(1)>港湾实验室'));
    const r = spawnSync(docusaurus, ['build', site], { encoding: 'utf8', timeout: 600_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    // The build names what fell back.
    expect(`${r.stdout}\n${r.stderr}`).toContain('partners.harbor-labs.name');
    const en = fs.readFileSync(path.join(site, 'build/en/reference/data/partners/index.html'), 'utf8');
    expect(en).toContain('Lumen Cloud');
    expect(en).toMatch(/<span lang="?zh-Hans"?>&lt;img src=x onerror=alert\(1\)(>|&gt;)港湾实验室<\/span><span class="?data-fallback-marker"?/);
    expect(en).not.toContain('<img src=x');
    const zh = fs.readFileSync(path.join(site, 'build/reference/data/partners/index.html'), 'utf8');
    expect(zh).toContain('流明云');
    expect(zh).not.toContain('data-fallback-marker');
  });

  it('write-translations writes data strings next to the UI strings, keeping existing translations', () => {
    const site = copyFixture('write-translations');
    const r = spawnSync(docusaurus, ['write-translations', site, '--locale', 'en'], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(fs.readFileSync(path.join(site, 'i18n/en/community-data/partners.json'), 'utf8'));
    expect(file['partners.lumen-cloud.name'].message).toBe('Lumen Cloud');
    expect(file['partners.harbor-labs.name'].message).toBe('港湾实验室');
    expect(fs.existsSync(path.join(site, 'i18n/en/code.json'))).toBe(true);
    const reference = JSON.parse(fs.readFileSync(path.join(site, 'i18n/en/data-reference/partners.json'), 'utf8'));
    expect(reference['partners.partner.tier.enum.gold'].message).toBe('金牌');
  });
});
