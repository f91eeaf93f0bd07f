import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { ProgramPageProps } from '../../types';
import { Breadcrumbs, DataText, TextList, partStyles as styles } from '../../../../src/components/EntryPage';

interface Props {
  data: ProgramPageProps;
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

/** An integration program (Verified Integrations): what it asks, what it gives, how review works, who passed. */
export default function IntegrationProgramPage({ data }: Props): ReactNode {
  const { program, fallbacks, fieldTitles, verified, registryPermalink } = data;
  const text = (pointer: string, value: string) => (
    <DataText pointer={pointer} fallbacks={fallbacks}>
      {value}
    </DataText>
  );
  return (
    <Layout title={program.name} description={program.summary}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="integrations.registry.title">集成目录</Translate>, to: registryPermalink }]} current={program.name} />
        <article>
          <header>
            <Heading as="h1">{text('/name', program.name)}</Heading>
            <p className={styles.lead}>{text('/summary', program.summary)}</p>
          </header>
          <p>{text('/description', program.description)}</p>

          <Section id="requirements" title={fieldTitles.requirements}>
            <TextList items={program.requirements} pointer="/requirements" fallbacks={fallbacks} />
          </Section>

          <Section id="benefits" title={fieldTitles.benefits}>
            <TextList items={program.benefits} pointer="/benefits" fallbacks={fallbacks} />
          </Section>

          <Section id="review-process" title={fieldTitles.reviewProcess}>
            <ol>
              {program.reviewProcess.map((step, i) => (
                <li key={i}>{text(`/reviewProcess/${i}`, step)}</li>
              ))}
            </ol>
          </Section>

          {verified && (
            <Section id="verified-integrations" title={translate({ id: 'integrationProgram.verified.heading', message: '已通过认证的集成' })}>
              {verified.length === 0 ? (
                <p className={styles.none}>
                  <Translate id="integrationProgram.verified.none">目前还没有通过审核的集成。</Translate>
                </p>
              ) : (
                <>
                  <p>
                    <Translate
                      id="integrationProgram.verified.intro"
                      values={{ registry: <Link to={`${registryPermalink}?verified=true`}><Translate id="integrationProgram.verified.registryLink">集成目录</Translate></Link> }}>
                      {'以下集成已通过审核，在{registry}中带有认证标识：'}
                    </Translate>
                  </p>
                  <ul>
                    {verified.map((v) => (
                      <li key={v.id}>
                        <Link to={v.permalink}>{v.name}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Section>
          )}
        </article>
      </main>
    </Layout>
  );
}
