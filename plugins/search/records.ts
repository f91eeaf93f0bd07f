/**
 * Algolia records: one per data entry with a page, per locale, built from
 * the validated and translated entries. Records are shaped for DocSearch's
 * modal (`hierarchy`, `type`, `content`, absolute `url`) and carry the
 * entry's enum and reference fields under `facets`, named as in the schema.
 */
import type { CollectionReference, FieldRow } from '../data-reference/buildReference';
import type { LocalizedEntry } from '../data-engine/types';
import { ENTRY_TYPES, entryTypeLabel, entryUrl, type EntryType } from './entryTypes';

/** Algolia's per-record limit on the smallest plans is 10 KB; we stay under it with room to spare. */
export const DEFAULT_MAX_RECORD_BYTES = 9_000;

export type FacetValue = string | number | boolean | string[];

export interface SearchRecord {
  objectID: string;
  /** The entry's id (all parts of a split entry share it). */
  id: string;
  entryType: EntryType['type'];
  locale: string;
  title: string;
  description: string;
  /** Absolute, as DocSearch navigates by it. */
  url: string;
  /** The page route, as the site builds it: `/en/courses/otel-intro/`. */
  path: string;
  /** Which part of a long entry this is (1 = the entry's first record). */
  part: number;
  /** DocSearch display: lvl0 groups results by type, lvl1 is the entry. */
  hierarchy: { lvl0: string; lvl1: string; lvl2: null; lvl3: null; lvl4: null; lvl5: null; lvl6: null };
  type: 'lvl1' | 'content';
  content: string | null;
  facets: Record<string, FacetValue>;
}

export interface LocaleInput {
  locale: string;
  /** Base URL of the locale's pages, ending in a slash: `/` or `/en/`. */
  localeBaseUrl: string;
  /** Site origin, no trailing slash: `https://example.org`. */
  siteUrl: string;
  collections: Record<string, LocalizedEntry[]>;
  references: CollectionReference[];
}

/** Top-level fields of a kind whose values are enum members or references to entries: what readers filter by. */
export function facetFields(references: CollectionReference[], entryType: Pick<EntryType, 'collection' | 'kind'>): FieldRow[] {
  const kind = references.find((r) => r.collection === entryType.collection)?.kinds.find((k) => k.kind === entryType.kind);
  return (kind?.fields ?? []).filter((f) => !/[.[]/.test(f.path) && (f.enum !== undefined || f.references !== undefined));
}

/** Every facet attribute name of every entry type, for `attributesForFaceting`. */
export function facetAttributes(references: CollectionReference[]): string[] {
  const names = new Set<string>();
  for (const t of ENTRY_TYPES) for (const f of facetFields(references, t)) names.add(f.path);
  return [...names].sort();
}

export function indexSettings(references: CollectionReference[], locales: string[]) {
  // Chinese needs its own segmentation in Algolia: records say which language they are in.
  const languages = [...new Set(locales.map((l) => new Intl.Locale(l).language))];
  return {
    searchableAttributes: ['title', 'hierarchy.lvl1', 'unordered(description)', 'unordered(content)'],
    attributesForFaceting: ['filterOnly(locale)', 'entryType', 'filterOnly(id)', ...facetAttributes(references).map((name) => `facets.${name}`)],
    attributeForDistinct: 'id',
    distinct: true,
    attributesToSnippet: ['content:20', 'description:20'],
    indexLanguages: languages,
    queryLanguages: languages,
  };
}

const byteLength = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Splits text at sentence ends (either language), then at any character, into pieces of at most `maxBytes`. */
export function splitText(text: string, maxBytes: number): string[] {
  if (maxBytes < 16) throw new Error('splitText: maxBytes too small');
  const sentences = text.match(/[^。！？.!?\n]+[。！？.!?\n]*\s*/gu) ?? [text];
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim() !== '') pieces.push(current.trim());
    current = '';
  };
  for (const sentence of sentences) {
    if (Buffer.byteLength(current + sentence) <= maxBytes) {
      current += sentence;
      continue;
    }
    push();
    if (Buffer.byteLength(sentence) <= maxBytes) {
      current = sentence;
      continue;
    }
    // One sentence longer than a record: cut it by code points.
    let chunk = '';
    for (const ch of sentence) {
      if (Buffer.byteLength(chunk + ch) > maxBytes) {
        pieces.push(chunk);
        chunk = '';
      }
      chunk += ch;
    }
    current = chunk;
  }
  push();
  return pieces.length > 0 ? pieces : [''];
}

function facetsOf(data: Record<string, unknown>, fields: FieldRow[]): Record<string, FacetValue> {
  const facets: Record<string, FacetValue> = {};
  for (const f of fields) {
    const value = data[f.path];
    if (value === undefined || value === null) continue;
    facets[f.path] = value as FacetValue;
  }
  return facets;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The records of one entry: the first carries the summary, further parts the rest of a long description. */
export function entryRecords(entry: LocalizedEntry, entryType: EntryType, input: Omit<LocaleInput, 'collections'>, maxBytes = DEFAULT_MAX_RECORD_BYTES): SearchRecord[] {
  const data = entry.data;
  const title = str(data.title) || str(data.name) || entry.id;
  const summary = str(data.summary);
  const longText = str(data.description);
  const path = entryUrl(input.localeBaseUrl, entryType, entry.id);
  const label = entryTypeLabel(input.references, entryType) ?? entryType.type;
  const base = (part: number, description: string, content: string | null): SearchRecord => ({
    objectID: `${input.locale}/${entryType.type}/${entry.id}${part > 1 ? `#${part}` : ''}`,
    id: entry.id,
    entryType: entryType.type,
    locale: input.locale,
    title,
    description,
    url: `${input.siteUrl}${path}`,
    path,
    part,
    hierarchy: { lvl0: label, lvl1: title, lvl2: null, lvl3: null, lvl4: null, lvl5: null, lvl6: null },
    type: part === 1 ? 'lvl1' : 'content',
    content,
    facets: facetsOf(data, facetFields(input.references, entryType)),
  });
  // Room left for text once everything else is in the record (text appears in `content` only).
  const room = maxBytes - byteLength(base(99, summary, ''));
  if (room < 200) throw new Error(`${entry.file}: the record without its text is already ${maxBytes - room} bytes, over the ${maxBytes}-byte limit`);
  const pieces = longText ? splitText(longText, room) : [];
  const records = [base(1, summary, pieces[0] ?? null)];
  pieces.slice(1).forEach((piece, i) => records.push(base(i + 2, summary, piece)));
  return records;
}

export function localeRecords(input: LocaleInput, maxBytes = DEFAULT_MAX_RECORD_BYTES): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const t of ENTRY_TYPES) {
    for (const entry of input.collections[t.collection] ?? []) if (entry.kind === t.kind) records.push(...entryRecords(entry, t, input, maxBytes));
  }
  return records;
}

/** Counts of entries (not record parts) by type and locale, as the CLI prints them. */
export function countEntries(records: SearchRecord[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const r of records) {
    if (r.part !== 1) continue;
    (counts[r.entryType] ??= {})[r.locale] = (counts[r.entryType]?.[r.locale] ?? 0) + 1;
  }
  return counts;
}

export { byteLength as recordBytes };
