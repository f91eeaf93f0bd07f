import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { DataText } from '../../../../../src/components/EntryPage';
import { SubscribeLinks } from '../../EventParts';
import { kindAnchor, labelOf } from '../../../shared';
import type { KindSummary, Labels } from '../../../types';
import styles from '../styles.module.css';

function useHours(): (hours: number) => string {
  const { selectMessage } = usePluralForm();
  return (hours) => selectMessage(hours, translate({ id: 'events.kind.hours', message: '约 {hours} 小时', description: 'Typical length of an event; plural forms separated by |' }, { hours: String(hours) }));
}

/** The kinds of event the community runs: what, how often, in what form, for whom, and a feed each. */
export default function EventKinds({ kinds, labels }: { kinds: KindSummary[]; labels: Labels }): ReactNode {
  const hours = useHours();
  const separator = translate({ id: 'events.listSeparator', message: '、', description: 'Separator between items of an inline list' });
  return (
    <section aria-labelledby="event-kinds" className={styles.kinds}>
      <Heading as="h2" id="event-kinds">
        <Translate id="events.kinds.title">活动类型</Translate>
      </Heading>
      <p>
        <Translate id="events.kinds.intro">社区定期举办以下几类活动。每类活动都有自己的日历订阅，只关心某一类时可以单独订阅。</Translate>
      </p>
      <ul className={styles.kindList}>
        {kinds.map((k) => (
          <li key={k.id} className={styles.kind}>
            <Heading as="h3" id={kindAnchor(k.id)}>
              <DataText pointer="/name" fallbacks={k.fallbacks}>
                {k.name}
              </DataText>
            </Heading>
            <p>
              <DataText pointer="/summary" fallbacks={k.fallbacks}>
                {k.summary}
              </DataText>
            </p>
            <dl className={styles.facts}>
              <div>
                <dt>
                  <Translate id="events.kind.category">类别</Translate>
                </dt>
                <dd>{labelOf(labels.category, k.category)}</dd>
              </div>
              <div>
                <dt>
                  <Translate id="events.kind.cadence">频率</Translate>
                </dt>
                <dd>{labelOf(labels.cadence, k.cadence)}</dd>
              </div>
              <div>
                <dt>
                  <Translate id="events.field.format">形式</Translate>
                </dt>
                <dd>
                  {labelOf(labels.format, k.format)}
                  {k.formatNotes && (
                    <>
                      {translate({ id: 'events.kind.notesSeparator', message: '：', description: 'Between a format and its notes' })}
                      <DataText pointer="/formatNotes" fallbacks={k.fallbacks}>
                        {k.formatNotes}
                      </DataText>
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>
                  <Translate id="events.kind.duration">时长</Translate>
                </dt>
                <dd>{hours(k.typicalDurationHours)}</dd>
              </div>
              <div>
                <dt>
                  <Translate id="events.field.audience">适合人群</Translate>
                </dt>
                <dd>{k.audience.join(separator)}</dd>
              </div>
              <div>
                <dt>
                  <Translate id="events.kind.activities">主要环节</Translate>
                </dt>
                <dd>{k.activities.join(separator)}</dd>
              </div>
            </dl>
            <SubscribeLinks feedPath={k.feed} what={k.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
