/** The real data, localized as the site builds it, for the events plugin's tests. */
import fs from 'node:fs';
import path from 'node:path';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { translateReferences } from '../../data-reference/translations';
import type { PartnerName } from '../buildPages';
import type { Event, EventKind } from '../types';

export const siteDir = path.resolve(__dirname, '../../..');
export const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const sourceReferences = dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data'));

/** Schema labels in a locale, translated as the data-reference plugin does. */
export function referencesIn(locale: 'zh-Hans' | 'en') {
  if (locale === 'zh-Hans') return sourceReferences;
  const dir = path.join(siteDir, 'i18n', locale, 'data-reference');
  const files = fs.readdirSync(dir).map((f) => ({ path: f.replace(/\.json$/, ''), content: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
  return translateReferences(sourceReferences, files);
}

function messages(locale: 'zh-Hans' | 'en'): Record<string, string> | undefined {
  if (locale === 'zh-Hans') return undefined;
  const out: Record<string, string> = {};
  for (const collection of ['events', 'partners']) {
    const file = JSON.parse(fs.readFileSync(path.join(siteDir, `i18n/${locale}/community-data/${collection}.json`), 'utf8')) as Record<string, { message: string }>;
    for (const [key, { message }] of Object.entries(file)) out[key] = message;
  }
  return out;
}

export function localized(locale: 'zh-Hans' | 'en') {
  const of = <T>(collection: string, kind: string) => localize(dataSet.collections[collection]!.filter((e) => e.kind === kind), messages(locale), locale).entries as LocalizedEntry<T>[];
  const partners: PartnerName[] = of<{ name: string }>('partners', 'partner').map((p) => ({ id: p.id, name: p.data.name }));
  return { events: of<Event>('events', 'event'), kinds: of<EventKind>('events', 'eventKind'), partners };
}
