import { describe, expect, it } from 'vitest';
import { buildEventPages, countryName, organizerOf } from '../buildPages';
import { isoWithOffset, instantOf, formatTimeRange } from '../time';
import type { EventPageProps, EventsPageProps } from '../types';
import { localized, referencesIn } from './fixtures';

const TODAY = Date.UTC(2026, 10, 23);

describe('the events data', () => {
  const { events, kinds } = localized('zh-Hans');
  it('has at least 12 dated events across every kind, several time zones, some past and some in 2027', () => {
    expect(events.length).toBeGreaterThanOrEqual(12);
    expect(new Set(events.map((e) => e.data.kind))).toEqual(new Set(kinds.map((k) => k.id)));
    expect(kinds.length).toBe(8);
    expect(new Set(events.map((e) => e.data.timeZone)).size).toBeGreaterThanOrEqual(4);
    expect(events.filter((e) => instantOf(e.data.end, e.data.timeZone) < TODAY).length).toBeGreaterThanOrEqual(2);
    expect(events.filter((e) => e.data.start.startsWith('2027-')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('event pages from the data', () => {
  for (const [locale, base] of [['zh-Hans', '/'], ['en', '/en/']] as const) {
    const src = { ...localized(locale), references: referencesIn(locale), locale };
    const pages = buildEventPages(src, base);
    const byPath = new Map(pages.map((p) => [p.path, p]));

    it(`${locale}: has /events/ and a page for every dated event`, () => {
      expect(byPath.get(`${base}events/`)?.component).toBe('@theme/EventsPage');
      for (const e of src.events) expect(byPath.get(`${base}events/${e.id}/`)?.component).toBe('@theme/EventPage');
      expect(pages).toHaveLength(src.events.length + 1);
    });

    it(`${locale}: lists every event in time order with its instants, and feeds at the locale's paths`, () => {
      const list = byPath.get(`${base}events/`)!.props as EventsPageProps;
      expect(list.events.map((e) => e.id).sort()).toEqual(src.events.map((e) => e.id).sort());
      const starts = list.events.map((e) => e.time.startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const card of list.events) {
        const e = src.events.find((x) => x.id === card.id)!.data;
        expect(card.time.startMs).toBe(instantOf(e.start, e.timeZone));
        expect(card.time.endMs).toBe(instantOf(e.end, e.timeZone));
      }
      expect(list.feed).toBe(`${base}events.ics`);
      expect(list.kinds.map((k) => k.feed)).toEqual(list.kinds.map((k) => `${base}events/kinds/${k.id}.ics`));
      // Labels come from the schema in the page's language.
      const online = list.labels.format.find((o) => o.value === 'online')!.label;
      expect(online).toBe(locale === 'en' ? 'Online' : '线上');
      // Facets offer only values some event has.
      for (const o of list.facets.kind) expect(list.events.some((e) => e.kind === o.value)).toBe(true);
    });

    it(`${locale}: an event page carries ISO times with the zone's offset, the place, organizer and .ics`, () => {
      const page = byPath.get(`${base}events/sao-paulo-meetup-2027-02/`)!.props as EventPageProps;
      expect(page.time.startIso).toBe('2027-02-25T19:00:00-03:00');
      expect(page.place?.countryCode).toBe('BR');
      expect(page.place?.country).toBe(locale === 'en' ? 'Brazil' : '巴西');
      expect(page.ics).toBe(`${base}events/sao-paulo-meetup-2027-02.ics`);
      expect(page.organizer.partner).toBe('sao-paulo-observability-user-group');
      expect(page.kind.anchor).toBe(`${base}events/#kind-meetup`);
      const online = byPath.get(`${base}events/mentorship-session-2026-12/`)!.props as EventPageProps;
      expect(online.place).toBeUndefined();
      expect(online.time.startIso).toBe('2026-12-09T12:00:00+00:00');
    });
  }
});

describe('time helpers', () => {
  it('writes ISO 8601 with the offset in force at that instant, including DST and odd offsets', () => {
    expect(isoWithOffset(instantOf('2026-06-13T09:00', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-06-13T09:00:00+02:00');
    expect(isoWithOffset(instantOf('2026-11-28T10:00', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-11-28T10:00:00+01:00');
    expect(isoWithOffset(instantOf('2027-06-01T12:00', 'Asia/Kathmandu'), 'Asia/Kathmandu')).toBe('2027-06-01T12:00:00+05:45');
    expect(isoWithOffset(instantOf('2027-04-17T09:00', 'America/Los_Angeles'), 'America/Los_Angeles')).toBe('2027-04-17T09:00:00-07:00');
  });

  it('writes the range in the event zone whatever zone the build runs in', () => {
    const s = instantOf('2026-11-28T10:00', 'Europe/Berlin');
    const e = instantOf('2026-11-28T16:00', 'Europe/Berlin');
    expect(formatTimeRange(s, e, 'en', 'Europe/Berlin')).toMatch(/November 28, 2026.*10:00\s*–\s*16:00 GMT\+1$/);
    expect(formatTimeRange(s, e, 'zh-Hans', 'Europe/Berlin')).toMatch(/^2026年11月28日.*10:00–16:00 GMT\+1$/);
  });

  it('refuses a wall time it cannot read instead of guessing', () => {
    expect(() => instantOf('28 November 2026, 10:00', 'Europe/Berlin')).toThrow();
    expect(() => instantOf('2026-11-01T10:00', 'Mars/Olympus')).toThrow();
  });
});

describe('organizer and country', () => {
  const partners = [{ id: 'stratovia', name: 'Stratovia' }];
  it('names a partner organizer by the partner name, with the data name beside it when both are given', () => {
    expect(organizerOf({ organizer: { partner: 'stratovia' } } as never, partners)).toEqual({ partner: 'stratovia', name: 'Stratovia' });
    expect(organizerOf({ organizer: { partner: 'stratovia', name: '多样性委员会' } } as never, partners)).toEqual({ partner: 'stratovia', name: 'Stratovia · 多样性委员会' });
    expect(organizerOf({ organizer: { name: '社区委员会' } } as never, partners)).toEqual({ name: '社区委员会' });
  });
  it('names countries in the page language', () => {
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('DE', 'zh-Hans')).toBe('德国');
  });
});
