import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { useBuiltSite, watchPage } from './harness';

/** Partner pages, integration pages and event pages link to each other as the data relates them. */
const site = useBuiltSite();
const dataDir = path.resolve(__dirname, '../../data');
const entries = (folder: string) =>
  fs
    .readdirSync(path.join(dataDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: path.basename(f, '.yaml'), ...(load(fs.readFileSync(path.join(dataDir, folder, f), 'utf8')) as Record<string, unknown>) }));

const integrations = entries('integrations') as { id: string; provider?: string }[];
const events = entries('events') as { id: string; organizer?: { partner?: string } }[];
const providing = integrations.find((i) => i.provider && fs.existsSync(path.join(dataDir, 'partners', `${i.provider}.yaml`)))!;
const organized = events.find((e) => e.organizer?.partner)!;

async function hrefs(pathname: string, selector: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const watched = watchPage(page, site.url);
  await page.goto(site.url + pathname, { waitUntil: 'networkidle' });
  const found = await page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(watched.errors).toEqual([]);
  await page.close();
  return found;
}

describe('links between partners, integrations and events', () => {
  it.each(['', '/en'])('%s: a partner page links to the integrations it provides and the events it organizes', async (prefix) => {
    const providerLinks = await hrefs(`${prefix}/partners/${providing.provider}/`, 'main a[href]');
    const expected = integrations.filter((i) => i.provider === providing.provider).map((i) => `${prefix}/integrations/${i.id}/`);
    expect(providerLinks).toEqual(expect.arrayContaining(expected));
    const organizerLinks = await hrefs(`${prefix}/partners/${organized.organizer!.partner}/`, 'main a[href]');
    const organizedEvents = events.filter((e) => e.organizer?.partner === organized.organizer!.partner).map((e) => `${prefix}/events/${e.id}/`);
    expect(organizerLinks).toEqual(expect.arrayContaining(organizedEvents));
  });

  it.each(['', '/en'])('%s: an event page and an integration page link to their partner', async (prefix) => {
    expect(await hrefs(`${prefix}/events/${organized.id}/`, 'main a[href]')).toContain(`${prefix}/partners/${organized.organizer!.partner}/`);
    expect(await hrefs(`${prefix}/integrations/${providing.id}/`, 'main a[href]')).toContain(`${prefix}/partners/${providing.provider}/`);
  });
});
