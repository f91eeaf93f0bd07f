/** Pure: the status page's props and the banner map, from computed statuses and the site's pages. */
import type { I18nLocaleConfig } from '@docusaurus/types';
import { bannerKey } from './bannerKey';
import { fileState, type StatusInput } from './status';
import { CONTENT_AREAS } from './sources';
import type { LocaleStatus, PageBanner, TranslationStatusPageProps } from './types';

export interface PageSource {
  /** As Docusaurus gives it: `@site/docs/intro.md` or `@site/i18n/en/docusaurus-plugin-content-docs/current/intro.md`. */
  source: string;
  permalink: string;
}

/** The source file a page was rendered from (its own path when Docusaurus fell back to it). */
export function sourcePathOf(source: string, locale: string): string | undefined {
  const rel = source.replace(/^@site\//, '');
  for (const { sourceDir, translationDir } of CONTENT_AREAS) {
    const prefix = `i18n/${locale}/${translationDir}/`;
    if (rel.startsWith(prefix)) return `${sourceDir}/${rel.slice(prefix.length)}`;
    if (rel.startsWith(`${sourceDir}/`)) return rel;
  }
  return undefined;
}

/** Pages of `locale` that need a banner: stale ones and ones showing source-locale content. */
export function bannerPages(args: { locale: string; input: StatusInput; pages: PageSource[]; localeBaseUrl: string; sourceBaseUrl: string; trailingSlash?: boolean }): Record<string, PageBanner> {
  const files = new Map(args.input.files.map((f) => [f.sourcePath, f]));
  const out: Record<string, PageBanner> = {};
  for (const page of args.pages) {
    const sourcePath = sourcePathOf(page.source, args.locale);
    const file = sourcePath ? files.get(sourcePath) : undefined;
    if (!file) continue;
    const { state } = fileState(file, args.input.manifest.files[file.sourcePath]);
    if (state === 'translated') continue;
    let original = page.permalink.startsWith(args.localeBaseUrl) ? args.sourceBaseUrl + page.permalink.slice(args.localeBaseUrl.length) : page.permalink;
    if (args.trailingSlash && !original.endsWith('/')) original += '/';
    out[bannerKey(page.permalink)] = { state, original };
  }
  return out;
}

export function statusPageProps(args: { statuses: LocaleStatus[]; localeConfigs: Record<string, Partial<I18nLocaleConfig>>; defaultLocale: string }): TranslationStatusPageProps {
  const label = (l: string) => args.localeConfigs[l]?.label ?? l;
  return {
    sourceLocale: args.defaultLocale,
    sourceLabel: label(args.defaultLocale),
    locales: args.statuses.map((s) => ({
      ...s,
      label: label(s.locale),
      htmlLang: args.localeConfigs[s.locale]?.htmlLang ?? s.locale,
      // Each item list is capped so the page stays light; the CLI lists everything.
      groups: s.groups.map((g) => ({ ...g, items: g.items.slice(0, 50) })),
    })),
  };
}
