/**
 * iCalendar (RFC 5545) feeds of the events, built with ical-generator — never
 * by string concatenation. Pure: the plugin passes in the entries, the site
 * URL, the words in the page's language and a DTSTAMP per event, and writes
 * the files this returns.
 *
 * Times keep the event's own zone: DTSTART;TZID=Europe/Berlin with a VTIMEZONE
 * from timezones-ical-library (current IANA data). Events in UTC, and any zone
 * that library does not know, are written as UTC instants (…Z), which every
 * client reads the same way.
 */
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { LocalizedEntry } from '../data-engine/types';
import { countryName, feedPaths, organizerOf, type PartnerName } from './buildPages';
import { instantOf } from './time';
import type { Event, EventKind } from './types';

/** Words the feed needs in the page's language (from the site's code translations). */
export interface FeedWords {
  registration: string;
  onlineUrl: string;
  recording: string;
  organizer: string;
  /** Label of each `status` value, from the schema. */
  status: Record<string, string>;
}

export interface FeedSources {
  events: LocalizedEntry<Event>[];
  kinds: LocalizedEntry<EventKind>[];
  partners: PartnerName[];
  /** Absolute URL of the locale's root, with a trailing slash: `https://example.org/en/`. */
  localeUrl: string;
  /** Host name for UIDs (the same in every locale: it is the same event). */
  uidDomain: string;
  /** BCP 47 tag of the page's language. */
  locale: string;
  /** Name of the site in the page's language, the feeds' name. */
  siteTitle: string;
  /** The site's tagline in the page's language, the description of the feed of all events. */
  siteTagline: string;
  words: FeedWords;
  /** DTSTAMP of each event: when its information was last revised. */
  stamp: (event: LocalizedEntry<Event>) => Date;
}

export interface FeedFile {
  /** Path below the locale's output folder, e.g. `events.ics`, `events/kinds/meetup.ics`. */
  path: string;
  content: string;
}

/** The event's UID: its id (stable, unique, never reused) at the site's host. */
export function eventUid(id: string, domain: string): string {
  return `${id}@${domain}`;
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'Etc/GMT', 'GMT']);

/** The TZID to write for a zone (the library's canonical name), or null for UTC instants. */
export function icalZone(timeZone: string): string | null {
  if (UTC_ZONES.has(timeZone)) return null;
  const block = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(block) || !block[1]?.startsWith('TZID=')) return null;
  return block[1].slice('TZID='.length);
}

function vtimezone(tzid: string): string | null {
  const block = tzlib_get_ical_block(tzid);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

const STATUS: Record<string, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** Where to go, as one line of plain text: the online link for online events, else the venue. */
function locationText(e: Event, locale: string): string | undefined {
  if ((e.format === 'online' || e.status === 'moved-online') && e.onlineUrl) return e.onlineUrl;
  if (!e.location) return e.onlineUrl;
  const { venue, address, city, country } = e.location;
  return [venue, address, city, countryName(country, locale)].filter(Boolean).join(', ');
}

/** DESCRIPTION: plain text (the library escapes it), the page's facts a calendar has no field for. */
function descriptionText(e: Event, src: FeedSources): string {
  const w = src.words;
  const status = e.status && e.status !== 'scheduled' ? [w.status[e.status] ?? e.status, ''] : [];
  const lines = [
    ...status,
    e.summary,
    '',
    e.description,
    '',
    `${w.organizer}: ${organizerOf(e, src.partners).name}`,
    `${w.registration}: ${e.registrationUrl}`,
    ...(e.onlineUrl ? [`${w.onlineUrl}: ${e.onlineUrl}`] : []),
    ...(e.recordingUrl ? [`${w.recording}: ${e.recordingUrl}`] : []),
  ];
  return lines.join('\n');
}

function calendar(name: string, description: string, url: string, events: LocalizedEntry<Event>[], src: FeedSources): string {
  const cal = new ICalCalendar({
    name,
    description,
    url,
    prodId: { company: src.uidDomain, product: 'community-hub-events', language: src.locale.toUpperCase() },
    // No zone of its own (events carry theirs); the generator adds a VTIMEZONE for each zone used.
    timezone: { name: null, generator: vtimezone },
    // Subscribed calendars look again daily (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 24 * 60 * 60,
  });
  for (const entry of events) {
    const e = entry.data;
    const tzid = icalZone(e.timeZone);
    const start = instantOf(e.start, e.timeZone);
    const end = instantOf(e.end, e.timeZone);
    const location = locationText(e, src.locale);
    cal.createEvent({
      id: eventUid(e.id, src.uidDomain),
      stamp: src.stamp(entry),
      // TZDate: the library reads the wall time in the event's zone from it, whatever the build machine's zone.
      start: tzid ? new TZDate(start, tzid) : new Date(start),
      end: tzid ? new TZDate(end, tzid) : new Date(end),
      timezone: tzid,
      summary: e.title,
      description: descriptionText(e, src),
      ...(location ? { location } : {}),
      url: new URL(`events/${e.id}/`, src.localeUrl).href,
      status: STATUS[e.status ?? 'scheduled'] ?? ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}

/** Every feed of one locale: all events, one per kind, one per event (events in time order). */
export function buildFeeds(src: FeedSources): FeedFile[] {
  const events = [...src.events].sort((a, b) => instantOf(a.data.start, a.data.timeZone) - instantOf(b.data.start, b.data.timeZone) || a.id.localeCompare(b.id));
  const pageUrl = (path: string) => new URL(path, src.localeUrl).href;
  const files: FeedFile[] = [{ path: feedPaths.all, content: calendar(src.siteTitle, src.siteTagline, pageUrl('events/'), events, src) }];
  for (const kind of src.kinds) {
    const ofKind = events.filter((e) => e.data.kind === kind.id);
    const name = `${src.siteTitle} · ${kind.data.name}`;
    files.push({ path: feedPaths.kind(kind.id), content: calendar(name, kind.data.summary, pageUrl('events/'), ofKind, src) });
  }
  for (const e of events) {
    files.push({ path: feedPaths.event(e.id), content: calendar(e.data.title, e.data.summary, pageUrl(`events/${e.id}/`), [e], src) });
  }
  return files;
}
