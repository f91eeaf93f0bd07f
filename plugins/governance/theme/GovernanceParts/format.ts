/**
 * Locale-aware wording for the governance pages: days, fractions and an
 * onboarding path's total time. Pure, so build, browser and tests agree.
 */
export { formatDays } from '../../../../src/components/EntryPage/format';
import { formatHours, formatMinutes, formatNumber, formatPercent } from '../../../../src/components/EntryPage/format';

/** A fraction as "2/3"; a whole ("1/1") as the locale's 100 %. */
export function formatFraction(f: { numerator: number; denominator: number }, locale: string): string {
  if (f.numerator === f.denominator) return formatPercent(100, locale);
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
