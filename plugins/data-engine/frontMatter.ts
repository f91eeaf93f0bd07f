import fs from 'node:fs';
import path from 'node:path';
import type { Processor } from 'unified';
import { parseYaml } from './parseYaml';
import { decodeSource } from './sourceText';
import { problemsFromAjv } from './validateEntry';
import { FRONT_MATTER, type SchemaSet } from './schemas';
import { MAX_FILE_BYTES } from './loadEntries';
import type { PositionIndex, Problem, SourcePosition } from './types';

let parser: Processor | undefined;
/** The Markdown parser, loaded on first use: a data-only run (the validate benchmark) never pays for it. */
function markdownParser(): Processor {
  if (!parser) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    /* eslint-enable @typescript-eslint/no-require-imports */
    parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) as unknown as Processor;
  }
  return parser;
}

/** Files Docusaurus never renders as pages are not checked (partials start with _). */
function isPage(name: string): boolean {
  return /\.mdx?$/i.test(name) && !name.startsWith('_') && !/^readme\.mdx?$/i.test(name);
}

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    if (d.name.startsWith('.') || d.name.startsWith('_')) continue;
    const abs = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...listMarkdown(abs));
    else if (isPage(d.name)) out.push(abs);
  }
  return out.sort();
}

/** Shifts positions inside the front matter block to positions in the Markdown file. */
class ShiftedPositions implements PositionIndex {
  constructor(private readonly inner: PositionIndex, private readonly lineOffset: number) {}
  private shift(p: SourcePosition | undefined): SourcePosition | undefined {
    return p && { line: p.line + this.lineOffset, column: p.column };
  }
  value(pointer: string) {
    return this.shift(this.inner.value(pointer));
  }
  key(pointer: string) {
    return this.shift(this.inner.key(pointer));
  }
  nearest(pointer: string) {
    return this.shift(this.inner.nearest(pointer))!;
  }
}

/**
 * Validates the YAML front matter of every page in the content folders with
 * the kinds of front-matter.schema.json, reported like data files (same
 * parser, same limits, same messages). A page without front matter is checked
 * as an empty mapping, so required fields are still enforced.
 */
export function checkMarkdownFrontMatter(siteDir: string, dirs: string[], schemas: SchemaSet): { problems: Problem[]; filesRead: number } {
  const problems: Problem[] = [];
  let filesRead = 0;
  for (const dir of dirs) {
    const kind = schemas.markdownFolders[dir];
    if (!kind) continue;
    for (const abs of listMarkdown(path.join(siteDir, dir))) {
      filesRead++;
      const rel = path.relative(siteDir, abs).split(path.sep).join('/');
      problems.push(...checkFrontMatterFile(abs, rel, kind, schemas));
    }
  }
  return { problems, filesRead };
}

export function checkFrontMatterFile(abs: string, rel: string, kind: string, schemas: SchemaSet): Problem[] {
  const at = (line: number, column: number, code: string, params: Problem['params'] = {}): Problem => ({ file: rel, line, column, code, params, fieldPath: '', severity: 'error' });
  const size = fs.statSync(abs).size;
  if (size > MAX_FILE_BYTES * 4) return [at(1, 1, 'file.tooLarge', { size, max: MAX_FILE_BYTES * 4 })];
  const decoded = decodeSource(fs.readFileSync(abs));
  if (!decoded.ok) return [at(1, 1, `file.${decoded.code}`)];
  const tree = markdownParser().parse(decoded.text) as import('mdast').Root;
  const first = tree.children[0];
  if (!first || first.type !== 'yaml' || first.value.trim() === '') {
    const errors = schemas.validate(FRONT_MATTER, kind, {})?.errors ?? [];
    return problemsFromAjv(errors, rel, { value: () => ({ line: 1, column: 1 }), key: () => undefined, nearest: () => ({ line: 1, column: 1 }) });
  }
  // The block's content starts on the line after the opening ---.
  const lineOffset = first.position!.start.line;
  const parsed = parseYaml(first.value, rel);
  if (!parsed.ok) {
    return parsed.problems.map((p) => {
      const pos = parsed.lines.at(p.offset);
      // A line named in the message (duplicate key: "first defined on line N") is shifted too.
      const params = typeof p.params.line === 'number' ? { ...p.params, line: p.params.line + lineOffset } : p.params;
      return at(pos.line + lineOffset, pos.column, p.code, params);
    });
  }
  const value = parsed.value;
  const positions = new ShiftedPositions(parsed.positions, lineOffset);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const pos = positions.nearest('');
    return [at(pos.line, pos.column, 'file.notMapping', { actual: Array.isArray(value) ? 'list' : typeof value })];
  }
  const errors = schemas.validate(FRONT_MATTER, kind, value)?.errors ?? [];
  return problemsFromAjv(errors, rel, positions);
}
