import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { version as AJV_VERSION } from 'ajv/package.json';
import { annotationPlan, collectAnnotations, type Collector } from './annotations';
import { FORMATS } from './formats';
import { LineIndex } from './sourceText';
import type { CollectionDefinition, JsonSchema, Problem } from './types';

/** The file that holds definitions shared by every collection schema. */
export const COMMON_SCHEMA = 'common.schema.json';
const SCHEMA_SUFFIX = '.schema.json';

export type { Collector } from './annotations';

/** Where generated formats code finds the format functions (see loadCachedValidators). */
const FORMATS_GLOBAL = '__communityHubFormats';

function createAjv(verbose: boolean): Ajv2020 {
  // Loaded on demand: a run with cached validators never needs the compiler.
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  const { default: Ajv, _, Name } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose,
    // Keep the generated source so the compiled validators can be cached as a module.
    code: { source: !verbose, formats: _`globalThis.${new Name(FORMATS_GLOBAL)}` },
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  // Our keywords are annotations read by annotations.ts (translatable text, references,
  // static files) or by tooling (enum labels, folder → kind); registered so strict mode passes.
  ajv.addKeyword({ keyword: 'translatable', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'references', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'staticFile', schemaType: 'boolean' });
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'entryFolders', schemaType: 'object' });
  ajv.addKeyword({ keyword: 'markdownFolders', schemaType: 'object' });
  return ajv;
}

/** Bump when the way validators are generated changes, so old caches are ignored. */
const CACHE_FORMAT = 1;

function validatorCacheFile(documents: { name: string; text: string }[]): string | undefined {
  try {
    const hash = createHash('sha256');
    hash.update(`${CACHE_FORMAT}\0${AJV_VERSION}\0`);
    for (const d of documents) hash.update(`${d.name}\0${d.text}\0`);
    const nodeModules = path.resolve(path.dirname(require.resolve('ajv/package.json')), '..');
    return path.join(nodeModules, '.cache', 'community-hub', 'validators', `${hash.digest('hex').slice(0, 24)}.cjs`);
  } catch {
    return undefined;
  }
}

/** Loads validators compiled by an earlier run for exactly these schemas (compiling costs more than validating 10,000 entries). */
function loadCachedValidators(file: string | undefined): Record<string, ValidateFunction> | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  (globalThis as Record<string, unknown>)[FORMATS_GLOBAL] = FORMATS;
  try {
    return require(file) as Record<string, ValidateFunction>;
  } catch {
    return undefined;
  }
}

function saveValidators(file: string | undefined, ajv: Ajv2020, refs: Record<string, string>): void {
  if (!file) return;
  try {
    /* eslint-disable-next-line @typescript-eslint/no-require-imports */
    const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;
    const code = standaloneCode(ajv, refs);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

/** The schema of Markdown front matter: not a collection, it maps content folders to kinds. */
export const FRONT_MATTER_SCHEMA = 'front-matter.schema.json';
export const FRONT_MATTER = 'front-matter';

export interface SchemaSet {
  collections: CollectionDefinition[];
  /** Content folder (docs, blog, courses) → front-matter kind, from front-matter.schema.json. */
  markdownFolders: Record<string, string>;
  problems: Problem[];
  /** Validates one entry of a collection's kind and reports what the custom keywords collected; undefined when that kind's schema does not compile (already a problem). */
  validate(collection: string, kind: string, data: unknown): { errors: ErrorObject[]; collected: Collector } | undefined;
  /** Compiles every kind now (lazy sets compile on first use), so schema problems are all reported. */
  compileAll(): void;
}

function createVerbose(documents: { name: string; schema: JsonSchema }[]): Ajv2020 {
  const ajv = createAjv(true);
  for (const { name, schema } of documents) ajv.addSchema(schema, name);
  return ajv;
}

/** Reads a JSON file, turning a parse failure into a positioned problem. */
function readJson(file: string, rel: string): { value?: JsonSchema; text?: string; problem?: Problem } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: schemaProblem(rel, 1, 1, String((error as Error).message)) };
  }
  try {
    const value = JSON.parse(text) as unknown;
    // `null` would crash the reading of entryFolders below; a collection schema is always an object.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: schemaProblem(rel, 1, 1, 'the schema file must hold a JSON object') };
    return { value: value as JsonSchema, text };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const pos = new LineIndex(text).at(at ? Number(at[1]) : 0);
    return { problem: schemaProblem(rel, pos.line, pos.column, message) };
  }
}

function schemaProblem(file: string, line: number, column: number, reason: string): Problem {
  return { file, line, column, code: 'schema.compile', params: { reason }, fieldPath: '', severity: 'error' };
}

/**
 * Loads `data/schemas/*.schema.json` (each file is one collection, named after
 * it) and compiles every kind once. A schema that does not parse or compile
 * is a problem naming the schema file, never an exception.
 */
export function loadSchemas(siteDir: string, schemaDir: string, { compile = 'eager' }: { compile?: 'eager' | 'lazy' } = {}): SchemaSet {
  const problems: Problem[] = [];
  const collections: CollectionDefinition[] = [];
  const validators = new Map<string, ValidateFunction>();
  const markdownFolders: Record<string, string> = {};
  const schemaFiles = new Map<string, string>();
  const broken = new Set<string>();
  const absDir = path.join(siteDir, schemaDir);
  const rel = (name: string) => path.posix.join(schemaDir.split(path.sep).join('/'), name);

  const names = fs.existsSync(absDir) ? fs.readdirSync(absDir).filter((n) => n.endsWith(SCHEMA_SUFFIX)).sort() : [];
  const documents: { name: string; schema: JsonSchema; text: string }[] = [];
  for (const name of names) {
    const { value, text, problem } = readJson(path.join(absDir, name), rel(name));
    if (problem) problems.push(problem);
    else documents.push({ name, schema: value!, text: text! });
  }
  const cacheFile = problems.length === 0 ? validatorCacheFile(documents) : undefined;
  const cached = loadCachedValidators(cacheFile);
  let compiler: Ajv2020 | undefined;
  /** The compiling instance, created only when no cached validators exist. */
  const getCompiler = (): Ajv2020 => {
    if (compiler) return compiler;
    compiler = createAjv(false);
    // Register every document first so cross-file $refs resolve, then compile.
    for (const { name, schema } of documents) {
      try {
        compiler.addSchema(schema, name);
      } catch (error) {
        problems.push(schemaProblem(rel(name), 1, 1, (error as Error).message));
      }
    }
    return compiler;
  };
  const documentMap = new Map(documents.map((d) => [d.name, d.schema]));
  const plans = new Map<string, ReturnType<typeof annotationPlan>>();
  for (const { name, schema } of documents) {
    if (name === COMMON_SCHEMA) continue;
    const collection = name.slice(0, -SCHEMA_SUFFIX.length);
    const isFrontMatter = name === FRONT_MATTER_SCHEMA;
    const folders = (isFrontMatter ? schema.markdownFolders : schema.entryFolders) as Record<string, string> | undefined;
    if (!folders || typeof folders !== 'object') {
      problems.push(schemaProblem(rel(name), 1, 1, 'the root needs "entryFolders": { "<folder>": "#/$defs/<kind>" }'));
      continue;
    }
    const kinds: Record<string, string> = {};
    let ok = true;
    for (const [folder, ref] of Object.entries(folders)) {
      const kind = /^#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(String(ref))?.[1];
      if (!kind) {
        problems.push(schemaProblem(rel(name), 1, 1, `entryFolders["${folder}"] must be "#/$defs/<kind>", found ${JSON.stringify(ref)}`));
        ok = false;
        continue;
      }
      if (!Object.hasOwn((schema.$defs as object | undefined) ?? {}, kind)) {
        problems.push(schemaProblem(rel(name), 1, 1, `entryFolders["${folder}"] points to #/$defs/${kind}, which does not exist`));
        ok = false;
        continue;
      }
      kinds[folder] = kind;
      schemaFiles.set(collection, rel(name));
    }
    if (ok && isFrontMatter) Object.assign(markdownFolders, kinds);
    else if (ok) collections.push({ name: collection, schemaFile: rel(name), schema, folders: kinds });
  }

  let verbose: Ajv2020 | undefined;
  const schemaName = (collection: string) => (collection === FRONT_MATTER ? FRONT_MATTER_SCHEMA : `${collection}${SCHEMA_SUFFIX}`);
  const exportName = (collection: string, kind: string) => `${collection.replace(/[^A-Za-z0-9]/g, '_')}__${kind}`;
  /** Compiles a kind on first use; a schema that does not compile is reported once, with its file. */
  const validatorFor = (collection: string, kind: string): ValidateFunction | undefined => {
    const key = `${collection}\u0000${kind}`;
    const known = validators.get(key);
    if (known || broken.has(key)) return known;
    const fromCache = cached?.[exportName(collection, kind)];
    if (fromCache) {
      validators.set(key, fromCache);
      return fromCache;
    }
    try {
      const validate = getCompiler().getSchema(`${schemaName(collection)}#/$defs/${kind}`);
      if (!validate) throw new Error(`#/$defs/${kind} cannot be compiled`);
      validators.set(key, validate);
      return validate;
    } catch (error) {
      broken.add(key);
      problems.push(schemaProblem(schemaFiles.get(collection) ?? schemaName(collection), 1, 1, (error as Error).message));
      return undefined;
    }
  };
  const compileAll = (): void => {
    const refs: Record<string, string> = {};
    for (const def of collections) for (const kind of Object.values(def.folders)) refs[exportName(def.name, kind)] = `${schemaName(def.name)}#/$defs/${kind}`;
    for (const kind of Object.values(markdownFolders)) refs[exportName(FRONT_MATTER, kind)] = `${FRONT_MATTER_SCHEMA}#/$defs/${kind}`;
    for (const def of collections) for (const kind of Object.values(def.folders)) validatorFor(def.name, kind);
    for (const kind of Object.values(markdownFolders)) validatorFor(FRONT_MATTER, kind);
    // Everything compiled cleanly and was not cached yet: keep it for the next run.
    if (compiler && !cached && broken.size === 0 && problems.length === 0) saveValidators(cacheFile, compiler, refs);
  };
  const planFor = (collection: string, kind: string) => {
    const key = `${collection}\u0000${kind}`;
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = annotationPlan(documentMap, schemaName(collection), `/$defs/${kind}`)));
    return plan;
  };
  if (compile === 'eager') compileAll();
  return {
    collections,
    markdownFolders,
    problems,
    compileAll,
    validate(collection, kind, data) {
      const validate = validatorFor(collection, kind);
      if (!validate) return undefined;
      const valid = validate(data) as boolean;
      const collected: Collector = collectAnnotations(data, planFor(collection, kind));
      if (valid) return { errors: [], collected };
      // Reports need each error's data and parent schema (ajv's `verbose`), which makes
      // compiled code slower to build; only the rare failing entry pays for it.
      verbose ??= createVerbose(documents);
      const detailed = verbose.getSchema(`${schemaName(collection)}#/$defs/${kind}`)!;
      detailed(data);
      return { errors: detailed.errors ? [...detailed.errors] : [], collected };
    },
  };
}
