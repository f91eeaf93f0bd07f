/**
 * Event times as a reader reads them, through Intl only (no library ships to
 * the browser). Used by the build, for the event's own zone, and by the pages
 * in the browser, for the reader's zone.
 */

/** The zone's short name at an instant in a language: "GMT+1", "UTC", "GMT-3". */
export function zoneName(ms: number, locale: string, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat(locale, { ...(timeZone ? { timeZone } : {}), timeZoneName: 'short' }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone ?? '';
}

/**
 * "2026年11月28日星期六 10:00–16:00 GMT+1" / "Saturday, November 28, 2026, 10:00 – 16:00 GMT+1":
 * the range in `timeZone`, or in the runtime's own zone (the reader's) when it is undefined.
 */
export function formatTimeRange(startMs: number, endMs: number, locale: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(locale, { ...(timeZone ? { timeZone } : {}), dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' });
  return `${format.formatRange(new Date(startMs), new Date(endMs))} ${zoneName(startMs, locale, timeZone)}`;
}

/** The reader's IANA zone, as the browser reports it. */
export function readerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
