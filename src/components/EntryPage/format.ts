/**
 * Locale-aware wording of numbers, durations and dates on the entry pages.
 * Pure and free of React, so the same words come out at build time, in the
 * browser and in unit tests. Wording comes from the runtime's CLDR data
 * (Intl), so a new locale needs no code here.
 *
 * The locale is the page's `htmlLang`, checked when the locale folders are
 * discovered (plugins/site-locales). A malformed tag is a bug, so it throws
 * with the tag named instead of silently wording the page in another language.
 */

type DurationUnit = 'week' | 'hour' | 'minute' | 'year' | 'day';

function checkedLocale(locale: string): string {
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new RangeError(`"${locale}" is not a BCP 47 language tag (the page's htmlLang; see i18n/<locale>/locale.json)`);
  }
  return locale;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(checkedLocale(locale), options);
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(checkedLocale(locale), { ...options, timeZone: 'UTC' });
}

function assertCount(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}`);
}

function formatUnit(value: number, unit: DurationUnit, locale: string): string {
  assertCount(value, unit);
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "4周" in zh-Hans, "4 weeks" / "1 week" in en. */
export function formatWeeks(weeks: number, locale: string): string {
  return formatUnit(weeks, 'week', locale);
}

/** A course's length; the same as formatWeeks (durations are given in weeks). */
export const formatDuration = formatWeeks;

/** "4小时" / "4 hours". */
export function formatHours(hours: number, locale: string): string {
  return formatUnit(hours, 'hour', locale);
}

/** "90分钟" / "90 minutes". */
export function formatMinutes(minutes: number, locale: string): string {
  return formatUnit(minutes, 'minute', locale);
}

/** "14天" / "14 days", "1 day". */
export function formatDays(days: number, locale: string): string {
  return formatUnit(days, 'day', locale);
}

/** "2年" / "2 years". */
export function formatYears(years: number, locale: string): string {
  return formatUnit(years, 'year', locale);
}

/** A score out of 100 as a percentage: "70%". */
export function formatPercent(score: number, locale: string): string {
  assertCount(score, 'score');
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(score / 100);
}

/** A plain count in the locale's digits and grouping. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** "a、b和c" / "a, b, and c". */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(checkedLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

/** formatList in parts, for joining elements that are not plain text (links). */
export function listParts(items: string[], locale: string): { type: string; value: string }[] {
  return new Intl.ListFormat(checkedLocale(locale), { style: 'long', type: 'conjunction' }).formatToParts(items);
}

/** A calendar date (YYYY-MM-DD) as a UTC instant, so no time zone shifts the day. */
function utcDate(isoDate: string): Date {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a date: ${isoDate}`);
  return d;
}

/** "2024年3月" / "March 2024": when a partner joined. */
export function formatMonth(isoDate: string, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long' }).format(utcDate(isoDate));
}

/** "2026年11月7日" / "November 7, 2026". */
export function formatDate(isoDate: string, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(utcDate(isoDate));
}

function isoDuration(value: number, designator: 'W' | 'Y' | 'H' | 'M', time: boolean): string {
  assertCount(value, 'duration');
  return `P${time ? 'T' : ''}${value}${designator}`;
}

/** ISO 8601 duration of a number of weeks, for schema.org `timeRequired`: 4 → "P4W". */
export function isoWeeks(weeks: number): string {
  return isoDuration(weeks, 'W', false);
}

/** ISO 8601 duration of a number of years, for schema.org `validFor`: 2 → "P2Y". */
export function isoYears(years: number): string {
  return isoDuration(years, 'Y', false);
}

/** ISO 8601 duration of a number of hours: 16 → "PT16H". */
export function isoHours(hours: number): string {
  return isoDuration(hours, 'H', true);
}

/** ISO 8601 duration of a number of minutes: 90 → "PT90M". */
export function isoMinutes(minutes: number): string {
  return isoDuration(minutes, 'M', true);
}
