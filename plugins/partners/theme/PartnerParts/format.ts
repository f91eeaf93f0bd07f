/**
 * Date formatting for the partner pages, pure (Intl only), so the same words
 * come out at build time, in the browser and in unit tests.
 */

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('zh-Hans', { ...options, timeZone: 'UTC' });
  }
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
