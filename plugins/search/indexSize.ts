/**
 * Size of the offline search index each locale ships, as a reader downloads
 * it (gzip), checked against the budget in README ("Search").
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_LOCALE, discoverLocales } from '../site-locales/discoverLocales';

export const BUDGET_GZIP_BYTES = 400 * 1024;
/** A Chinese index may be at most this many times the English one for the same content. */
export const MAX_ZH_TO_EN_RATIO = 2;

export interface IndexSize {
  locale: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Indexed pages (title documents). */
  pages: number;
}

export function indexSizes(siteDir: string, buildDir = path.join(siteDir, 'build')): IndexSize[] {
  const { locales } = discoverLocales(siteDir, DEFAULT_LOCALE);
  return locales.map((locale) => {
    const dir = locale === DEFAULT_LOCALE ? buildDir : path.join(buildDir, locale);
    const name = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /^search-index.*\.json$/.test(f)) : undefined;
    if (!name) throw new Error(`no search index in ${path.relative(siteDir, dir) || '.'}/ — run npm run build first`);
    const file = path.join(dir, name);
    const raw = fs.readFileSync(file);
    const parsed = JSON.parse(raw.toString('utf8')) as { documents: unknown[] }[];
    return { locale, file: path.relative(siteDir, file), bytes: raw.length, gzipBytes: zlib.gzipSync(raw, { level: 9 }).length, pages: parsed[0]?.documents.length ?? 0 };
  });
}

/** Problems with the sizes, empty when within budget. */
export function budgetProblems(sizes: IndexSize[], budget = BUDGET_GZIP_BYTES): string[] {
  const problems = sizes.filter((s) => s.gzipBytes > budget).map((s) => `${s.locale}: ${kb(s.gzipBytes)} gzip is over the ${kb(budget)} budget`);
  const zh = sizes.find((s) => s.locale.startsWith('zh'));
  const en = sizes.find((s) => s.locale === 'en');
  if (zh && en && zh.gzipBytes > MAX_ZH_TO_EN_RATIO * en.gzipBytes) problems.push(`${zh.locale} index is ${(zh.gzipBytes / en.gzipBytes).toFixed(2)}× the English one (at most ${MAX_ZH_TO_EN_RATIO}×)`);
  return problems;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
