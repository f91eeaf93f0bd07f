import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { CertificationPageProps } from '../../types';
import { Breadcrumbs, Facts, JsonLd, LinkList, TextList, isoYears, partStyles as styles, useAbsoluteUrl, useCommunityOrganization, usePageLocale } from '../../../../src/components/EntryPage';
import { useCertificationRows } from '../CertificationParts';

interface Props {
  data: CertificationPageProps;
}

/** schema.org EducationalOccupationalCredential: what it is, how long it lasts, what it takes, who recognises it. */
function CredentialJsonLd({ data }: Props): ReactNode {
  const { certification: cert, permalink } = data;
  const url = useAbsoluteUrl();
  const organization = useCommunityOrganization();
  const locale = usePageLocale();
  return (
    <JsonLd
      data={{
        '@type': 'EducationalOccupationalCredential',
        '@id': url(permalink),
        url: url(permalink),
        identifier: cert.id,
        name: cert.name,
        description: cert.description,
        abstract: cert.summary,
        inLanguage: locale,
        credentialCategory: 'certificate',
        ...(cert.validity.years !== undefined && !cert.validity.lifetime ? { validFor: isoYears(cert.validity.years) } : {}),
        competencyRequired: cert.requirements,
        recognizedBy: organization,
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

/** One certification: requirements, courses, exam, renewal and benefits. */
export default function CertificationPage({ data }: Props): ReactNode {
  const { certification: cert, requiredCourses, leadingCourses, certificationsPermalink } = data;
  const rows = useCertificationRows(data);
  return (
    <Layout title={cert.name} description={cert.summary}>
      <CredentialJsonLd data={data} />
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="course.certifications.title">认证</Translate>, to: certificationsPermalink }]} current={cert.name} />
        <article>
          <header>
            <Heading as="h1">{cert.name}</Heading>
            <p className={styles.lead}>{cert.summary}</p>
            <Facts rows={rows.general} />
          </header>
          <Section id="about" title={translate({ id: 'course.certification.about', message: '认证介绍' })}>
            <p>{cert.description}</p>
          </Section>
          <Section id="requirements" title={translate({ id: 'course.certification.requirements', message: '申请要求' })}>
            <TextList items={cert.requirements} />
          </Section>
          <Section id="required-courses" title={translate({ id: 'course.certification.requiredCourses', message: '必修课程' })}>
            <LinkList links={requiredCourses} empty={<Translate id="course.certification.noRequiredCourses">无必修课程</Translate>} />
          </Section>
          <Section id="leading-courses" title={translate({ id: 'course.certification.leadingCourses', message: '计入本认证的课程' })}>
            <LinkList
              links={leadingCourses}
              empty={<Translate id="course.certification.noLeadingCourses">没有课程计入本认证：它不对应课程目录中的任何课程，要求见上文。</Translate>}
            />
          </Section>
          <Section id="exam" title={translate({ id: 'course.certification.exam', message: '考核安排' })}>
            <Facts rows={rows.exam} />
          </Section>
          <Section id="renewal" title={translate({ id: 'course.certification.renewal', message: '续期与保持' })}>
            <TextList items={cert.renewal} />
          </Section>
          <Section id="benefits" title={translate({ id: 'course.certification.benefits', message: '持证权益' })}>
            <TextList items={cert.benefits} />
          </Section>
        </article>
      </main>
    </Layout>
  );
}
