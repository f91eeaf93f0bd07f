/**
 * Checks of the data translation files (`i18n/<locale>/community-data/*.json`)
 * as engine problems with file, line and column, for `npm run validate`: a
 * key for an entry or field that no longer exists, a file that is not JSON,
 * an entry that is not `{ "message": … }`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineIndex } from '../data-engine/sourceText';
import type { Problem, SourceEntry } from '../data-engine/types';
import { DEFAULT_LOCALE, discoverLocales } from '../site-locales/discoverLocales';
import { computeLocaleStatus } from './status';
import { dataSources, stringFiles } from './sources';
import type { TranslationProblem } from './types';

const CODES: Record<TranslationProblem['kind'], string> = {
  'unknown-key': 'translation.unknownKey',
  'invalid-json': 'translation.invalidJson',
  'not-a-message': 'translation.notMessage',
};

/** Where a problem is: the key's line for a key, the parse error's position for invalid JSON. */
function position(text: string, p: TranslationProblem): { line: number; column: number } {
  const lines = new LineIndex(text);
  let offset = -1;
  if (p.key !== undefined) offset = text.indexOf(JSON.stringify(p.key));
  else {
    const lc = /line (\d+) column (\d+)/.exec(p.message);
    if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
    const at = /position (\d+)/.exec(p.message);
    if (at) offset = Number(at[1]);
  }
  return offset >= 0 ? lines.at(offset) : { line: 1, column: 1 };
}

export function dataTranslationProblems(siteDir: string, collections: Record<string, SourceEntry[]>, defaultLocale = DEFAULT_LOCALE): Problem[] {
  const locales = discoverLocales(siteDir, defaultLocale).locales.filter((l) => l !== defaultLocale);
  const problems: Problem[] = [];
  // No locale folder (the validate benchmark's copy): no extraction cost at all.
  if (locales.length === 0) return problems;
  const data = dataSources(collections);
  for (const locale of locales) {
    const status = computeLocaleStatus({ locale, strings: stringFiles(siteDir, locale, {}, data), files: [], manifest: { strings: {}, files: {} } });
    for (const p of status.problems) {
      const text = fs.readFileSync(path.join(siteDir, p.file), 'utf8');
      const { line, column } = position(text, p);
      const reason = p.kind === 'invalid-json' ? p.message.replace(/^not valid JSON: /, '') : '';
      problems.push({ file: p.file, line, column, code: CODES[p.kind], params: { key: p.key ?? '', locale, reason }, fieldPath: p.key ?? '', severity: 'error' });
    }
  }
  return problems;
}
