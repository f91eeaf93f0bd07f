import { describe, expect, it } from 'vitest';
import { labelFor, resultLabels } from '../entryTypes';
import { labelDocuments, pagesToIndex } from '../local';
import { collections, references } from './fixtures';

describe('offline index: entry pages and their type', () => {
  const zh = resultLabels(collections(), references('zh'), '/');
  const en = resultLabels(collections(), references('en'), '/en/');

  it('labels each entry page with its type, in the locale, from the schema', () => {
    expect(labelFor(zh, '/courses/distributed-tracing/')).toBe('课程');
    expect(labelFor(en, '/en/courses/distributed-tracing/')).toBe('Course');
    expect(labelFor(en, '/en/partners/lanfeng-cloud/')).toBe('Partner');
    expect(labelFor(zh, '/governance/bodies/')).toBe('社区治理');
    expect(labelFor(en, '/en/governance/')).toBe('Community governance');
  });

  it('leaves other pages alone: lessons, catalogs, kinds without pages, other locales', () => {
    expect(labelFor(zh, '/courses/')).toBeUndefined();
    expect(labelFor(zh, '/courses/distributed-tracing/span-design/')).toBeUndefined();
    expect(labelFor(zh, '/courses/microservices/')).toBeUndefined();
    expect(labelFor(en, '/courses/distributed-tracing/')).toBeUndefined();
  });

  it('sets the breadcrumb of title documents only', () => {
    const documents = [
      [
        { i: 1, t: '分布式追踪', u: '/courses/distributed-tracing/', b: [] as string[] } as { i: number; t: string; u: string; b?: string[] },
        { i: 2, t: '快速开始', u: '/docs/', b: ['指南'] },
      ],
      [{ i: 3, t: '分布式追踪', u: '/courses/distributed-tracing/' }],
    ];
    expect(labelDocuments(documents, zh)).toBe(1);
    expect(documents[0]!.map((d) => d.b)).toEqual([['课程'], ['指南']]);
    expect(documents[1]![0]).not.toHaveProperty('b');
  });

  it('indexes entry pages under a docs route base as pages, next to the docs there', () => {
    const buildData = {
      outDir: '/out',
      baseUrl: '/',
      siteConfig: { trailingSlash: true },
      routesPaths: ['/', '/404.html', '/search/', '/docs/', '/courses/', '/courses/a/', '/courses/a/lesson/', '/courses/tags/', '/blog/', '/blog/post/', '/reference/data/'],
      plugins: [{ name: 'docusaurus-plugin-content-docs', content: { loadedVersions: [{ path: '/', isLast: true, docs: [{ permalink: '/docs/' }, { permalink: '/courses/a/lesson/' }] }] } }],
    };
    const config = { indexDocs: true, indexBlog: true, indexPages: true, docsRouteBasePath: ['docs', 'courses'], blogRouteBasePath: ['blog'], ignoreFiles: [/(^|\/)tags(\/|$)/] };
    const [version] = pagesToIndex(buildData, config as never);
    const byUrl = Object.fromEntries(version!.paths.map((p) => [p.url, p.type]));
    expect(byUrl).toEqual({
      '/docs/': 'docs',
      '/courses/a/lesson/': 'docs',
      '/blog/post/': 'blog',
      '/reference/data/': 'page',
      '/courses/': 'page',
      '/courses/a/': 'page',
    });
    expect(version!.paths.find((p) => p.url === '/courses/a/')!.filePath).toBe('/out/courses/a/index.html');
  });
});
