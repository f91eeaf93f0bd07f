import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { zonedTimeToUtc } from '../../plugins/data-engine/formats';
import { BUILD_DIR, useBuiltSite, watchPage } from './harness';

/** Expectations come from the data files and their English translations, never from the build. */
interface EventData {
  id: string;
  title: string;
  kind: string;
  start: string;
  end: string;
  timeZone: string;
  format: string;
  languages: string[];
  registrationUrl: string;
  organizer: { partner?: string; name?: string };
}

const siteDir = path.resolve(__dirname, '../..');
const eventsDir = path.join(siteDir, 'data/events');
const events = fs
  .readdirSync(eventsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => load(fs.readFileSync(path.join(eventsDir, f), 'utf8')) as EventData);
const en = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/events.json'), 'utf8')) as Record<string, { message: string }>;
const instant = (local: string, zone: string) => zonedTimeToUtc(local, zone)!;
const startOf = (e: EventData) => instant(e.start, e.timeZone);
const endOf = (e: EventData) => instant(e.end, e.timeZone);

const locales = [
  { prefix: '', lang: 'zh-Hans', title: (e: EventData) => e.title, h1: '社区活动' },
  { prefix: '/en', lang: 'en', title: (e: EventData) => en[`events.${e.id}.title`]?.message ?? e.title, h1: 'Community events' },
] as const;

const site = useBuiltSite();

async function newPage(options: { colorScheme?: 'light' | 'dark'; timezoneId?: string; now?: number } = {}): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme: options.colorScheme ?? 'light', ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}) });
  const page = await context.newPage();
  if (options.now !== undefined) await page.clock.setFixedTime(new Date(options.now));
  return page;
}

/** Ids of the events listed in a group of /events/, in page order. */
const groupIds = (page: Page, group: string) => page.locator(`[data-events-group="${group}"] [data-event-id]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));

describe('data under test', () => {
  it('has at least 12 events, translated, some ending before 2026-11-23 and some in 2027', () => {
    expect(events.length).toBeGreaterThanOrEqual(12);
    for (const e of events) expect(en[`events.${e.id}.title`], e.id).toBeDefined();
    expect(events.filter((e) => endOf(e) < Date.UTC(2026, 10, 23)).length).toBeGreaterThanOrEqual(2);
    expect(events.filter((e) => e.start.startsWith('2027')).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(locales)('/events/ ($lang)', ({ prefix, lang, title, h1 }) => {
  // Two clocks on the same build: what is past is decided when the page is viewed.
  it.each([
    ['2026-11-23T12:00:00Z', Date.UTC(2026, 10, 23, 12)],
    ['2027-03-01T00:00:00Z', Date.UTC(2027, 2, 1)],
  ])('with the clock at %s, events that ended are past and the rest upcoming, soonest first', async (_label, now) => {
    const page = await newPage({ now });
    const watched = watchPage(page, site.url);
    const response = await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(h1);
    await page.locator('[data-events-group="upcoming"]').waitFor();

    const past = events.filter((e) => endOf(e) <= now).sort((a, b) => startOf(b) - startOf(a));
    const upcoming = events.filter((e) => endOf(e) > now).sort((a, b) => startOf(a) - startOf(b));
    expect(past.length).toBeGreaterThan(0);
    expect(await groupIds(page, 'past')).toEqual(past.map((e) => e.id));
    expect(await groupIds(page, 'upcoming')).toEqual(upcoming.map((e) => e.id));
    for (const e of past) expect(await page.locator(`[data-event-id="${e.id}"] [data-phase]`).getAttribute('data-phase')).toBe('past');
    // Titles in the page's language, each linking to the event page.
    for (const e of events) expect((await page.locator(`[data-event-id="${e.id}"] h3 a`).textContent())?.trim()).toBe(title(e));

    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });

  it('marks an event in progress as happening now, among the upcoming ones', async () => {
    const running = events.find((e) => e.id === 'observability-conference-2027-06')!;
    const now = startOf(running) + 60 * 60 * 1000;
    const page = await newPage({ now });
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    await page.locator('[data-events-group="upcoming"]').waitFor();
    expect(await page.locator(`[data-events-group="upcoming"] [data-event-id="${running.id}"] [data-phase]`).getAttribute('data-phase')).toBe('ongoing');
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it("the static HTML lists every event without deciding what is past (it cannot know when it is read)", () => {
    const html = fs.readFileSync(path.join(BUILD_DIR, prefix.replace(/^\//, ''), 'events/index.html'), 'utf8');
    // Minified HTML: attribute values may or may not be quoted.
    const attr = (name: string, value: string) => new RegExp(`${name}=["']?${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["'\\s>]`);
    for (const e of events) expect(html, e.id).toMatch(attr('href', `${prefix}/events/${e.id}/`));
    expect(html).toMatch(attr('data-events-group', 'all'));
    expect(html).not.toMatch(attr('data-events-group', 'past'));
    expect(html).not.toMatch(attr('data-events-group', 'upcoming'));
  });

  it("shows times in the event's zone and in the reader's", async () => {
    const page = await newPage({ timezoneId: 'America/New_York', now: Date.UTC(2026, 10, 23) });
    await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    const card = page.locator('[data-event-id="tracing-workshop-2027-03"]');
    await card.locator('[data-reader-time]').waitFor();
    expect(await card.locator('dt').first().textContent()).toContain('Asia/Tokyo');
    expect(await card.locator('[data-reader-time] dt').textContent()).toContain('America/New_York');
    // 09:30 in Tokyo (UTC+9) is 20:30 the evening before in New York (EDT, UTC−4, since 14 March 2027).
    expect(await card.locator('[data-reader-time] dd').textContent()).toContain('20:30');
    expect(await card.locator('time').textContent()).toContain('09:30');
    // A reader in the event's own zone gets one line, not the same one twice.
    const same = page.locator('[data-event-id="otel-community-day-2027-01"]');
    expect(await same.locator('dt').first().textContent()).toContain('America/New_York');
    expect(await same.locator('[data-reader-time]').count()).toBe(0);
    await page.context().close();
  });

  it('filters by kind, format and language in the URL with schema field names', async () => {
    const page = await newPage({ now: Date.UTC(2026, 10, 23) });
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/events/?format=online`, { waitUntil: 'networkidle' });
    await page.locator('[data-events-group="upcoming"]').waitFor();
    const shown = async () => (await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))).sort();
    expect(await shown()).toEqual(events.filter((e) => e.format === 'online').map((e) => e.id).sort());

    await page.locator('#event-filter-kind-meetup').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=meetup&format=online');
    expect(await shown()).toEqual(events.filter((e) => e.format === 'online' && e.kind === 'meetup').map((e) => e.id).sort());

    await page.locator('#event-filter-clear').click();
    await page.locator('#event-filter-languages-en').check();
    await expect.poll(() => new URL(page.url()).search).toBe('?languages=en');
    expect(await shown()).toEqual(events.filter((e) => e.languages.includes('en')).map((e) => e.id).sort());
    // Focus stays on the checkbox just toggled.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-filter-languages-en');
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('offers subscribe links (webcal: and https) for all events and for each kind', async () => {
    const page = await newPage();
    await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    const hrefs = await page.locator('main a[href$=".ics"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const feedPaths = [`${prefix}/events.ics`, ...[...new Set(events.map((e) => e.kind))].map((k) => `${prefix}/events/kinds/${k}.ics`)];
    for (const p of feedPaths) {
      expect(hrefs.some((h) => h.startsWith('webcal://') && h.endsWith(p)), `webcal ${p}`).toBe(true);
      expect(hrefs.some((h) => h.startsWith('https://') && h.endsWith(p)), `https ${p}`).toBe(true);
      expect(fs.existsSync(path.join(BUILD_DIR, p)), p).toBe(true);
    }
    await page.context().close();
  });

  it('has the navbar item', async () => {
    const page = await newPage();
    await page.goto(`${site.url}${prefix}/`, { waitUntil: 'networkidle' });
    expect(await page.locator(`nav.navbar a[href="${prefix}/events/"]`).first().textContent()).toBe(lang === 'en' ? 'Events' : '活动');
    expect(await page.locator(`footer a[href="${prefix}/events/"]`).count()).toBe(1);
    await page.context().close();
  });
});

describe.each(locales)('event pages ($lang)', ({ prefix, lang, title }) => {
  it.each(events.map((e) => [e.id, e] as const))('%s: title, times, links, .ics, Event JSON-LD, no console errors', async (id, e) => {
    const page = await newPage({ now: Date.UTC(2026, 10, 23, 12) });
    const watched = watchPage(page, site.url);
    const response = await page.goto(`${site.url}${prefix}/events/${id}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(title(e));
    expect(await page.locator(`main a[href="${e.registrationUrl}"]`).count()).toBe(1);
    // Phase decided by the reader's clock.
    expect(await page.locator('main [data-phase]').getAttribute('data-phase')).toBe(endOf(e) <= Date.UTC(2026, 10, 23, 12) ? 'past' : 'upcoming');

    const ics = page.locator(`main a[href="${prefix}/events/${id}.ics"]`);
    expect(await ics.getAttribute('download')).toBe(`${id}.ics`);
    const feed = await page.request.get(`${site.url}${prefix}/events/${id}.ics`);
    expect(feed.status()).toBe(200);
    const vevent = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(title(e));

    const ld = (await page.locator('head script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>).find((d) => d['@type'] === 'Event');
    expect(ld, 'Event JSON-LD').toBeDefined();
    expect(ld!.name).toBe(title(e));
    expect(ld!.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(new Date(ld!.startDate as string).getTime()).toBe(startOf(e));
    expect(new Date(ld!.endDate as string).getTime()).toBe(endOf(e));
    expect(ld!.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
    expect(ld!.eventStatus).toMatch(/^https:\/\/schema\.org\/Event/);
    expect(ld!.organizer).toMatchObject({ '@type': 'Organization' });
    const locations = ([] as Record<string, unknown>[]).concat((ld!.location as Record<string, unknown>) ?? []);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(['Place', 'VirtualLocation']).toContain(l['@type']);

    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });
});

describe.each(locales)('iCalendar feed ($lang)', ({ prefix, title }) => {
  it('events.ics is served and parses, with every event at its instant', async () => {
    const page = await newPage();
    const response = await page.request.get(`${site.url}${prefix}/events.ics`);
    expect(response.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed).toHaveLength(events.length);
    for (const e of events) {
      const p = parsed.find((x) => x.uid.startsWith(`${e.id}@`));
      expect(p, e.id).toBeDefined();
      expect(p!.summary).toBe(title(e));
      expect(p!.startDate.toJSDate().getTime()).toBe(startOf(e));
      expect(p!.endDate.toJSDate().getTime()).toBe(endOf(e));
    }
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  const pages = locales.flatMap(({ prefix, lang }) => [
    [`${prefix}/events/`, lang],
    // The page with the most parts: a status notice, venue and online link.
    [`${prefix}/events/collector-workshop-2026-11/`, lang],
  ]);
  it.each(pages.flatMap(([url, lang]) => (['light', 'dark'] as const).map((scheme) => [url!, lang!, scheme] as const)))('%s (%s, %s mode) has no violations', async (url, lang, colorScheme) => {
    const page = await newPage({ colorScheme, now: Date.UTC(2026, 10, 23, 12) });
    const watched = watchPage(page, site.url);
    await page.goto(site.url + url, { waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(colorScheme);
    await page.locator('main [data-phase]').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n  ')}`);
    expect(summary).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});
