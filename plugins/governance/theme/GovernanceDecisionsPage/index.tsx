import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { DecisionsPageProps } from '../../types';
import { DataText, Facts, GovernancePage, JoinedList, Links, Section, TextList, formatDays, formatFraction, formatNumber, govStyles, partStyles, usePageLocale } from '../GovernanceParts';

type Example = DecisionsPageProps['examples'][number];

/** One worked example of the rounding rule, in words. */
function RoundingExample({ example }: { example: Example }): ReactNode {
  const locale = usePageLocale();
  const values = {
    fraction: formatFraction(example, locale),
    seats: formatNumber(example.seats, locale),
    exact: formatNumber(example.exact, locale),
    votes: formatNumber(example.votes, locale),
    body: <Link to={example.body.permalink}>{example.body.title}</Link>,
    method: <Link to={example.method.permalink}>{example.method.title}</Link>,
  };
  return example.comparison === 'at-least' ? (
    <Translate id="governance.decisions.roundUp" values={values}>
      {'“达到”某一比例时向上取整：{body}有 {seats} 个席位，{method}要求 {fraction}，{fraction} × {seats} = {exact}，向上取整后需要 {votes} 票。'}
    </Translate>
  ) : (
    <Translate id="governance.decisions.nextWhole" values={values}>
      {'“超过”某一比例时取比它大的最小整数，因此票数相同不算通过：{body}有 {seats} 个席位，{method}要求超过 {fraction}，{fraction} × {seats} = {exact}，需要 {votes} 票。'}
    </Translate>
  );
}

/** Decision methods, the votes each body needs under each, and the vote types. */
export default function GovernanceDecisionsPage({ data }: { data: DecisionsPageProps }): ReactNode {
  const locale = usePageLocale();
  const { titles } = data;
  const title = translate({ id: 'governance.nav.decisions', message: '决策与投票' });
  return (
    <GovernancePage
      common={data}
      title={title}
      description={translate({ id: 'governance.decisions.description', message: '社区的决策方式和投票类型：何时采用、法定人数与通过门槛，以及每个治理机构通过决定所需的票数。' })}
      lead={<Translate id="governance.decisions.intro">大多数事项以懒共识推进；出现分歧或事关重大时，按议题类型发起正式投票。下面列出每种方式的规则，以及在各个机构中通过一项决定需要多少票。</Translate>}>
      <Section id="methods" title={<Translate id="governance.decisions.methods">决策方式</Translate>}>
        {data.methods.map((m) => (
          <section key={m.method.id} aria-labelledby={m.method.id} className={govStyles.entry} data-decision-method={m.method.id}>
            <Heading as="h3" id={m.method.id}>
              <DataText pointer="/name" fallbacks={m.fallbacks}>
                {m.method.name}
              </DataText>
            </Heading>
            <p>
              <DataText pointer="/summary" fallbacks={m.fallbacks}>
                {m.method.summary}
              </DataText>
            </p>
            <Facts
              rows={[
                { key: 'kind', term: titles['decisionMethod.kind'], value: m.kind },
                { key: 'threshold', term: titles['decisionMethod.threshold'], value: m.method.threshold ? formatFraction(m.method.threshold, locale) : null },
                { key: 'base', term: titles['decisionMethod.threshold.base'], value: m.base },
                { key: 'comparison', term: titles['decisionMethod.threshold.comparison'], value: m.comparison },
                { key: 'quorum', term: titles['decisionMethod.quorum'], value: m.method.quorum ? formatFraction(m.method.quorum, locale) : null },
                {
                  key: 'objection',
                  term: <Translate id="governance.decisions.objectionPeriod">异议期</Translate>,
                  value: m.method.objectionPeriodDays !== undefined ? formatDays(m.method.objectionPeriodDays, locale) : null,
                },
                { key: 'fallback', term: titles['decisionMethod.fallbackMethod'], value: m.fallback ? <Link to={m.fallback.permalink}>{m.fallback.title}</Link> : null },
                { key: 'default', term: <Translate id="governance.decisions.defaultFor">作为默认方式的机构</Translate>, value: m.defaultFor.length ? <Links links={m.defaultFor} /> : null },
                { key: 'voteTypes', term: <Translate id="governance.decisions.usedByVoteTypes">采用它的投票类型</Translate>, value: m.voteTypes.length ? <Links links={m.voteTypes} /> : null },
              ]}
            />
            <div className={govStyles.columns}>
              <div>
                <Heading as="h4">{titles['decisionMethod.whenToUse']}</Heading>
                <TextList items={m.method.whenToUse} pointer="/whenToUse" fallbacks={m.fallbacks} />
              </div>
              <div>
                <Heading as="h4">{titles['decisionMethod.howItWorks']}</Heading>
                <ol>
                  {m.method.howItWorks.map((step, i) => (
                    <li key={i}>
                      <DataText pointer={`/howItWorks/${i}`} fallbacks={m.fallbacks}>
                        {step}
                      </DataText>
                    </li>
                  ))}
                </ol>
              </div>
            </div>
          </section>
        ))}
      </Section>

      <Section id="votes-per-body" title={<Translate id="governance.decisions.perBody">各机构通过决定所需的票数</Translate>}>
        <p>
          <Translate id="governance.decisions.perBodyIntro">票数由机构的席位数和决策方式的比例算出，假定全部席位都参与投票；实际参与人数较少时，按实际有效票以同样的规则计算。</Translate>
        </p>
        <ul>
          {data.examples.map((e) => (
            <li key={e.comparison} data-rounding={e.comparison}>
              <RoundingExample example={e} />
            </li>
          ))}
        </ul>
        <div className={partStyles.tableWrap}>
          <table className={partStyles.table} data-vote-matrix="">
            <caption className={partStyles.caption}>
              <Translate id="governance.decisions.matrixCaption">通过所需赞成票（法定人数）</Translate>
            </caption>
            <thead>
              <tr>
                <th scope="col">{titles['body']}</th>
                <th scope="col" className={govStyles.number}>
                  {titles['body.seats']}
                </th>
                {data.matrix.methods.map((m) => (
                  <th key={m.id} scope="col" className={govStyles.number}>
                    <Link to={m.permalink}>{m.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.matrix.bodies.map((b, i) => (
                <tr key={b.id} data-body={b.id}>
                  <th scope="row">
                    <Link to={b.permalink}>{b.title}</Link>
                  </th>
                  <td className={govStyles.number}>{formatNumber(b.seats, locale)}</td>
                  {data.matrix.counts[i]!.map((c) => (
                    <td key={c.method.id} className={govStyles.number} data-method={c.method.id} data-votes={c.votes}>
                      <Translate id="governance.decisions.cell" values={{ votes: formatNumber(c.votes, locale), quorum: formatNumber(c.quorum, locale) }}>
                        {'{votes}（{quorum}）'}
                      </Translate>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="vote-types" title={<Translate id="governance.decisions.voteTypes">投票类型</Translate>}>
        {data.voteTypes.map((v) => (
          <section key={v.voteType.id} aria-labelledby={v.voteType.id} className={govStyles.entry} data-vote-type={v.voteType.id}>
            <Heading as="h3" id={v.voteType.id}>
              <DataText pointer="/name" fallbacks={v.fallbacks}>
                {v.voteType.name}
              </DataText>
            </Heading>
            <p>
              <DataText pointer="/summary" fallbacks={v.fallbacks}>
                {v.voteType.summary}
              </DataText>
            </p>
            <Facts
              rows={[
                {
                  key: 'voters',
                  term: titles['voteType.eligibleVoters'],
                  value: (
                    <DataText pointer="/eligibleVoters" fallbacks={v.fallbacks}>
                      {v.voteType.eligibleVoters}
                    </DataText>
                  ),
                },
                { key: 'role', term: titles['voteType.minimumRole'], value: v.minimumRole ? <Link to={v.minimumRole.permalink}>{v.minimumRole.title}</Link> : null },
                { key: 'method', term: titles['voteType.decisionMethod'], value: <Link to={v.method.permalink}>{v.method.title}</Link> },
                { key: 'period', term: <Translate id="governance.decisions.votingPeriod">投票期</Translate>, value: formatDays(v.voteType.votingPeriodDays, locale) },
                {
                  key: 'decidedBy',
                  term: titles['voteType.decidedBy'],
                  value: (
                    <JoinedList
                      items={v.decidedBy.map((b) => ({
                        key: b.id,
                        node: (
                          <>
                            <Link to={b.permalink}>{b.title}</Link>
                            {b.count && (
                              <span data-votes={b.count.votes}>
                                <Translate id="governance.decisions.bodyCount" values={{ votes: formatNumber(b.count.votes, locale), seats: formatNumber(b.count.seats, locale) }}>
                                  {'（{seats} 席中需 {votes} 票赞成）'}
                                </Translate>
                              </span>
                            )}
                          </>
                        ),
                      }))}
                    />
                  ),
                },
                { key: 'stages', term: <Translate id="governance.decisions.stages">用于流程阶段</Translate>, value: v.stages.length ? <Links links={v.stages} /> : null },
              ]}
            />
            <Heading as="h4">{titles['voteType.appliesTo']}</Heading>
            <TextList items={v.voteType.appliesTo} pointer="/appliesTo" fallbacks={v.fallbacks} />
          </section>
        ))}
      </Section>
    </GovernancePage>
  );
}
