/**
 * Locale-aware formatting for the course and certification pages. Pure and
 * free of React, so the same words come out at build time, in the browser and
 * in unit tests. Wording comes from the runtime's CLDR data (Intl), so a new
 * locale needs no code here.
 */

type DurationUnit = 'week' | 'hour' | 'minute' | 'year';

/** Intl throws on a malformed tag; fall back to the default locale rather than break a page. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('zh-Hans', options);
  }
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
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
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
