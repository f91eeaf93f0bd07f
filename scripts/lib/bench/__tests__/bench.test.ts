import { describe, expect, it } from 'vitest';
import { median, pairedRatios, summarize } from '../stats';
import { parsePerfLog, pluginNamesFromSources, pluginShare, pluginStep } from '../perfLog';
import { figuresTable, formatTable, verdict, type Figure } from '../table';
import { vanillaDocCount, vanillaSiteFiles, VANILLA_FIXED_PAGES } from '../vanillaSite';
import { addUp, bucketOf } from '../pageWeight';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(/no values/);
  });
  it('summarizes with min–max spread and keeps the runs', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: [5, 1, 3] });
  });
  it('pairs ratios run by run', () => {
    expect(pairedRatios([10, 30, 20], [10, 10, 10])).toMatchObject({ median: 2, min: 1, max: 3 });
    expect(() => pairedRatios([1], [1, 2])).toThrow(/equal/);
  });
});

// Captured from `DOCUSAURUS_PERF_LOGGER=true docusaurus build` (colours as the logger prints them).
const LOG = [
  '\x1b[33m[PERF]\x1b[39m Get locales to build - \x1b[31m3.86 seconds!\x1b[39m - (Heap 51mb -> 69mb / Total 94mb)',
  '[INFO] [zh-Hans] Creating an optimized production build...',
  '[PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load community-data@default > loadContent() - 1.50 seconds! - (Heap 133mb -> 138mb / Total 167mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load community-data@default - 1.60 seconds! - (Heap 133mb -> 132mb / Total 168mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load site-seo@default > loadContent() - 8.66 ms - (Heap 138mb -> 138mb / Total 167mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load docs@default > loadContent() - 500.00 ms - (Heap 1mb -> 1mb / Total 1mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > Load plugins content > Load community-events@default > loadContent() - 20.00 ms - (Heap 1mb -> 1mb / Total 1mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > allContentLoaded() > allContentLoaded() - community-events@default - 542.03 ms - (Heap 135mb -> 139mb / Total 169mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > allContentLoaded() > allContentLoaded() - community-courses@default - 530.00 ms - (Heap 135mb -> 139mb / Total 169mb)',
  '[PERF] Build > zh-Hans > Load site > Load plugins > allContentLoaded() - 548.23 ms - (Heap 134mb -> 139mb / Total 169mb)',
  '[PERF] Build > zh-Hans > SSG > Thread pool > Result for task 1 - (Heap 208mb / Total 239mb)',
  '[PERF] Build > zh-Hans > postBuild() > postBuild() - community-events@default - 40.00 ms - (Heap 1mb -> 1mb / Total 1mb)',
  '[PERF][KO] Build > zh-Hans > postBuild() - 3.69 seconds! - (Heap 208mb -> 329mb / Total 362mb)',
  '[PERF] Build > zh-Hans - 63.81 seconds! - (Heap 69mb -> 331mb / Total 362mb)',
  '[PERF] Build - 63.81 seconds! - (Heap 69mb -> 331mb / Total 362mb)',
].join('\n');

describe('perf log', () => {
  it('parses timed lines in ms and seconds, ignores the rest', () => {
    const entries = parsePerfLog(LOG);
    expect(entries[0]).toEqual({ label: 'Get locales to build', ms: 3860 });
    expect(entries.find((e) => e.label.endsWith('site-seo@default > loadContent()'))?.ms).toBeCloseTo(8.66);
    expect(entries.some((e) => e.label.includes('Result for task'))).toBe(false);
    expect(entries.some((e) => e.label.startsWith('[INFO]'))).toBe(false);
    expect(entries.at(-1)).toEqual({ label: 'Build', ms: 63810 });
    expect(entries.find((e) => e.label.endsWith('postBuild()'))?.ms).toBe(3690);
  });
  it('recognises one plugin’s lifecycle step, not the totals around it', () => {
    expect(pluginStep('Build > zh-Hans > Load site > Load plugins > Load plugins content > Load site-seo@default > loadContent()')).toEqual({ plugin: 'site-seo@default', hook: 'loadContent', group: 'Build > zh-Hans > Load site > Load plugins > Load plugins content' });
    expect(pluginStep('Build > zh-Hans > Load site > Load plugins > allContentLoaded() > allContentLoaded() - community-events@default')).toEqual({ plugin: 'community-events@default', hook: 'allContentLoaded', group: 'Build > zh-Hans > Load site > Load plugins > allContentLoaded()' });
    expect(pluginStep('Build > en > postBuild() > postBuild() - community-events@default')).toEqual({ plugin: 'community-events@default', hook: 'postBuild', group: 'Build > en > postBuild()' });
    expect(pluginStep('Build > zh-Hans > Load site > Load plugins > Load plugins content > Load community-data@default')).toBeUndefined();
    expect(pluginStep('Build > zh-Hans > Load site > Load plugins > allContentLoaded()')).toBeUndefined();
  });
  it('counts steps started together once: per group, the longest of our plugins’ chains', () => {
    const share = pluginShare(parsePerfLog(LOG), ['community-data', 'site-seo', 'community-events', 'community-courses']);
    expect(share.byPlugin).toEqual({ 'community-data': 1500, 'site-seo': 8.66, 'community-events': 602.03, 'community-courses': 530 });
    expect(share.sumMs).toBeCloseTo(2640.69);
    // Loading: community-data's 1,500 ms (docs@default is not ours); allContentLoaded: 542.03 ms; postBuild: 40 ms.
    expect(share.oursMs).toBeCloseTo(1500 + 542.03 + 40);
    expect(share.totalMs).toBe(63810);
  });
  it('refuses a log without the logger’s total', () => {
    expect(() => pluginShare(parsePerfLog('[INFO] nothing'), ['x'])).toThrow(/DOCUSAURUS_PERF_LOGGER/);
  });
  it('reads plugin names from their sources', () => {
    expect(pluginNamesFromSources(["export default function p() {\n  return {\n    name: 'site-seo',\n    x: { name: 'other' } };\n}", 'no plugin here'])).toEqual(['site-seo']);
  });
});

describe('table', () => {
  const figures: Figure[] = [
    { name: 'build vs vanilla', detail: 'a ÷ b', value: summarize([1.04, 1.2, 1.0]), target: 1.1, unit: 'ratio' },
    { name: 'our share', detail: 'steps ÷ total', value: summarize([0.051]), target: 0.03, unit: 'percent' },
    { name: 'weight', detail: 'p', value: undefined, unit: 'ratio', note: 'not in this build' },
  ];
  it('says whether each target is met', () => {
    expect(figures.map(verdict)).toEqual(['met', 'NOT MET', 'not measured']);
  });
  it('aligns columns and shows spread, target and unit', () => {
    expect(figuresTable(figures).split('\n')).toEqual([
      'figure            median  spread       target   result        what',
      'build vs vanilla  1.04×   1.00×–1.20×  ≤ 1.10×  met           a ÷ b',
      'our share         5.1 %   one run      ≤ 3.0 %  NOT MET       steps ÷ total',
      'weight            —       —            —        not measured  p; not in this build',
    ]);
  });
  it('pads by characters, not bytes', () => {
    expect(formatTable([['ä', 'b'], ['xx', 'y']])).toBe('ä   b\nxx  y');
  });
});

describe('vanilla site', () => {
  it('has as many pages per locale as asked: docs plus home and 404', () => {
    const files = vanillaSiteFiles({ pagesPerLocale: 12, locales: ['zh-Hans', 'en'], defaultLocale: 'zh-Hans' });
    const docs = Object.keys(files).filter((f) => f.startsWith('docs/'));
    expect(docs).toHaveLength(12 - VANILLA_FIXED_PAGES);
    expect(vanillaDocCount(12)).toBe(10);
    expect(vanillaDocCount(1)).toBe(1);
    expect(files['src/pages/index.md']).toBeDefined();
  });
  it('is a classic-preset site with Faster on and the same locales', () => {
    const config = vanillaSiteFiles({ pagesPerLocale: 3, locales: ['zh-Hans', 'en'], defaultLocale: 'zh-Hans' })['docusaurus.config.js']!;
    expect(config).toContain("future: { v4: true, faster: true }");
    expect(config).toContain(`defaultLocale: "zh-Hans", locales: ["zh-Hans","en"]`);
    expect(config).toContain("presets: [['classic'");
  });
  it('links each doc to the next, none past the last', () => {
    const files = vanillaSiteFiles({ pagesPerLocale: 4, locales: ['en'], defaultLocale: 'en' });
    expect(files['docs/doc-1.md']).toContain('](./doc-2.md)');
    expect(files['docs/doc-2.md']).not.toContain('](./doc-3.md)');
  });
});

describe('page weight', () => {
  it('buckets Chromium resource types and sums gzip bytes', () => {
    expect(bucketOf('document')).toBe('html');
    expect(bucketOf('script')).toBe('js');
    expect(bucketOf('stylesheet')).toBe('css');
    expect(bucketOf('image')).toBe('other');
    expect(addUp([{ resourceType: 'script', gzipBytes: 10 }, { resourceType: 'script', gzipBytes: 5 }, { resourceType: 'document', gzipBytes: 3 }, { resourceType: 'font', gzipBytes: 1 }])).toEqual({ html: 3, js: 15, css: 0, other: 1 });
  });
});
