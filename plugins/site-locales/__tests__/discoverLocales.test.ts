import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverLocales, localeMetadataFromIntl } from '../discoverLocales';

function siteWith(folders: string[], files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  for (const f of folders) fs.mkdirSync(path.join(dir, 'i18n', f), { recursive: true });
  for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'i18n', f), content);
  return dir;
}

describe('locale discovery', () => {
  it('is the default locale plus every locale folder, default first', () => {
    const { locales } = discoverLocales(siteWith(['en', 'ja', 'zh-Hans']));
    expect(locales).toEqual(['zh-Hans', 'en', 'ja']);
  });

  it('ignores folders that are not language tags', () => {
    expect(discoverLocales(siteWith(['en', 'not a locale', '_drafts'])).locales).toEqual(['zh-Hans', 'en']);
  });

  it('works with no i18n folder at all', () => {
    expect(discoverLocales(fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'))).locales).toEqual(['zh-Hans']);
  });

  it('takes label, direction and calendar from Intl', () => {
    expect(localeMetadataFromIntl('zh-Hans')).toMatchObject({ label: '简体中文', direction: 'ltr', htmlLang: 'zh-Hans' });
    expect(localeMetadataFromIntl('en').label).toBe('English');
    expect(localeMetadataFromIntl('ar').direction).toBe('rtl');
    expect(localeMetadataFromIntl('ja').label).toBe('日本語');
  });

  it('lets a locale.json in the folder override Intl', () => {
    const site = siteWith(['ja'], { 'ja/locale.json': JSON.stringify({ label: 'にほんご', calendar: 'japanese' }) });
    const { localeConfigs } = discoverLocales(site);
    expect(localeConfigs.ja).toMatchObject({ label: 'にほんご', calendar: 'japanese', direction: 'ltr', htmlLang: 'ja' });
  });

  it('names the file and the field when locale.json is wrong', () => {
    expect(() => discoverLocales(siteWith(['ja'], { 'ja/locale.json': '{ "label": ' }))).toThrow(/i18n\/ja\/locale\.json: not valid JSON/);
    expect(() => discoverLocales(siteWith(['ja'], { 'ja/locale.json': '{ "lable": "x" }' }))).toThrow('i18n/ja/locale.json: unknown field "lable"');
    expect(() => discoverLocales(siteWith(['ar'], { 'ar/locale.json': '{ "direction": "right" }' }))).toThrow('"direction" must be "ltr" or "rtl"');
    expect(() => discoverLocales(siteWith(['pt-BR'], { 'pt-BR/locale.json': '{ "htmlLang": "pt_BR" }' }))).toThrow('i18n/pt-BR/locale.json: "htmlLang" must be a BCP 47 language tag such as "ja" or "pt-BR", not "pt_BR"');
    expect(discoverLocales(siteWith(['he'], { 'he/locale.json': '{ "direction": "rtl" }' })).localeConfigs.he!.direction).toBe('rtl');
  });
});
