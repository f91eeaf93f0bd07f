import { createHash } from 'node:crypto';

/** Line endings and trailing blank space never make a translation stale. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
}

/** Short content hash of a source text; what the manifest records. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 16);
}
