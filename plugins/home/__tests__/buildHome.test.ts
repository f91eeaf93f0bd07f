import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../../data-engine';
import { buildHome, nextEvents } from '../buildHome';

const siteDir = path.resolve(__dirname, '../../..');

describe('home page from the data', () => {
  const site = loadDataSet({ siteDir });
  const collections = Object.fromEntries(Object.entries(site.collections).map(([name, entries]) => [name, entries.map((e) => ({ ...e, fallbacks: [] }))]));
  const count = (collection: string, kind: string) => site.collections[collection]!.filter((e) => e.kind === kind).length;

  it('counts courses, certifications, partners, integrations and working groups from the data', () => {
    const home = buildHome(collections as never, 'zh-Hans', '/', 0);
    expect(Object.fromEntries(home.figures.map((f) => [f.id, f.count]))).toEqual({
      courses: count('courses', 'course'),
      certifications: count('certifications', 'certification'),
      partners: count('partners', 'partner'),
      integrations: count('integrations', 'integration'),
      workingGroups: count('governance', 'workingGroup'),
    });
    expect(home.figures.every((f) => f.count > 0)).toBe(true);
  });

  it('lists every dated event, soonest first, with its page under the locale', () => {
    const home = buildHome(collections as never, 'en', '/en/', 0);
    expect(home.events).toHaveLength(count('events', 'event'));
    expect(home.events.map((e) => e.time.startMs)).toEqual([...home.events.map((e) => e.time.startMs)].sort((a, b) => a - b));
    expect(home.events[0]!.permalink).toMatch(/^\/en\/events\/[a-z0-9-]+\/$/);
  });

  it('shows the next events by the clock it is given: an event in progress still counts, a finished one does not', () => {
    const events = [
      { id: 'past', time: { endMs: 100 } },
      { id: 'ongoing', time: { endMs: 300 } },
      { id: 'a', time: { endMs: 400 } },
      { id: 'b', time: { endMs: 500 } },
      { id: 'c', time: { endMs: 600 } },
    ];
    expect(nextEvents(events, 200).map((e) => e.id)).toEqual(['ongoing', 'a', 'b']);
    expect(nextEvents(events, 1000)).toEqual([]);
  });
});
