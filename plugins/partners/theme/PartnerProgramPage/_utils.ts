/**
 * The partner file a new partner copies, generated from the schema's fields
 * (as the data reference lists them, in the page's language): every field in
 * schema order, each with a comment saying what it is, optional fields
 * commented out. Pure, so it is unit-tested and the same at build time and in
 * the browser.
 */
import type { TemplateField } from '../../types';

export interface TemplateWords {
  /** Shown after the title of a required field, e.g. "必填". */
  required: string;
  /** Shown after the title of an optional field. */
  optional: string;
  /** Introduces the allowed values of an enum field, e.g. "可选值". */
  allowed: string;
}

/** An empty value of the field's type, so the file parses and the validator names what is missing. */
function emptyValue(field: TemplateField): string {
  if (field.type.startsWith('array')) return '[]';
  if (field.type.startsWith('object')) return '';
  return '""';
}

/** Comment lines, one per line of text (a description may hold line breaks). */
function comment(text: string, indent: string): string[] {
  return text.split('\n').map((line) => `${indent}# ${line}`.trimEnd());
}

export function partnerTemplate(fields: readonly TemplateField[], words: TemplateWords): string {
  const lines: string[] = [];
  const byPath = new Map(fields.map((f) => [f.path, f]));
  for (const field of fields) {
    const parts = field.path.split('.');
    const depth = parts.length - 1;
    const indent = '  '.repeat(depth);
    // A field of an optional object is as optional as the object.
    const parentOptional = depth > 0 && byPath.get(parts.slice(0, -1).join('.'))?.required === false;
    const optional = !field.required || parentOptional;
    if (lines.length > 0 && depth === 0) lines.push('');
    lines.push(...comment(`${field.title} (${field.required ? words.required : words.optional}): ${field.description}`, indent));
    if (field.values) lines.push(...comment(`${words.allowed}: ${field.values.join(', ')}`, indent));
    const value = emptyValue(field);
    const line = `${indent}${parts[parts.length - 1]}:${value ? ` ${value}` : ''}`;
    lines.push(optional ? `${indent}# ${line.trimStart()}` : line);
  }
  return `${lines.join('\n')}\n`;
}
