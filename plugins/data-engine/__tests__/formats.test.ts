import { describe, expect, it } from 'vitest';
import { isIanaTimeZone, isLocalDateTime, isRealDate, isWebUrl, knownTimeZones, parseLocalDateTime, zonedTimeToUtc } from '../formats';
import { zonedTimeToUtc as exported } from '../index';
import { closest } from '../suggest';

describe('zonedTimeToUtc', () => {
  it('converts a wall-clock time in a zone to the UTC instant', () => {
    expect(zonedTimeToUtc('2027-03-14T09:00', 'Asia/Shanghai')).toBe(Date.UTC(2027, 2, 14, 1, 0));
    expect(zonedTimeToUtc('2027-06-01T12:00', 'Asia/Kolkata')).toBe(Date.UTC(2027, 5, 1, 6, 30));
    expect(zonedTimeToUtc('2027-06-01T12:00', 'Asia/Kathmandu')).toBe(Date.UTC(2027, 5, 1, 6, 15));
    expect(zonedTimeToUtc('2027-06-01T12:00:30', 'UTC')).toBe(Date.UTC(2027, 5, 1, 12, 0, 30));
    expect(zonedTimeToUtc('2027-01-10T09:00', 'America/New_York')).toBe(Date.UTC(2027, 0, 10, 14, 0));
    expect(zonedTimeToUtc('2027-07-10T09:00', 'America/New_York')).toBe(Date.UTC(2027, 6, 10, 13, 0));
    expect(zonedTimeToUtc('2027-12-31T23:30', 'Pacific/Auckland')).toBe(Date.UTC(2027, 11, 31, 10, 30));
    expect(exported).toBe(zonedTimeToUtc);
  });

  it('moves a wall time in the spring-forward gap forward (America/New_York 2027-03-14T02:30 → 03:30 EDT)', () => {
    expect(zonedTimeToUtc('2027-03-14T01:59', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 6, 59));
    expect(zonedTimeToUtc('2027-03-14T02:00', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 0));
    expect(zonedTimeToUtc('2027-03-14T02:30', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 30));
    expect(zonedTimeToUtc('2027-03-14T03:00', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 0));
    expect(zonedTimeToUtc('2027-03-14T03:15', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 15));
    // The same rule east of Greenwich and in the southern hemisphere.
    expect(zonedTimeToUtc('2027-03-28T02:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 2, 28, 1, 30));
    expect(zonedTimeToUtc('2027-10-03T02:30', 'Australia/Sydney')).toBe(Date.UTC(2027, 9, 2, 16, 30));
  });

  it('takes the first of the two instants of a wall time repeated in autumn', () => {
    expect(zonedTimeToUtc('2027-11-07T01:30', 'America/New_York')).toBe(Date.UTC(2027, 10, 7, 5, 30));
    expect(zonedTimeToUtc('2027-11-07T02:00', 'America/New_York')).toBe(Date.UTC(2027, 10, 7, 7, 0));
    expect(zonedTimeToUtc('2027-10-31T02:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 9, 31, 0, 30));
    expect(zonedTimeToUtc('2027-04-04T02:30', 'Australia/Sydney')).toBe(Date.UTC(2027, 3, 3, 15, 30));
  });

  it('is undefined for a malformed time or an unknown zone', () => {
    expect(zonedTimeToUtc('2027-03-14 09:00', 'Asia/Shanghai')).toBeUndefined();
    expect(zonedTimeToUtc('2027-03-14T09:00+08:00', 'Asia/Shanghai')).toBeUndefined();
    expect(zonedTimeToUtc('2027-03-14T09:00', 'Mars/Olympus_Mons')).toBeUndefined();
    expect(zonedTimeToUtc('2027-03-14T09:00', '+08:00')).toBeUndefined();
  });
});

describe('isWebUrl', () => {
  it.each(['https://example.com', 'https://example.com/path?q=1#x', 'http://example.com:8080/', 'HTTPS://EXAMPLE.COM', 'mailto:someone@example.com', 'https://例子.中国/'])('accepts %s', (url) => {
    expect(isWebUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'ftp://example.com/file',
    'file:///etc/passwd',
    '//example.com',
    '/relative/path',
    'example.com',
    'https://',
    'https://user:secret@example.com',
    'https://exa mple.com',
    'mailto:',
    'mailto:not-an-address',
    '',
  ])('rejects %j', (url) => {
    expect(isWebUrl(url)).toBe(false);
  });
});

describe('dates and times', () => {
  it('isLocalDateTime accepts real local times without offset', () => {
    for (const v of ['2027-03-14T09:30', '2027-03-14T09:30:59', '2028-02-29T00:00', '2000-02-29T23:59']) expect(isLocalDateTime(v), v).toBe(true);
  });

  it('isLocalDateTime rejects impossible dates, times, offsets and other forms', () => {
    for (const v of ['2027-02-29T10:00', '1900-02-29T10:00', '2027-04-31T10:00', '2027-13-01T10:00', '2027-00-10T10:00', '2027-03-14T24:00', '2027-03-14T09:60', '2027-03-14T09:30:60', '2027-03-14T09:30Z', '2027-03-14T09:30+08:00', '2027-03-14 09:30', '2027-03-14', '27-03-14T09:30', '2027-3-14T09:30']) {
      expect(isLocalDateTime(v), v).toBe(false);
    }
  });

  it('isRealDate knows leap years', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2027, 2, 29)).toBe(false);
    expect(isRealDate(2100, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(2027, 12, 31)).toBe(true);
    expect(isRealDate(2027, 11, 31)).toBe(false);
    expect(isRealDate(2027, 1, 0)).toBe(false);
  });

  it('parseLocalDateTime splits the parts, seconds defaulting to 0', () => {
    expect(parseLocalDateTime('2027-03-14T09:05')).toEqual([2027, 3, 14, 9, 5, 0]);
    expect(parseLocalDateTime('2027-03-14T09:05:07')).toEqual([2027, 3, 14, 9, 5, 7]);
    expect(parseLocalDateTime('2027-03-14')).toBeUndefined();
  });

  it('isIanaTimeZone accepts IANA names only', () => {
    for (const z of ['Asia/Shanghai', 'America/Argentina/Buenos_Aires', 'Etc/GMT+8', 'UTC']) expect(isIanaTimeZone(z), z).toBe(true);
    for (const z of ['+08:00', 'GMT+8', 'CST', 'Asia/Shangai', 'Mars/Base', '', 'asia shanghai']) expect(isIanaTimeZone(z), z).toBe(false);
    expect(knownTimeZones()).toContain('Asia/Shanghai');
    expect(knownTimeZones()).toContain('UTC');
  });
});

describe('closest (did-you-mean)', () => {
  it('suggests the closest candidate for a plausible typo', () => {
    expect(closest('teir', ['id', 'name', 'tier', 'website', 'logo'])).toBe('tier');
    expect(closest('gld', ['community', 'bronze', 'silver', 'gold', 'platinum'])).toBe('gold');
    expect(closest('platnum', ['community', 'bronze', 'silver', 'gold', 'platinum'])).toBe('platinum');
    expect(closest('descripton', ['title', 'description'])).toBe('description');
    expect(closest('memberSince', ['membersince'])).toBe('membersince');
    expect(closest('in_person', ['in-person', 'online', 'hybrid'])).toBe('in-person');
    expect(closest('Asia/Shangai', knownTimeZones())).toBe('Asia/Shanghai');
    expect(closest('acmee', new Set(['acme', 'other']))).toBe('acme');
  });

  it('suggests nothing for unrelated words or an empty list', () => {
    expect(closest('banana', ['community', 'bronze', 'silver', 'gold', 'platinum'])).toBeUndefined();
    expect(closest('xyz', ['gold'])).toBeUndefined();
    expect(closest('srcset', ['src', 'alt'])).toBeUndefined();
    expect(closest('ab', ['cd'])).toBeUndefined();
    expect(closest('tier', [])).toBeUndefined();
  });

  it('allows only one edit for very short words', () => {
    expect(closest('gol', ['gold'])).toBe('gold');
    expect(closest('go', ['gold'])).toBeUndefined();
  });
});
