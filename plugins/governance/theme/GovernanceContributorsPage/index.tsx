import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { ContributorsPageProps } from '../../types';
import { DataText, GovernancePage, Links, Section, TextList, formatNumber, govStyles, partStyles, usePageLocale } from '../GovernanceParts';

/** The contributor ladder, recognition levels, how points are earned, and badges. */
export default function GovernanceContributorsPage({ data }: { data: ContributorsPageProps }): ReactNode {
  const locale = usePageLocale();
  const { titles } = data;
  // Table rows are link targets (a badge links to its point rule); tell the broken-anchor check they exist.
  const brokenLinks = useBrokenLinks();
  for (const l of data.levels) brokenLinks.collectAnchor(l.level.id);
  for (const r of data.pointRules) brokenLinks.collectAnchor(r.rule.id);
  const title = translate({ id: 'governance.nav.contributors', message: '贡献者阶梯与积分' });
  return (
    <GovernancePage
      common={data}
      title={title}
      description={translate({ id: 'governance.contributors.description', message: '从用户到维护者的贡献者阶梯，每一级的要求与权限；贡献积分、荣誉等级和徽章。' })}
      lead={<Translate id="governance.contributors.intro">每个人都从用户起步，随着贡献积累沿阶梯成长。另有一套积分与荣誉等级，记录并表彰每一项被接受的贡献。</Translate>}>
      <Section id="ladder" title={<Translate id="governance.contributors.ladder">贡献者阶梯</Translate>}>
        <ol className={govStyles.steps} data-ladder="">
          {data.ladder.map(({ role, fallbacks, next, onboarding }) => (
            <li key={role.id} className={govStyles.entry} data-ladder-role={role.id}>
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
              <div className={govStyles.columns}>
                <div>
                  <Heading as="h4">{titles['ladderRole.requirements']}</Heading>
                  <TextList items={role.requirements} pointer="/requirements" fallbacks={fallbacks} />
                </div>
                <div>
                  <Heading as="h4">{titles['ladderRole.privileges']}</Heading>
                  <TextList items={role.privileges} pointer="/privileges" fallbacks={fallbacks} />
                </div>
                <div>
                  <Heading as="h4">{titles['ladderRole.responsibilities']}</Heading>
                  <TextList items={role.responsibilities} pointer="/responsibilities" fallbacks={fallbacks} />
                </div>
              </div>
              {role.promotion && (
                <p>
                  <strong>{titles['ladderRole.promotion']}</strong>
                  {translate({ id: 'governance.colon', message: '：', description: 'Between a label and its text' })}
                  <DataText pointer="/promotion" fallbacks={fallbacks}>
                    {role.promotion}
                  </DataText>
                </p>
              )}
              <ul className={partStyles.meta}>
                {next && (
                  <li>
                    <Translate id="governance.contributors.next" values={{ role: <Link to={next.permalink}>{next.title}</Link> }}>
                      {'下一级：{role}'}
                    </Translate>
                  </li>
                )}
                {onboarding.length > 0 && (
                  <li>
                    <Translate id="governance.contributors.onboarding" values={{ paths: <Links links={onboarding} /> }}>
                      {'通向这一级的入门路径：{paths}'}
                    </Translate>
                  </li>
                )}
                {data.votes
                  .filter((v) => v.role.id === role.id)
                  .map((v) => (
                    <li key={v.role.id}>
                      <Translate id="governance.contributors.votes" values={{ voteTypes: <Links links={v.voteTypes} /> }}>
                        {'从这一级起可以参加：{voteTypes}'}
                      </Translate>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="levels" title={<Translate id="governance.contributors.levels">荣誉等级</Translate>}>
        <p>
          <Translate id="governance.contributors.levelsIntro">累计积分决定荣誉等级，达到一个等级的最低积分即升入该等级。</Translate>
        </p>
        <div className={partStyles.tableWrap}>
          <table className={partStyles.table} data-levels="">
            <thead>
              <tr>
                <th scope="col">{titles['recognitionLevel']}</th>
                <th scope="col" className={govStyles.number}>
                  {titles['recognitionLevel.minPoints']}
                </th>
                <th scope="col">{titles['recognitionLevel.summary']}</th>
                <th scope="col">{titles['recognitionLevel.badge']}</th>
                <th scope="col">{titles['recognitionLevel.benefits']}</th>
              </tr>
            </thead>
            <tbody>
              {data.levels.map(({ level, fallbacks, nextMinPoints }) => (
                <tr key={level.id} id={level.id} data-level={level.id}>
                  <th scope="row">
                    <DataText pointer="/name" fallbacks={fallbacks}>
                      {level.name}
                    </DataText>
                  </th>
                  <td className={govStyles.number} data-min-points={level.minPoints}>
                    {nextMinPoints !== undefined ? (
                      <Translate id="governance.contributors.pointsRange" values={{ from: formatNumber(level.minPoints, locale), to: formatNumber(nextMinPoints - 1, locale) }}>
                        {'{from}–{to}'}
                      </Translate>
                    ) : (
                      <Translate id="governance.contributors.pointsFrom" values={{ from: formatNumber(level.minPoints, locale) }}>
                        {'{from} 及以上'}
                      </Translate>
                    )}
                  </td>
                  <td>
                    <DataText pointer="/summary" fallbacks={fallbacks}>
                      {level.summary}
                    </DataText>
                  </td>
                  <td>
                    <DataText pointer="/badge" fallbacks={fallbacks}>
                      {level.badge}
                    </DataText>
                  </td>
                  <td>
                    <TextList items={level.benefits} pointer="/benefits" fallbacks={fallbacks} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="points" title={<Translate id="governance.contributors.points">如何获得积分</Translate>}>
        <p>
          <Translate id="governance.contributors.pointsIntro">每一项被接受的贡献按类型计算基础积分，再按复杂度、影响范围和质量调整。</Translate>
        </p>
        <div className={partStyles.tableWrap}>
          <table className={partStyles.table} data-point-rules="">
            <thead>
              <tr>
                <th scope="col">{titles['pointRule']}</th>
                <th scope="col" className={govStyles.number}>
                  {titles['pointRule.basePoints']}
                </th>
                <th scope="col">{titles['pointRule.examples']}</th>
                <th scope="col">{titles['pointRule.badge']}</th>
              </tr>
            </thead>
            <tbody>
              {data.pointRules.map(({ rule, fallbacks, badge }) => (
                <tr key={rule.id} id={rule.id} data-point-rule={rule.id}>
                  <th scope="row">
                    <DataText pointer="/name" fallbacks={fallbacks}>
                      {rule.name}
                    </DataText>
                    <div className={partStyles.meta}>
                      <DataText pointer="/summary" fallbacks={fallbacks}>
                        {rule.summary}
                      </DataText>
                    </div>
                  </th>
                  <td className={govStyles.number}>{formatNumber(rule.basePoints, locale)}</td>
                  <td>
                    <TextList items={rule.examples} pointer="/examples" fallbacks={fallbacks} />
                  </td>
                  <td>{badge ? <Link to={badge.permalink}>{badge.title}</Link> : <Translate id="governance.none">无</Translate>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="badges" title={<Translate id="governance.contributors.badges">贡献徽章</Translate>}>
        <ul className={govStyles.cardGrid}>
          {data.badges.map(({ badge, fallbacks, pointRule }) => (
            <li key={badge.id} className={partStyles.card} data-badge={badge.id}>
              <Heading as="h3" id={badge.id}>
                <DataText pointer="/name" fallbacks={fallbacks}>
                  {badge.name}
                </DataText>
              </Heading>
              <p>
                <DataText pointer="/summary" fallbacks={fallbacks}>
                  {badge.summary}
                </DataText>
              </p>
              <p>
                <strong>{titles['badge.criteria']}</strong>
                {translate({ id: 'governance.colon', message: '：', description: 'Between a label and its text' })}
                <DataText pointer="/criteria" fallbacks={fallbacks}>
                  {badge.criteria}
                </DataText>
              </p>
              {pointRule && (
                <p className={partStyles.meta}>
                  {titles['badge.pointRule']}
                  {translate({ id: 'governance.colon', message: '：', description: 'Between a label and its text' })}
                  <Link to={pointRule.permalink}>{pointRule.title}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </GovernancePage>
  );
}
