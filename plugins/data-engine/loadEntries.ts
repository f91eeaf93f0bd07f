import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from './parseYaml';
import { decodeSource, displayPath, type LineIndex } from './sourceText';
import { problemsFromAjv } from './validateEntry';
import type { SchemaSet } from './schemas';
import type { CollectionDefinition, PositionIndex, Problem, SourceEntry } from './types';

/** Data files are small hand-written records; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface LoadedEntries {
  /** Entries that passed their schema. */
  entries: SourceEntry[];
  /** Entries that parsed but failed their schema (their ids still count for references). */
  invalid: SourceEntry[];
  /** Every entry file read, parsed or not: a file that exists is not a "missing" reference. */
  entryFiles: string[];
  /** Positions of every file that parsed, for cross-check reports. */
  files: Map<string, PositionIndex>;
  problems: Problem[];
  filesRead: number;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function problemAt(file: string, line: number, column: number, code: string, params: Problem['params'] = {}, fieldPath = ''): Problem {
  return { file, line, column, code, params, fieldPath, severity: 'error' };
}

interface Candidate {
  abs: string;
  rel: string;
  collection: CollectionDefinition | undefined;
  folder: string;
}

/** Lists every file under `data/` (except schemas), so that none is silently ignored. */
function listDataFiles(siteDir: string, dataDir: string, schemaDir: string, collections: CollectionDefinition[]): { candidates: Candidate[]; problems: Problem[] } {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  const absData = path.join(siteDir, dataDir);
  const absSchemas = path.join(siteDir, schemaDir);
  const byName = new Map(collections.map((c) => [c.name, c]));

  // Paths are built by joining names (no path.relative per file: it shows up at 10,000 files).
  const dataRel = toPosix(path.normalize(dataDir));
  const walk = (dir: string, inside: string[]): void => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.name.startsWith('.')) continue;
      const abs = `${dir}${path.sep}${d.name}`;
      if (d.isDirectory()) {
        if (abs !== absSchemas) walk(abs, [...inside, d.name]);
        continue;
      }
      const rel = [dataRel, ...inside, d.name].join('/');
      const relInside = [...inside, d.name];
      if (relInside.length === 1) {
        // Files directly in data/ (README.md) are documentation, not entries.
        continue;
      }
      if (/\.(md|mdx|txt)$/i.test(d.name)) continue;
      const collection = byName.get(relInside[0]!);
      const folder = relInside.length === 2 ? '.' : relInside.slice(1, -1).join('/');
      if (/\.yml$/i.test(d.name)) {
        problems.push(problemAt(rel, 1, 1, 'file.extension', { expected: d.name.replace(/\.yml$/i, '.yaml') }));
        continue;
      }
      if (!d.name.endsWith('.yaml')) {
        problems.push(problemAt(rel, 1, 1, 'file.extension', { expected: `${d.name.replace(/\.[^.]*$/, '')}.yaml` }));
        continue;
      }
      candidates.push({ abs, rel, collection, folder });
    }
  };
  walk(path.normalize(absData), []);
  return { candidates, problems };
}

/** One file to read, with the kind of entry its folder holds. */
export interface EntryTask {
  abs: string;
  rel: string;
  collection: string;
  folder: string;
  kind: string;
}

/** Lists the entry files and the kind of each; files that fit no kind are problems right away. */
export function planEntries(siteDir: string, dataDir: string, schemaDir: string, schemas: SchemaSet): { tasks: EntryTask[]; problems: Problem[]; filesRead: number } {
  const { candidates, problems } = listDataFiles(siteDir, dataDir, schemaDir, schemas.collections);
  const tasks: EntryTask[] = [];
  const knownCollections = schemas.collections.map((c) => c.name).join(', ');
  for (const c of candidates) {
    if (!c.collection) {
      problems.push(problemAt(c.rel, 1, 1, 'file.unknownFolder', { folders: knownCollections }));
      continue;
    }
    const kind = c.collection.folders[c.folder];
    if (!kind) {
      const folders = Object.keys(c.collection.folders)
        .map((f) => (f === '.' ? `${dataDir}/${c.collection!.name}/` : `${dataDir}/${c.collection!.name}/${f}/`))
        .join(', ');
      problems.push(problemAt(c.rel, 1, 1, 'file.unknownFolder', { folders }));
      continue;
    }
    tasks.push({ abs: c.abs, rel: c.rel, collection: c.collection.name, folder: c.folder, kind });
  }
  return { tasks, problems, filesRead: candidates.length };
}

/** What reading one file produced; plain data, so it can cross a worker boundary. */
export interface TaskResult {
  rel: string;
  entry?: SourceEntry;
  valid?: boolean;
  problems: Problem[];
}

export function runTask(task: EntryTask, schemas: SchemaSet): { result: TaskResult; positions?: PositionIndex } {
  const collection = schemas.collections.find((c) => c.name === task.collection)!;
  const r = readEntry(task.abs, task.rel, collection, task.folder, task.kind, schemas);
  return { result: { rel: task.rel, entry: r.entry, valid: r.valid, problems: r.problems }, positions: r.positions };
}

/** Gathers task results into entries, keeping every problem. */
export function collectResults(results: { result: TaskResult; positions?: PositionIndex }[], problems: Problem[], filesRead: number): LoadedEntries {
  const entries: SourceEntry[] = [];
  const invalid: SourceEntry[] = [];
  const files = new Map<string, PositionIndex>();
  const entryFiles: string[] = [];
  for (const { result, positions } of results) {
    entryFiles.push(result.rel);
    problems.push(...result.problems);
    if (positions) files.set(result.rel, positions);
    if (result.entry) (result.valid ? entries : invalid).push(result.entry);
  }
  return { entries, invalid, entryFiles, files, problems, filesRead };
}

/**
 * Reads, parses and validates every entry file. Each file is handled on its
 * own: a broken file yields problems and no entry, the rest go on, so one run
 * reports everything.
 */
export function loadEntries(siteDir: string, dataDir: string, schemaDir: string, schemas: SchemaSet): LoadedEntries {
  const { tasks, problems, filesRead } = planEntries(siteDir, dataDir, schemaDir, schemas);
  return collectResults(
    tasks.map((t) => runTask(t, schemas)),
    problems,
    filesRead,
  );
}

interface ReadResult {
  entry?: SourceEntry;
  valid?: boolean;
  positions?: PositionIndex;
  problems: Problem[];
}

/** Reads and parses one file (the part helper threads do). */
export function readAndParse(abs: string, rel: string): ParsedEntry {
  let bytes: Buffer;
  try {
    bytes = readBounded(abs, MAX_FILE_BYTES);
  } catch (error) {
    return { problems: [problemAt(rel, 1, 1, 'file.unreadable', { reason: (error as Error).message })] };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return { problems: [problemAt(rel, 1, 1, 'file.tooLarge', { size: fs.statSync(abs).size, max: MAX_FILE_BYTES })] };
  }
  return parseEntrySource(bytes, rel);
}

export function readEntry(abs: string, rel: string, collection: CollectionDefinition, folder: string, kind: string, schemas: SchemaSet): ReadResult {
  return validateParsed(readAndParse(abs, rel), rel, collection.name, folder, kind, schemas);
}

const readBuffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
/** Reads at most max + 1 bytes: a huge file is never loaded whole, and no separate stat is needed. */
export function readBounded(abs: string, max: number): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    let total = 0;
    for (;;) {
      const n = fs.readSync(fd, readBuffer, total, max + 1 - total, null);
      if (n === 0) break;
      total += n;
      if (total > max) break;
    }
    return Buffer.from(readBuffer.subarray(0, total));
  } finally {
    fs.closeSync(fd);
  }
}

/** Parses and validates one file's bytes (pure apart from the schema set). */
/** The YAML half of checking a file: bytes → a mapping with positions, or problems. No schema involved. */
export interface ParsedEntry {
  value?: Record<string, unknown>;
  positions?: PositionIndex;
  problems: Problem[];
}

export function parseEntrySource(bytes: Uint8Array, rel: string): ParsedEntry {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const at = decoded.text ? offsetToPosition(decoded.text, decoded.offset) : { line: 1, column: 1 };
    return { problems: [problemAt(rel, at.line, at.column, `file.${decoded.code}`)] };
  }
  const parsed = parseYaml(decoded.text, rel);
  if (!parsed.ok) {
    return {
      problems: parsed.problems.map((p) => {
        const pos = parsed.lines.at(p.offset);
        return problemAt(rel, pos.line, pos.column, p.code, p.params, displayPath(p.pointer));
      }),
    };
  }
  const { value, positions } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const pos = positions.nearest('');
    return { positions, problems: [problemAt(rel, pos.line, pos.column, 'file.notMapping', { actual: Array.isArray(value) ? 'list' : typeof value })] };
  }
  return { value: value as Record<string, unknown>, positions, problems: [] };
}

/** The schema half: validates a parsed mapping as an entry of its kind. */
export function validateParsed(parsed: ParsedEntry, rel: string, collection: string, folder: string, kind: string, schemas: SchemaSet): ReadResult {
  const { value, positions } = parsed;
  if (!value || !positions) return { positions, problems: parsed.problems };
  const result = schemas.validate(collection, kind, value);
  if (!result) return { positions, problems: parsed.problems };
  const { errors, collected } = result;
  const problems = problemsFromAjv(errors, rel, positions);
  const id = typeof value.id === 'string' ? value.id : path.posix.basename(rel, '.yaml');
  return {
    positions,
    problems,
    // Kept even when invalid so references to it still resolve; callers hand only valid entries to pages.
    valid: problems.length === 0,
    entry: {
      id,
      collection,
      folder,
      kind,
      file: rel,
      data: value,
      translatable: collected.translatable,
      references: collected.references,
      staticFiles: collected.staticFiles,
    },
  };
}

/** Parses and validates one file's bytes. */
export function checkEntrySource(bytes: Uint8Array, rel: string, collection: CollectionDefinition, folder: string, kind: string, schemas: SchemaSet): ReadResult {
  return validateParsed(parseEntrySource(bytes, rel), rel, collection.name, folder, kind, schemas);
}

function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
