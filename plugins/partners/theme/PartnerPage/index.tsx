import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { PartnerPageProps } from '../../types';
import { Breadcrumbs, DataText, formatDate, formatMonth, JsonLd, PartnerLogo, partStyles, useAbsoluteUrl, useCommunityOrganization, usePageLocale } from '../PartnerParts';
import styles from './styles.module.css';

interface Props {
  data: PartnerPageProps;
}

/** schema.org Organization: who the partner is, where, and that it is a member of the community's program. */
function PartnerJsonLd({ data }: Props): ReactNode {
  const { partner, permalink, labels } = data;
  const url = useAbsoluteUrl();
  const community = useCommunityOrganization();
  const logo = url(useBaseUrl(partner.logo.src));
  return (
    <JsonLd
      data={{
        '@type': 'Organization',
        '@id': url(permalink),
        name: partner.name,
        url: partner.website,
        logo,
        description: partner.description,
        slogan: partner.summary,
        ...(partner.headquarters ? { location: { '@type': 'Place', name: partner.headquarters } } : {}),
        areaServed: labels.region,
        knowsAbout: labels.collaborationAreas.map((a) => a.label),
        memberOf: {
          '@type': 'ProgramMembership',
          programName: translate({ id: 'partners.jsonLd.program', message: '可观测性社区合作伙伴计划' }),
          membershipNumber: partner.id,
          hostingOrganization: community,
        },
        ...(partner.contact ? { contactPoint: { '@type': 'ContactPoint', contactType: 'partnerships', url: partner.contact } } : {}),
      }}
    />
  );
}

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** One partner: who it is, how it works with the community, its tier's benefits, what it provides and organizes. */
export default function PartnerPage({ data }: Props): ReactNode {
  const { partner, fallbacks, labels, tier, integrations, events, directoryPermalink, programPermalink } = data;
  const locale = usePageLocale();
  const text = (pointer: string, value: string) => (
    <DataText pointer={pointer} fallbacks={fallbacks}>
      {value}
    </DataText>
  );
  const contactIsMail = partner.contact?.startsWith('mailto:');
  return (
    <Layout title={partner.name} description={partner.summary}>
      <PartnerJsonLd data={data} />
      <main className="container margin-vert--lg">
        <Breadcrumbs trail={[{ label: <Translate id="partners.title">合作伙伴</Translate>, to: directoryPermalink }]} current={partner.name} />
        <article>
          <header className={styles.header}>
            <PartnerLogo src={partner.logo.src} alt={partner.logo.alt} size={96} fallback={fallbacks.includes('/logo/alt')} eager />
            <div>
              <Heading as="h1">{text('/name', partner.name)}</Heading>
              <p className={styles.lead}>{text('/summary', partner.summary)}</p>
            </div>
          </header>
          <dl className={styles.facts}>
            <div>
              <dt>
                <Translate id="partners.field.type">类别</Translate>
              </dt>
              <dd>{labels.type}</dd>
            </div>
            <div>
              <dt>
                <Translate id="partners.field.tier">等级</Translate>
              </dt>
              <dd>
                <span className={partStyles.tier} data-tier={partner.tier}>
                  {labels.tier}
                </span>
              </dd>
            </div>
            <div>
              <dt>
                <Translate id="partners.field.region">区域</Translate>
              </dt>
              <dd>{labels.region}</dd>
            </div>
            {partner.headquarters && (
              <div>
                <dt>
                  <Translate id="partners.field.headquarters">总部</Translate>
                </dt>
                <dd>{text('/headquarters', partner.headquarters)}</dd>
              </div>
            )}
            <div>
              <dt>
                <Translate id="partners.field.memberSince">加入时间</Translate>
              </dt>
              <dd>
                <time dateTime={partner.memberSince}>{formatMonth(partner.memberSince, locale)}</time>
              </dd>
            </div>
            <div>
              <dt>
                <Translate id="partners.field.website">网站</Translate>
              </dt>
              <dd>
                <Link to={partner.website}>{partner.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</Link>
              </dd>
            </div>
            {partner.contact && (
              <div>
                <dt>
                  <Translate id="partners.field.contact">合作联系</Translate>
                </dt>
                <dd>
                  <Link to={partner.contact}>{contactIsMail ? partner.contact.slice('mailto:'.length) : partner.contact}</Link>
                </dd>
              </div>
            )}
          </dl>

          <Section id="about" title={<Translate id="partners.page.about">关于</Translate>}>
            <p>{text('/description', partner.description)}</p>
          </Section>

          <Section id="partnership" title={<Translate id="partners.page.partnership">合作方式</Translate>}>
            <div className={styles.twoColumns}>
              <div>
                <Heading as="h3">
                  <Translate id="partners.field.partnershipKinds">合作类型</Translate>
                </Heading>
                <ul className={partStyles.chips}>
                  {labels.partnershipKinds.map((k) => (
                    <li key={k.value}>{k.label}</li>
                  ))}
                </ul>
              </div>
              <div>
                <Heading as="h3">
                  <Translate id="partners.field.collaborationAreas">合作领域</Translate>
                </Heading>
                <ul className={partStyles.chips}>
                  {labels.collaborationAreas.map((a) => (
                    <li key={a.value}>{a.label}</li>
                  ))}
                </ul>
              </div>
            </div>
            <p>
              <Link to={`${programPermalink}#kinds`}>
                <Translate id="partners.page.kindsLink">各种合作类型的承诺与收益</Translate>
              </Link>
            </p>
          </Section>

          <Section id="benefits" title={<Translate id="partners.page.benefits" values={{ tier: tier.name }}>{'{tier}合作伙伴的权益'}</Translate>}>
            <p>
              <Translate id="partners.page.supportLevel" values={{ level: tier.supportLevel }}>
                {'技术支持级别：{level}'}
              </Translate>
            </p>
            <ul>
              {tier.benefits.map((b, i) => (
                <li key={i}>{b.fallback ? <DataText pointer="/" fallbacks={['/']}>{b.text}</DataText> : b.text}</li>
              ))}
            </ul>
            <p>
              <Link to={`${programPermalink}#tiers`}>
                <Translate id="partners.page.tiersLink">比较所有等级的要求和权益</Translate>
              </Link>
            </p>
          </Section>

          <Section id="integrations" title={<Translate id="partners.page.integrations">提供的集成</Translate>}>
            {integrations.length === 0 ? (
              <p>
                <Translate id="partners.page.noIntegrations">目录中还没有这家合作伙伴提供的集成。</Translate>
              </p>
            ) : (
              <ul className={styles.items}>
                {integrations.map((i) => (
                  <li key={i.id}>
                    <Link to={`/integrations/${i.id}/`}>
                      <strong>{i.fallback ? <DataText pointer="/" fallbacks={['/']}>{i.name}</DataText> : i.name}</strong>
                    </Link>
                    {' — '}
                    {i.summary}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="events" title={<Translate id="partners.page.events">组织的活动</Translate>}>
            {events.length === 0 ? (
              <p>
                <Translate id="partners.page.noEvents">目前没有这家合作伙伴组织的活动。</Translate>
              </p>
            ) : (
              <ul className={styles.items}>
                {events.map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.date}>{formatDate(e.date, locale)}</time>
                    {' — '}
                    <Link to={`/events/${e.id}/`}>{e.fallback ? <DataText pointer="/" fallbacks={['/']}>{e.title}</DataText> : e.title}</Link>
                    {e.status && <span className={styles.status}> ({e.status})</span>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </article>
      </main>
    </Layout>
  );
}
