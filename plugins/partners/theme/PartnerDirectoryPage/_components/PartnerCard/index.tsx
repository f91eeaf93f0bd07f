import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Facets, PartnerCard as Card } from '../../../../types';
import { DataText, formatMonth, PartnerLogo, partStyles, usePageLocale } from '../../../PartnerParts';
import styles from './styles.module.css';

/** Label of an enum value in the page's locale; the raw value only if the data reference has none. */
export function labelOf(options: Facets[keyof Facets], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/**
 * One partner of the directory: logo, name (link to its page) and the facts
 * the filters work on. Kept lean: at 1,000 partners only a page of these is
 * rendered, but every element counts towards the first render.
 */
export default function PartnerCard({ card, facets, permalink }: { card: Card; facets: Facets; permalink: string }): ReactNode {
  const locale = usePageLocale();
  return (
    <article className={clsx('card', styles.card)}>
      <div className={styles.head}>
        <PartnerLogo src={card.logo.src} alt={card.logo.alt} size={48} fallback={card.fallbacks.includes('/logo/alt')} />
        <h2 className={styles.name}>
          <Link to={permalink}>
            <DataText pointer="/name" fallbacks={card.fallbacks}>
              {card.name}
            </DataText>
          </Link>
        </h2>
      </div>
      <dl className={styles.facts}>
        <dt>
          <Translate id="partners.field.type">类别</Translate>
        </dt>
        <dd>{labelOf(facets.type, card.type)}</dd>
        <dt>
          <Translate id="partners.field.tier">等级</Translate>
        </dt>
        <dd>
          <span className={partStyles.tier} data-tier={card.tier}>
            {labelOf(facets.tier, card.tier)}
          </span>
        </dd>
        <dt>
          <Translate id="partners.field.region">区域</Translate>
        </dt>
        <dd>{labelOf(facets.region, card.region)}</dd>
        <dt>
          <Translate id="partners.field.memberSince">加入时间</Translate>
        </dt>
        <dd>
          <time dateTime={card.memberSince}>{formatMonth(card.memberSince, locale)}</time>
        </dd>
        <dt>
          <Translate id="partners.field.partnershipKinds">合作类型</Translate>
        </dt>
        <dd>{card.partnershipKinds.map((v) => labelOf(facets.partnershipKinds, v)).join(' · ')}</dd>
        <dt>
          <Translate id="partners.field.collaborationAreas">合作领域</Translate>
        </dt>
        <dd>{card.collaborationAreas.map((v) => labelOf(facets.collaborationAreas, v)).join(' · ')}</dd>
      </dl>
    </article>
  );
}
