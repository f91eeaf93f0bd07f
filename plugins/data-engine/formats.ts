import type { Format } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * Formats our schemas use beyond ajv-formats. Each validator is a pure
 * function so cross-checks and tests can call it directly.
 */

const WEB_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** https/http links with a host, or mailto: with an address. Nothing else (no javascript:, data:, vbscript:). */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!WEB_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname));
  return url.hostname.length > 0 && !url.username && !url.password;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= max;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2027-03-14T09:30` or `2027-03-14T09:30:00`, a real date, no offset. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  return isRealDate(+y!, +mo!, +d!) && +h! < 24 && +mi! < 60 && (s === undefined || +s < 60);
}

export function parseLocalDateTime(value: string): [number, number, number, number, number, number] | undefined {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return undefined;
  return [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
}

let zoneList: string[] | undefined;
/** Every IANA zone this runtime knows (used for "did you mean"). */
export function knownTimeZones(): string[] {
  zoneList ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zoneList;
}

const zoneChecks = new Map<string, boolean>();
/** An IANA name (Area/Location or UTC) the runtime's time-zone database accepts. Offsets like +08:00 are refused. */
export function isIanaTimeZone(value: string): boolean {
  let ok = zoneChecks.get(value);
  if (ok !== undefined) return ok;
  ok = value === 'UTC' || /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(value);
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
    } catch {
      ok = false;
    }
  }
  // Data sets use a handful of zones; remember answers instead of building a formatter per entry.
  if (zoneChecks.size < 1000) zoneChecks.set(value, ok);
  return ok;
}

/**
 * The UTC instant of a wall-clock time in a zone. Wall times that fall in a
 * DST gap resolve forward, like calendar apps do; wall times that occur twice
 * (clocks turned back) take the first occurrence.
 */
export function zonedTimeToUtc(local: string, timeZone: string): number | undefined {
  const parts = parseLocalDateTime(local);
  if (!parts || !isIanaTimeZone(timeZone)) return undefined;
  const [y, mo, d, h, mi, s] = parts;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The offsets a day before and a day after bound any transition near this wall time.
  const before = asUtc - offsetMs(asUtc - 86_400_000, timeZone);
  const after = asUtc - offsetMs(asUtc + 86_400_000, timeZone);
  const fits = [before, after].filter((t) => t + offsetMs(t, timeZone) === asUtc);
  // In a gap neither fits: read the wall time with the offset in force before it, which moves it forward.
  return fits.length ? Math.min(...fits) : before;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
// Offsets only change on whole quarter hours (every real zone rule does), so one lookup per zone and quarter hour suffices.
const offsetCache = new Map<string, number>();
function offsetMs(instant: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant / 900_000)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = computeOffsetMs(instant, timeZone);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

function computeOffsetMs(instant: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** Every format our schemas may name: ajv-formats' calendar date plus ours. */
export const FORMATS: Record<string, Format> = {
  date: fullFormats.date,
  'web-url': { type: 'string', validate: isWebUrl },
  'local-date-time': { type: 'string', validate: isLocalDateTime },
  'iana-time-zone': { type: 'string', validate: isIanaTimeZone },
};
