import React, { useCallback, useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePluralForm } from '@docusaurus/theme-common';
import { FacetGroup, FilterPanel, useUrlFilterState } from '../../../../src/components/Facets';
import { usePageLocale } from '../../../../src/components/EntryPage';
import { SubscribeLinks, useNow } from '../EventParts';
import type { EventCard, EventsPageProps } from '../../types';
import { applyFilters, emptyFilterState, facetCounts, FACET_FIELDS, parseFilterSearch, serializeFilterState, splitByTime, toggleValue, type FacetField } from './_utils';
import EventItem from './_components/EventItem';
import EventKinds from './_components/EventKinds';
import { CardList, DirectoryLayout, NoResults, ResultsBar, directoryStyles } from '../../../../src/components/Directory';
import styles from './styles.module.css';

interface Props {
  data: EventsPageProps;
}

function legendOf(field: FacetField): string {
  switch (field) {
    case 'kind':
      return translate({ id: 'events.field.kind', message: '活动类型' });
    case 'format':
      return translate({ id: 'events.field.format', message: '形式' });
    case 'languages':
      return translate({ id: 'events.field.languages', message: '语言' });
  }
}

function EventList({ events, data, now, locale, headingLevel }: { events: EventCard[]; data: EventsPageProps; now: number | null; locale: string; headingLevel: 'h2' | 'h3' }): ReactNode {
  const kindName = (id: string) => data.kinds.find((k) => k.id === id)?.name ?? id;
  return (
    <CardList items={events} keyOf={(e) => e.id} cardWidth="wide">
      {(e) => <EventItem event={e} labels={data.labels} kindName={kindName(e.kind)} locale={locale} now={now} headingLevel={headingLevel} />}
    </CardList>
  );
}

/**
 * /events/: every dated event, the kinds, and the feeds. The static HTML lists
 * every event in time order; once the reader's clock is known the list splits
 * into upcoming (and in progress) and past, so a page built weeks ago never
 * calls last week's meetup upcoming.
 */
export default function EventsPage({ data }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const now = useNow();
  const locale = usePageLocale();
  const parse = useCallback((search: string) => parseFilterSearch(search, data.facets), [data.facets]);
  const serialize = useCallback((state: ReturnType<typeof parse>) => serializeFilterState(state, data.facets), [data.facets]);
  const [state, setState] = useUrlFilterState(parse, serialize);
  const shown = useMemo(() => applyFilters(data.events, state), [data.events, state]);
  const split = useMemo(() => (now === null ? null : splitByTime(shown, now)), [shown, now]);
  const { selectMessage } = usePluralForm();
  const total = data.events.length;
  const resultCount = selectMessage(
    total,
    translate({ id: 'events.resultCount', message: '显示 {count} / {total} 场活动', description: 'Announced as the filters change; plural forms (on total) separated by |' }, { count: String(shown.length), total: String(total) }),
  );
  const empty = (
    <NoResults>
      <Translate id="events.empty">没有符合所有条件的活动。请减少筛选条件，或清除筛选。</Translate>
    </NoResults>
  );
  const allEvents = translate({ id: 'events.feed.all', message: '全部活动' });
  return (
    <Layout title={translate({ id: 'events.title', message: '社区活动' })} description={translate({ id: 'events.description', message: '社区的技术大会、聚会、工作坊和线上活动：时间、地点、报名方式和日历订阅。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="events.title">社区活动</Translate>
        </Heading>
        <p className={directoryStyles.intro}>
          <Translate id="events.intro">社区的全部活动，按时间排列。时间同时以活动所在时区和你的时区显示；可按活动类型、形式和语言筛选，也可以把活动日历订阅到自己的日历应用中。</Translate>
        </p>
        <section aria-labelledby="events-subscribe" className={styles.subscribeBox}>
          <Heading as="h2" id="events-subscribe" className={styles.subscribeHeading}>
            <Translate id="events.subscribe.title">订阅活动日历</Translate>
          </Heading>
          <p>
            <Translate id="events.subscribe.intro">订阅后，新增或变更的活动会自动出现在你的日历里。日历应用不支持直接打开时，可复制 https 地址手动添加。</Translate>
          </p>
          <SubscribeLinks feedPath={data.feed} what={allEvents} />
        </section>
        <DirectoryLayout
          filters={
            <FilterPanel idPrefix="event-filter" heading={<Translate id="events.filter.heading">筛选活动</Translate>} noscriptMessage={<Translate id="events.filter.noscript">筛选需要启用 JavaScript；本页列出了全部活动。</Translate>}>
              {FACET_FIELDS.map((field) => (
                <FacetGroup
                  key={field}
                  idPrefix="event-filter"
                  field={field}
                  legend={legendOf(field)}
                  options={data.facets[field]}
                  counts={facetCounts(data.events, state, field, data.facets)}
                  selected={state[field]}
                  onToggle={(value, checked) => setState(toggleValue(state, field, value, checked))}
                  enabled={isBrowser}
                />
              ))}
            </FilterPanel>
          }>
          <ResultsBar count={resultCount}>
            <button id="event-filter-clear" type="button" className="button button--secondary button--sm" onClick={() => setState(emptyFilterState())} disabled={!isBrowser}>
              <Translate id="events.filter.clear">清除筛选</Translate>
            </button>
          </ResultsBar>
          {split === null ? (
            <section aria-labelledby="events-all" data-events-group="all" className={styles.group}>
              <Heading as="h2" id="events-all">
                {allEvents}
              </Heading>
              {shown.length > 0 ? <EventList events={shown} data={data} now={now} locale={locale} headingLevel="h3" /> : empty}
            </section>
          ) : (
            <>
              <section aria-labelledby="events-upcoming" data-events-group="upcoming" className={styles.group}>
                <Heading as="h2" id="events-upcoming">
                  <Translate id="events.group.upcoming">即将举行</Translate>
                </Heading>
                {split.upcoming.length > 0 ? (
                  <EventList events={split.upcoming} data={data} now={now} locale={locale} headingLevel="h3" />
                ) : shown.length > 0 ? (
                  <NoResults>
                    <Translate id="events.group.noUpcoming">目前没有即将举行的活动。可以先订阅活动日历，新活动发布后会自动出现。</Translate>
                  </NoResults>
                ) : (
                  empty
                )}
              </section>
              {split.past.length > 0 && (
                <section aria-labelledby="events-past" data-events-group="past" className={styles.group}>
                  <Heading as="h2" id="events-past">
                    <Translate id="events.group.past">已结束</Translate>
                  </Heading>
                  <EventList events={split.past} data={data} now={now} locale={locale} headingLevel="h3" />
                </section>
              )}
            </>
          )}
        </DirectoryLayout>
        <EventKinds kinds={data.kinds} labels={data.labels} />
      </main>
    </Layout>
  );
}
