import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { MentorshipPageProps } from '../../types';
import { DataText, Facts, GovernancePage, Links, Section, TextList, formatNumber, govStyles, partStyles, usePageLocale } from '../GovernanceParts';

type Program = MentorshipPageProps['programs'][number];

/** A program's length: weeks, months, or ongoing. */
function ProgramDuration({ program }: { program: Program['program'] }): ReactNode {
  const locale = usePageLocale();
  if (program.ongoing) return <Translate id="governance.mentorship.ongoing">长期进行</Translate>;
  if (program.durationWeeks !== undefined) {
    return <>{new Intl.NumberFormat(locale, { style: 'unit', unit: 'week', unitDisplay: 'long' }).format(program.durationWeeks)}</>;
  }
  if (program.durationMonths !== undefined) {
    return <>{new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(program.durationMonths)}</>;
  }
  return null;
}

/** Lists of a program, in schema order, each under its schema title; the ones a program lacks are left out. */
const PROGRAM_LISTS = ['focusAreas', 'matching', 'structure', 'evaluation', 'support'] as const;

/** Mentor roles and the development programs (mentorship: matching, structure, evaluation). */
export default function GovernanceMentorshipPage({ data }: { data: MentorshipPageProps }): ReactNode {
  const locale = usePageLocale();
  const { titles } = data;
  const title = translate({ id: 'governance.nav.mentorship', message: '导师与培养' });
  return (
    <GovernancePage
      common={data}
      title={title}
      description={translate({ id: 'governance.mentorship.description', message: '社区的导师角色和培养项目：导师的职责与条件，项目如何匹配导师、怎样指导、如何评估。' })}
      lead={
        <Translate id="governance.mentorship.intro" values={{ roles: formatNumber(data.roles.length, locale) }}>
          {'社区有 {roles} 类导师，分别在技术、社区融入和项目实践上带领学员成长；培养项目把导师和学员组织起来。'}
        </Translate>
      }>
      <Section id="mentor-roles" title={<Translate id="governance.mentorship.roles">导师角色</Translate>}>
        <ul className={govStyles.cardGrid}>
          {data.roles.map(({ role, fallbacks, programs, onboarding }) => (
            <li key={role.id} className={partStyles.card} data-mentor-role={role.id}>
              <Heading as="h3" id={role.id}>
                <DataText pointer="/name" fallbacks={fallbacks}>
                  {role.name}
                </DataText>
              </Heading>
              <p>
                <DataText pointer="/summary" fallbacks={fallbacks}>
                  {role.summary}
                </DataText>
              </p>
              <Heading as="h4">{titles['mentorRole.responsibilities']}</Heading>
              <TextList items={role.responsibilities} pointer="/responsibilities" fallbacks={fallbacks} />
              <Heading as="h4">{titles['mentorRole.requirements']}</Heading>
              <TextList items={role.requirements} pointer="/requirements" fallbacks={fallbacks} />
              <p className={partStyles.meta}>
                <Translate id="governance.mentorship.rolePrograms" values={{ programs: <Links links={programs} />, paths: <Links links={onboarding} /> }}>
                  {'参与的培养项目：{programs}；对接的入门路径：{paths}'}
                </Translate>
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="programs" title={<Translate id="governance.mentorship.programs">培养项目</Translate>}>
        {data.programs.map(({ program, fallbacks, mentorRoles }) => (
          <section key={program.id} aria-labelledby={program.id} className={govStyles.entry} data-program={program.id}>
            <Heading as="h3" id={program.id}>
              <DataText pointer="/name" fallbacks={fallbacks}>
                {program.name}
              </DataText>
            </Heading>
            <p>
              <DataText pointer="/summary" fallbacks={fallbacks}>
                {program.summary}
              </DataText>
            </p>
            <Facts
              rows={[
                {
                  key: 'audience',
                  term: titles['developmentProgram.audience'],
                  value: (
                    <DataText pointer="/audience" fallbacks={fallbacks}>
                      {program.audience}
                    </DataText>
                  ),
                },
                { key: 'duration', term: <Translate id="governance.mentorship.duration">周期</Translate>, value: <ProgramDuration program={program} /> },
                { key: 'mentors', term: titles['developmentProgram.mentorRoles'], value: mentorRoles.length ? <Links links={mentorRoles} /> : null },
              ]}
            />
            <div className={govStyles.columns}>
              {PROGRAM_LISTS.filter((key) => program[key]).map((key) => (
                <div key={key} data-program-list={key}>
                  <Heading as="h4">{titles[`developmentProgram.${key}`]}</Heading>
                  <TextList items={program[key]!} pointer={`/${key}`} fallbacks={fallbacks} />
                </div>
              ))}
              {program.tracks?.map((track, i) => (
                <div key={track.id} data-program-track={track.id}>
                  <Heading as="h4">
                    <DataText pointer={`/tracks/${i}/name`} fallbacks={fallbacks}>
                      {track.name}
                    </DataText>
                  </Heading>
                  <TextList items={track.areas} pointer={`/tracks/${i}/areas`} fallbacks={fallbacks} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </Section>
      <p className={partStyles.meta}>
        <Link to={data.nav.find((n) => n.key === 'onboarding')!.permalink}>
          <Translate id="governance.mentorship.toOnboarding">新人引导路径</Translate>
        </Link>
      </p>
    </GovernancePage>
  );
}
