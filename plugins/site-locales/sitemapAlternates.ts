/**
 * Every page exists in every locale (untranslated content falls back to the
 * source), so each sitemap entry can name all its language versions: Google's
 * `<xhtml:link rel="alternate" hreflang>` form, plus `x-default` for the
 * source locale. The preset's sitemap writes `links` through unchanged.
 */
export interface SitemapItemWithLinks {
  url: string;
  links?: Array<{ lang: string; url: string }>;
  [key: string]: unknown;
}

export interface AlternatesOptions {
  /** `https://example.org`, no trailing slash needed. */
  siteUrl: string;
  /** The site's base URL without any locale, e.g. `/`. */
  baseUrl: string;
  /** The base URL of the locale whose sitemap this is, e.g. `/en/`. */
  localeBaseUrl: string;
  locales: string[];
  defaultLocale: string;
  /** `hreflang` per locale (the locale's htmlLang). */
  htmlLang?: Record<string, string>;
}

const withSlash = (s: string) => (s.endsWith('/') ? s : `${s}/`);

export function addSitemapAlternates<T extends SitemapItemWithLinks>(items: T[], o: AlternatesOptions): T[] {
  const origin = o.siteUrl.replace(/\/+$/, '');
  const base = withSlash(o.baseUrl);
  const localeBase = withSlash(o.localeBaseUrl);
  const urlFor = (locale: string, rest: string) => `${origin}${base}${locale === o.defaultLocale ? '' : `${locale}/`}${rest}`;
  return items.map((item) => {
    const pathname = item.url.startsWith(origin) ? item.url.slice(origin.length) : item.url;
    if (!pathname.startsWith(localeBase)) return item;
    const rest = pathname.slice(localeBase.length);
    const links = o.locales.map((l) => ({ lang: o.htmlLang?.[l] ?? l, url: urlFor(l, rest) }));
    links.push({ lang: 'x-default', url: urlFor(o.defaultLocale, rest) });
    return { ...item, links };
  });
}
