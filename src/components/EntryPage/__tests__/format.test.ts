import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDays,
  formatDuration,
  formatHours,
  formatList,
  formatMinutes,
  formatMonth,
  formatPercent,
  formatWeeks,
  formatYears,
  isoHours,
  isoMinutes,
  isoWeeks,
  isoYears,
} from '../format';
import { absoluteUrl, serializeJsonLd } from '../jsonLd';

describe('durations in words', () => {
  it('says weeks the zh-Hans way, with no space and no plural', () => {
    expect(formatWeeks(4, 'zh-Hans')).toBe('4周');
    expect(formatWeeks(1, 'zh-Hans')).toBe('1周');
    expect(formatWeeks(12, 'zh-Hans')).toBe('12周');
  });

  it('says weeks the English way, singular and plural', () => {
    expect(formatWeeks(4, 'en')).toBe('4 weeks');
    expect(formatWeeks(1, 'en')).toBe('1 week');
  });

  it('formatDuration is formatWeeks', () => {
    expect(formatDuration(6, 'en')).toBe(formatWeeks(6, 'en'));
    expect(formatDuration(6, 'zh-Hans')).toBe('6周');
  });

  it('formats hours, minutes, years and scores in both languages', () => {
    expect(formatHours(4, 'zh-Hans')).toBe('4小时');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatMinutes(90, 'zh-Hans')).toBe('90分钟');
    expect(formatMinutes(90, 'en')).toBe('90 minutes');
    expect(formatYears(2, 'zh-Hans')).toBe('2年');
    expect(formatYears(5, 'en')).toBe('5 years');
    expect(formatPercent(70, 'en')).toBe('70%');
    expect(formatPercent(70, 'zh-Hans')).toBe('70%');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['甲', '乙', '丙'], 'zh-Hans')).toBe('甲、乙和丙');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList([], 'en')).toBe('');
  });

  it('names a malformed locale tag instead of wording the page in another language', () => {
    expect(() => formatWeeks(3, 'not a locale!')).toThrow(/"not a locale!" is not a BCP 47 language tag/);
    expect(() => formatList(['a'], 'en_US')).toThrow(RangeError);
    expect(() => formatDate('2024-03-01', '')).toThrow(RangeError);
  });

  it('words days, calendar dates and months without shifting the day by time zone', () => {
    expect(formatDays(14, 'zh-Hans')).toBe('14天');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDate('2026-11-07', 'zh-Hans')).toBe('2026年11月7日');
    expect(formatDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatMonth('2024-03-31', 'en')).toBe('March 2024');
    expect(formatMonth('2024-03-01', 'zh-Hans')).toBe('2024年3月');
    expect(() => formatDate('2024-13-45', 'en')).toThrow('not a date: 2024-13-45');
  });

  it('refuses negative or non-finite durations', () => {
    expect(() => formatWeeks(-1, 'en')).toThrow(RangeError);
    expect(() => formatWeeks(Number.NaN, 'en')).toThrow(RangeError);
    expect(() => isoWeeks(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('ISO 8601 durations for JSON-LD', () => {
  it('writes weeks, years, hours and minutes', () => {
    expect(isoWeeks(4)).toBe('P4W');
    expect(isoWeeks(12)).toBe('P12W');
    expect(isoYears(2)).toBe('P2Y');
    expect(isoHours(16)).toBe('PT16H');
    expect(isoMinutes(90)).toBe('PT90M');
  });

  it('matches the ISO 8601 duration grammar', () => {
    for (const d of [isoWeeks(4), isoYears(5), isoHours(3), isoMinutes(120)]) expect(d).toMatch(/^P(\d+[YW]|T\d+[HM])$/);
  });
});

describe('JSON-LD in a script element', () => {
  it('escapes what could end the script element and still parses to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', note: '<!-- a & b -->', sep: 'x\u2028y\u2029z' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('makes absolute URLs from site paths', () => {
    expect(absoluteUrl('https://example.org', '/courses/otel-intro/')).toBe('https://example.org/courses/otel-intro/');
    expect(absoluteUrl('https://example.org/', '/en/certifications/')).toBe('https://example.org/en/certifications/');
  });
});
