import type { ErrorObject } from 'ajv';
import { closest } from './suggest';
import { displayPath, escapePointerSegment } from './sourceText';
import { knownTimeZones } from './formats';
import type { PositionIndex, Problem } from './types';

/** The `id` pattern from common.schema.json: its failures get a message written for people. */
const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const KNOWN_FORMATS = new Set(['web-url', 'date', 'local-date-time', 'iana-time-zone']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Turns ajv's errors for one entry into problems with exact positions: the
 * mapping that lacks a required field, the key of an unknown field, the value
 * of anything else. Enum values and unknown fields get the closest valid name.
 */
export function problemsFromAjv(errors: ErrorObject[], file: string, positions: PositionIndex): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const p = toProblem(error, file, positions);
    if (!p) continue;
    const key = `${p.line}:${p.column}:${p.code}:${JSON.stringify(p.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  // A misspelt required field shows up twice: unknown "durationWeek" and missing "durationWeeks".
  // The unknown-field message already names the fix, so the missing-field one is dropped.
  const suggested = new Set(
    problems.filter((p) => p.code === 'schema.additionalProperty' && p.params.suggestion).map((p) => `${parentPath(p.fieldPath)}\u0000${p.params.suggestion}`),
  );
  return problems.filter((p) => !(p.code === 'schema.required' && suggested.has(`${parentPath(p.fieldPath)}\u0000${p.params.property}`)));
}

/** `modules[2].title` → `modules[2]`; `title` → ''. */
function parentPath(fieldPath: string): string {
  const cut = Math.max(fieldPath.lastIndexOf('.'), fieldPath.lastIndexOf('['));
  return cut <= 0 ? '' : fieldPath.slice(0, cut);
}

function toProblem(error: ErrorObject, file: string, positions: PositionIndex): Problem | undefined {
  const pointer = error.instancePath;
  const at = (ptr: string, pos = positions.value(ptr) ?? positions.nearest(ptr)) => pos;
  const make = (code: string, params: Problem['params'], ptr = pointer, pos = at(pointer)): Problem => ({
    file,
    line: pos.line,
    column: pos.column,
    code,
    params,
    fieldPath: displayPath(ptr),
    severity: 'error',
  });
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty);
      return make('schema.required', { property }, `${pointer}/${escapePointerSegment(property)}`);
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const ptr = `${pointer}/${escapePointerSegment(property)}`;
      const known = Object.keys((parent.properties as object | undefined) ?? {});
      const suggestion = closest(property, known);
      return make('schema.additionalProperty', { property, ...(suggestion ? { suggestion } : {}) }, ptr, positions.key(ptr) ?? at(pointer));
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return make('schema.enum', { value: show(error.data), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) });
    }
    case 'const':
      return make('schema.const', { value: show(error.data), allowed: show(params.allowedValue) });
    case 'type':
      return make('schema.type', { expected: String(params.type), actual: describe(error.data) });
    case 'pattern':
      if (params.pattern === ID_PATTERN) return make('schema.idPattern', { value: show(error.data) });
      return make('schema.pattern', { value: show(error.data), pattern: String(params.pattern) });
    case 'format': {
      const format = String(params.format);
      if (!KNOWN_FORMATS.has(format)) return make('format.other', { value: show(error.data), format });
      const extra: Problem['params'] = {};
      if (format === 'iana-time-zone' && typeof error.data === 'string') {
        const suggestion = closest(error.data, knownTimeZones());
        if (suggestion) extra.suggestion = suggestion;
      }
      return make(`format.${format}`, { value: show(error.data), ...extra });
    }
    case 'minLength':
      return make('schema.minLength', { limit: Number(params.limit) });
    case 'maxLength':
      return make('schema.maxLength', { limit: Number(params.limit), actual: String(error.data).length });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make('schema.minimum', { comparison: String(params.comparison), limit: Number(params.limit), value: show(error.data) });
    case 'minItems':
      return make('schema.minItems', { limit: Number(params.limit) });
    case 'maxItems':
      return make('schema.maxItems', { limit: Number(params.limit) });
    case 'uniqueItems': {
      // ajv reports two 0-based indices in an order that depends on the item type; point at the later (repeated) one. People count from 1.
      const first = Math.min(Number(params.i), Number(params.j));
      const repeat = Math.max(Number(params.i), Number(params.j));
      const ptr = `${pointer}/${repeat}`;
      return make('schema.uniqueItems', { i: first + 1, j: repeat + 1 }, ptr, at(ptr));
    }
    default:
      return make('schema.other', { keyword: error.keyword, message: error.message ?? '' });
  }
}
