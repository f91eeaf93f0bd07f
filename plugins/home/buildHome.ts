import type { LocalizedEntry } from '../data-engine/types';
import { eventTime } from '../events/buildPages';
import type { Event, EventKind } from '../events/types';
import type { HomeFigure, HomePageProps } from './types';

type Collections = Record<string, readonly LocalizedEntry<unknown>[]>;

const count = (collections: Collections, collection: string, kind: string) => (collections[collection] ?? []).filter((e) => e.kind === kind).length;

/**
 * The home page's figures and event list, from the translated data: nothing on
 * the page that the data knows is typed by hand.
 */
export function buildHome(collections: Collections, locale: string, baseUrl: string, builtAt: number): HomePageProps {
  const figures: HomeFigure[] = [
    { id: 'courses', count: count(collections, 'courses', 'course'), permalink: `${baseUrl}courses/` },
    { id: 'certifications', count: count(collections, 'certifications', 'certification'), permalink: `${baseUrl}certifications/` },
    { id: 'partners', count: count(collections, 'partners', 'partner'), permalink: `${baseUrl}partners/` },
    { id: 'integrations', count: count(collections, 'integrations', 'integration'), permalink: `${baseUrl}integrations/` },
    { id: 'workingGroups', count: count(collections, 'governance', 'workingGroup'), permalink: `${baseUrl}governance/working-groups/` },
  ];
  const eventEntries = (collections.events ?? []) as readonly LocalizedEntry<Event | EventKind>[];
  const kindNames = new Map(eventEntries.filter((e) => e.kind === 'eventKind').map((e) => [e.id, (e.data as EventKind).name]));
  const events = eventEntries
    .filter((e) => e.kind === 'event')
    .map((e) => {
      const event = e.data as Event;
      return { id: e.id, title: event.title, kind: kindNames.get(event.kind) ?? event.kind, permalink: `${baseUrl}events/${e.id}/`, time: eventTime(event, locale) };
    })
    .sort((a, b) => a.time.startMs - b.time.startMs || a.id.localeCompare(b.id));
  return { figures, events, builtAt, eventsPermalink: `${baseUrl}events/` };
}

/** The next events at a moment: those not yet over, soonest first, at most `limit`. */
export function nextEvents<E extends { time: { endMs: number } }>(events: readonly E[], now: number, limit = 3): E[] {
  return events.filter((e) => e.time.endMs > now).slice(0, limit);
}
