import fs from 'node:fs';
import path from 'node:path';
import { PerfLogger } from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CommunityDataContent } from '../community-data/types';
import type { DataReferenceContent } from '../data-reference/index';
import type { LocalizedEntry } from '../data-engine/types';
import { buildEventPages, type PartnerName } from './buildPages';
import { buildFeeds, type FeedFile, type FeedWords } from './ical';
import { lastRevised } from './revisions';
import type { Event, EventKind } from './types';

/** Ids of the words the feeds share with the event page (zh-Hans is the message; English in i18n/en/code.json). */
export const FEED_WORD_IDS = {
  registration: ['events.facts.registration', '报名'],
  onlineUrl: ['events.facts.onlineUrl', '线上参会'],
  recording: ['events.facts.recording', '回放'],
  organizer: ['events.facts.organizer', '组织方'],
} as const;

/**
 * /events/, a page per dated event, and the iCalendar feeds (all events, per
 * kind, per event) from the events collection. Pages are added once all
 * content is loaded; the feeds are written next to them after the build.
 */
export default function pluginEvents(context: LoadContext): Plugin<void> {
  let feeds: FeedFile[] = [];
  return {
    name: 'community-events',

    getThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const data = allContent['community-data']?.default as CommunityDataContent | undefined;
      const reference = allContent['data-reference']?.default as DataReferenceContent | undefined;
      if (!data) return;
      const of = <T>(collection: string, kind: string) => (data.collections[collection] ?? []).filter((e) => e.kind === kind) as unknown as LocalizedEntry<T>[];
      const events = of<Event>('events', 'event');
      const kinds = of<EventKind>('events', 'eventKind');
      const partners: PartnerName[] = of<{ name: string }>('partners', 'partner').map((p) => ({ id: p.id, name: p.data.name }));
      const references = reference?.references ?? [];
      const { i18n, siteConfig, siteDir, baseUrl, codeTranslations } = context;
      const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;

      for (const page of buildEventPages({ events, kinds, partners, references, locale }, baseUrl)) {
        const propsPath = await actions.createData(`${page.dataName}.json`, JSON.stringify(page.props));
        actions.addRoute({ path: page.path, component: page.component, exact: true, modules: { data: propsPath } });
      }

      const word = ([id, message]: readonly [string, string]) => codeTranslations[id] ?? message;
      const statusOptions = references.find((r) => r.collection === 'events')?.kinds.find((k) => k.kind === 'event')?.fields.find((f) => f.path === 'status')?.enum ?? [];
      const words: FeedWords = {
        registration: word(FEED_WORD_IDS.registration),
        onlineUrl: word(FEED_WORD_IDS.onlineUrl),
        recording: word(FEED_WORD_IDS.recording),
        organizer: word(FEED_WORD_IDS.organizer),
        status: Object.fromEntries(statusOptions.map((o) => [o.value, o.label])),
      };
      // A translation edit revises the text of the locale's feeds too.
      const translationFile = i18n.currentLocale === i18n.defaultLocale ? undefined : path.posix.join('i18n', i18n.currentLocale, 'community-data', 'events.json');
      const revised = lastRevised(siteDir, ['data/events', ...(translationFile ? [translationFile] : [])], new Date());
      const stamp = (e: LocalizedEntry<Event>) => {
        const times = [revised(e.file), ...(translationFile ? [revised(translationFile)] : [])];
        return new Date(Math.max(...times.map((t) => t.getTime())));
      };
      const site = new URL(siteConfig.url);
      feeds = buildFeeds({
        events,
        kinds,
        partners,
        localeUrl: new URL(baseUrl, site).href,
        uidDomain: site.host,
        locale,
        siteTitle: siteConfig.title,
        siteTagline: siteConfig.tagline,
        words,
        stamp,
      });
    },

    async postBuild({ outDir }) {
      // Timed under its own name: Docusaurus's performance logger times all plugins' postBuild as one step.
      await PerfLogger.async('postBuild() - community-events@default', async () => {
        for (const feed of feeds) {
          const file = path.join(outDir, feed.path);
          await fs.promises.mkdir(path.dirname(file), { recursive: true });
          await fs.promises.writeFile(file, feed.content);
        }
      });
    },
  };
}
