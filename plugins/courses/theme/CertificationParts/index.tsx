/**
 * What the certifications overview and a certification's own page both show:
 * validity, exam and the labels of the exam's enum values.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { Certification, CertificationSummary } from '../../types';
import { Facts, formatMinutes, formatNumber, formatPercent, formatYears, partStyles as styles, usePageLocale } from '../../../../src/components/EntryPage';

type Exam = Certification['exam'];

/** Labels of the exam format. The props carry only the enum value, so the labels live here (same words as the schema's enumDescriptions). */
export function examFormatLabel(format: Exam['format']): string {
  switch (format) {
    case 'online-proctored':
      return translate({ id: 'course.exam.format.online-proctored', message: '线上监考' });
    case 'test-center':
      return translate({ id: 'course.exam.format.test-center', message: '线下考点' });
    case 'panel-review':
      return translate({ id: 'course.exam.format.panel-review', message: '评审答辩' });
    default:
      return format;
  }
}

export function examPartLabel(part: Exam['parts'][number]): string {
  switch (part) {
    case 'theory':
      return translate({ id: 'course.exam.part.theory', message: '理论考试' });
    case 'practical':
      return translate({ id: 'course.exam.part.practical', message: '实践考试' });
    case 'project-review':
      return translate({ id: 'course.exam.part.project-review', message: '项目评估' });
    case 'interview':
      return translate({ id: 'course.exam.part.interview', message: '面试评估' });
    default:
      return part;
  }
}

/** "2年" / "2 years", or "终身有效" / "Lifetime". */
export function useValidityText(validity: Certification['validity']): string {
  const locale = usePageLocale();
  if (validity.lifetime) return translate({ id: 'course.certification.validity.lifetime', message: '终身有效' });
  return formatYears(validity.years ?? 0, locale);
}

type Row = { key: string; term: ReactNode; value: ReactNode };

/** Rows of facts about a certification: `general` (rank, validity, prerequisite) and `exam` (format, parts, duration, passing score, questions). */
export function useCertificationRows(summary: CertificationSummary): { general: Row[]; exam: Row[] } {
  const locale = usePageLocale();
  const { certification: cert, prerequisite } = summary;
  const validity = useValidityText(cert.validity);
  const exam = cert.exam;
  return {
    general: [
      {
        key: 'rank',
        term: <Translate id="course.certification.rank">认证等级</Translate>,
        value: translate({ id: 'course.certification.rankValue', message: '第 {rank} 级', description: 'Position of a certification in the track, 1 = lowest' }, { rank: cert.rank }),
      },
      { key: 'validity', term: <Translate id="course.certification.validity">有效期</Translate>, value: validity },
      {
        key: 'prerequisite',
        term: <Translate id="course.certification.prerequisite">前置认证</Translate>,
        value: prerequisite ? <Link to={prerequisite.permalink}>{prerequisite.title}</Link> : <Translate id="course.certification.noPrerequisite">无，这是认证路径的起点</Translate>,
      },
    ],
    exam: [
      { key: 'format', term: <Translate id="course.exam.format">考核形式</Translate>, value: examFormatLabel(exam.format) },
      {
        key: 'parts',
        term: <Translate id="course.exam.parts">考核环节</Translate>,
        value: (
          <ol className={styles.tags}>
            {exam.parts.map((part) => (
              <li key={part} className={styles.tag}>
                {examPartLabel(part)}
              </li>
            ))}
          </ol>
        ),
      },
      { key: 'duration', term: <Translate id="course.exam.duration">考核时长</Translate>, value: formatMinutes(exam.durationMinutes, locale) },
      { key: 'passing', term: <Translate id="course.exam.passingScore">及格线</Translate>, value: formatPercent(exam.passingScore, locale) },
      ...(exam.questions === undefined
        ? []
        : [{ key: 'questions', term: <Translate id="course.exam.questions">理论题数</Translate>, value: formatNumber(exam.questions, locale) }]),
    ],
  };
}

/** Validity, prerequisite certification and exam arrangements as one term–description list. */
export function CertificationFacts({ summary }: { summary: CertificationSummary }): ReactNode {
  const rows = useCertificationRows(summary);
  return <Facts rows={[...rows.general, ...rows.exam]} />;
}
