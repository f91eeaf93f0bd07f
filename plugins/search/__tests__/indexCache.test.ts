import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cacheFile, pageKey, readIndexCache, writeIndexCache, type IndexCache } from '../indexCache';
import { cacheSalt, indexPages, numberFromOne } from '../local';
import { resultLabels } from '../entryTypes';
import { makeTempDir, removeTempDirs, write } from '../../data-engine/__tests__/helpers';

/* eslint-disable @typescript-eslint/no-require-imports */
const parseModule = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/parse') as { parse: (...args: unknown[]) => unknown };
afterAll(removeTempDirs);

const config = { language: ['zh', 'en'], removeDefaultStopWordFilter: [], removeDefaultStemmer: false, ignoreCssSelectors: [], hashed: false } as never;
const labels = resultLabels({}, [], '/');

/** A built page as Docusaurus writes it: hashed chunk names in <script>/<link>, the text in <article>. */
function page(title: string, body: string, chunk = 'main.1a2b3c4d') {
  return `<!doctype html><html lang="zh-Hans"><head><title>${title}</title><link rel="stylesheet" href="/assets/css/styles.${chunk}.css"><script src="/assets/js/runtime~${chunk}.js" defer></script></head>
<body><main><article><header><h1>${title}</h1></header><div class="markdown"><p>${body}</p><h2 id="more">更多</h2><p>${body} 第二节</p></div></article></main></body></html>`;
}

function site(pages: Record<string, string>) {
  const dir = makeTempDir('search-cache-');
  for (const [url, html] of Object.entries(pages)) write(dir, `${url}index.html`, html);
  const paths = Object.keys(pages).map((url) => ({ url, type: 'docs' as const, filePath: path.join(dir, url, 'index.html') }));
  return { dir, paths };
}

const pages = {
  '/docs/tracing/': page('分布式追踪', '分布式追踪把一次请求经过的每个服务串成一条链路。'),
  '/docs/collector/': page('Collector', 'The collector receives, processes and exports telemetry.'),
  '/docs/governance/': page('社区治理', '技术委员会按多数表决作出决定。'),
};

describe('offline index cache', () => {
  it('a page’s key ignores its scripts and stylesheet links, not its text, kind or URL', () => {
    const html = pages['/docs/tracing/'];
    expect(pageKey(html, 'docs', '/a/')).toBe(pageKey(page('分布式追踪', '分布式追踪把一次请求经过的每个服务串成一条链路。', 'main.ffff0000'), 'docs', '/a/'));
    expect(pageKey(html, 'docs', '/a/')).not.toBe(pageKey(page('分布式追踪', '分布式追踪把一次请求经过的每个服务串成两条链路。'), 'docs', '/a/'));
    expect(pageKey(html, 'docs', '/a/')).not.toBe(pageKey(html, 'page', '/a/'));
    expect(pageKey(html, 'docs', '/a/')).not.toBe(pageKey(html, 'docs', '/b/'));
  });

  it('builds the same index with an empty cache, a full one, and after a page changed; reads again only what changed', async () => {
    const spy = vi.spyOn(parseModule, 'parse');
    const first = site(pages);
    const cold = await indexPages(first.paths, config, labels, { pages: {} }, 'salt');
    expect(cold).toMatchObject({ parsed: 3, indexReused: false });
    expect(spy).toHaveBeenCalledTimes(3);

    // Same text, new chunk names (as every rebuild may have): nothing read again, the index reused as is.
    const rebuilt = site(Object.fromEntries(Object.entries(pages).map(([u]) => [u, pages[u as keyof typeof pages].replaceAll('1a2b3c4d', '99aa88bb')])));
    const warm = await indexPages(rebuilt.paths, config, labels, cold.cache, 'salt');
    expect(warm).toMatchObject({ parsed: 0, indexReused: true });
    expect(warm.json).toBe(cold.json);
    expect(spy).toHaveBeenCalledTimes(3);

    // One page's text changed: that page alone is read, and the index equals one built from nothing.
    const changed = { ...pages, '/docs/governance/': page('社区治理', '技术委员会按绝对多数表决修改章程。') };
    const edited = await indexPages(site(changed).paths, config, labels, warm.cache, 'salt');
    expect(edited).toMatchObject({ parsed: 1, indexReused: false });
    const fresh = await indexPages(site(changed).paths, config, labels, { pages: {} }, 'salt');
    expect(edited.json).toBe(fresh.json);
    expect(edited.json).toContain('绝对多数');
    expect(edited.json).not.toContain('按多数表决作出决定');
    spy.mockRestore();
    // The plugin's own parse is back in place after each scan.
    expect(parseModule.parse.name).toBe('parse');
  });

  it('numbers each index’s documents from 1, whatever was indexed before in the process', async () => {
    const { paths } = site(pages);
    const a = await indexPages(paths, config, labels, { pages: {} }, 'salt');
    const b = await indexPages(paths, config, labels, { pages: {} }, 'salt');
    expect(b.json).toBe(a.json);
    const documents = (JSON.parse(a.json) as { documents: { i: number; p?: number }[] }[]).flatMap((part) => part.documents);
    expect(Math.min(...documents.map((d) => d.i))).toBe(1);
    // Every parent id is a title document's id.
    const titles = new Set((JSON.parse(a.json) as { documents: { i: number }[] }[])[0]!.documents.map((d) => d.i));
    for (const d of documents) if (d.p !== undefined) expect(titles.has(d.p)).toBe(true);
  });

  it('numbers a large site’s documents without running out of stack', () => {
    const documents = [Array.from({ length: 200_000 }, (_, n) => ({ i: 500_001 + n, t: '', u: '/' })), [{ i: 700_001, t: '', u: '/', p: 500_001 }]];
    numberFromOne(documents);
    expect(documents[0]![0]!.i).toBe(1);
    expect(documents[1]![0]).toMatchObject({ i: 200_001, p: 1 });
  });

  it('indexes two folders at once as it does one after the other (each scan has the page cache to itself)', async () => {
    const a = site(pages);
    const b = site({ '/docs/other/': page('其他', '另一个版本的文档。') });
    const [x, y] = await Promise.all([indexPages(a.paths, config, labels, { pages: {} }, 'salt'), indexPages(b.paths, config, labels, { pages: {} }, 'salt')]);
    expect(Object.keys(x.cache.pages)).toHaveLength(3);
    expect(Object.keys(y.cache.pages)).toHaveLength(1);
    expect(x.json).toBe((await indexPages(a.paths, config, labels, { pages: {} }, 'salt')).json);
    expect(parseModule.parse.name).toBe('parse');
  });

  it('salts the cache with the options and the Chinese user dictionary’s words', () => {
    const dir = makeTempDir('search-cache-dict-');
    const dict = path.join(dir, 'dict.txt');
    write(dir, 'dict.txt', '可观测性 10 n\n');
    const withDict = { ...(config as object), zhUserDictPath: dict } as never;
    const before = cacheSalt(withDict);
    expect(cacheSalt(withDict)).toBe(before);
    expect(cacheSalt(config)).not.toBe(before);
    fs.writeFileSync(dict, '可观测性 10 n\n链路追踪 10 n\n');
    expect(cacheSalt(withDict)).not.toBe(before);
  });

  it('keeps only the pages of the last build, and a different salt (options, versions) rebuilds the index', async () => {
    const { paths } = site(pages);
    const full = await indexPages(paths, config, labels, { pages: {} }, 'salt');
    const fewer = await indexPages(paths.slice(1), config, labels, full.cache, 'salt');
    expect(Object.keys(fewer.cache.pages)).toHaveLength(2);
    const other = await indexPages(paths, config, labels, full.cache, 'another salt');
    expect(other.indexReused).toBe(false);
  });

  it('treats a missing, corrupt or other-version cache file as empty, and writes whole files', () => {
    const dir = makeTempDir('search-cache-file-');
    const file = cacheFile(dir, 'zh-Hans', '');
    expect(readIndexCache(file, 'v1')).toEqual({ pages: {} });
    const cache: IndexCache = { pages: { k: { pageTitle: 't' } }, index: { key: 'x', json: '[]' } };
    writeIndexCache(file, 'v1', cache);
    expect(readIndexCache(file, 'v1')).toEqual(cache);
    expect(readIndexCache(file, 'v2')).toEqual({ pages: {} });
    expect(fs.readdirSync(dir)).toEqual(['zh-Hans.json']); // no temporary file left behind
    fs.writeFileSync(file, '{"version":"v1","pages":');
    expect(readIndexCache(file, 'v1')).toEqual({ pages: {} });
    expect(cacheFile(dir, 'en', 'docs/next')).not.toBe(cacheFile(dir, 'en', ''));
  });
});
