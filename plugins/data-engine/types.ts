/**
 * Types shared by every stage of the data engine.
 *
 * Input types (what a YAML file says) are generated from the JSON Schemas into
 * `generated/`; the types here describe the engine's own records: problems,
 * source positions and the normalized entries handed to plugins.
 */

/** A 1-based line/column in a source file (columns count UTF-16 code units, as editors do). */
export interface SourcePosition {
  line: number;
  column: number;
}

export type Lang = 'zh-Hans' | 'en';
export const LANGS: readonly Lang[] = ['zh-Hans', 'en'];

/**
 * One problem found in one file. Messages are not stored as text: `code` and
 * `params` are rendered in the reader's language by `messages.ts`, so the CLI,
 * the build and the dev server print the same words.
 */
export interface Problem {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Message id, see messages.ts. */
  code: string;
  params: Record<string, string | number>;
  /** JSON path of the offending field in display form (`modules[2].title`), '' for the file. */
  fieldPath: string;
  severity: 'error' | 'warning';
}

/** Where each node of a parsed YAML document starts, keyed by JSON Pointer. */
export interface PositionIndex {
  /** Start of the value node at this pointer. */
  value(pointer: string): SourcePosition | undefined;
  /** Start of the mapping key whose value is at this pointer. */
  key(pointer: string): SourcePosition | undefined;
  /** Best position for a pointer: the node itself, else its nearest ancestor. */
  nearest(pointer: string): SourcePosition;
}

/** A string value the schema marks `translatable`, found while validating. */
export interface TranslatableString {
  pointer: string;
  value: string;
}

/** A value the schema marks with `references: "<collection>[/<folder>]"`. */
export interface Reference {
  pointer: string;
  value: string;
  target: string;
}

/** Where an entry comes from; shared by every stage's view of it. */
export interface EntryIdentity {
  id: string;
  collection: string;
  /** Sub-folder of `data/<collection>/`, '.' for top-level files. */
  folder: string;
  /** Name of the kind definition in the collection schema (`course`, `project`, ...). */
  kind: string;
  /** Path relative to the site directory. */
  file: string;
}

/** A validated entry as the engine keeps it (still in the source language). */
export interface SourceEntry<T = Record<string, unknown>> extends EntryIdentity {
  data: T;
  translatable: TranslatableString[];
  references: Reference[];
  staticFiles: { pointer: string; value: string }[];
}

/** An entry as pages receive it: text in the page's locale, fallbacks listed. */
export interface LocalizedEntry<T = Record<string, unknown>> extends EntryIdentity {
  data: T;
  /** JSON Pointers of strings shown in the default locale because no translation exists. */
  fallbacks: string[];
}

export interface CollectionDefinition {
  name: string;
  /** Path of the schema relative to the site directory. */
  schemaFile: string;
  schema: JsonSchema;
  /** folder → kind definition name (from the schema's `entryFolders`). */
  folders: Record<string, string>;
}

// JSON Schema documents are plain JSON; the engine reads a handful of keywords.
export type JsonSchema = {
  [keyword: string]: unknown;
};
