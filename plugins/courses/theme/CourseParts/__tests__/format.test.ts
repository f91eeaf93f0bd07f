import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatHours,
  formatList,
  formatMinutes,
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

  it('falls back instead of throwing on a malformed locale tag', () => {
    expect(formatWeeks(3, 'not a locale!')).toBe('3周');
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
