import fs from 'node:fs';
import path from 'node:path';

/** What a locale folder may say about itself in `i18n/<locale>/locale.json`; anything absent comes from Intl. */
export interface LocaleMetadata {
  label: string;
  direction: 'ltr' | 'rtl';
  htmlLang: string;
  calendar: string;
  path?: string;
}

export const DEFAULT_LOCALE = 'zh-Hans';
/** Where the site is published unless SITE_URL says otherwise (page URLs, feeds, search records). */
export const DEFAULT_SITE_URL = 'https://observability-community.org';

function isLocaleTag(name: string): boolean {
  try {
    return Intl.getCanonicalLocales(name).length === 1;
  } catch {
    return false;
  }
}

/** Label, direction and calendar for a locale from the runtime's CLDR data. */
export function localeMetadataFromIntl(locale: string): LocaleMetadata {
  const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
    textInfo?: { direction?: string };
    getTextInfo?: () => { direction?: string };
    calendars?: string[];
    getCalendars?: () => string[];
  };
  const textInfo = intlLocale.getTextInfo?.() ?? intlLocale.textInfo;
  const calendars = intlLocale.getCalendars?.() ?? intlLocale.calendars;
  let label = locale;
  try {
    label = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // Unknown to CLDR: the tag itself is a fine label.
  }
  return {
    label,
    direction: textInfo?.direction === 'rtl' ? 'rtl' : 'ltr',
    htmlLang: locale,
    calendar: calendars?.[0] ?? 'gregory',
  };
}

const LOCALE_FIELDS = ['label', 'direction', 'htmlLang', 'calendar', 'path'] as const;

/** A translator's `locale.json`, checked so a typo names the file instead of breaking the build obscurely. */
function readLocaleFile(file: string, shown: string): Partial<LocaleMetadata> {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${shown}: must be a JSON object such as { "label": "日本語" }`);
  for (const [key, v] of Object.entries(value)) {
    if (!(LOCALE_FIELDS as readonly string[]).includes(key)) throw new Error(`${shown}: unknown field "${key}"; allowed: ${LOCALE_FIELDS.join(', ')}`);
    if (typeof v !== 'string' || v === '') throw new Error(`${shown}: "${key}" must be a non-empty string`);
  }
  const direction = (value as { direction?: string }).direction;
  if (direction !== undefined && direction !== 'ltr' && direction !== 'rtl') throw new Error(`${shown}: "direction" must be "ltr" or "rtl", not "${direction}"`);
  // The pages word numbers and dates with Intl in this language: a malformed tag would fail there, far from this file.
  const htmlLang = (value as { htmlLang?: string }).htmlLang;
  if (htmlLang !== undefined && !isLocaleTag(htmlLang)) throw new Error(`${shown}: "htmlLang" must be a BCP 47 language tag such as "ja" or "pt-BR", not "${htmlLang}"`);
  return value as Partial<LocaleMetadata>;
}

/**
 * The site's locales: the default plus every folder under `i18n/` whose name
 * is a BCP 47 tag. A translator adds a locale by adding a folder; no
 * TypeScript changes.
 */
export function discoverLocales(siteDir: string, defaultLocale = DEFAULT_LOCALE): { locales: string[]; localeConfigs: Record<string, LocaleMetadata> } {
  const i18nDir = path.join(siteDir, 'i18n');
  const folders = fs.existsSync(i18nDir)
    ? fs
        .readdirSync(i18nDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && isLocaleTag(d.name))
        .map((d) => d.name)
    : [];
  const locales = [defaultLocale, ...folders.filter((l) => l !== defaultLocale).sort()];
  const localeConfigs: Record<string, LocaleMetadata> = {};
  for (const locale of locales) {
    const file = path.join(i18nDir, locale, 'locale.json');
    localeConfigs[locale] = { ...localeMetadataFromIntl(locale), ...(fs.existsSync(file) ? readLocaleFile(file, path.relative(siteDir, file)) : {}) };
  }
  return { locales, localeConfigs };
}

/**
 * Site-wide strings (title, tagline, feed title) for the locale being built.
 * Docusaurus translates the navbar but not `siteConfig.title`, which ends up
 * in every page's <title>; translators set `site.*` ids in the locale's
 * code.json like any other UI string, and the default locale's come from
 * `defaults`.
 */
export function siteStrings<T extends Record<string, string>>(siteDir: string, locale: string, defaults: T): T {
  const file = path.join(siteDir, 'i18n', locale, 'code.json');
  if (!fs.existsSync(file)) return defaults;
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
  const out: Record<string, string> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const message = messages[`site.${key}`]?.message;
    if (message) out[key] = message;
  }
  return out as T;
}
