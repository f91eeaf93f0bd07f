import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// An independent parser: ical.js (Mozilla's), reading our VTIMEZONEs to turn TZID times into instants.
import ICAL from 'ical.js';
import { buildFeeds, eventUid, icalZone, type FeedSources } from '../ical';
import { lastRevised } from '../revisions';
import { instantOf } from '../time';
import { localized, referencesIn, siteDir } from './fixtures';

const DOMAIN = 'observability-community.org';
const words = { registration: 'Registration', onlineUrl: 'Join online', recording: 'Recording', organizer: 'Organizer', status: { 'moved-online': 'Moved online', cancelled: 'Cancelled' } };

function sources(locale: 'zh-Hans' | 'en', stamp = new Date(Date.UTC(2026, 10, 1, 8, 0))): FeedSources {
  return {
    ...localized(locale),
    localeUrl: `https://${DOMAIN}${locale === 'en' ? '/en/' : '/'}`,
    uidDomain: DOMAIN,
    locale,
    siteTitle: locale === 'en' ? 'Observability Community' : '可观测性社区',
    siteTagline: 'tagline',
    words,
    stamp: () => stamp,
  };
}

interface Parsed {
  uid: string;
  summary: string;
  start: number;
  end: number;
  startTzid: string | null;
  url: string;
  description: string;
  stamp: number;
}

/** Parses a feed with ical.js, registering its VTIMEZONEs first so TZID times resolve through them. */
function parse(text: string): { events: Parsed[]; zones: string[]; name: string } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      startTzid: (dtstart.getParameter('tzid') as string | undefined) ?? null,
      url: String(vevent.getFirstPropertyValue('url')),
      description: event.description,
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
    };
  });
  return { events, zones: zones.map((z) => String(z.getFirstPropertyValue('tzid'))), name: String(calendar.getFirstPropertyValue('x-wr-calname')) };
}

describe('iCalendar feeds, read back with an independent parser', () => {
  for (const locale of ['zh-Hans', 'en'] as const) {
    const src = sources(locale);
    const files = buildFeeds(src);
    const byPath = new Map(files.map((f) => [f.path, f.content]));

    it(`${locale}: events.ics has every event once, with unique stable UIDs`, () => {
      const { events } = parse(byPath.get('events.ics')!);
      expect(events).toHaveLength(src.events.length);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      expect(new Set(events.map((e) => e.uid))).toEqual(new Set(src.events.map((e) => eventUid(e.id, DOMAIN))));
    });

    it(`${locale}: start and end are the data's instants (through TZID + VTIMEZONE, or UTC)`, () => {
      const { events, zones } = parse(byPath.get('events.ics')!);
      for (const entry of src.events) {
        const e = entry.data;
        const parsed = events.find((p) => p.uid === eventUid(e.id, DOMAIN))!;
        expect(parsed.start, e.id).toBe(instantOf(e.start, e.timeZone));
        expect(parsed.end, e.id).toBe(instantOf(e.end, e.timeZone));
        // The zone is kept (not only the instant), and its VTIMEZONE is in the same file.
        if (e.timeZone === 'UTC') expect(parsed.startTzid).toBeNull();
        else {
          expect(parsed.startTzid).toBe(e.timeZone);
          expect(zones).toContain(e.timeZone);
        }
      }
    });

    it(`${locale}: titles in the locale, URL back to the event page, plain-text description, DTSTAMP as given`, () => {
      const { events } = parse(byPath.get('events.ics')!);
      for (const entry of src.events) {
        const parsed = events.find((p) => p.uid === eventUid(entry.id, DOMAIN))!;
        expect(parsed.summary).toBe(entry.data.title);
        expect(parsed.url).toBe(`${src.localeUrl}events/${entry.id}/`);
        expect(parsed.description).toContain(entry.data.description);
        expect(parsed.description).toContain(entry.data.registrationUrl);
        expect(parsed.description).not.toMatch(/<[a-z/][^>]*>/i);
        expect(parsed.stamp).toBe(Date.UTC(2026, 10, 1, 8, 0));
      }
    });

    it(`${locale}: one feed per kind with exactly its events, one per event with just that event`, () => {
      for (const kind of src.kinds) {
        const { events, name } = parse(byPath.get(`events/kinds/${kind.id}.ics`)!);
        expect(events.map((e) => e.uid).sort()).toEqual(src.events.filter((e) => e.data.kind === kind.id).map((e) => eventUid(e.id, DOMAIN)).sort());
        expect(name).toContain(kind.data.name);
      }
      for (const entry of src.events) {
        const { events } = parse(byPath.get(`events/${entry.id}.ics`)!);
        expect(events.map((e) => e.uid)).toEqual([eventUid(entry.id, DOMAIN)]);
      }
      expect(files).toHaveLength(1 + src.kinds.length + src.events.length);
    });
  }

  it('keeps UIDs between two builds and between locales; the same data and stamps give the same bytes', () => {
    const first = buildFeeds(sources('zh-Hans'));
    const second = buildFeeds(sources('zh-Hans', new Date(Date.UTC(2026, 10, 20))));
    const uids = (files: typeof first) => parse(files.find((f) => f.path === 'events.ics')!.content).events.map((e) => e.uid);
    expect(uids(second)).toEqual(uids(first));
    expect(uids(buildFeeds(sources('en')))).toEqual(uids(first));
    expect(buildFeeds(sources('zh-Hans')).map((f) => f.content)).toEqual(first.map((f) => f.content));
  });

  it('writes the status and never builds lines by hand (folded at 75 octets, CRLF)', () => {
    const text = buildFeeds(sources('en')).find((f) => f.path === 'events/collector-workshop-2026-11.ics')!.content;
    expect(text).toContain('STATUS:CONFIRMED');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(parse(text).events[0]!.description.startsWith('Moved online')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('uses canonical TZIDs the VTIMEZONE library knows, UTC instants otherwise', () => {
    expect(icalZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(icalZone('UTC')).toBeNull();
    expect(icalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(icalZone('Mars/Olympus')).toBeNull();
  });
});

describe('DTSTAMP: when the data was last revised', () => {
  const fallback = new Date(Date.UTC(2030, 0, 1));
  it("is a committed file's last commit time, and the build time for unknown or uncommitted files", () => {
    const file = 'data/events/meetup-shenzhen-does-not-exist.yaml';
    const committed = execFileSync('git', ['ls-files', 'data/events'], { cwd: siteDir, encoding: 'utf8' }).split('\n').find((f) => f.endsWith('.yaml'))!;
    const dirty = execFileSync('git', ['diff', '--name-only', 'HEAD', '--', 'data/events'], { cwd: siteDir, encoding: 'utf8' }).split('\n').filter(Boolean);
    const revised = lastRevised(siteDir, ['data/events'], fallback);
    expect(revised(file)).toEqual(fallback);
    const expected = dirty.includes(committed) ? fallback : new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', committed], { cwd: siteDir, encoding: 'utf8' }).trim()) * 1000);
    expect(revised(committed)).toEqual(expected);
  });
  it('falls back to the build time where there is no git repository', () => {
    expect(lastRevised('/', ['data/events'], fallback)('data/events/x.yaml')).toEqual(fallback);
  });
});

// The labels of the words come from the schema in the page's language (the plugin passes them in).
it('has status labels for the feed in both languages from the schema', () => {
  for (const locale of ['zh-Hans', 'en'] as const) {
    const status = referencesIn(locale).find((r) => r.collection === 'events')!.kinds.find((k) => k.kind === 'event')!.fields.find((f) => f.path === 'status')!.enum!;
    expect(status.find((o) => o.value === 'moved-online')!.label).toBe(locale === 'en' ? 'Moved online' : '改为线上举行');
  }
});
