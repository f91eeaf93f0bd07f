import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { OnboardingPageProps } from '../../types';
import { DataText, Facts, GovernancePage, TextList, formatExpectedTime, govStyles, usePageLocale } from '../GovernanceParts';

/** Onboarding paths for developers, users, documenters and translators: steps, first tasks, expected time. */
export default function GovernanceOnboardingPage({ data }: { data: OnboardingPageProps }): ReactNode {
  const locale = usePageLocale();
  const { titles } = data;
  const title = translate({ id: 'governance.nav.onboarding', message: '新人引导' });
  return (
    <GovernancePage
      common={data}
      title={title}
      description={translate({ id: 'governance.onboarding.description', message: '面向开发者、用户、文档贡献者和译者的入门路径：每一步的任务、推荐的首个任务和预计用时。' })}
      lead={<Translate id="governance.onboarding.intro">选一条适合你的路径，按步骤完成即可。每条路径都会为你对接一位导师，并推荐可以加入的工作组。</Translate>}>
      <nav aria-label={translate({ id: 'governance.onboarding.pathsNav', message: '入门路径' })}>
        <ul>
          {data.paths.map(({ path }) => (
            <li key={path.id}>
              <Link to={`#${path.id}`}>{path.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {data.paths.map(({ path, fallbacks, mentorRole, targetRole, workingGroup, totalMinutes }) => (
        <section key={path.id} aria-labelledby={path.id} className={govStyles.entry} data-onboarding-path={path.id}>
          <Heading as="h2" id={path.id}>
            <DataText pointer="/name" fallbacks={fallbacks}>
              {path.name}
            </DataText>
          </Heading>
          <p>
            <DataText pointer="/summary" fallbacks={fallbacks}>
              {path.summary}
            </DataText>
          </p>
          <Facts
            rows={[
              {
                key: 'audience',
                term: titles['onboardingPath.audience'],
                value: (
                  <DataText pointer="/audience" fallbacks={fallbacks}>
                    {path.audience}
                  </DataText>
                ),
              },
              {
                key: 'time',
                term: <Translate id="governance.onboarding.totalTime">预计用时</Translate>,
                value: (
                  <span data-total-minutes={totalMinutes}>
                    {path.steps.some((s) => s.ongoing) ? (
                      <Translate id="governance.onboarding.totalTimeOngoing" values={{ time: formatExpectedTime(totalMinutes, locale) }}>
                        {'约 {time}，之后长期参与'}
                      </Translate>
                    ) : (
                      <Translate id="governance.onboarding.totalTimeFixed" values={{ time: formatExpectedTime(totalMinutes, locale) }}>
                        {'约 {time}'}
                      </Translate>
                    )}
                  </span>
                ),
              },
              { key: 'mentor', term: titles['onboardingPath.mentorRole'], value: mentorRole ? <Link to={mentorRole.permalink}>{mentorRole.title}</Link> : null },
              { key: 'target', term: titles['onboardingPath.targetRole'], value: targetRole ? <Link to={targetRole.permalink}>{targetRole.title}</Link> : null },
              { key: 'group', term: titles['onboardingPath.workingGroup'], value: workingGroup ? <Link to={workingGroup.permalink}>{workingGroup.title}</Link> : null },
            ]}
          />
          <Heading as="h3" id={`${path.id}-first-tasks`}>
            {titles['onboardingPath.firstTasks']}
          </Heading>
          <TextList items={path.firstTasks} pointer="/firstTasks" fallbacks={fallbacks} />
          <Heading as="h3" id={`${path.id}-steps`}>
            {titles['onboardingPath.steps']}
          </Heading>
          <ol className={govStyles.steps}>
            {path.steps.map((step, i) => (
              <li key={step.id} data-onboarding-step={step.id}>
                <strong>
                  <DataText pointer={`/steps/${i}/name`} fallbacks={fallbacks}>
                    {step.name}
                  </DataText>
                </strong>{' '}
                <span className={govStyles.stepMeta}>
                  {step.ongoing ? (
                    <Translate id="governance.onboarding.stepOngoing">（持续进行）</Translate>
                  ) : step.expectedMinutes !== undefined ? (
                    <Translate id="governance.onboarding.stepTime" values={{ time: formatExpectedTime(step.expectedMinutes, locale) }}>
                      {'（约 {time}）'}
                    </Translate>
                  ) : null}
                </span>
                <div>
                  <DataText pointer={`/steps/${i}/summary`} fallbacks={fallbacks}>
                    {step.summary}
                  </DataText>
                </div>
                <div className={govStyles.columns}>
                  <div>
                    <Heading as="h4">{titles['onboardingPath.steps[].tasks']}</Heading>
                    <TextList items={step.tasks} pointer={`/steps/${i}/tasks`} fallbacks={fallbacks} />
                  </div>
                  {step.resources && (
                    <div>
                      <Heading as="h4">{titles['onboardingPath.steps[].resources']}</Heading>
                      <TextList items={step.resources} pointer={`/steps/${i}/resources`} fallbacks={fallbacks} />
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </GovernancePage>
  );
}
