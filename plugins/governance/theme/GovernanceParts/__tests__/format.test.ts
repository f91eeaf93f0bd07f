import { describe, expect, it } from 'vitest';
import { formatDays, formatExpectedTime, formatFraction } from '../format';

describe('governance formatting', () => {
  it('words days in both locales', () => {
    expect(formatDays(14, 'en')).toBe('14 days');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(14, 'zh-Hans')).toBe('14天');
    expect(() => formatDays(-1, 'en')).toThrow(RangeError);
  });

  it('shows fractions, and a whole as 100 %', () => {
    expect(formatFraction({ numerator: 2, denominator: 3 }, 'en')).toBe('2/3');
    expect(formatFraction({ numerator: 1, denominator: 1 }, 'en')).toBe('100%');
  });

  it('says short times in minutes and longer ones in hours', () => {
    expect(formatExpectedTime(30, 'en')).toBe('30 minutes');
    expect(formatExpectedTime(240, 'en')).toBe('4 hours');
    expect(formatExpectedTime(390, 'en')).toBe('6.5 hours');
    expect(formatExpectedTime(390, 'zh-Hans')).toBe('6.5小时');
  });
});
