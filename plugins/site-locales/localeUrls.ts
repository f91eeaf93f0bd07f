import type { I18n } from '@docusaurus/types';

type LocaleInfo = Pick<I18n, 'currentLocale' | 'defaultLocale' | 'locales' | 'localeConfigs'>;

/** The URL path segment of a locale (its `path`, by default the locale name). */
export function localePath(i18n: LocaleInfo, locale: string): string {
  return i18n.localeConfigs[locale]?.path ?? locale;
}

/** The site's base URL without the current locale's segment (`/en/` → `/`). */
export function rootBaseUrl(baseUrl: string, i18n: LocaleInfo): string {
  if (i18n.currentLocale === i18n.defaultLocale) return baseUrl;
  const segment = `${localePath(i18n, i18n.currentLocale)}/`;
  return baseUrl.endsWith(segment) ? baseUrl.slice(0, -segment.length) : baseUrl;
}

/** The home page of a locale, from the root base URL. */
export function localeHomeUrl(rootBase: string, i18n: LocaleInfo, locale: string): string {
  return locale === i18n.defaultLocale ? rootBase : `${rootBase}${localePath(i18n, locale)}/`;
}

/** The path segments of every locale but the default. */
export function nonDefaultLocalePaths(i18n: LocaleInfo): string[] {
  return i18n.locales.filter((l) => l !== i18n.defaultLocale).map((l) => localePath(i18n, l));
}

/** Locale configs with an explicit base URL each: the default at the site's, every other under `<path>/`. */
export function withLocaleBaseUrls<C extends { path?: string }>(configs: Record<string, C>, siteBaseUrl: string, defaultLocale: string): Record<string, C & { baseUrl: string }> {
  return Object.fromEntries(
    Object.entries(configs).map(([locale, config]) => [locale, { ...config, baseUrl: locale === defaultLocale ? siteBaseUrl : `${siteBaseUrl}${config.path ?? locale}/` }]),
  );
}
