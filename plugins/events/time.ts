/**
 * Event times at build time: wall time + IANA zone → instant, and ISO 8601
 * with the zone's offset. Through Intl, so the zone rules are the runtime's
 * tz database (the same the data engine checks the data with).
 */
import { zonedTimeToUtc } from '../data-engine/formats';

export { formatTimeRange, readerTimeZone, zoneName } from './format';

/** The UTC instant (epoch ms) of a wall time in a zone; throws for values the schema should have refused. */
export function instantOf(local: string, timeZone: string): number {
  const ms = zonedTimeToUtc(local, timeZone);
  if (ms === undefined) throw new Error(`not a local date-time in a known zone: ${local} ${timeZone}`);
  return ms;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Offset of a zone from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** `2026-11-28T10:00:00+01:00`: the instant as a wall time in the zone, with that zone's offset then. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const wall = new Date(ms + offset * 60_000);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
