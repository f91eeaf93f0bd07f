import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { useSourceLang } from '../../../../../../src/hooks/useSourceLang';
import type { CourseCard as Card, Option } from '../../../../types';
import type { Facets } from '../../_utils';
import styles from './styles.module.css';

/** Label of an enum value in the page's locale; the raw value only if the data reference has none. */
export function labelOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

function FallbackMarker(): ReactNode {
  return (
    <span className="data-fallback-marker" title={translate({ id: 'data.fallback.title', message: '此文本尚未翻译，显示的是原文（简体中文）' })}>
      <Translate id="data.fallback.label">未翻译</Translate>
    </span>
  );
}

/** "{weeks} 周", with English plural forms. */
export function useWeeksLabel(): (weeks: number) => string {
  const { selectMessage } = usePluralForm();
  return (weeks) =>
    selectMessage(
      weeks,
      translate({ id: 'courseCatalog.weeks', message: '{weeks} 周', description: 'A duration in weeks; plural forms separated by |' }, { weeks: String(weeks) }),
    );
}

/** One course of the catalog: title (link), summary and the facts the filters work on. */
export default function CourseCard({ card, facets }: { card: Card; facets: Facets }): ReactNode {
  const weeksLabel = useWeeksLabel();
  const sourceLang = useSourceLang();
  const titleFallback = card.fallbacks.includes('/title');
  const summaryFallback = card.fallbacks.includes('/summary');
  const separator = translate({ id: 'courseCatalog.card.listSeparator', message: '、', description: 'Separator between items of an inline list' });
  return (
    <article className={clsx('card', styles.card)}>
      <div className="card__header">
        <Heading as="h2" className={styles.title}>
          <Link to={card.permalink}>
            <span lang={titleFallback ? sourceLang : undefined}>{card.title}</span>
          </Link>
          {titleFallback && <FallbackMarker />}
        </Heading>
      </div>
      <div className={clsx('card__body', styles.body)}>
        <p className={styles.summary}>
          <span lang={summaryFallback ? sourceLang : undefined}>{card.summary}</span>
          {summaryFallback && <FallbackMarker />}
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>
              <Translate id="courseCatalog.field.level">级别</Translate>
            </dt>
            <dd>
              <span className={styles.level} data-level={card.level}>
                {labelOf(facets.level, card.level)}
              </span>
            </dd>
          </div>
          <div>
            <dt>
              <Translate id="courseCatalog.field.duration">时长</Translate>
            </dt>
            <dd>{weeksLabel(card.durationWeeks)}</dd>
          </div>
          <div>
            <dt>
              <Translate id="courseCatalog.field.languages">授课语言</Translate>
            </dt>
            <dd>{card.languages.map((l) => labelOf(facets.languages, l)).join(separator)}</dd>
          </div>
          <div>
            <dt>
              <Translate id="courseCatalog.field.certification">认证</Translate>
            </dt>
            <dd>
              <Link to={card.certification.permalink}>{card.certification.title}</Link>
            </dd>
          </div>
          <div className={styles.topicsRow}>
            <dt>
              <Translate id="courseCatalog.field.topics">主题</Translate>
            </dt>
            <dd>
              <ul className={styles.topics}>
                {card.topics.map((t) => (
                  <li key={t}>{labelOf(facets.topics, t)}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
