import type { LocalizedEntry, SourceEntry } from '../data-engine/index';

/** A problem as the dev banner shows it, already worded in both languages. */
export interface BannerProblem {
  location: string;
  message: { 'zh-Hans': string; en: string };
}

/** What this plugin hands to other plugins (through allContentLoaded) and pages. */
export interface CommunityDataContent {
  /** Entries in the current locale, by collection. */
  collections: Record<string, LocalizedEntry[]>;
  /** The same entries in the default locale, with what the schemas marked (for translation files). */
  source: Record<string, SourceEntry[]>;
  /** Non-empty only in the dev server, when the last edit broke something. */
  problems: BannerProblem[];
}

export interface CommunityDataGlobalData {
  problems: BannerProblem[];
}
