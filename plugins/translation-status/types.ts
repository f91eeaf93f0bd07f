/** The parts of a locale a translator works on, in the order the status table lists them. */
export const AREAS = ['ui', 'data', 'docs', 'blog', 'lessons'] as const;
export type Area = (typeof AREAS)[number];

export type ItemState = 'translated' | 'missing' | 'stale';

/**
 * Why an item is missing or stale:
 * - absent: no translation (a page falls back to the source-locale content);
 * - same-as-source: the translation is still the copied source text;
 * - marked: a Markdown copy still carries `untranslated: true`;
 * - changed: the source changed after the translation was made (recorded hash differs);
 * - unrecorded: nothing records what the translation was made from (run i18n:mark-current).
 */
export type Reason = 'absent' | 'same-as-source' | 'marked' | 'changed' | 'unrecorded';

export interface ItemStatus {
  /** A string's key, or a Markdown file's path relative to the site (the source file). */
  id: string;
  state: Exclude<ItemState, 'translated'>;
  reason: Reason;
}

export interface GroupStatus {
  area: Area;
  /** UI: the translation file (`code.json`); data: the collection; Markdown areas: the area itself. */
  group: string;
  translated: number;
  missing: number;
  stale: number;
  /** Only the items that need work, so the page and the JSON stay small. */
  items: ItemStatus[];
}

/** A translation file that cannot be used as it is (wrong JSON, a key nothing uses). */
export interface TranslationProblem {
  /** Relative to the site, e.g. `i18n/fr/community-data/courses.json`. */
  file: string;
  key?: string;
  kind: 'invalid-json' | 'not-a-message' | 'unknown-key';
  message: string;
}

export interface LocaleStatus {
  locale: string;
  groups: GroupStatus[];
  totals: { translated: number; missing: number; stale: number };
  problems: TranslationProblem[];
}

/**
 * What each translation was made from, committed per locale in
 * `i18n/<locale>/translation-sources.json`: a hash of the source text per
 * string (by translation file, then key) and per Markdown file (by source path).
 */
export interface Manifest {
  strings: Record<string, Record<string, string>>;
  files: Record<string, string>;
}

/** Per-page data for the banners, keyed by permalink (only pages that need a banner). */
export interface PageBanner {
  state: 'missing' | 'stale';
  /** The same page in the source locale. */
  original: string;
}

export interface TranslationStatusGlobalData {
  pages: Record<string, PageBanner>;
}

export interface TranslationStatusPageProps {
  sourceLocale: string;
  sourceLabel: string;
  locales: Array<LocaleStatus & { label: string; htmlLang: string }>;
}
