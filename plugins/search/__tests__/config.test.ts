import { describe, expect, it } from 'vitest';
import { LOCAL_SEARCH_OPTIONS, searchLanguages, searchSetup } from '../config';

const all = { ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_API_KEY: 'search-key', ALGOLIA_INDEX_NAME: 'community' };

describe('searchSetup (which search the build ships)', () => {
  it('ships the offline search, and nothing of Algolia, when no variable is set', () => {
    const setup = searchSetup({}, 'zh-Hans');
    expect(setup.provider).toBe('local');
    expect(setup.themeConfig).toEqual({});
    expect(JSON.stringify(setup)).not.toMatch(/algolia/i);
    expect(setup.plugins).toHaveLength(1);
    const [plugin, options] = setup.plugins[0] as [string, typeof LOCAL_SEARCH_OPTIONS & { language: string[] }];
    expect(plugin).toMatch(/plugins[\\/]search[\\/]local/);
    expect(options.language).toEqual(['zh', 'en']);
    expect(options.indexPages).toBe(true);
  });

  it("indexes each locale in the source locale's language, its own, and English; a language without a pipeline is left out", () => {
    expect(searchLanguages('zh-Hans')).toEqual(['zh', 'en']);
    expect(searchLanguages('en')).toEqual(['zh', 'en']);
    expect(searchLanguages('fr')).toEqual(['zh', 'fr', 'en']);
    expect(searchLanguages('ja')).toEqual(['zh', 'ja', 'en']);
    expect(searchLanguages('pt-BR')).toEqual(['zh', 'pt', 'en']);
    expect(searchLanguages('yo')).toEqual(['zh', 'en']);
    // What `docusaurus start` without --locale leaves in DOCUSAURUS_CURRENT_LOCALE.
    expect(searchLanguages('undefined')).toEqual(['zh', 'en']);
    const [, options] = searchSetup({}, 'fr').plugins[0] as [string, { language: string[] }];
    expect(options.language).toEqual(['zh', 'fr', 'en']);
  });

  it('treats blank values as unset', () => {
    expect(searchSetup({ ALGOLIA_APP_ID: ' ', ALGOLIA_SEARCH_API_KEY: '', ALGOLIA_INDEX_NAME: '' }, 'en').provider).toBe('local');
  });

  it('uses DocSearch with the search key, filtered to the locale being built, when all three are set', () => {
    const setup = searchSetup(all, 'en');
    expect(setup.provider).toBe('algolia');
    expect(setup.plugins).toEqual([]);
    expect(setup.themeConfig).toEqual({
      algolia: {
        appId: 'APP',
        apiKey: 'search-key',
        indexName: 'community',
        contextualSearch: false,
        searchParameters: { facetFilters: ['locale:en'] },
        searchPagePath: false,
      },
    });
  });

  it("lets the Content-Security-Policy reach Algolia's hosts only when Algolia is on", () => {
    expect(searchSetup(all, 'en').connectSrc).toEqual(['https://app-dsn.algolia.net', 'https://*.algolianet.com']);
    expect(searchSetup({}, 'en').connectSrc).toEqual([]);
  });

  it('never puts the admin key in the site', () => {
    const setup = searchSetup({ ...all, ALGOLIA_ADMIN_API_KEY: 'admin-secret' }, 'zh-Hans');
    expect(JSON.stringify(setup)).not.toContain('admin-secret');
  });

  it('stops the build, naming what is missing, when only some are set', () => {
    expect(() => searchSetup({ ALGOLIA_APP_ID: 'APP', ALGOLIA_INDEX_NAME: 'x' }, 'en')).toThrow('ALGOLIA_SEARCH_API_KEY is not set');
    expect(() => searchSetup({ ALGOLIA_APP_ID: 'APP' }, 'en')).toThrow('ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME are not set');
  });
});
