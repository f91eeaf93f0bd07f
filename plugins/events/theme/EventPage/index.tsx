import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { Breadcrumbs, DataText, Facts, JsonLd, partStyles, useAbsoluteUrl, useCommunityOrganization, usePageLocale } from '../../../../src/components/EntryPage';
import { EventTimes, OrganizerName, PhaseBadge, eventStyles, useNow } from '../EventParts';
import { phaseAt } from '../EventsPage/_utils';
import type { EventPageProps } from '../../types';
import styles from './styles.module.css';

interface Props {
  data: EventPageProps;
}

const ATTENDANCE: Record<string, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};
const STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/** schema.org Event: when (with offset), how to attend, where, by whom, in what state. */
function EventJsonLd({ data }: Props): ReactNode {
  const { event, time, place, organizer, permalink } = data;
  const url = useAbsoluteUrl();
  const community = useCommunityOrganization();
  const movedOnline = event.status === 'moved-online';
  const physical = place && !movedOnline
    ? [
        {
          '@type': 'Place',
          ...(place.venue ? { name: place.venue } : {}),
          address: {
            '@type': 'PostalAddress',
            ...(place.address ? { streetAddress: place.address } : {}),
            addressLocality: place.city,
            addressCountry: place.countryCode,
          },
        },
      ]
    : [];
  const virtual = event.onlineUrl && (event.format !== 'in-person' || movedOnline) ? [{ '@type': 'VirtualLocation', url: event.onlineUrl }] : [];
  const locations = [...physical, ...virtual];
  return (
    <JsonLd
      data={{
        '@type': 'Event',
        '@id': url(permalink),
        url: url(permalink),
        name: event.title,
        description: event.description,
        startDate: time.startIso,
        endDate: time.endIso,
        eventStatus: STATUS[event.status ?? 'scheduled'],
        eventAttendanceMode: ATTENDANCE[movedOnline ? 'online' : event.format],
        ...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
        organizer: { '@type': 'Organization', name: organizer.name },
        inLanguage: event.languages,
        audience: event.audience.map((a) => ({ '@type': 'Audience', audienceType: a })),
        offers: { '@type': 'Offer', url: event.registrationUrl },
        publisher: community,
      }}
    />
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section className={partStyles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** One dated event: when (both zones), where, how to join, who runs it, and its .ics. */
export default function EventPage({ data }: Props): ReactNode {
  const { event, time, fallbacks, kind, labels, organizer, place, ics, eventsPermalink } = data;
  const locale = usePageLocale();
  const now = useNow();
  // Once the reader's clock says the event is over, registering, joining and adding it to a calendar make no sense;
  // the static HTML (clock unknown) keeps them, as a page built before the event must.
  const ended = now !== null && phaseAt(time, now) === 'past';
  const text = (pointer: string, value: string) => (
    <DataText pointer={pointer} fallbacks={fallbacks}>
      {value}
    </DataText>
  );
  const separator = translate({ id: 'events.listSeparator', message: '、', description: 'Separator between items of an inline list' });
  const external = (href: string) => (
    <a href={href} rel="noopener">
      {href}
    </a>
  );
  return (
    <Layout title={event.title} description={event.summary}>
      <EventJsonLd data={data} />
      <main className={`container margin-vert--lg ${partStyles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="events.title">社区活动</Translate>, to: eventsPermalink }]} current={event.title} />
        <article>
          <header>
            <Heading as="h1">{text('/title', event.title)}</Heading>
            <p className={styles.badges}>
              <PhaseBadge time={time} now={now} />
            </p>
            <p className={partStyles.lead}>{text('/summary', event.summary)}</p>
            {event.status && event.status !== 'scheduled' && (
              <div className="alert alert--warning margin-bottom--md" role="note">
                <Translate id="events.statusNotice" values={{ status: labels.status }}>
                  {'活动状态：{status}。详情见下方介绍。'}
                </Translate>
              </div>
            )}
            <EventTimes time={time} locale={locale} now={now} />
            <Facts
              rows={[
                { key: 'kind', term: <Translate id="events.field.kind">活动类型</Translate>, value: <Link to={kind.anchor}>{kind.name}</Link> },
                { key: 'format', term: <Translate id="events.field.format">形式</Translate>, value: labels.format },
                {
                  key: 'place',
                  term: <Translate id="events.field.place">地点</Translate>,
                  value: place ? (
                    <address className={styles.address}>
                      {place.venue && <span>{text('/location/venue', place.venue)}</span>}
                      {place.address && <span>{text('/location/address', place.address)}</span>}
                      <span>
                        {text('/location/city', place.city)}
                        {place.country !== place.city && (
                          <>
                            {translate({ id: 'events.place.separator', message: '，', description: 'Between a city and its country' })}
                            {place.country}
                          </>
                        )}
                      </span>
                    </address>
                  ) : null,
                },
                { key: 'online', term: <Translate id="events.facts.onlineUrl">线上参会</Translate>, value: event.onlineUrl && !ended ? external(event.onlineUrl) : null },
                { key: 'registration', term: <Translate id="events.facts.registration">报名</Translate>, value: ended ? null : external(event.registrationUrl) },
                { key: 'recording', term: <Translate id="events.facts.recording">回放</Translate>, value: event.recordingUrl ? external(event.recordingUrl) : null },
                { key: 'languages', term: <Translate id="events.field.languages">语言</Translate>, value: labels.languages.map((l) => l.label).join(separator) },
                { key: 'organizer', term: <Translate id="events.facts.organizer">组织方</Translate>, value: <OrganizerName organizer={organizer} /> },
                { key: 'audience', term: <Translate id="events.field.audience">适合人群</Translate>, value: event.audience.map((a, i) => text(`/audience/${i}`, a)).reduce<ReactNode[]>((acc, node, i) => (i ? [...acc, separator, node] : [node]), []) },
              ]}
            />
            {!ended && (
              <p className={styles.addToCalendar}>
                <a className="button button--primary" href={ics} download={`${event.id}.ics`}>
                  <Translate id="events.addToCalendar">添加到日历（.ics）</Translate>
                </a>
              </p>
            )}
          </header>
          <Section id="details" title={translate({ id: 'events.section.details', message: '活动介绍' })}>
            <p className={eventStyles.description}>{text('/description', event.description)}</p>
          </Section>
        </article>
      </main>
    </Layout>
  );
}
