import { describe, expect, it } from 'vitest';
import { instantOf } from '../../../time';
import type { EventCard, EventsPageProps } from '../../../types';
import { applyFilters, emptyFilterState, facetCounts, isoOffsetMinutes, parseFilterSearch, phaseAt, sameWallTimes, serializeFilterState, splitByTime, toggleValue, webcalUrl } from '../_utils';
import { isoWithOffset, offsetMinutes } from '../../../time';

/** A card with only what the logic reads; times from wall time + zone, as the build makes them. */
function card(id: string, start: string, end: string, timeZone: string, extra: Partial<EventCard> = {}): EventCard {
  return {
    id,
    title: id,
    summary: '',
    permalink: `/events/${id}/`,
    kind: 'meetup',
    format: 'in-person',
    languages: ['zh-Hans'],
    status: 'scheduled',
    time: { startMs: instantOf(start, timeZone), endMs: instantOf(end, timeZone), startIso: '', endIso: '', timeZone, localText: '' },
    fallbacks: [],
    ...extra,
  };
}

const facets: EventsPageProps['facets'] = {
  kind: [
    { value: 'conference', label: '技术大会' },
    { value: 'meetup', label: '技术聚会' },
    { value: 'workshop', label: '技术工作坊' },
  ],
  format: [
    { value: 'in-person', label: '线下' },
    { value: 'online', label: '线上' },
    { value: 'hybrid', label: '线上线下混合' },
  ],
  languages: [
    { value: 'zh-Hans', label: '简体中文' },
    { value: 'en', label: '英语' },
  ],
};

describe('upcoming or past, at a given now', () => {
  // 2026-11-07 14:00–17:30 in Shanghai is 06:00–09:30 UTC.
  const meetup = card('shenzhen', '2026-11-07T14:00', '2026-11-07T17:30', 'Asia/Shanghai');

  it('is upcoming before the start, ongoing from the start, past from the end (instants, not dates)', () => {
    expect(phaseAt(meetup.time, Date.UTC(2026, 10, 7, 5, 59, 59, 999))).toBe('upcoming');
    expect(phaseAt(meetup.time, Date.UTC(2026, 10, 7, 6, 0))).toBe('ongoing');
    expect(phaseAt(meetup.time, Date.UTC(2026, 10, 7, 9, 29, 59, 999))).toBe('ongoing');
    expect(phaseAt(meetup.time, Date.UTC(2026, 10, 7, 9, 30))).toBe('past');
  });

  it('reads the wall time in the event zone: the same clock time in another zone is another instant', () => {
    // 19:00 in São Paulo (UTC−3) is 22:00 UTC: still upcoming at 21:59 UTC, when it is already 19:00 in Shanghai's view of "19:00".
    const sp = card('sao-paulo', '2027-02-25T19:00', '2027-02-25T21:30', 'America/Sao_Paulo');
    expect(phaseAt(sp.time, Date.UTC(2027, 1, 25, 21, 59))).toBe('upcoming');
    expect(phaseAt(sp.time, Date.UTC(2027, 1, 25, 22, 0))).toBe('ongoing');
    // Ends 00:30 UTC the next day: on 26 Feb in UTC it is still running.
    expect(phaseAt(sp.time, Date.UTC(2027, 1, 26, 0, 29))).toBe('ongoing');
    expect(phaseAt(sp.time, Date.UTC(2027, 1, 26, 0, 30))).toBe('past');
  });

  it('takes daylight saving time into account (Berlin in summer is UTC+2, in winter UTC+1)', () => {
    const summer = card('s', '2026-06-13T09:00', '2026-06-13T10:00', 'Europe/Berlin');
    const winter = card('w', '2026-11-28T09:00', '2026-11-28T10:00', 'Europe/Berlin');
    expect(summer.time.startMs).toBe(Date.UTC(2026, 5, 13, 7, 0));
    expect(winter.time.startMs).toBe(Date.UTC(2026, 10, 28, 8, 0));
  });

  it('lists upcoming and in-progress events soonest first, past events latest first', () => {
    const events = [
      card('later', '2027-01-20T12:00', '2027-01-20T13:30', 'America/New_York'),
      card('past-old', '2026-03-07T13:00', '2026-03-07T17:30', 'Europe/Berlin'),
      card('running', '2026-11-23T09:00', '2026-11-23T18:00', 'Asia/Tokyo'),
      card('past-recent', '2026-11-07T14:00', '2026-11-07T17:30', 'Asia/Shanghai'),
      card('soon', '2026-11-28T10:00', '2026-11-28T16:00', 'Europe/Berlin'),
    ];
    // 2026-11-23 02:00 UTC = 11:00 in Tokyo: "running" is in progress.
    const { upcoming, past } = splitByTime(events, Date.UTC(2026, 10, 23, 2, 0));
    expect(upcoming.map((e) => e.id)).toEqual(['running', 'soon', 'later']);
    expect(past.map((e) => e.id)).toEqual(['past-recent', 'past-old']);
  });

  it('moves an event from upcoming to past as the clock passes its end, with no other input', () => {
    const events = [card('a', '2026-12-09T12:00', '2026-12-09T13:30', 'UTC')];
    expect(splitByTime(events, Date.UTC(2026, 11, 9, 11)).upcoming).toHaveLength(1);
    expect(splitByTime(events, Date.UTC(2026, 11, 9, 13, 30)).past).toHaveLength(1);
  });

  it('keeps a zero-length event upcoming until its instant, then past', () => {
    const instant = card('z', '2026-12-01T00:00', '2026-12-01T00:00', 'UTC');
    expect(phaseAt(instant.time, Date.UTC(2026, 11, 1) - 1)).toBe('upcoming');
    expect(phaseAt(instant.time, Date.UTC(2026, 11, 1))).toBe('past');
  });
});

describe('filters in the URL', () => {
  const events = [
    card('a', '2026-12-01T10:00', '2026-12-01T12:00', 'UTC', { kind: 'meetup', format: 'in-person', languages: ['zh-Hans'] }),
    card('b', '2026-12-02T10:00', '2026-12-02T12:00', 'UTC', { kind: 'conference', format: 'hybrid', languages: ['zh-Hans', 'en'] }),
    card('c', '2026-12-03T10:00', '2026-12-03T12:00', 'UTC', { kind: 'workshop', format: 'online', languages: ['en'] }),
  ];

  it('reads schema field names and values, ignores unknown ones, accepts `language` for `languages`', () => {
    const state = parseFilterSearch('?kind=meetup&kind=nope&format=online&language=en&colour=red', facets);
    expect(state).toEqual({ kind: ['meetup'], format: ['online'], languages: ['en'] });
  });

  it('writes the schema names in a fixed order, nothing when nothing is filtered', () => {
    expect(serializeFilterState(emptyFilterState(), facets)).toBe('');
    expect(serializeFilterState({ kind: ['workshop', 'conference'], format: [], languages: ['en'] }, facets)).toBe('?kind=conference&kind=workshop&languages=en');
  });

  it('ORs values of one field and ANDs fields', () => {
    expect(applyFilters(events, { ...emptyFilterState(), kind: ['meetup', 'workshop'] }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(applyFilters(events, { ...emptyFilterState(), languages: ['en'], format: ['hybrid'] }).map((e) => e.id)).toEqual(['b']);
    expect(applyFilters(events, { ...emptyFilterState(), kind: ['meetup'], languages: ['en'] })).toEqual([]);
  });

  it('counts each value given the other fields, so adding an OR value never shows 0 by mistake', () => {
    const state = toggleValue(emptyFilterState(), 'languages', 'en', true);
    const kinds = facetCounts(events, state, 'kind', facets);
    expect(Object.fromEntries(kinds)).toEqual({ conference: 1, meetup: 0, workshop: 1 });
    const languages = facetCounts(events, state, 'languages', facets);
    expect(Object.fromEntries(languages)).toEqual({ 'zh-Hans': 2, en: 2 });
  });

  it('turns an https feed into its webcal twin', () => {
    expect(webcalUrl('https://example.org/en/events.ics')).toBe('webcal://example.org/en/events.ics');
    expect(webcalUrl('http://127.0.0.1:3000/events.ics')).toBe('webcal://127.0.0.1:3000/events.ics');
  });
});

describe("the reader's time line", () => {
  it('reads the offset of an ISO time', () => {
    expect(isoOffsetMinutes('2027-06-01T12:00:00+05:45')).toBe(345);
    expect(isoOffsetMinutes('2027-02-25T19:00:00-03:00')).toBe(-180);
    expect(isoOffsetMinutes('2026-12-09T12:00:00+00:00')).toBe(0);
  });

  it('is left out only when the reader sees the same wall times at start and end', () => {
    const timeIn = (start: string, end: string, zone: string) => {
      const startMs = instantOf(start, zone);
      const endMs = instantOf(end, zone);
      return { startMs, endMs, startIso: isoWithOffset(startMs, zone), endIso: isoWithOffset(endMs, zone) };
    };
    const readerIn = (zone: string) => (ms: number) => offsetMinutes(ms, zone);
    const ny = timeIn('2027-01-20T12:00', '2027-01-20T13:30', 'America/New_York');
    expect(sameWallTimes(ny, readerIn('America/New_York'))).toBe(true);
    expect(sameWallTimes(ny, readerIn('America/Toronto'))).toBe(true);
    expect(sameWallTimes(ny, readerIn('Asia/Shanghai'))).toBe(false);
    // Same offset at the start only: an overnight event across a DST change in the reader's zone.
    const overnight = timeIn('2027-03-13T20:00', '2027-03-14T10:00', 'America/Bogota');
    expect(sameWallTimes(overnight, readerIn('America/New_York'))).toBe(false);
  });
});
