import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type { BodyPageProps } from '../../types';
import { DataText, Facts, GovernancePage, Links, Section, TextList, formatNumber, formatYears, partStyles, usePageLocale } from '../GovernanceParts';

/** One governing body: what it does, its seats and term, how members are chosen, and the votes a decision needs there. */
export default function GovernanceBodyPage({ data }: { data: BodyPageProps }): ReactNode {
  const locale = usePageLocale();
  const { body, fallbacks, titles } = data;
  return (
    <GovernancePage
      common={data}
      title={body.name}
      description={body.summary}
      lead={
        <DataText pointer="/summary" fallbacks={fallbacks}>
          {body.summary}
        </DataText>
      }>
      <Facts
        rows={[
          { key: 'seats', term: titles['body.seats'], value: <span data-body-seats={body.seats}>{formatNumber(body.seats, locale)}</span> },
          { key: 'term', term: <Translate id="governance.body.term">任期</Translate>, value: formatYears(body.termYears, locale) },
          { key: 'cadence', term: titles['body.meetingCadence'], value: data.cadence },
          { key: 'method', term: titles['body.decisionMethod'], value: <Link to={data.decisionMethod.permalink}>{data.decisionMethod.title}</Link> },
          {
            key: 'escalates',
            term: titles['body.escalatesTo'],
            value: data.escalatesTo ? <Link to={data.escalatesTo.permalink}>{data.escalatesTo.title}</Link> : <Translate id="governance.body.topLevel">无（最高层级）</Translate>,
          },
        ]}
      />
      <div className="row">
        <div className="col col--6">
          <Section id="responsibilities" title={titles['body.responsibilities']}>
            <TextList items={body.responsibilities} pointer="/responsibilities" fallbacks={fallbacks} />
          </Section>
        </div>
        <div className="col col--6">
          <Section id="composition" title={titles['body.composition']}>
            <TextList items={body.composition} pointer="/composition" fallbacks={fallbacks} />
          </Section>
        </div>
      </div>
      <Section id="selection" title={titles['body.selection']}>
        <p>
          <DataText pointer="/selection" fallbacks={fallbacks}>
            {body.selection}
          </DataText>
        </p>
      </Section>
      <Section id="votes" title={<Translate id="governance.body.votesHeading">表决所需票数</Translate>}>
        <p>
          {data.decisionMethod.kind === 'lazy-consensus' ? (
            <Translate id="governance.body.votesLazy" values={{ method: <Link to={data.decisionMethod.permalink}>{data.decisionMethod.title}</Link> }}>
              {'日常事项以{method}推进，不计票；需要正式投票时，按下表计票。'}
            </Translate>
          ) : (
            <Translate id="governance.body.votesDefault" values={{ method: <Link to={data.decisionMethod.permalink}>{data.decisionMethod.title}</Link> }}>
              {'日常事项采用{method}。各种正式投票的票数要求如下。'}
            </Translate>
          )}
        </p>
        <div className={partStyles.tableWrap}>
          <table className={partStyles.table} data-body-votes="">
            <caption className={partStyles.caption}>
              <Translate id="governance.body.votesCaption" values={{ seats: formatNumber(body.seats, locale) }}>
                {'按 {seats} 个席位全部参与投票计算（向上取整）'}
              </Translate>
            </caption>
            <thead>
              <tr>
                <th scope="col">{titles['decisionMethod']}</th>
                <th scope="col">{titles['decisionMethod.quorum']}</th>
                <th scope="col">
                  <Translate id="governance.votes.toCarry">通过所需赞成票</Translate>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.votes.map((v) => (
                <tr key={v.method.id} data-method={v.method.id}>
                  <th scope="row">
                    <Link to={v.method.permalink}>{v.method.title}</Link>
                  </th>
                  <td>
                    <Translate id="governance.votes.members" values={{ count: formatNumber(v.quorum, locale), seats: formatNumber(v.seats, locale) }}>
                      {'{count} / {seats} 人'}
                    </Translate>
                  </td>
                  <td data-votes={v.votes}>
                    <Translate id="governance.votes.votes" values={{ count: formatNumber(v.votes, locale), seats: formatNumber(v.seats, locale) }}>
                      {'{count} / {seats} 票'}
                    </Translate>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className={partStyles.meta}>
          <Link to={data.decisionsPermalink}>
            <Translate id="governance.body.votesRule">计票规则与取整方法</Translate>
          </Link>
        </p>
      </Section>
      <Section id="relations" title={<Translate id="governance.body.relations">与其他机构和工作组的关系</Translate>}>
        <ul>
          <li>
            <Translate id="governance.body.workingGroups" values={{ groups: <Links links={data.workingGroups} /> }}>
              {'向本机构汇报的工作组：{groups}'}
            </Translate>
          </li>
          <li>
            <Translate id="governance.body.hearsFrom" values={{ bodies: <Links links={data.hearsFrom} /> }}>
              {'向本机构提交争议的机构：{bodies}'}
            </Translate>
          </li>
          <li>
            <Translate id="governance.body.voteTypes" values={{ voteTypes: <Links links={data.voteTypes} /> }}>
              {'本机构组织或确认的投票：{voteTypes}'}
            </Translate>
          </li>
        </ul>
      </Section>
    </GovernancePage>
  );
}
