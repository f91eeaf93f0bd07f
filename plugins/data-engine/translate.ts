import { pointerSegments } from './sourceText';
import type { LocalizedEntry, SourceEntry } from './types';

/** Docusaurus translation-file content: `{ key: { message, description } }`. */
export type TranslationMessages = Record<string, { message: string; description?: string }>;

/** `courses.otel-intro.modules.0.title`: stable, readable, and greppable in i18n files. */
export function translationKey(entry: Pick<SourceEntry, 'collection' | 'id'>, pointer: string): string {
  return [entry.collection, entry.id, ...pointerSegments(pointer)].join('.');
}

/**
 * Every translatable string of a collection, in the default locale, as the
 * messages of one translation file. `write-translations` writes these into
 * `i18n/<locale>/community-data/<collection>.json`.
 */
export function extractMessages(entries: SourceEntry[]): TranslationMessages {
  const messages: TranslationMessages = {};
  for (const entry of entries) {
    for (const t of entry.translatable) {
      messages[translationKey(entry, t.pointer)] = {
        message: t.value,
        description: `${entry.file} → ${pointerSegments(t.pointer).join('.')}`,
      };
    }
  }
  return messages;
}

const HAN = /\p{Script=Han}/u;

/**
 * Is this a translation, or the source copied in by `write-translations`?
 * A message identical to a Chinese source is untranslated in a locale that is
 * not Chinese; identical non-Chinese text (a product name) is a translation.
 */
export function isTranslated(source: string, message: string | undefined, locale: string): boolean {
  if (message === undefined || message.trim() === '') return false;
  if (message !== source) return true;
  return !(HAN.test(source) && !/^zh\b/i.test(locale));
}

function setAt(target: unknown, pointer: string, value: string): void {
  const segments = pointerSegments(pointer);
  let node = target as Record<string, unknown>;
  for (const s of segments.slice(0, -1)) node = node[s] as Record<string, unknown>;
  node[segments[segments.length - 1]!] = value;
}

export interface LocalizeResult {
  entries: LocalizedEntry[];
  /** Keys shown in the default locale for lack of a translation. */
  missing: string[];
}

/**
 * Applies one locale's messages to entries. Missing translations fall back to
 * the source text and are listed per entry (`fallbacks`) so pages can mark
 * them, never dropped.
 */
export function localize(entries: SourceEntry[], messages: Record<string, string> | undefined, locale: string): LocalizeResult {
  const missing: string[] = [];
  const out = entries.map((entry): LocalizedEntry => {
    const data = structuredClone(entry.data);
    const fallbacks: string[] = [];
    if (messages) {
      for (const t of entry.translatable) {
        const key = translationKey(entry, t.pointer);
        const message = messages[key];
        if (isTranslated(t.value, message, locale)) setAt(data, t.pointer, message!);
        else {
          fallbacks.push(t.pointer);
          missing.push(key);
        }
      }
    }
    return { id: entry.id, collection: entry.collection, folder: entry.folder, kind: entry.kind, file: entry.file, data, fallbacks };
  });
  return { entries: out, missing };
}
