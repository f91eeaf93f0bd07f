import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { WorkingGroupsPageProps } from '../../types';
import { DataText, Facts, GovernancePage, Links, TextList, govStyles } from '../GovernanceParts';

/** Every working group: its focus, what it delivers, whom it reports to, and how to join. */
export default function GovernanceWorkingGroupsPage({ data }: { data: WorkingGroupsPageProps }): ReactNode {
  const { titles } = data;
  const title = translate({ id: 'governance.nav.workingGroups', message: '工作组' });
  return (
    <GovernancePage
      common={data}
      title={title}
      description={translate({ id: 'governance.workingGroups.description', message: '社区各工作组的关注领域、产出、汇报对象和加入方式。' })}
      lead={<Translate id="governance.workingGroups.intro">工作组把治理机构的方针落到实处。每个工作组向一个治理机构汇报，定期开会，欢迎感兴趣的成员加入。</Translate>}>
      {data.groups.map(({ group, fallbacks, cadence, reportsTo, onboarding }) => (
        <section key={group.id} aria-labelledby={group.id} className={govStyles.entry} data-working-group={group.id}>
          <Heading as="h2" id={group.id}>
            <DataText pointer="/name" fallbacks={fallbacks}>
              {group.name}
            </DataText>
          </Heading>
          <p>
            <DataText pointer="/summary" fallbacks={fallbacks}>
              {group.summary}
            </DataText>
          </p>
          <Facts
            rows={[
              { key: 'reports', term: titles['workingGroup.reportsTo'], value: <Link to={reportsTo.permalink}>{reportsTo.title}</Link> },
              { key: 'cadence', term: titles['workingGroup.meetingCadence'], value: cadence },
              ...(onboarding.length
                ? [{ key: 'onboarding', term: <Translate id="governance.workingGroups.onboarding">相关的入门路径</Translate>, value: <Links links={onboarding} /> }]
                : []),
            ]}
          />
          <div className={govStyles.columns}>
            <div>
              <Heading as="h3">{titles['workingGroup.focus']}</Heading>
              <TextList items={group.focus} pointer="/focus" fallbacks={fallbacks} />
            </div>
            <div>
              <Heading as="h3">{titles['workingGroup.deliverables']}</Heading>
              <TextList items={group.deliverables} pointer="/deliverables" fallbacks={fallbacks} />
            </div>
          </div>
          <Heading as="h3">{titles['workingGroup.howToJoin']}</Heading>
          <p data-how-to-join="">
            <DataText pointer="/howToJoin" fallbacks={fallbacks}>
              {group.howToJoin}
            </DataText>
          </p>
        </section>
      ))}
    </GovernancePage>
  );
}
