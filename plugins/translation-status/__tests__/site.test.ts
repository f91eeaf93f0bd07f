import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, removeTempDirs, write } from '../../data-engine/__tests__/helpers';
import { loadDataSet } from '../../data-engine/index';
import { dataTranslationProblems } from '../dataTranslations';
import { markUntranslated } from '../markdown';
import { bannerKey } from '../bannerKey';
import { bannerPages, sourcePathOf } from '../pages';
import { loadSiteSources, siteStatus, siteStatusInput } from '../site';
import { recordSources } from '../status';
import { pruneManifest, readManifest, writeManifest } from '../sources';

afterAll(removeTempDirs);

/** The engine's fixture site with a fixture locale `fr`: one data string translated, the doc copied and translated. */
function siteWithFr(): string {
  const site = copySite();
  write(site, 'docs/guide.md', '---\ntitle: 指南\ndescription: 一个用来测试的指南页面。\n---\n\n正文。\n');
  write(site, 'i18n/fr/community-data/courses.json', JSON.stringify({ 'courses.intro.title': { message: 'Cours d’introduction' } }, null, 2));
  write(site, 'i18n/fr/docusaurus-plugin-content-docs/current/guide.md', '---\ntitle: Guide\ndescription: Une page de guide pour les tests.\n---\n\nTexte.\n');
  return site;
}

/** What write-translations does after docusaurus: copy missing pages marked untranslated, record new sources. */
function writeTranslations(site: string, locale: string): void {
  const sources = loadSiteSources(site);
  for (const file of siteStatusInput(site, sources, locale).files) {
    if (file.translation === undefined) write(site, file.translationPath, markUntranslated(file.source));
  }
  const input = siteStatusInput(site, sources, locale);
  writeManifest(site, locale, pruneManifest(recordSources(input.manifest, input, { onlyUnrecorded: true }), input));
}

describe('translation status of a site folder', () => {
  it('discovers the locale folder and counts data strings per collection and pages', () => {
    const site = siteWithFr();
    writeTranslations(site, 'fr');
    const [fr] = siteStatus(site, loadSiteSources(site));
    expect(fr!.locale).toBe('fr');
    const courses = fr!.groups.find((g) => g.area === 'data' && g.group === 'courses')!;
    expect(courses.translated).toBe(1);
    expect(courses.missing).toBeGreaterThan(0);
    expect(courses.items.map((i) => i.id)).toContain('courses.advanced.title');
    const docs = fr!.groups.find((g) => g.area === 'docs')!;
    // guide.md translated; ok.md copied and marked untranslated.
    expect(docs).toMatchObject({ translated: 1, missing: 1, stale: 0, items: [{ id: 'docs/ok.md', state: 'missing', reason: 'marked' }] });
    expect(fs.readFileSync(path.join(site, 'i18n/fr/docusaurus-plugin-content-docs/current/ok.md'), 'utf8')).toMatch(/^---\n#.*\nuntranslated: true\n/);
    expect(readManifest(site, 'fr').files['docs/guide.md']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a source edit makes the page and the data string stale; mark-current makes them current', () => {
    const site = siteWithFr();
    writeTranslations(site, 'fr');
    write(site, 'docs/guide.md', '---\ntitle: 指南\ndescription: 一个用来测试的指南页面。\n---\n\n正文，新增了一段。\n');
    write(site, 'data/courses/intro.yaml', fs.readFileSync(path.join(site, 'data/courses/intro.yaml'), 'utf8').replace('title: 入门课程', 'title: 入门课程（新版）'));
    // write-translations again does not hide staleness.
    writeTranslations(site, 'fr');
    let [fr] = siteStatus(site, loadSiteSources(site));
    expect(fr!.groups.find((g) => g.area === 'docs')!.items).toContainEqual({ id: 'docs/guide.md', state: 'stale', reason: 'changed' });
    expect(fr!.groups.find((g) => g.group === 'courses')!.items).toContainEqual({ id: 'courses.intro.title', state: 'stale', reason: 'changed' });

    const input = siteStatusInput(site, loadSiteSources(site), 'fr');
    writeManifest(site, 'fr', recordSources(input.manifest, input, { onlyUnrecorded: false, select: { markdownFiles: new Set(['docs/guide.md']), stringFiles: new Set(['community-data/courses.json']) } }));
    [fr] = siteStatus(site, loadSiteSources(site));
    expect(fr!.totals.stale).toBe(0);
  });

  it('banners: the stale page links to the original, the untranslated copy says so', () => {
    const site = siteWithFr();
    writeTranslations(site, 'fr');
    write(site, 'docs/guide.md', '---\ntitle: 指南（新）\ndescription: 一个用来测试的指南页面。\n---\n\n正文。\n');
    const input = siteStatusInput(site, loadSiteSources(site), 'fr');
    const pages = bannerPages({
      locale: 'fr',
      input,
      pages: [
        { source: '@site/i18n/fr/docusaurus-plugin-content-docs/current/guide.md', permalink: '/fr/docs/guide/' },
        // Docs permalinks carry no trailing slash; the site adds one.
        { source: '@site/i18n/fr/docusaurus-plugin-content-docs/current/ok.md', permalink: '/fr/docs/ok' },
      ],
      localeBaseUrl: '/fr/',
      sourceBaseUrl: '/',
      trailingSlash: true,
    });
    expect(pages).toEqual({ '/fr/docs/guide': { state: 'stale', original: '/docs/guide/' }, '/fr/docs/ok': { state: 'missing', original: '/docs/ok/' } });
    expect(bannerKey('/fr/docs/ok/')).toBe('/fr/docs/ok');
    expect(bannerKey('/')).toBe('/');
    expect(sourcePathOf('@site/courses/a/01.md', 'fr')).toBe('courses/a/01.md');
    expect(sourcePathOf('@site/i18n/fr/docusaurus-plugin-content-blog/2026-01-01-x.md', 'fr')).toBe('blog/2026-01-01-x.md');
  });

  it('reports data translation keys for entries that no longer exist, and broken JSON, with line and column', () => {
    const site = siteWithFr();
    write(site, 'i18n/fr/community-data/courses.json', '{\n  "courses.intro.title": { "message": "Intro" },\n  "courses.removed.title": { "message": "Supprimé" }\n}\n');
    write(site, 'i18n/fr/community-data/events.json', '{ "events.meetup.title": ');
    const problems = dataTranslationProblems(site, loadDataSet({ siteDir: site }).collections);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'i18n/fr/community-data/courses.json', line: 3, column: 3, code: 'translation.unknownKey', fieldPath: 'courses.removed.title', severity: 'error' }),
      expect.objectContaining({ file: 'i18n/fr/community-data/events.json', line: 1, code: 'translation.invalidJson', severity: 'error' }),
    ]);
  });
});
