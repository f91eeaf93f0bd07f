import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { translate } from '@docusaurus/Translate';
import { FallbackMarker, useSourceLang } from '../../../../../../src/components/EntryPage';
import ProviderName from '../../../IntegrationParts/ProviderName';
import type { IntegrationCard as Card, Option, RegistryProps } from '../../../../types';
import styles from './styles.module.css';

/** Label of an enum value in the page's locale; the raw value only if the data reference has none. */
function labelOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** One integration of the registry: name (link), summary and the facts the filters work on. */
export default function IntegrationCard({ card, data }: { card: Card; data: RegistryProps }): ReactNode {
  const { facets, fieldTitles } = data;
  const sourceLang = useSourceLang();
  const nameFallback = card.fallbacks.includes('/name');
  const summaryFallback = card.fallbacks.includes('/summary');
  const separator = translate({ id: 'integrations.card.listSeparator', message: '、', description: 'Separator between items of an inline list' });
  return (
    <article className={clsx('card', styles.card)}>
      <div className="card__header">
        <Heading as="h2" className={styles.title}>
          <Link to={card.permalink}>
            <span lang={nameFallback ? sourceLang : undefined}>{card.name}</span>
          </Link>
          {nameFallback && <FallbackMarker />}
        </Heading>
        <ul className={styles.badges}>
          <li className={styles.badge} data-status={card.status}>
            {labelOf(facets.status, card.status)}
          </li>
          <li className={styles.badge}>{labelOf(facets.maintainer, card.maintainer)}</li>
          {card.verified && <li className={clsx(styles.badge, styles.verified)}>{fieldTitles.verified}</li>}
        </ul>
      </div>
      <div className={clsx('card__body', styles.body)}>
        <p className={styles.summary}>
          <span lang={summaryFallback ? sourceLang : undefined}>{card.summary}</span>
          {summaryFallback && <FallbackMarker />}
        </p>
        <dl className={styles.facts}>
          <div>
            <dt>{fieldTitles.category}</dt>
            <dd>{labelOf(facets.category, card.category)}</dd>
          </div>
          {card.provider && (
            <div>
              <dt>{fieldTitles.provider}</dt>
              <dd>
                <ProviderName provider={card.provider} />
              </dd>
            </div>
          )}
          <div>
            <dt>{fieldTitles.signals}</dt>
            <dd>{card.signals.map((s) => labelOf(facets.signals, s)).join(separator)}</dd>
          </div>
          <div>
            <dt>{fieldTitles.supportedVersions}</dt>
            <dd>
              {card.supportedVersions.map((v, i) => (
                <React.Fragment key={v}>
                  {i > 0 && separator}
                  <code className={styles.version}>{v}</code>
                </React.Fragment>
              ))}
            </dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
