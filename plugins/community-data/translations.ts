import type { TranslationFile } from '@docusaurus/types';
import { extractMessages, localize, type SourceEntry } from '../data-engine/index';
import type { CommunityDataContent } from './types';

/** One translation file per collection: `i18n/<locale>/community-data/<collection>.json`. */
export function getDataTranslationFiles(content: CommunityDataContent): TranslationFile[] {
  return Object.entries(content.source).map(([collection, entries]) => ({
    path: collection,
    content: extractMessages(entries),
  }));
}

export interface TranslateResult {
  content: CommunityDataContent;
  missing: string[];
}

export function translateData(content: CommunityDataContent, translationFiles: TranslationFile[], locale: string, defaultLocale: string): TranslateResult {
  if (locale === defaultLocale) return { content, missing: [] };
  const messages: Record<string, string> = {};
  for (const file of translationFiles) {
    for (const [key, { message }] of Object.entries(file.content)) messages[key] = message;
  }
  const missing: string[] = [];
  const collections: CommunityDataContent['collections'] = {};
  for (const [name, entries] of Object.entries(content.source) as [string, SourceEntry[]][]) {
    const result = localize(entries, messages, locale);
    collections[name] = result.entries;
    missing.push(...result.missing);
  }
  return { content: { ...content, collections }, missing };
}
