/** Status of every locale of a site folder, as the CLIs compute it (the build plugin does the same from loaded content). */
import path from 'node:path';
import { loadDataSet } from '../data-engine/index';
import { DEFAULT_LOCALE, discoverLocales } from '../site-locales/discoverLocales';
import { computeLocaleStatus, type StatusInput } from './status';
import { collectStatusInput, dataSources, readUiSources } from './sources';
import type { LocaleStatus } from './types';

export interface SiteSources {
  defaultLocale: string;
  /** Locales other than the source locale, i.e. the ones translated. */
  locales: string[];
  ui: Record<string, Record<string, string>>;
  data: Record<string, Record<string, string>>;
  /** Data problems that kept some entries out (their strings are then not counted). */
  dataErrors: number;
}

export function loadSiteSources(siteDir: string): SiteSources {
  const { locales } = discoverLocales(siteDir, DEFAULT_LOCALE);
  const dataSet = loadDataSet({ siteDir: path.resolve(siteDir) });
  return {
    defaultLocale: DEFAULT_LOCALE,
    locales: locales.filter((l) => l !== DEFAULT_LOCALE),
    ui: readUiSources(siteDir),
    data: dataSources(dataSet.collections),
    dataErrors: dataSet.summary.errors,
  };
}

export function siteStatusInput(siteDir: string, sources: SiteSources, locale: string): StatusInput {
  return collectStatusInput(siteDir, locale, sources);
}

export function siteStatus(siteDir: string, sources: SiteSources, locales = sources.locales): LocaleStatus[] {
  return locales.map((locale) => computeLocaleStatus(siteStatusInput(siteDir, sources, locale)));
}
