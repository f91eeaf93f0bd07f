/**
 * Props of the events pages. Input types (what the YAML says) are generated
 * from the schema; these are the shapes the pages receive, already in the
 * page's locale, with times already resolved to instants.
 */
import type { Event, EventKind } from '../data-engine/generated/events';

export type { Event, EventKind };

/** An enum value with its label in the page's locale (labels come from the schema's enumDescriptions). */
export interface Option {
  value: string;
  label: string;
}

/** When an event happens: instants for logic, text in the event's own zone for display. */
export interface EventTime {
  /** Start and end as epoch milliseconds (UTC instants of the data's wall times in `timeZone`). */
  startMs: number;
  endMs: number;
  /** ISO 8601 with the zone's offset at that instant, e.g. `2026-11-28T10:00:00+01:00`. */
  startIso: string;
  endIso: string;
  timeZone: string;
  /** The range written in the page's language in the event's zone, with the zone's short name. */
  localText: string;
}

export interface Organizer {
  /** Partner id when the organizer is a partner (see `organizerLink` on the pages). */
  partner?: string;
  /** Display name: the partner's name, the data's name, or both. */
  name: string;
}

/** What a list item on /events/ shows; the list ships these and nothing more. */
export interface EventCard {
  id: string;
  title: string;
  summary: string;
  permalink: string;
  kind: string;
  format: string;
  languages: string[];
  status: string;
  time: EventTime;
  /** City and country (in the page's language), when there is a venue. */
  place?: { city: string; country: string };
  /** Fields shown in the default locale for lack of a translation (JSON Pointers). */
  fallbacks: string[];
}

export interface KindSummary {
  id: string;
  name: string;
  summary: string;
  category: string;
  cadence: string;
  format: string;
  formatNotes?: string;
  audience: string[];
  activities: string[];
  typicalDurationHours: number;
  /** This kind's iCalendar feed (site path). */
  feed: string;
  fallbacks: string[];
}

export interface Labels {
  kind: Option[];
  format: Option[];
  languages: Option[];
  status: Option[];
  cadence: Option[];
  category: Option[];
}

export interface EventsPageProps {
  events: EventCard[];
  kinds: KindSummary[];
  /** Facet values with labels, in schema order; parameter names are the schema field names. */
  facets: { kind: Option[]; format: Option[]; languages: Option[] };
  labels: Labels;
  /** The feed of all events (site path, `/events.ics` or `/en/events.ics`). */
  feed: string;
}

export interface EventPageProps {
  event: Event;
  permalink: string;
  time: EventTime;
  fallbacks: string[];
  kind: { id: string; name: string; anchor: string };
  labels: { format: string; status: string; languages: Option[] };
  organizer: Organizer;
  /** Venue lines as the page and JSON-LD show them; country in the page's language. */
  place?: { venue?: string; address?: string; city: string; country: string; countryCode: string };
  /** This event's own iCalendar file (site path). */
  ics: string;
  eventsPermalink: string;
}
