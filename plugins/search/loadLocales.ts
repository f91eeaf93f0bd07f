/**
 * The validated data in every locale, outside a Docusaurus build: the same
 * engine, translation files and schema labels the site's plugins use.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TranslationFile } from '@docusaurus/types';
import { formatReport, loadDataSet, localize, type Lang } from '../data-engine/index';
import { loadSchemas } from '../data-engine/schemas';
import { translateData } from '../community-data/translations';
import { buildCollectionReference } from '../data-reference/buildReference';
import { translateReferences } from '../data-reference/translations';
import { DEFAULT_LOCALE, discoverLocales } from '../site-locales/discoverLocales';
import type { LocaleInput } from './records';

function translationFiles(dir: string): TranslationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: f.replace(/\.json$/, ''), content: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

export type LoadResult = { ok: true; inputs: LocaleInput[] } | { ok: false; report: string };

export function loadLocaleInputs(siteDir: string, site: { siteUrl: string; baseUrl: string }, lang: Lang): LoadResult {
  const dataSet = loadDataSet({ siteDir });
  if (dataSet.summary.errors > 0) return { ok: false, report: formatReport(dataSet.problems, dataSet.summary, 'text', lang) };
  const schemas = loadSchemas(siteDir, path.join('data', 'schemas'));
  const commonFile = path.join(siteDir, 'data', 'schemas', 'common.schema.json');
  const common = fs.existsSync(commonFile) ? JSON.parse(fs.readFileSync(commonFile, 'utf8')) : undefined;
  const references = schemas.collections.map((def) => buildCollectionReference(def, common, 'data'));
  const content = {
    collections: Object.fromEntries(Object.entries(dataSet.collections).map(([name, entries]) => [name, localize(entries, undefined, '').entries])),
    source: dataSet.collections,
    problems: [],
  };
  const siteUrl = site.siteUrl.replace(/\/+$/, '');
  const baseUrl = site.baseUrl.endsWith('/') ? site.baseUrl : `${site.baseUrl}/`;
  const { locales } = discoverLocales(siteDir, DEFAULT_LOCALE);
  const inputs = locales.map((locale): LocaleInput => {
    const isDefault = locale === DEFAULT_LOCALE;
    const i18n = path.join(siteDir, 'i18n', locale);
    return {
      locale,
      localeBaseUrl: isDefault ? baseUrl : `${baseUrl}${locale}/`,
      siteUrl,
      collections: translateData(content, translationFiles(path.join(i18n, 'community-data')), locale, DEFAULT_LOCALE).content.collections,
      references: isDefault ? references : translateReferences(references, translationFiles(path.join(i18n, 'data-reference'))),
    };
  });
  return { ok: true, inputs };
}
