import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { IntegrationPageProps } from '../../types';
// The course pages' building blocks (data text with fallbacks, facts, JSON-LD) fit these pages as they are.
import { Breadcrumbs, DataText, Facts, JsonLd, TextList, partStyles as styles, useAbsoluteUrl, useCommunityOrganization } from '../../../../src/components/EntryPage';
import ProviderName from '../IntegrationParts/ProviderName';
import local from './styles.module.css';

interface Props {
  data: IntegrationPageProps;
}

/**
 * schema.org SoftwareApplication: what it is, who provides it, what it needs,
 * what it does, where its documentation and code are.
 */
function IntegrationJsonLd({ data }: Props): ReactNode {
  const { integration, labels, provider, permalink } = data;
  const url = useAbsoluteUrl();
  const community = useCommunityOrganization();
  return (
    <JsonLd
      data={{
        '@type': 'SoftwareApplication',
        '@id': url(permalink),
        url: url(permalink),
        identifier: integration.id,
        name: integration.name,
        abstract: integration.summary,
        description: integration.description,
        applicationCategory: 'DeveloperApplication',
        applicationSubCategory: labels.category,
        // A partner's integration is theirs; the rest are the community's own.
        provider: provider ? { '@type': 'Organization', name: provider.name, ...(provider.permalink ? { url: url(provider.permalink) } : {}) } : community,
        softwareRequirements: integration.supportedVersions,
        featureList: integration.features,
        softwareHelp: { '@type': 'CreativeWork', url: integration.documentationUrl },
        sameAs: integration.repositoryUrl,
        creativeWorkStatus: labels.status,
        keywords: labels.signals.map((s) => s.label),
      }}
    />
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** One integration: every field of its YAML file, with labels in the page's language. */
export default function IntegrationPage({ data }: Props): ReactNode {
  const { integration, fallbacks, labels, fieldTitles, provider, registryPermalink, verifiedProgram } = data;
  const text = (pointer: string, value: string) => (
    <DataText pointer={pointer} fallbacks={fallbacks}>
      {value}
    </DataText>
  );
  return (
    <Layout title={integration.name} description={integration.summary}>
      <IntegrationJsonLd data={data} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="integrations.registry.title">集成目录</Translate>, to: registryPermalink }]} current={integration.name} />
        <article>
          <header>
            <Heading as="h1">{text('/name', integration.name)}</Heading>
            <p className={styles.lead}>{text('/summary', integration.summary)}</p>
            <Facts
              rows={[
                { key: 'category', term: fieldTitles.category, value: labels.category },
                {
                  key: 'provider',
                  term: fieldTitles.provider,
                  value: provider ? <ProviderName provider={provider} /> : <Translate id="integration.provider.community">社区自行开发</Translate>,
                },
                { key: 'maintainer', term: fieldTitles.maintainer, value: labels.maintainer },
                { key: 'status', term: fieldTitles.status, value: <span data-status={integration.status}>{labels.status}</span> },
                {
                  key: 'signals',
                  term: fieldTitles.signals,
                  value: (
                    <ul className={styles.tags}>
                      {labels.signals.map((s) => (
                        <li key={s.value} className={styles.tag}>
                          {s.label}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: 'supportedVersions',
                  term: fieldTitles.supportedVersions,
                  value: (
                    <ul className={styles.tags}>
                      {integration.supportedVersions.map((v) => (
                        <li key={v} className={styles.tag}>
                          <code className={local.version}>{v}</code>
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: 'verified',
                  term: fieldTitles.verified,
                  value: integration.verified ? (
                    <Translate id="integration.verified.yes" values={{ program: <Link to={verifiedProgram.permalink}>{verifiedProgram.name}</Link> }}>
                      {'是：已通过{program}的审核'}
                    </Translate>
                  ) : (
                    <Translate id="integration.verified.no" values={{ program: <Link to={verifiedProgram.permalink}>{verifiedProgram.name}</Link> }}>
                      {'否：尚未通过{program}的审核'}
                    </Translate>
                  ),
                },
              ]}
            />
            <div className={local.links}>
              <Link className="button button--primary" href={integration.documentationUrl}>
                <Translate id="integration.links.documentation">使用文档</Translate>
              </Link>
              <Link className="button button--secondary" href={integration.repositoryUrl}>
                <Translate id="integration.links.repository">代码仓库</Translate>
              </Link>
            </div>
          </header>

          <Section id="description" title={fieldTitles.description}>
            <p>{text('/description', integration.description)}</p>
          </Section>

          <Section id="features" title={fieldTitles.features}>
            <TextList items={integration.features} pointer="/features" fallbacks={fallbacks} />
          </Section>
        </article>
      </main>
    </Layout>
  );
}
