import { isUtf8 } from 'node:buffer';
import type { SourcePosition } from './types';

/** Maps string offsets to 1-based line/column. Handles LF, CRLF and lone CR. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  at(offset: number): SourcePosition {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; code: 'notUtf8' | 'nulByte'; offset: number; text?: string };

/**
 * Decodes a data file strictly: UTF-8 only, a leading BOM dropped (editors on
 * Windows add one), NUL bytes refused because no text format needs them and
 * they hide content from reviewers.
 */
export function decodeSource(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = buffer.toString('utf8');
  // Decoding replaces bad bytes with U+FFFD; only then is the strict check needed (a file may contain a real U+FFFD).
  if (text.includes('\uFFFD') && !isUtf8(buffer)) {
    // Decode leniently only to locate the first bad byte for the report.
    return { ok: false, code: 'notUtf8', offset: Math.max(0, text.indexOf('\uFFFD')), text };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, code: 'nulByte', offset: nul, text };
  return { ok: true, text };
}

/** JSON Pointer escaping (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/modules/2/title` → `modules[2].title`, the form people read in reports. */
export function displayPath(pointer: string): string {
  let out = '';
  for (const segment of pointerSegments(pointer)) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
