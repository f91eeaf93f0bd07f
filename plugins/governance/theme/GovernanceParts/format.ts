/**
 * Locale-aware wording for the governance pages: days, fractions and an
 * onboarding path's total time. Pure, so build, browser and tests agree.
 */
import { formatHours, formatMinutes, formatNumber } from '../../../courses/theme/CourseParts/format';

/** "14天" / "14 days", "1 day". */
export function formatDays(days: number, locale: string): string {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`days must be a finite number ≥ 0, got ${days}`);
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  } catch {
    return new Intl.NumberFormat('zh-Hans', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  }
}

/** A fraction as "2/3"; a whole ("1/1") as the locale's 100 %. */
export function formatFraction(f: { numerator: number; denominator: number }, locale: string): string {
  if (f.numerator === f.denominator) return new Intl.NumberFormat(locale, { style: 'percent' }).format(1);
  return `${formatNumber(f.numerator, locale)}/${formatNumber(f.denominator, locale)}`;
}

/**
 * An expected time in minutes as the reader would say it: under two hours in
 * minutes ("90 minutes"), whole hours in hours ("4 hours"), otherwise hours
 * with one decimal ("6.5 hours").
 */
export function formatExpectedTime(minutes: number, locale: string): string {
  if (minutes < 120) return formatMinutes(minutes, locale);
  return formatHours(Math.round((minutes / 60) * 10) / 10, locale);
}
