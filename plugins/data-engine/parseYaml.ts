import {
  CORE_SCHEMA,
  EVENT_ID,
  SCALAR_STYLE,
  constructFromEvents,
  getScalarValue,
  parseEvents,
  type Event,
} from 'js-yaml';
import { LineIndex, escapePointerSegment } from './sourceText';
import type { PositionIndex, SourcePosition } from './types';

/**
 * Limits for hostile input. Data files are small, hand-written records: these
 * bounds are far above any real entry and far below what could hurt a build.
 */
export const YAML_LIMITS = {
  /** Nesting depth of mappings and sequences. */
  maxDepth: 24,
  /** Aliases per file: enough for a reused list, too few for an alias bomb. */
  maxAliases: 16,
} as const;

/** Keys that would reach Object.prototype if a consumer ever copied entries naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParseProblem {
  offset: number;
  code: string;
  params: Record<string, string | number>;
  pointer: string;
}

export type ParseResult =
  | { ok: true; value: unknown; positions: PositionIndex }
  | { ok: false; problems: ParseProblem[]; lines: LineIndex };

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  pointer: string;
  index: number;
  expectKey: boolean;
  key: string;
  keys: Map<string, number>;
}

class OffsetPositions implements PositionIndex {
  readonly values = new Map<string, number>();
  readonly keys = new Map<string, number>();
  constructor(private readonly lines: LineIndex) {}
  value(pointer: string): SourcePosition | undefined {
    const o = this.values.get(pointer);
    return o === undefined ? undefined : this.lines.at(o);
  }
  key(pointer: string): SourcePosition | undefined {
    const o = this.keys.get(pointer);
    return o === undefined ? undefined : this.lines.at(o);
  }
  nearest(pointer: string): SourcePosition {
    let p = pointer;
    for (;;) {
      const o = this.values.get(p) ?? this.keys.get(p);
      if (o !== undefined) return this.lines.at(o);
      if (p === '') return { line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }
}

function nodeStart(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return firstNonNegative(ev.anchorStart, ev.tagStart, ev.start);
    case EVENT_ID.SCALAR: {
      // Quoted scalars report their content; point at the opening quote instead.
      const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return firstNonNegative(ev.anchorStart, ev.tagStart, quoted ? ev.valueStart - 1 : ev.valueStart);
    }
    case EVENT_ID.ALIAS:
      return Math.max(0, ev.anchorStart - 1);
    default:
      return 0;
  }
}

function firstNonNegative(...offsets: number[]): number {
  const valid = offsets.filter((o) => o >= 0);
  return valid.length ? Math.min(...valid) : 0;
}

/**
 * Parses one YAML data file. Positions come from the same parse: js-yaml 5's
 * event stream carries source offsets, and the value is built from those very
 * events. The fast path (a well-formed file) only scans the events; the exact
 * position index is built on first use, i.e. only for files with a problem.
 * Everything a data file has no use for (tags, merge keys, several documents,
 * complex keys, prototype keys) is reported instead of interpreted.
 */
export function parseYaml(text: string, filename: string): ParseResult {
  let events: Event[];
  try {
    events = parseEvents(text, { filename, maxDepth: YAML_LIMITS.maxDepth });
  } catch (error) {
    return { ok: false, lines: new LineIndex(text), problems: [syntaxProblem(error, text)] };
  }
  const slow = (): ParseResult => {
    const lines = new LineIndex(text);
    const { problems } = walkEvents(text, events, lines);
    // A lone null (`~`) passes the walk but is no entry either.
    if (problems.length === 0) problems.push({ offset: 0, code: 'yaml.empty', params: {}, pointer: '' });
    return { ok: false, lines, problems };
  };

  let documents = 0;
  let aliases = 0;
  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) documents++;
    else if (ev.type === EVENT_ID.ALIAS) aliases++;
    else if (ev.type !== EVENT_ID.POP && ev.tagStart >= 0) return slow();
  }
  if (documents !== 1 || aliases > YAML_LIMITS.maxAliases) return slow();

  let value: unknown;
  try {
    [value] = constructFromEvents(events, {
      source: text,
      filename,
      schema: CORE_SCHEMA,
      maxAliases: YAML_LIMITS.maxAliases,
      maxTotalMergeKeys: 0,
    });
  } catch (error) {
    // The walk explains most construction failures; the rest (an undefined alias) are js-yaml's own.
    const lines = new LineIndex(text);
    const { problems } = walkEvents(text, events, lines);
    return { ok: false, lines, problems: problems.length > 0 ? problems : [syntaxProblem(error, text)] };
  }
  if (value === null || value === undefined || hasForbiddenKey(value, 0)) return slow();
  return { ok: true, value, positions: new LazyPositions(text, filename) };
}

/** Any key that a naive consumer could turn into prototype pollution, or a merge key. */
function hasForbiddenKey(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth > YAML_LIMITS.maxDepth) return false;
  if (Array.isArray(value)) return value.some((v) => hasForbiddenKey(v, depth + 1));
  for (const key of Object.keys(value)) {
    if (key === '<<' || FORBIDDEN_KEYS.has(key)) return true;
    if (hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return Object.hasOwn(value, '__proto__');
}

/** Builds the pointer → offset index by re-reading the file the first time a position is asked for. */
class LazyPositions implements PositionIndex {
  private index: OffsetPositions | undefined;
  constructor(private readonly text: string, private readonly filename: string) {}
  private get positions(): OffsetPositions {
    if (!this.index) {
      const lines = new LineIndex(this.text);
      this.index = walkEvents(this.text, parseEvents(this.text, { filename: this.filename, maxDepth: YAML_LIMITS.maxDepth }), lines).positions;
    }
    return this.index;
  }
  value(pointer: string) {
    return this.positions.value(pointer);
  }
  key(pointer: string) {
    return this.positions.key(pointer);
  }
  nearest(pointer: string) {
    return this.positions.nearest(pointer);
  }
}

/** The exact walk: every node's offset by JSON Pointer, and every structural problem with its offset. */
function walkEvents(text: string, events: Event[], lines: LineIndex): { problems: ParseProblem[]; positions: OffsetPositions } {
  const problems: ParseProblem[] = [];
  const positions = new OffsetPositions(lines);
  const stack: Frame[] = [];
  let documents = 0;
  let aliases = 0;
  let skipDepth = 0; // > 0 while inside a rejected complex key

  for (const ev of events) {
    if (skipDepth > 0) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth++;
      else if (ev.type === EVENT_ID.POP) skipDepth--;
      continue;
    }
    if (ev.type === EVENT_ID.DOCUMENT) {
      documents++;
      stack.push({ kind: 'document', pointer: '', index: 0, expectKey: false, key: '', keys: new Map() });
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const start = nodeStart(ev);
    const top = stack[stack.length - 1]!;

    if (documents > 1) {
      if (top.kind === 'document' && top.index === 0) {
        problems.push({ offset: start, code: 'yaml.multipleDocuments', params: {}, pointer: '' });
      }
      top.index++;
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth = 1;
      continue;
    }

    if (top.kind === 'mapping' && top.expectKey) {
      if (ev.type !== EVENT_ID.SCALAR) {
        problems.push({ offset: start, code: 'yaml.complexKey', params: {}, pointer: top.pointer });
        if (ev.type !== EVENT_ID.ALIAS) skipDepth = 1;
        top.expectKey = false;
        top.key = `\u0000complex${start}`;
        continue;
      }
      if (ev.tagStart >= 0) {
        problems.push({ offset: ev.tagStart, code: 'yaml.tag', params: { tag: text.slice(ev.tagStart, ev.tagEnd) }, pointer: top.pointer });
      }
      const key = getScalarValue(text, ev);
      const pointer = `${top.pointer}/${escapePointerSegment(key)}`;
      if (key === '<<') {
        problems.push({ offset: start, code: 'yaml.mergeKey', params: {}, pointer });
      } else if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ offset: start, code: 'yaml.forbiddenKey', params: { key }, pointer });
      }
      const previous = top.keys.get(key);
      if (previous !== undefined) {
        const first = lines.at(previous);
        problems.push({ offset: start, code: 'yaml.duplicateKey', params: { key, line: first.line }, pointer });
      } else {
        top.keys.set(key, start);
        positions.keys.set(pointer, start);
      }
      top.key = key;
      top.expectKey = false;
      continue;
    }

    let pointer = '';
    if (top.kind === 'mapping') {
      pointer = `${top.pointer}/${escapePointerSegment(top.key)}`;
      top.expectKey = true;
    } else if (top.kind === 'sequence') {
      pointer = `${top.pointer}/${top.index}`;
      top.index++;
    } else {
      top.index++;
    }
    if (!positions.values.has(pointer)) positions.values.set(pointer, start);

    if (ev.type === EVENT_ID.ALIAS) {
      aliases++;
      if (aliases === YAML_LIMITS.maxAliases + 1) {
        problems.push({ offset: start, code: 'yaml.tooManyAliases', params: { max: YAML_LIMITS.maxAliases }, pointer });
      }
      continue;
    }
    if (ev.tagStart >= 0) {
      problems.push({ offset: ev.tagStart, code: 'yaml.tag', params: { tag: text.slice(ev.tagStart, ev.tagEnd) }, pointer });
    }
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
      stack.push({
        kind: ev.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        pointer,
        index: 0,
        expectKey: true,
        key: '',
        keys: new Map(),
      });
    }
  }

  if (documents > 1 && !problems.some((p) => p.code === 'yaml.multipleDocuments')) {
    // The extra document is empty: point at its `---` marker.
    const markers = [...text.matchAll(/^---(?=[ \t\r\n]|$)/gm)];
    const offset = markers.length ? markers[markers.length - 1]!.index ?? 0 : 0;
    problems.push({ offset, code: 'yaml.multipleDocuments', params: {}, pointer: '' });
  }
  if (documents === 0 || (documents === 1 && !positions.values.has(''))) {
    problems.push({ offset: 0, code: 'yaml.empty', params: {}, pointer: '' });
  }
  return { problems, positions };

}

function syntaxProblem(error: unknown, text: string): ParseProblem {
  const e = error as { reason?: string; message?: string; mark?: { position?: number } };
  const reason = e.reason ?? e.message ?? String(error);
  const offset = Math.min(Math.max(0, e.mark?.position ?? 0), text.length);
  if (/tab characters? must not be used/i.test(reason)) {
    return { offset, code: 'yaml.tab', params: {}, pointer: '' };
  }
  if (/maxDepth/.test(reason)) {
    return { offset, code: 'yaml.tooDeep', params: { max: YAML_LIMITS.maxDepth }, pointer: '' };
  }
  if (/maxAliases/.test(reason)) {
    return { offset, code: 'yaml.tooManyAliases', params: { max: YAML_LIMITS.maxAliases }, pointer: '' };
  }
  return { offset, code: 'yaml.syntax', params: { reason }, pointer: '' };
}
