import { escapePointerSegment } from './sourceText';
import type { JsonSchema, Reference, TranslatableString } from './types';

/** What our annotation keywords mark in one entry: the strings to translate, the references, the static files. */
export interface Collector {
  translatable: TranslatableString[];
  references: Reference[];
  staticFiles: { pointer: string; value: string }[];
}

/** The annotations of one schema node, with $refs resolved, ready to walk data with. */
interface Plan {
  translatable: boolean;
  references?: string;
  staticFile: boolean;
  properties?: Map<string, Plan>;
  items?: Plan;
}

type Documents = Map<string, JsonSchema>;

/**
 * Builds the annotation plan of a kind: which data paths are translatable,
 * references or static files, following `$ref` across schema files. Plans are
 * shared per schema node, so recursive schemas terminate.
 */
export function annotationPlan(documents: Documents, file: string, pointer: string): Plan {
  const plans = new Map<object, Plan>();
  const resolve = (ref: string, currentFile: string): [JsonSchema, string] => {
    const [refFile, fragment = ''] = ref.split('#');
    const targetFile = refFile || currentFile;
    let node: unknown = documents.get(targetFile);
    for (const seg of fragment.split('/').filter(Boolean)) node = (node as Record<string, unknown> | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
    return [(node ?? {}) as JsonSchema, targetFile];
  };
  const build = (node: JsonSchema, currentFile: string): Plan => {
    const existing = plans.get(node);
    if (existing) return existing;
    const plan: Plan = { translatable: node.translatable === true, staticFile: node.staticFile === true };
    if (typeof node.references === 'string') plan.references = node.references;
    plans.set(node, plan);
    if (typeof node.$ref === 'string') {
      const [target, targetFile] = resolve(node.$ref, currentFile);
      const inner = build(target, targetFile);
      plan.translatable ||= inner.translatable;
      plan.staticFile ||= inner.staticFile;
      plan.references ??= inner.references;
      plan.properties ??= inner.properties;
      plan.items ??= inner.items;
    }
    if (node.properties && typeof node.properties === 'object') {
      plan.properties = new Map(Object.entries(node.properties as Record<string, JsonSchema>).map(([k, v]) => [k, build(v, currentFile)]));
    }
    if (node.items && typeof node.items === 'object') plan.items = build(node.items as JsonSchema, currentFile);
    return plan;
  };
  const [root, rootFile] = resolve(`${file}#${pointer}`, file);
  return prune(build(root, rootFile), new Map());
}

/** Drops branches that hold no annotation, so walking an entry visits only what can be collected. */
function prune(plan: Plan, seen: Map<Plan, boolean>): Plan {
  const marks = (p: Plan): boolean => {
    const known = seen.get(p);
    if (known !== undefined) return known;
    // While a node is being decided, a cycle back to it counts as relevant (never prune a maybe).
    seen.set(p, true);
    let any = p.translatable || p.staticFile || p.references !== undefined;
    if (p.properties) {
      for (const [key, child] of [...p.properties]) {
        if (marks(child)) any = true;
        else p.properties.delete(key);
      }
      if (p.properties.size === 0) delete p.properties;
    }
    if (p.items) {
      if (marks(p.items)) any = true;
      else delete p.items;
    }
    seen.set(p, any);
    return any;
  };
  marks(plan);
  return plan;
}

/** Walks an entry along its plan. Defensive: invalid data (a list where a mapping belongs) is simply not collected. */
export function collectAnnotations(data: unknown, plan: Plan): Collector {
  const out: Collector = { translatable: [], references: [], staticFiles: [] };
  const walk = (value: unknown, p: Plan, pointer: string): void => {
    if (typeof value === 'string') {
      if (p.translatable) out.translatable.push({ pointer, value });
      if (p.references) out.references.push({ pointer, value, target: p.references });
      if (p.staticFile) out.staticFiles.push({ pointer, value });
      return;
    }
    if (Array.isArray(value)) {
      if (p.items) value.forEach((item, i) => walk(item, p.items!, `${pointer}/${i}`));
      return;
    }
    if (value && typeof value === 'object' && p.properties) {
      for (const [key, child] of p.properties) {
        if (Object.hasOwn(value, key)) walk((value as Record<string, unknown>)[key], child, `${pointer}/${escapePointerSegment(key)}`);
      }
    }
  };
  walk(data, plan, '');
  return out;
}
