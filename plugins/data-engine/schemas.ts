import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { isIanaTimeZone, isLocalDateTime, isWebUrl } from './formats';
import { LineIndex } from './sourceText';
import type { CollectionDefinition, JsonSchema, Problem, Reference, TranslatableString } from './types';

/** The file that holds definitions shared by every collection schema. */
export const COMMON_SCHEMA = 'common.schema.json';
const SCHEMA_SUFFIX = '.schema.json';

/** What the custom keywords saw while one entry was validated. */
export interface Collector {
  translatable: TranslatableString[];
  references: Reference[];
  staticFiles: { pointer: string; value: string }[];
}

// Validation is synchronous, so one slot is enough to route keyword callbacks
// to the entry being validated.
let collector: Collector | null = null;

function createAjv(verbose: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose });
  addFormats(ajv, ['date']);
  ajv.addFormat('web-url', { type: 'string', validate: isWebUrl });
  ajv.addFormat('local-date-time', { type: 'string', validate: isLocalDateTime });
  ajv.addFormat('iana-time-zone', { type: 'string', validate: isIanaTimeZone });
  ajv.addKeyword({
    keyword: 'translatable',
    schemaType: 'boolean',
    validate: (on: boolean, data: unknown, _parent?: unknown, cxt?: { instancePath: string }) => {
      if (on && collector && typeof data === 'string' && cxt) {
        collector.translatable.push({ pointer: cxt.instancePath, value: data });
      }
      return true;
    },
  });
  ajv.addKeyword({
    keyword: 'references',
    schemaType: 'string',
    validate: (target: string, data: unknown, _parent?: unknown, cxt?: { instancePath: string }) => {
      if (collector && typeof data === 'string' && cxt) {
        collector.references.push({ pointer: cxt.instancePath, value: data, target });
      }
      return true;
    },
  });
  ajv.addKeyword({
    keyword: 'staticFile',
    schemaType: 'boolean',
    validate: (on: boolean, data: unknown, _parent?: unknown, cxt?: { instancePath: string }) => {
      if (on && collector && typeof data === 'string' && cxt) {
        collector.staticFiles.push({ pointer: cxt.instancePath, value: data });
      }
      return true;
    },
  });
  // Annotations only: labels for enum values, and which folder holds which kind.
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  ajv.addKeyword({ keyword: 'entryFolders', schemaType: 'object' });
  ajv.addKeyword({ keyword: 'markdownFolders', schemaType: 'object' });
  return ajv;
}

/** The schema of Markdown front matter: not a collection, it maps content folders to kinds. */
export const FRONT_MATTER_SCHEMA = 'front-matter.schema.json';
export const FRONT_MATTER = 'front-matter';

export interface SchemaSet {
  collections: CollectionDefinition[];
  /** Content folder (docs, blog, courses) → front-matter kind, from front-matter.schema.json. */
  markdownFolders: Record<string, string>;
  problems: Problem[];
  /** Validates one entry of a collection's kind and reports what the custom keywords collected. */
  validate(collection: string, kind: string, data: unknown): { errors: ErrorObject[]; collected: Collector };
}

function createVerbose(documents: { name: string; schema: JsonSchema }[]): Ajv2020 {
  const ajv = createAjv(true);
  for (const { name, schema } of documents) ajv.addSchema(schema, name);
  return ajv;
}

/** Reads a JSON file, turning a parse failure into a positioned problem. */
function readJson(file: string, rel: string): { value?: JsonSchema; problem?: Problem } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: schemaProblem(rel, 1, 1, String((error as Error).message)) };
  }
  try {
    return { value: JSON.parse(text) as JsonSchema };
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
export function loadSchemas(siteDir: string, schemaDir: string): SchemaSet {
  const ajv = createAjv(false);
  const problems: Problem[] = [];
  const collections: CollectionDefinition[] = [];
  const validators = new Map<string, ValidateFunction>();
  const markdownFolders: Record<string, string> = {};
  const absDir = path.join(siteDir, schemaDir);
  const rel = (name: string) => path.posix.join(schemaDir.split(path.sep).join('/'), name);

  const names = fs.existsSync(absDir) ? fs.readdirSync(absDir).filter((n) => n.endsWith(SCHEMA_SUFFIX)).sort() : [];
  const documents: { name: string; schema: JsonSchema }[] = [];
  for (const name of names) {
    const { value, problem } = readJson(path.join(absDir, name), rel(name));
    if (problem) problems.push(problem);
    else documents.push({ name, schema: value! });
  }
  // Register every document first so cross-file $refs resolve, then compile.
  for (const { name, schema } of documents) {
    try {
      ajv.addSchema(schema, name);
    } catch (error) {
      problems.push(schemaProblem(rel(name), 1, 1, (error as Error).message));
    }
  }
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
      try {
        const validate = ajv.getSchema(`${name}#/$defs/${kind}`);
        if (!validate) throw new Error(`entryFolders["${folder}"] points to #/$defs/${kind}, which does not exist`);
        validators.set(`${collection}\u0000${kind}`, validate);
        kinds[folder] = kind;
      } catch (error) {
        problems.push(schemaProblem(rel(name), 1, 1, (error as Error).message));
        ok = false;
      }
    }
    if (ok && isFrontMatter) Object.assign(markdownFolders, kinds);
    else if (ok) collections.push({ name: collection, schemaFile: rel(name), schema, folders: kinds });
  }

  let verbose: Ajv2020 | undefined;
  const schemaName = (collection: string) => (collection === FRONT_MATTER ? FRONT_MATTER_SCHEMA : `${collection}${SCHEMA_SUFFIX}`);
  return {
    collections,
    markdownFolders,
    problems,
    validate(collection, kind, data) {
      const validate = validators.get(`${collection}\u0000${kind}`);
      if (!validate) throw new Error(`no validator for ${collection}/${kind}`);
      const collected: Collector = { translatable: [], references: [], staticFiles: [] };
      collector = collected;
      let valid: boolean;
      try {
        valid = validate(data) as boolean;
      } finally {
        collector = null;
      }
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
