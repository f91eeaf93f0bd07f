import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { FallbackMarker, useSourceLang } from '../../../../../src/components/EntryPage';
import { EventTimes, PhaseBadge, eventStyles, placeText } from '../../EventParts';
import { labelOf } from '../../../shared';
import type { EventCard, Labels } from '../../../types';
import styles from '../styles.module.css';

function Text({ fallback, children }: { fallback: boolean; children: string }): ReactNode {
  const sourceLang = useSourceLang();
  return fallback ? (
    <>
      <span lang={sourceLang}>{children}</span>
      <FallbackMarker />
    </>
  ) : (
    children
  );
}

/** One event of the list: title (link), phase, times in both zones, kind, format, place, languages. */
export default function EventItem({ event, labels, kindName, locale, now, headingLevel }: { event: EventCard; labels: Labels; kindName: string; locale: string; now: number | null; headingLevel: 'h2' | 'h3' }): ReactNode {
  const separator = translate({ id: 'events.listSeparator', message: '、', description: 'Separator between items of an inline list' });
  return (
    <article className={clsx('card', styles.card)} data-event-id={event.id}>
      <div className="card__header">
        <Heading as={headingLevel} className={styles.title}>
          <Link to={event.permalink}>
            <Text fallback={event.fallbacks.includes('/title')}>{event.title}</Text>
          </Link>
        </Heading>
        <p className={styles.badges}>
          <PhaseBadge time={event.time} now={now} />
          {event.status !== 'scheduled' && <span className={clsx(eventStyles.phase, eventStyles.ongoing)}>{labelOf(labels.status, event.status)}</span>}
        </p>
      </div>
      <div className="card__body">
        <p>
          <Text fallback={event.fallbacks.includes('/summary')}>{event.summary}</Text>
        </p>
        <EventTimes time={event.time} locale={locale} now={now} />
        <dl className={styles.facts}>
          <div>
            <dt>
              <Translate id="events.field.kind">活动类型</Translate>
            </dt>
            <dd>{kindName}</dd>
          </div>
          <div>
            <dt>
              <Translate id="events.field.format">形式</Translate>
            </dt>
            <dd>{labelOf(labels.format, event.format)}</dd>
          </div>
          {event.place && (
            <div>
              <dt>
                <Translate id="events.field.place">地点</Translate>
              </dt>
              <dd>{placeText(event.place)}</dd>
            </div>
          )}
          <div>
            <dt>
              <Translate id="events.field.languages">语言</Translate>
            </dt>
            <dd>{event.languages.map((l) => labelOf(labels.languages, l)).join(separator)}</dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
