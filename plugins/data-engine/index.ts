/**
 * The data engine: read → parse → validate → cross-check, one module used by
 * the validate CLI, the build and the dev server alike. Translation and page
 * creation happen in the plugins, from the entries returned here.
 */
import path from 'node:path';
import { crossCheck } from './crossCheck';
import { loadEntries, type LoadedEntries } from './loadEntries';
import { countDataFiles, EntryWorker, helperThreadCount, loadEntriesParallel, PARALLEL_THRESHOLD } from './parallel';
import { checkMarkdownFrontMatter } from './frontMatter';
import { loadSchemas, type SchemaSet } from './schemas';
import type { CollectionDefinition, Problem, SourceEntry } from './types';
import type { Summary } from './report';

export * from './types';
export { formatMessage, resolveLang, isLang } from './messages';
export { formatReport, formatProblem, formatSummary, sortProblems, REPORT_FORMATS, type ReportFormat, type Summary } from './report';
export { extractMessages, localize, translationKey, isTranslated, type TranslationMessages } from './translate';
export { zonedTimeToUtc } from './formats';

export interface EngineOptions {
  /** Absolute path of the site. */
  siteDir: string;
  /** Relative to siteDir. */
  dataDir?: string;
  schemaDir?: string;
  staticDir?: string;
  /** Folders whose Markdown front matter is validated, relative to siteDir. */
  markdownDirs?: string[];
}

export const DEFAULT_ENGINE_OPTIONS = {
  dataDir: 'data',
  schemaDir: path.join('data', 'schemas'),
  staticDir: 'static',
  markdownDirs: ['docs', 'blog', 'courses'],
} as const;

export interface DataSet {
  definitions: CollectionDefinition[];
  /** Valid entries by collection, sorted by file. Only complete when `problems` has no error. */
  collections: Record<string, SourceEntry[]>;
  problems: Problem[];
  summary: Summary;
}

function resolveOptions(options: EngineOptions) {
  return {
    siteDir: options.siteDir,
    dataDir: options.dataDir ?? DEFAULT_ENGINE_OPTIONS.dataDir,
    schemaDir: options.schemaDir ?? DEFAULT_ENGINE_OPTIONS.schemaDir,
    staticDir: options.staticDir ?? DEFAULT_ENGINE_OPTIONS.staticDir,
    markdownDirs: options.markdownDirs ?? [...DEFAULT_ENGINE_OPTIONS.markdownDirs],
  };
}

/** The cross-record stage and the report, shared by the serial and parallel loaders. */
function finish(o: ReturnType<typeof resolveOptions>, schemas: SchemaSet, loaded: LoadedEntries): DataSet {
  const schemaFailures = new Set(loaded.problems.map((p) => `${p.file}\u0000${p.fieldPath}`));
  const parsed = new Set([...loaded.entries, ...loaded.invalid].map((e) => e.file));
  const unparsedFiles = loaded.entryFiles.filter((f) => !parsed.has(f));
  const crossProblems = crossCheck({
    siteDir: o.siteDir,
    staticDir: o.staticDir,
    dataDir: o.dataDir,
    valid: loaded.entries,
    invalid: loaded.invalid,
    files: loaded.files,
    schemaFailures,
    unparsedFiles,
  });
  const markdown = checkMarkdownFrontMatter(o.siteDir, o.markdownDirs, schemas);
  const problems = [...schemas.problems, ...loaded.problems, ...crossProblems, ...markdown.problems];
  const collections: Record<string, SourceEntry[]> = {};
  for (const def of schemas.collections) collections[def.name] = [];
  for (const entry of loaded.entries) collections[entry.collection]!.push(entry);

  const errors = problems.filter((p) => p.severity === 'error').length;
  const filesWithErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return {
    definitions: schemas.collections,
    collections,
    problems,
    summary: {
      filesRead: loaded.filesRead + markdown.filesRead,
      entriesAccepted: loaded.entries.filter((e) => !filesWithErrors.has(e.file)).length,
      errors,
      warnings: problems.length - errors,
    },
  };
}

/** Loads and checks everything on the calling thread (what the build and the dev server use). */
export function loadDataSet(options: EngineOptions): DataSet {
  const o = resolveOptions(options);
  const schemas = loadSchemas(o.siteDir, o.schemaDir);
  return finish(o, schemas, loadEntries(o.siteDir, o.dataDir, o.schemaDir, schemas));
}

/**
 * The same result as `loadDataSet`, using every core when the data set is
 * large. `workerFile` is the compiled (or, under tsx, the .ts) worker entry.
 */
export async function loadDataSetParallel(options: EngineOptions, workerFile: string): Promise<DataSet> {
  const o = resolveOptions(options);
  const threads = helperThreadCount();
  if (threads === 0 || countDataFiles(path.join(o.siteDir, o.dataDir)) < PARALLEL_THRESHOLD) return loadDataSet(options);
  const workers = Array.from({ length: threads }, () => new EntryWorker(workerFile));
  try {
    // Compile lazily: the file list needs only the schemas' folders, so helpers start parsing at once.
    const schemas = loadSchemas(o.siteDir, o.schemaDir, { compile: 'lazy' });
    const loaded = await loadEntriesParallel(o.siteDir, o.dataDir, o.schemaDir, schemas, workers);
    schemas.compileAll();
    return finish(o, schemas, loaded);
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
