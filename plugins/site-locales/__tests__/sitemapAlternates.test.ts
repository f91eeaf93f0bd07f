import { describe, expect, it } from 'vitest';
import { addSitemapAlternates } from '../sitemapAlternates';

const options = { siteUrl: 'https://example.org', baseUrl: '/', locales: ['zh-Hans', 'en', 'fr'], defaultLocale: 'zh-Hans' };

describe('sitemap alternates', () => {
  it('names every locale version of a page of the default locale, plus x-default', () => {
    const [item] = addSitemapAlternates([{ url: 'https://example.org/docs/intro/', priority: 0.5 }], { ...options, localeBaseUrl: '/' });
    expect(item).toEqual({
      url: 'https://example.org/docs/intro/',
      priority: 0.5,
      links: [
        { lang: 'zh-Hans', url: 'https://example.org/docs/intro/' },
        { lang: 'en', url: 'https://example.org/en/docs/intro/' },
        { lang: 'fr', url: 'https://example.org/fr/docs/intro/' },
        { lang: 'x-default', url: 'https://example.org/docs/intro/' },
      ],
    });
  });

  it('does the same from another locale, under a base URL', () => {
    const [item] = addSitemapAlternates<{ url: string; links?: Array<{ lang: string; url: string }> }>([{ url: 'https://example.org/hub/en/courses/' }], { ...options, baseUrl: '/hub/', localeBaseUrl: '/hub/en/', htmlLang: { en: 'en-GB' } });
    expect(item!.links).toEqual([
      { lang: 'zh-Hans', url: 'https://example.org/hub/courses/' },
      { lang: 'en-GB', url: 'https://example.org/hub/en/courses/' },
      { lang: 'fr', url: 'https://example.org/hub/fr/courses/' },
      { lang: 'x-default', url: 'https://example.org/hub/courses/' },
    ]);
  });

  it('leaves a URL outside the locale alone', () => {
    const items = [{ url: 'https://other.org/x/' }];
    expect(addSitemapAlternates(items, { ...options, localeBaseUrl: '/en/' })).toEqual(items);
  });
});
