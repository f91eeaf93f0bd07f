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
  onlineUrl?: string;
  status?: string;
  location?: { venue?: string; address?: string; city: string; country: string };
  organizer: { partner?: string; name?: string };
}
interface KindData {
  id: string;
  name: string;
  cadence: string;
  format: string;
  formatNotes?: string;
  audience: string[];
}

const siteDir = path.resolve(__dirname, '../..');
const eventsDir = path.join(siteDir, 'data/events');
const events = fs
  .readdirSync(eventsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => load(fs.readFileSync(path.join(eventsDir, f), 'utf8')) as EventData);
const en = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/en/community-data/events.json'), 'utf8')) as Record<string, { message: string }>;
const kinds = fs
  .readdirSync(path.join(eventsDir, 'kinds'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => load(fs.readFileSync(path.join(eventsDir, 'kinds', f), 'utf8')) as KindData);
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8')) as T;
type Messages = Record<string, { message: string }>;
const enPartners = readJson<Messages>('i18n/en/community-data/partners.json');
const enReference = readJson<Messages>('i18n/en/data-reference/events.json');
const enUi = readJson<Messages>('i18n/en/code.json');
/** A partner's display name from its data file, for the organizer link. */
const partnerName = (id: string): string => (load(fs.readFileSync(path.join(siteDir, 'data/partners', `${id}.yaml`), 'utf8')) as { name: string }).name;
/** The schema's zh-Hans labels of an event kind's enum field (enum + enumDescriptions, following a local $ref). */
const schema = readJson<{ $defs: Record<string, { properties: Record<string, { enum?: string[]; enumDescriptions?: string[]; $ref?: string }> }> & Record<string, { enum?: string[]; enumDescriptions?: string[] }> }>('data/schemas/events.schema.json');
function zhEnumLabel(field: string, value: string): string {
  let def: { enum?: string[]; enumDescriptions?: string[]; $ref?: string } = schema.$defs.eventKind!.properties[field]!;
  if (!def.enum && def.$ref) def = (schema.$defs as Record<string, typeof def>)[def.$ref.replace('#/$defs/', '')]!;
  const label = def.enumDescriptions?.[def.enum!.indexOf(value)];
  if (!label) throw new Error(`no zh-Hans label for ${field}=${value}`);
  return label;
}
const instant = (local: string, zone: string) => zonedTimeToUtc(local, zone)!;
const startOf = (e: EventData) => instant(e.start, e.timeZone);
const endOf = (e: EventData) => instant(e.end, e.timeZone);

/** Text of a data field in English: its translation, or the zh-Hans text the page falls back to. */
const enText = (id: string, pointer: string, zh: string) => en[`events.${id}.${pointer}`]?.message ?? zh;
const locales = [
  {
    prefix: '',
    lang: 'zh-Hans',
    title: (e: EventData) => e.title,
    h1: '社区活动',
    text: (_id: string, _pointer: string, zh: string) => zh,
    partner: (id: string) => partnerName(id),
    // Labels of enum values come from the schema's enumDescriptions; the UI's own words from the components' defaults.
    enumLabel: zhEnumLabel,
    terms: { cadence: '频率', format: '形式', audience: '适合人群' },
    separator: '、',
    notesSeparator: '：',
  },
  {
    prefix: '/en',
    lang: 'en',
    title: (e: EventData) => en[`events.${e.id}.title`]?.message ?? e.title,
    h1: 'Community events',
    text: enText,
    partner: (id: string) => enPartners[`partners.${id}.name`]?.message ?? partnerName(id),
    enumLabel: (field: string, value: string) => enReference[`events.eventKind.${field}.enum.${value}`]?.message ?? zhEnumLabel(field, value),
    terms: { cadence: enUi['events.kind.cadence']!.message, format: enUi['events.field.format']!.message, audience: enUi['events.field.audience']!.message },
    separator: enUi['events.listSeparator']!.message,
    notesSeparator: enUi['events.kind.notesSeparator']!.message,
  },
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

  it('has events of every format, with a place where people meet and a link where they join online, some run by partners', () => {
    for (const format of ['in-person', 'online', 'hybrid']) expect(events.some((e) => e.format === format), format).toBe(true);
    for (const e of events) {
      if (e.format !== 'online') expect(e.location, `${e.id} location`).toBeDefined();
      if (e.format !== 'in-person' || e.status === 'moved-online') expect(e.onlineUrl, `${e.id} onlineUrl`).toBeDefined();
    }
    expect(events.filter((e) => e.organizer.partner).length).toBeGreaterThanOrEqual(2);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(locales)('/events/ ($lang)', ({ prefix, lang, title, h1, text, enumLabel, terms, separator, notesSeparator }) => {
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

  it('back and forward restore the filters: the URL, the checked boxes and the list follow', async () => {
    // A kind with the most events, and a format one of them has: two filters that both leave something listed.
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const kind = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const format = events.find((e) => e.kind === kind)!.format;
    const page = await newPage({ now: Date.UTC(2026, 10, 23) });
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    await page.locator('[data-events-group="upcoming"]').waitFor();
    const kindBox = page.locator(`#event-filter-kind-${kind}`);
    const formatBox = page.locator(`#event-filter-format-${format}`);
    const shown = async () => (await page.locator('[data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))).sort();
    const ids = (keep: (e: EventData) => boolean) => events.filter(keep).map((e) => e.id).sort();
    const expectState = async (search: string, kindChecked: boolean, formatChecked: boolean, list: string[]) => {
      await expect.poll(() => new URL(page.url()).search).toBe(search);
      await expect.poll(() => kindBox.isChecked()).toBe(kindChecked);
      expect(await formatBox.isChecked()).toBe(formatChecked);
      await expect.poll(shown).toEqual(list);
    };
    const all = ids(() => true);
    const ofKind = ids((e) => e.kind === kind);
    const ofBoth = ids((e) => e.kind === kind && e.format === format);

    await kindBox.check();
    await expectState(`?kind=${kind}`, true, false, ofKind);
    await formatBox.check();
    await expectState(`?kind=${kind}&format=${format}`, true, true, ofBoth);
    await page.goBack();
    await expectState(`?kind=${kind}`, true, false, ofKind);
    await page.goBack();
    await expectState('', false, false, all);
    await page.goForward();
    await expectState(`?kind=${kind}`, true, false, ofKind);
    await page.goForward();
    await expectState(`?kind=${kind}&format=${format}`, true, true, ofBoth);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  it('the event kinds section lists every kind with its cadence, format and audience', async () => {
    const page = await newPage();
    const watched = watchPage(page, site.url);
    await page.goto(`${site.url}${prefix}/events/`, { waitUntil: 'networkidle' });
    const section = page.locator('section[aria-labelledby="event-kinds"]');
    expect(await section.locator('h2#event-kinds').count()).toBe(1);
    const items = section.locator('li:has(> h3[id^="kind-"])');
    expect(await items.count()).toBe(kinds.length);
    expect((await items.evaluateAll((lis) => lis.map((li) => li.querySelector('h3')!.id))).sort()).toEqual(kinds.map((k) => `kind-${k.id}`).sort());
    for (const k of kinds) {
      const item = section.locator(`li:has(> h3#kind-${k.id})`);
      expect((await item.locator('h3').textContent())?.replace(/[#\u200b]/g, '').trim(), k.id).toBe(text(k.id, 'name', k.name));
      // Each fact by its term, so a value under the wrong heading does not pass.
      const facts = Object.fromEntries(
        await item.locator('dl > div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent?.trim() ?? '', d.querySelector('dd')?.textContent?.trim() ?? ''])),
      ) as Record<string, string>;
      expect(facts[terms.cadence], `${k.id} cadence`).toBe(enumLabel('cadence', k.cadence));
      // The format, then the kind's notes on it when it has some.
      expect(facts[terms.format], `${k.id} format`).toBe(enumLabel('format', k.format) + (k.formatNotes ? notesSeparator + text(k.id, 'formatNotes', k.formatNotes) : ''));
      expect(facts[terms.audience], `${k.id} audience`).toBe(k.audience.map((a, i) => text(k.id, `audience.${i}`, a)).join(separator));
    }
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

describe.each(locales)('event pages ($lang)', ({ prefix, lang, title, text, partner }) => {
  it('without a clock (the served HTML) every event page offers registration and its .ics, whatever the date', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const e of events) {
      await page.goto(`${site.url}${prefix}/events/${e.id}/`);
      expect(await page.locator(`main a[href="${e.registrationUrl}"]`).count(), e.id).toBe(1);
      expect(await page.locator(`main a[href="${prefix}/events/${e.id}.ics"]`).count(), e.id).toBe(1);
    }
    expect(events.some((e) => endOf(e) <= Date.UTC(2026, 10, 23, 12)), 'some events are over by the test clock').toBe(true);
    await context.close();
  });

  it.each(events.map((e) => [e.id, e] as const))('%s: title, times, place, online and registration links, organizer, .ics, Event JSON-LD, no console errors', async (id, e) => {
    const clock = Date.UTC(2026, 10, 23, 12);
    // Over by the reader's clock: no registration, no join link, no "add to calendar" (the .ics stays published).
    const over = endOf(e) <= clock;
    const page = await newPage({ now: clock });
    const watched = watchPage(page, site.url);
    const response = await page.goto(`${site.url}${prefix}/events/${id}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('main h1').textContent())?.trim()).toBe(title(e));
    // The links depend on the reader's clock, read once the page has hydrated (the phase badge shows it has).
    await expect.poll(() => page.locator('main [data-phase]').count()).toBe(1);
    expect(await page.locator(`main a[href="${e.registrationUrl}"]`).count()).toBe(over ? 0 : 1);
    if (!over) expect(await page.locator(`main a[href="${e.registrationUrl}"]`).textContent()).toBe(e.registrationUrl);
    // Where: the venue, street and city of an event people attend in person.
    if (e.format !== 'online') {
      const address = (await page.locator('main address').textContent()) ?? '';
      if (e.location!.venue) expect(address, 'venue').toContain(text(id, 'location.venue', e.location!.venue));
      if (e.location!.address) expect(address, 'address').toContain(text(id, 'location.address', e.location!.address));
      expect(address, 'city').toContain(text(id, 'location.city', e.location!.city));
    }
    // How to join online: a link to the data's URL.
    if (e.format !== 'in-person' || e.status === 'moved-online') expect(await page.locator(`main a[href="${e.onlineUrl}"]`).count(), 'online link').toBe(over ? 0 : 1);
    // Who: a partner organizer links to the partner's page, under its name.
    if (e.organizer.partner) {
      const link = page.locator(`main a[href="${prefix}/partners/${e.organizer.partner}/"]`);
      expect(await link.count(), 'organizer link').toBe(1);
      expect(await link.textContent()).toContain(partner(e.organizer.partner));
      expect(fs.existsSync(path.join(BUILD_DIR, prefix.replace(/^\//, ''), 'partners', e.organizer.partner, 'index.html')), 'partner page built').toBe(true);
    }
    if (e.organizer.name) expect(await page.locator('main').textContent()).toContain(text(id, 'organizer.name', e.organizer.name));
    // Phase decided by the reader's clock.
    expect(await page.locator('main [data-phase]').getAttribute('data-phase')).toBe(endOf(e) <= Date.UTC(2026, 10, 23, 12) ? 'past' : 'upcoming');

    const ics = page.locator(`main a[href="${prefix}/events/${id}.ics"]`);
    expect(await ics.count(), 'add to calendar').toBe(over ? 0 : 1);
    if (!over) expect(await ics.getAttribute('download')).toBe(`${id}.ics`);
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
    // Place for a venue, VirtualLocation for the online link, both for a hybrid event; an event moved online has no venue any more.
    const attendance = e.status === 'moved-online' ? 'online' : e.format;
    const expectedTypes = [...(attendance !== 'online' ? ['Place'] : []), ...(attendance !== 'in-person' ? ['VirtualLocation'] : [])];
    expect(locations.map((l) => l['@type']).sort()).toEqual(expectedTypes.sort());
    const place = locations.find((l) => l['@type'] === 'Place');
    if (place) {
      if (e.location!.venue) expect(place.name).toBe(text(id, 'location.venue', e.location!.venue));
      expect(place.address).toMatchObject({ addressLocality: text(id, 'location.city', e.location!.city), addressCountry: e.location!.country });
    }
    const virtual = locations.find((l) => l['@type'] === 'VirtualLocation');
    if (virtual) expect(virtual.url).toBe(e.onlineUrl);

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
