/**
 * Translation status, pure: given the source texts, a locale's translations
 * and its manifest, says per item whether it is translated, missing or stale.
 * The CLI (`npm run i18n:status`), the `/translation-status/` page and the
 * page banners all call this, so they never disagree.
 */
import { isTranslated } from '../data-engine/translate';
import { sourceHash } from './hash';
import { isMarkedUntranslated, translatedText } from './markdown';
import { AREAS, type Area, type GroupStatus, type ItemStatus, type LocaleStatus, type Manifest, type Reason, type TranslationProblem } from './types';

export type Messages = Record<string, { message: string; description?: string }>;

/** One JSON translation file: its source strings and what the locale has (undefined: no file yet). */
export interface StringFileInput {
  area: Extract<Area, 'ui' | 'data'>;
  group: string;
  /** Relative to `i18n/<locale>/`, e.g. `community-data/courses.json`. */
  file: string;
  source: Record<string, string>;
  /** The parsed file; undefined when there is none or it is invalid. */
  translation: Messages | undefined;
  /** Why the file could not be read (not JSON, not an object). */
  invalid?: string;
}

/** One Markdown (or blog YAML) file and its translation. */
export interface MarkdownFileInput {
  area: Extract<Area, 'docs' | 'blog' | 'lessons'>;
  /** Relative to the site, e.g. `docs/intro.md`. */
  sourcePath: string;
  /** Relative to the site, e.g. `i18n/fr/docusaurus-plugin-content-docs/current/intro.md`. */
  translationPath: string;
  source: string;
  translation: string | undefined;
}

export interface StatusInput {
  locale: string;
  strings: StringFileInput[];
  files: MarkdownFileInput[];
  manifest: Manifest;
  /** Areas whose unknown keys are errors (data entries that no longer exist). Others' are reported as unused. */
  strictKeysAreas?: Area[];
}

export function emptyManifest(): Manifest {
  return { strings: {}, files: {} };
}

function stateOf(recorded: string | undefined, current: string): { state: 'translated' | 'stale'; reason?: Reason } {
  if (recorded === undefined) return { state: 'stale', reason: 'unrecorded' };
  return recorded === current ? { state: 'translated' } : { state: 'stale', reason: 'changed' };
}

/** State of one Markdown file: absent or still the marked copy is missing; otherwise the recorded hash decides. */
export function fileState(file: Pick<MarkdownFileInput, 'source' | 'translation'>, recorded: string | undefined): { state: 'translated' | 'missing' | 'stale'; reason?: Reason } {
  if (file.translation === undefined) return { state: 'missing', reason: 'absent' };
  if (isMarkedUntranslated(file.translation)) return { state: 'missing', reason: 'marked' };
  if (translatedText(file.translation) === translatedText(file.source)) return { state: 'missing', reason: 'same-as-source' };
  return stateOf(recorded, sourceHash(translatedText(file.source)));
}

/** Hash recorded for a Markdown file's source (only the parts a translator translates). */
export function fileSourceHash(source: string): string {
  return sourceHash(translatedText(source));
}

export function computeLocaleStatus(input: StatusInput): LocaleStatus {
  const { locale, manifest } = input;
  const groups: GroupStatus[] = [];
  const problems: TranslationProblem[] = [];
  const strictKeys = new Set(input.strictKeysAreas ?? ['data']);

  for (const file of input.strings) {
    const group: GroupStatus = { area: file.area, group: file.group, translated: 0, missing: 0, stale: 0, items: [] };
    const i18nPath = `i18n/${locale}/${file.file}`;
    let messages: Messages = {};
    if (file.invalid !== undefined) {
      problems.push({ file: i18nPath, kind: 'invalid-json', message: file.invalid });
    } else if (file.translation) {
      messages = file.translation;
      for (const [key, value] of Object.entries(messages)) {
        if (!value || typeof value !== 'object' || typeof (value as { message?: unknown }).message !== 'string') {
          problems.push({ file: i18nPath, key, kind: 'not-a-message', message: `"${key}" must be an object with a "message" string` });
        } else if (!(key in file.source) && strictKeys.has(file.area)) {
          problems.push({ file: i18nPath, key, kind: 'unknown-key', message: `"${key}" translates nothing: no such ${file.area === 'data' ? 'entry or field' : 'string'} in the source (remove it, or rename it after a renamed entry)` });
        }
      }
    }
    const recorded = manifest.strings[file.file] ?? {};
    for (const [key, source] of Object.entries(file.source)) {
      const value = messages[key];
      const message = value && typeof value.message === 'string' ? value.message : undefined;
      let item: ItemStatus | undefined;
      if (message === undefined) item = { id: key, state: 'missing', reason: 'absent' };
      else if (!isTranslated(source, message, locale)) item = { id: key, state: 'missing', reason: 'same-as-source' };
      else {
        const s = stateOf(recorded[key], sourceHash(source));
        if (s.state === 'stale') item = { id: key, state: 'stale', reason: s.reason! };
      }
      if (item) {
        group[item.state]++;
        group.items.push(item);
      } else group.translated++;
    }
    groups.push(group);
  }

  const byArea = new Map<Area, GroupStatus>();
  for (const file of input.files) {
    let group = byArea.get(file.area);
    if (!group) {
      group = { area: file.area, group: file.area, translated: 0, missing: 0, stale: 0, items: [] };
      byArea.set(file.area, group);
      groups.push(group);
    }
    const s = fileState(file, manifest.files[file.sourcePath]);
    group[s.state]++;
    if (s.state !== 'translated') group.items.push({ id: file.sourcePath, state: s.state, reason: s.reason! });
  }

  groups.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.group.localeCompare(b.group));
  const totals = { translated: 0, missing: 0, stale: 0 };
  for (const g of groups) {
    totals.translated += g.translated;
    totals.missing += g.missing;
    totals.stale += g.stale;
  }
  return { locale, groups, totals, problems };
}

/**
 * Records the current source hash of the given items. `onlyUnrecorded` is what
 * write-translations does (a new copy is made from today's source; existing
 * records stay, so a stale translation stays stale); mark-current overwrites.
 */
export function recordSources(
  manifest: Manifest,
  input: Pick<StatusInput, 'strings' | 'files'>,
  options: { onlyUnrecorded: boolean; select?: { stringFiles?: Set<string>; markdownFiles?: Set<string> } },
): Manifest {
  const next: Manifest = { strings: structuredClone(manifest.strings), files: { ...manifest.files } };
  for (const file of input.strings) {
    if (options.select && !options.select.stringFiles?.has(file.file)) continue;
    if (!file.translation || file.invalid !== undefined) continue;
    const recorded = (next.strings[file.file] ??= {});
    for (const key of Object.keys(file.translation)) {
      const source = file.source[key];
      if (source === undefined) continue;
      if (options.onlyUnrecorded && recorded[key] !== undefined) continue;
      recorded[key] = sourceHash(source);
    }
  }
  for (const file of input.files) {
    if (options.select && !options.select.markdownFiles?.has(file.sourcePath)) continue;
    if (file.translation === undefined) continue;
    if (options.onlyUnrecorded && next.files[file.sourcePath] !== undefined) continue;
    next.files[file.sourcePath] = fileSourceHash(file.source);
  }
  return next;
}
