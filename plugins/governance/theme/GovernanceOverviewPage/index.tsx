import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { OverviewProps } from '../../types';
import { DataText, GovernancePage, Section, formatNumber, formatYears, govStyles, partStyles, sectionTitle, usePageLocale } from '../GovernanceParts';

/** /governance/: the bodies and how disputes go up, the working groups, the processes, and where to read on. */
export default function GovernanceOverviewPage({ data }: { data: OverviewProps }): ReactNode {
  const locale = usePageLocale();
  const nav = new Map(data.nav.map((n) => [n.key, n.permalink]));
  const more = [
    {
      key: 'decisions',
      title: translate({ id: 'governance.nav.decisions', message: '决策与投票' }),
      text: translate(
        { id: 'governance.overview.more.decisions', message: '{methods} 种决策方式和 {voteTypes} 类投票：各自的适用场景、法定人数与通过门槛，以及每个机构需要多少票。' },
        { methods: formatNumber(data.counts.decisionMethods, locale), voteTypes: formatNumber(data.counts.voteTypes, locale) },
      ),
    },
    {
      key: 'contributors',
      title: translate({ id: 'governance.nav.contributors', message: '贡献者阶梯与积分' }),
      text: translate(
        { id: 'governance.overview.more.contributors', message: '贡献者阶梯的 {ladder} 级角色及其要求与权限，{levels} 个积分等级、积分规则和徽章。' },
        { ladder: formatNumber(data.counts.ladder, locale), levels: formatNumber(data.counts.levels, locale) },
      ),
    },
    {
      key: 'mentorship',
      title: translate({ id: 'governance.nav.mentorship', message: '导师与培养' }),
      text: translate(
        { id: 'governance.overview.more.mentorship', message: '{roles} 类导师，以及 {programs} 个培养项目的匹配方式、指导形式与评估。' },
        { roles: formatNumber(data.counts.mentorRoles, locale), programs: formatNumber(data.counts.programs, locale) },
      ),
    },
    {
      key: 'onboarding',
      title: translate({ id: 'governance.nav.onboarding', message: '新人引导' }),
      text: translate(
        { id: 'governance.overview.more.onboarding', message: '{paths} 条入门路径：每一步要做什么、推荐的首个任务和预计用时。' },
        { paths: formatNumber(data.counts.onboarding, locale) },
      ),
    },
  ];
  return (
    <GovernancePage
      common={data}
      title={sectionTitle()}
      description={translate({ id: 'governance.overview.description', message: '社区如何治理：治理机构、工作组、决策与投票规则、RFC 流程、贡献者阶梯、导师体系和新人引导。' })}
      lead={<Translate id="governance.overview.intro">社区以开放、透明的方式治理：常设的委员会各司其职，工作组承担具体工作，重要变更通过 RFC 公开讨论后决定。本节的内容都来自社区数据，规则变化时会自动更新。</Translate>}>
      <Section id="bodies" title={<Translate id="governance.overview.bodies">治理机构</Translate>}>
        <ul className={govStyles.cardGrid} data-governance-bodies="">
          {data.bodies.map((b) => (
            <li key={b.id} className={partStyles.card} data-body={b.id}>
              <Heading as="h3">
                <Link to={b.permalink}>
                  <DataText pointer="/name" fallbacks={b.fallbacks}>
                    {b.title}
                  </DataText>
                </Link>
              </Heading>
              <p className={partStyles.meta}>
                <Translate
                  id="governance.body.seatsAndTerm"
                  values={{ seats: formatNumber(b.seats, locale), term: formatYears(b.termYears, locale), cadence: b.cadence }}>
                  {'{seats} 个席位 · 任期 {term} · 例会：{cadence}'}
                </Translate>
              </p>
              <p>
                <DataText pointer="/summary" fallbacks={b.fallbacks}>
                  {b.summary}
                </DataText>
              </p>
              <p className={partStyles.meta}>
                {b.escalatesTo ? (
                  <Translate id="governance.overview.escalatesTo" values={{ body: <Link to={b.escalatesTo.permalink}>{b.escalatesTo.title}</Link> }}>
                    {'无法解决的争议提交{body}裁决'}
                  </Translate>
                ) : (
                  <Translate id="governance.overview.topLevel">最高层级机构，不再向上提交争议</Translate>
                )}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="working-groups" title={<Translate id="governance.nav.workingGroups">工作组</Translate>}>
        <p>
          <Translate id="governance.overview.workingGroupsIntro">工作组面向特定领域开展工作，向一个治理机构汇报，欢迎任何成员加入。</Translate>{' '}
          <Link to={nav.get('working-groups')!}>
            <Translate id="governance.overview.workingGroupsMore">查看各工作组的关注领域和加入方式</Translate>
          </Link>
        </p>
        <div className={partStyles.tableWrap}>
          <table className={partStyles.table}>
            <thead>
              <tr>
                <th scope="col">{data.titles['workingGroup.name']}</th>
                <th scope="col">{data.titles['workingGroup.focus']}</th>
                <th scope="col">{data.titles['workingGroup.reportsTo']}</th>
              </tr>
            </thead>
            <tbody>
              {data.workingGroups.map((g) => (
                <tr key={g.id} data-working-group={g.id}>
                  <th scope="row">
                    <Link to={g.permalink}>
                      <DataText pointer="/name" fallbacks={g.fallbacks}>
                        {g.title}
                      </DataText>
                    </Link>
                  </th>
                  <td>{g.focus.join(translate({ id: 'governance.listSeparator', message: '、', description: 'Separator between short items in a table cell' }))}</td>
                  <td>
                    <Link to={g.reportsTo.permalink}>{g.reportsTo.title}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section id="processes" title={<Translate id="governance.overview.processes">流程</Translate>}>
        <ul className={govStyles.cardGrid}>
          {data.processes.map((p) => (
            <li key={p.id} className={partStyles.card}>
              <Heading as="h3">
                <Link to={p.permalink}>
                  <DataText pointer="/name" fallbacks={p.fallbacks}>
                    {p.title}
                  </DataText>
                </Link>
              </Heading>
              <p>
                <DataText pointer="/summary" fallbacks={p.fallbacks}>
                  {p.summary}
                </DataText>
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="more" title={<Translate id="governance.overview.more">更多</Translate>}>
        <ul className={govStyles.cardGrid}>
          {more.map((m) => (
            <li key={m.key} className={partStyles.card}>
              <Heading as="h3">
                <Link to={nav.get(m.key)!}>{m.title}</Link>
              </Heading>
              <p>{m.text}</p>
            </li>
          ))}
        </ul>
      </Section>
      <p className={partStyles.meta}>
        <Translate id="governance.overview.dataNote" values={{ link: <Link to={data.dataReferencePermalink}>{translate({ id: 'governance.overview.dataReference', message: '数据参考：社区治理' })}</Link> }}>
          {'这些页面由社区数据生成，字段说明见{link}。'}
        </Translate>
      </p>
    </GovernancePage>
  );
}
