import { describe, expect, it } from 'vitest';
import { localeHomeUrl, nonDefaultLocalePaths, rootBaseUrl, withLocaleBaseUrls } from '../localeUrls';

const i18n = (currentLocale: string) => ({
  currentLocale,
  defaultLocale: 'zh-Hans',
  locales: ['zh-Hans', 'en', 'pt-BR'],
  localeConfigs: { 'pt-BR': { path: 'pt' } } as never,
});

describe('locale URLs', () => {
  it('strips the current locale from the base URL', () => {
    expect(rootBaseUrl('/', i18n('zh-Hans'))).toBe('/');
    expect(rootBaseUrl('/hub/en/', i18n('en'))).toBe('/hub/');
    expect(rootBaseUrl('/pt/', i18n('pt-BR'))).toBe('/');
  });

  it('gives each locale its home page', () => {
    expect(localeHomeUrl('/hub/', i18n('en'), 'zh-Hans')).toBe('/hub/');
    expect(localeHomeUrl('/hub/', i18n('zh-Hans'), 'en')).toBe('/hub/en/');
    expect(localeHomeUrl('/', i18n('en'), 'pt-BR')).toBe('/pt/');
  });

  it('lists the path segments of the other locales', () => {
    expect(nonDefaultLocalePaths(i18n('en'))).toEqual(['en', 'pt']);
  });
});

describe('explicit locale base URLs (each locale built alone)', () => {
  it('keeps the default at the site base URL and every other locale under its path', () => {
    expect(withLocaleBaseUrls({ 'zh-Hans': { label: '简体中文' }, en: { label: 'English' }, 'pt-BR': { label: 'Português', path: 'pt' } }, '/hub/', 'zh-Hans')).toEqual({
      'zh-Hans': { label: '简体中文', baseUrl: '/hub/' },
      en: { label: 'English', baseUrl: '/hub/en/' },
      'pt-BR': { label: 'Português', path: 'pt', baseUrl: '/hub/pt/' },
    });
  });
});
