/**
 * Pieces shared by the events list and the event pages: the reader's clock,
 * the reader's time, the phase label, the organizer and subscribe links. Not a
 * theme component of its own (no route uses it).
 */
import Link from '@docusaurus/Link';
import React, { useEffect, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { formatTimeRange, readerTimeZone } from '../../format';
import { phaseAt, sameWallTimes, webcalUrl, type Phase } from '../EventsPage/_utils';
import type { EventTime, Organizer } from '../../types';
import styles from './styles.module.css';

export { styles as eventStyles };

/**
 * The reader's clock, or null until the page has hydrated. The static HTML is
 * built without knowing when it will be read, so it (and the first render that
 * hydrates it) says nothing about upcoming or past; the browser decides, and
 * decides again every minute while the page stays open.
 */
export function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function phaseLabel(phase: Phase): string {
  switch (phase) {
    case 'upcoming':
      return translate({ id: 'events.phase.upcoming', message: '即将举行' });
    case 'ongoing':
      return translate({ id: 'events.phase.ongoing', message: '进行中' });
    case 'past':
      return translate({ id: 'events.phase.past', message: '已结束' });
  }
}

/** "Upcoming" / "Happening now" / "Ended", once the reader's clock is known; nothing before. */
export function PhaseBadge({ time, now }: { time: EventTime; now: number | null }): ReactNode {
  if (now === null) return null;
  const phase = phaseAt(time, now);
  return (
    <span className={clsx(styles.phase, styles[phase])} data-phase={phase}>
      {phaseLabel(phase)}
    </span>
  );
}

/**
 * The event's time in its own zone (from the build, identical on server and
 * client) and, once in the browser, in the reader's zone.
 */
export function EventTimes({ time, locale, now }: { time: EventTime; locale: string; now: number | null }): ReactNode {
  // A reader whose clock reads the same as the event's zone would read the same line twice.
  const reader =
    now === null || sameWallTimes(time, (ms) => -new Date(ms).getTimezoneOffset())
      ? null
      : { zone: readerTimeZone(), text: formatTimeRange(time.startMs, time.endMs, locale) };
  return (
    <dl className={styles.times}>
      <div>
        <dt>
          <Translate id="events.time.eventZone" values={{ zone: time.timeZone }}>
            {'活动时区（{zone}）'}
          </Translate>
        </dt>
        <dd>
          <time dateTime={time.startIso}>{time.localText}</time>
        </dd>
      </div>
      {reader && (
        <div data-reader-time>
          <dt>
            <Translate id="events.time.readerZone" values={{ zone: reader.zone }}>
              {'你的时区（{zone}）'}
            </Translate>
          </dt>
          <dd>{reader.text}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The organizer as the pages show it. Partner pages live on another branch
 * for now: when they are merged, this is the one place that links a partner
 * organizer to /partners/<id>/.
 */
export function OrganizerName({ organizer }: { organizer: Organizer }): ReactNode {
  if (!organizer.partner) return <span>{organizer.name}</span>;
  return (
    <Link to={`/partners/${organizer.partner}/`} data-partner={organizer.partner}>
      {organizer.name}
    </Link>
  );
}

/** A feed's absolute https URL and its webcal: twin. */
export function useFeedUrls(feedPath: string): { https: string; webcal: string } {
  const { siteConfig } = useDocusaurusContext();
  const https = new URL(feedPath, siteConfig.url.endsWith('/') ? siteConfig.url : `${siteConfig.url}/`).href;
  return { https, webcal: webcalUrl(https) };
}

/** "Subscribe (webcal) · https link" for one feed; `what` names the feed for screen readers. */
export function SubscribeLinks({ feedPath, what }: { feedPath: string; what: string }): ReactNode {
  const urls = useFeedUrls(feedPath);
  return (
    <ul className={styles.subscribe}>
      <li>
        <a href={urls.webcal} aria-label={translate({ id: 'events.subscribe.webcalLabel', message: '在日历应用中订阅：{what}' }, { what })}>
          <Translate id="events.subscribe.webcal">在日历应用中订阅</Translate>
        </a>
      </li>
      <li>
        <a href={urls.https} aria-label={translate({ id: 'events.subscribe.httpsLabel', message: '日历订阅地址（https）：{what}' }, { what })}>
          <Translate id="events.subscribe.https">订阅地址（https）</Translate>
        </a>
      </li>
    </ul>
  );
}

/** "深圳，中国" / "Shenzhen, China"; the country once when it is also the city (Singapore). */
export function placeText(place: { city: string; country: string }): string {
  if (place.city === place.country) return place.city;
  return `${place.city}${translate({ id: 'events.place.separator', message: '，', description: 'Between a city and its country' })}${place.country}`;
}
