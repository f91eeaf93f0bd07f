import type { CollectionDefinition, JsonSchema } from '../data-engine/index';

/** One documented field of one kind of entry, as the reference page lists it. */
export interface FieldRow {
  /** `modules[].title` */
  path: string;
  title: string;
  description: string;
  /** JSON types, plus `format` where one applies. */
  type: string;
  required: boolean;
  enum?: { value: string; label: string }[];
  references?: string;
  translatable: boolean;
  /** Facts like `minLength 1`, `pattern ...`, rendered verbatim. */
  constraints: string[];
}

export interface KindReference {
  kind: string;
  /** Where files of this kind live, e.g. `data/courses/projects/`. */
  folder: string;
  title: string;
  description: string;
  fields: FieldRow[];
}

export interface CollectionReference {
  collection: string;
  schemaFile: string;
  title: string;
  description: string;
  kinds: KindReference[];
}

type Resolve = (ref: string, base: JsonSchema) => JsonSchema;

function makeResolver(common: JsonSchema | undefined): Resolve {
  return (ref, base) => {
    const [file, fragment = ''] = ref.split('#');
    const doc = file ? (file === 'common.schema.json' ? common : undefined) : base;
    if (!doc) throw new Error(`cannot resolve ${ref}`);
    let node: unknown = doc;
    for (const seg of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[seg];
    if (!node) throw new Error(`cannot resolve ${ref}`);
    return node as JsonSchema;
  };
}

/** A schema node with its `$ref` target merged underneath its own keywords (2020-12 sibling semantics, for display). */
function flatten(node: JsonSchema, base: JsonSchema, resolve: Resolve): JsonSchema {
  if (typeof node.$ref !== 'string') return node;
  const target = flatten(resolve(node.$ref, base), base, resolve);
  const { $ref: _ignored, ...own } = node;
  return { ...target, ...own };
}

const CONSTRAINTS = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern', 'uniqueItems'] as const;

function typeOf(node: JsonSchema): string {
  const t = Array.isArray(node.type) ? node.type.join(' | ') : String(node.type ?? 'any');
  return node.format ? `${t} (${String(node.format)})` : t;
}

function rowsFor(node: JsonSchema, prefix: string, base: JsonSchema, resolve: Resolve, out: FieldRow[]): void {
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [name, raw] of Object.entries(properties)) {
    const field = flatten(raw, base, resolve);
    const path = prefix ? `${prefix}.${name}` : name;
    const items = field.items ? flatten(field.items as JsonSchema, base, resolve) : undefined;
    const valueSchema = field.type === 'array' && items ? items : field;
    const enumValues = valueSchema.enum as string[] | undefined;
    const labels = valueSchema.enumDescriptions as string[] | undefined;
    const constraints: string[] = [];
    for (const c of CONSTRAINTS) {
      if (field[c] !== undefined) constraints.push(`${c} ${String(field[c])}`);
      if (items && items !== field && items[c] !== undefined) constraints.push(`items.${c} ${String(items[c])}`);
    }
    out.push({
      path,
      title: String(field.title ?? name),
      description: String(field.description ?? ''),
      type: field.type === 'array' && items ? `array<${typeOf(items)}>` : typeOf(field),
      required: required.has(name),
      ...(enumValues ? { enum: enumValues.map((value, i) => ({ value: String(value), label: labels?.[i] ?? String(value) })) } : {}),
      ...(typeof valueSchema.references === 'string' ? { references: valueSchema.references } : {}),
      translatable: valueSchema.translatable === true,
      constraints,
    });
    if (field.type === 'object') rowsFor(field, path, base, resolve, out);
    if (items && items.type === 'object') rowsFor(items, `${path}[]`, base, resolve, out);
  }
}

/** The reference of one collection, straight from its schema: nothing is restated by hand. */
export function buildCollectionReference(def: CollectionDefinition, common: JsonSchema | undefined, dataDir: string): CollectionReference {
  const resolve = makeResolver(common);
  const kinds: KindReference[] = Object.entries(def.folders).map(([folder, kind]) => {
    const node = flatten(resolve(`#/$defs/${kind}`, def.schema), def.schema, resolve);
    const fields: FieldRow[] = [];
    rowsFor(node, '', def.schema, resolve, fields);
    return {
      kind,
      folder: folder === '.' ? `${dataDir}/${def.name}/` : `${dataDir}/${def.name}/${folder}/`,
      title: String(node.title ?? kind),
      description: String(node.description ?? ''),
      fields,
    };
  });
  return {
    collection: def.name,
    schemaFile: def.schemaFile,
    title: String(def.schema.title ?? def.name),
    description: String(def.schema.description ?? ''),
    kinds,
  };
}
