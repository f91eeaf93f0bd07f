import fs from 'node:fs';
import path from 'node:path';
import { FACT_COMPONENTS, factModule } from './components';
import { COUNTABLE, GROUP_SOURCES } from './extractFacts';
import type { FactGroup } from './types';

export interface RemarkDataFactsOptions {
  /** The folder the data-facts plugin writes `ids.json` into. */
  factsDir: string;
  siteDir: string;
}

// Minimal mdast/MDX node shapes: the parts this plugin reads and writes.
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
  value?: string;
  data?: unknown;
}

let cache: { mtimeMs: number; file: string; ids: Record<string, string[]> } | undefined;
function readIds(factsDir: string): Record<string, string[]> {
  const file = path.join(factsDir, 'ids.json');
  const { mtimeMs } = fs.statSync(file);
  if (!cache || cache.file !== file || cache.mtimeMs !== mtimeMs) cache = { file, mtimeMs, ids: JSON.parse(fs.readFileSync(file, 'utf8')) };
  return cache.ids;
}

function where(group: FactGroup): string {
  if (group === 'counts') return 'the countable collections';
  const { collection, folder } = GROUP_SOURCES[group];
  return `data/${collection}/${folder === '.' ? '' : `${folder}/`}`;
}

const identifier = (name: string) => ({ type: 'Identifier', name });

function importNode(local: string, source: string): MdNode {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: identifier(local) }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
            attributes: [],
          },
        ],
      },
    },
  };
}

function expressionAttribute(name: string, local: string): JsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: local,
      data: { estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression: identifier(local) }] } },
    },
  };
}

/**
 * Gives each data-fact component in a page the records it names, as imports
 * of small JSON modules (`@community-facts/<group>/<id>.json`). A page thus
 * bundles only its own facts, and webpack rebuilds it when they change. An
 * unknown id, a missing or computed attribute fails the build, naming the
 * page, line and column and the ids that exist.
 */
export default function remarkDataFacts(options: RemarkDataFactsOptions) {
  return (tree: MdNode, file: { path?: string }) => {
    const page = file.path ? path.relative(options.siteDir, file.path).split(path.sep).join('/') : '(unknown page)';
    const imports = new Map<string, string>();
    let ids: Record<string, string[]> | undefined;

    const visit = (node: MdNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && FACT_COMPONENTS[node.name]) {
        const spec = FACT_COMPONENTS[node.name]!;
        const at = `${page}:${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
        const fail = (message: string): never => {
          const error = new Error(`${at}  <${node.name}>: ${message}`);
          error.stack = error.message;
          throw error;
        };
        let id: string | undefined;
        if (spec.attribute) {
          const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === spec.attribute);
          if (!attr && !spec.optional) fail(`the attribute ${spec.attribute}="…" is required.`);
          if (attr) {
            if (typeof attr.value !== 'string') fail(`${spec.attribute} must be a plain string such as ${spec.attribute}="…", not an expression.`);
            id = attr.value as string;
            if (!ids) {
              try {
                ids = readIds(options.factsDir);
              } catch {
                fail(`no data facts were generated (${path.join(options.factsDir, 'ids.json')} is missing); is the data-facts plugin registered?`);
              }
            }
            const known = ids![spec.group] ?? (spec.group === 'counts' ? Object.keys(COUNTABLE) : []);
            if (!known.includes(id)) fail(`${spec.attribute}="${id}" is not an entry in ${where(spec.group)}. Known: ${known.join(', ')}.`);
          }
        }
        const source = factModule(spec.group, id);
        let local = imports.get(source);
        if (!local) {
          local = `__dataFact${imports.size}`;
          imports.set(source, local);
        }
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'fact' && a.name !== 'facts'), expressionAttribute(id ? 'fact' : 'facts', local)];
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    if (imports.size > 0 && tree.children) {
      tree.children.unshift(...[...imports].map(([source, local]) => importNode(local, source)));
    }
  };
}
