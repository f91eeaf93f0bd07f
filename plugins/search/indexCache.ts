import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The offline index's cache between builds (node_modules/.cache/community-hub/search):
 * each page's extracted text, and the last index with the documents it was built
 * from. A rebuild where few pages changed re-reads those pages only, and one where
 * no text changed writes the previous index without building it (the jieba and
 * lunr work is most of the search plugin's build time).
 */
export interface IndexCache {
  /** Parsed page (the search plugin's `parse` result) by pageKey. */
  pages: Record<string, unknown>;
  index?: { key: string; json: string };
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/**
 * What a page's indexed text depends on: its HTML without `<script>` elements and
 * `<link>` tags (the search plugin reads neither, and their chunk names change from
 * build to build when nothing else does), its kind and its URL.
 */
export function pageKey(html: string, type: string, url: string): string {
  const text = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, '');
  return sha1(`${type}\n${url}\n${text}`);
}

/** The key of an index: the documents it indexes and whatever else shapes it (`salt`: options, code versions). */
export function documentsKey(documents: unknown, salt: string): string {
  return sha1(`${salt}\n${JSON.stringify(documents)}`);
}

/** The cache file of one index: the locale built, and the index's folder inside that locale's output (docs versions have their own). */
export function cacheFile(cacheDir: string, locale: string, folder: string): string {
  return path.join(cacheDir, `${locale}${folder ? `-${sha1(folder).slice(0, 12)}` : ''}.json`);
}

/** A missing, unreadable or other-version cache is an empty one: the cache only ever saves work. */
export function readIndexCache(file: string, version: string): IndexCache {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown; pages?: unknown; index?: IndexCache['index'] };
    if (data.version !== version || typeof data.pages !== 'object' || data.pages === null) return { pages: {} };
    return { pages: data.pages as IndexCache['pages'], index: typeof data.index?.key === 'string' && typeof data.index.json === 'string' ? data.index : undefined };
  } catch {
    return { pages: {} };
  }
}

export function writeIndexCache(file: string, version: string, cache: IndexCache): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed, so a build killed mid-write leaves the previous cache, never half of one.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ version, ...cache }));
  fs.renameSync(tmp, file);
}
