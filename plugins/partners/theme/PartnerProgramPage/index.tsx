import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { ProgramPageProps } from '../../types';
import { Breadcrumbs, DataText, partStyles } from '../PartnerParts';
import { partnerTemplate } from './_utils';
import styles from './styles.module.css';

interface Props {
  data: ProgramPageProps;
}

/** A list of data strings; item i falls back at `<pointer>/<i>`. */
function DataList({ items, pointer, fallbacks }: { items: string[]; pointer: string; fallbacks: string[] }): ReactNode {
  return (
    <ul className={styles.list}>
      {items.map((item, i) => (
        <li key={i}>
          <DataText pointer={`${pointer}/${i}`} fallbacks={fallbacks}>
            {item}
          </DataText>
        </li>
      ))}
    </ul>
  );
}

function TierTable({ data }: Props): ReactNode {
  const { tiers, tierCounts, directoryPermalink } = data;
  const anyContribution = tiers.some((t) => t.annualContribution);
  const { selectMessage } = usePluralForm();
  const row = (key: string, label: ReactNode, cell: (t: (typeof tiers)[number]) => ReactNode) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {tiers.map((t) => (
        <td key={t.id}>{cell(t)}</td>
      ))}
    </tr>
  );
  const caption = translate({ id: 'partners.program.tiers.caption', message: '各等级的要求与权益对比' });
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className={styles.tableScroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {tiers.map((t) => (
              <th key={t.id} scope="col" id={`tier-${t.id}`}>
                <span className={partStyles.tier} data-tier={t.id}>
                  <DataText pointer="/name" fallbacks={t.fallbacks}>
                    {t.name}
                  </DataText>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('summary', <Translate id="partners.program.tiers.summary">适合谁</Translate>, (t) => (
            <DataText pointer="/summary" fallbacks={t.fallbacks}>
              {t.summary}
            </DataText>
          ))}
          {row('requirements', <Translate id="partners.program.tiers.requirements">要求</Translate>, (t) => (
            <DataList items={t.requirements} pointer="/requirements" fallbacks={t.fallbacks} />
          ))}
          {row('benefits', <Translate id="partners.program.tiers.benefits">权益</Translate>, (t) => (
            <DataList items={t.benefits} pointer="/benefits" fallbacks={t.fallbacks} />
          ))}
          {row('support', <Translate id="partners.program.tiers.support">技术支持</Translate>, (t) => t.supportLevelLabel)}
          {anyContribution &&
            row('contribution', <Translate id="partners.program.tiers.contribution">年度投入</Translate>, (t) =>
              t.annualContribution ? (
                <DataText pointer="/annualContribution" fallbacks={t.fallbacks}>
                  {t.annualContribution}
                </DataText>
              ) : (
                '—'
              ),
            )}
          {row('partners', <Translate id="partners.program.tiers.partners">当前合作伙伴</Translate>, (t) => (
            <Link to={`${directoryPermalink}?tier=${t.id}`}>
              {selectMessage(
                tierCounts[t.id] ?? 0,
                translate({ id: 'partners.program.tiers.partnerCount', message: '{count} 个合作伙伴', description: 'Link to the partners of a tier; plural forms separated by |' }, { count: String(tierCounts[t.id] ?? 0) }),
              )}
            </Link>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The partner program: tiers compared, partnership kinds, how to apply, partner types. */
export default function PartnerProgramPage({ data }: Props): ReactNode {
  const { kinds, types, templateFields, directoryPermalink } = data;
  const template = partnerTemplate(templateFields, {
    required: translate({ id: 'partners.program.template.required', message: '必填' }),
    optional: translate({ id: 'partners.program.template.optional', message: '可选' }),
    allowed: translate({ id: 'partners.program.template.allowed', message: '可选值' }),
  });
  const groups = [...new Set(types.map((t) => t.group))];
  return (
    <Layout
      title={translate({ id: 'partners.program.title', message: '合作伙伴计划' })}
      description={translate({ id: 'partners.program.description', message: '合作伙伴计划的等级、要求与权益，合作类型，伙伴类别，以及如何申请加入。' })}>
      <main className="container margin-vert--lg">
        <Breadcrumbs trail={[{ label: <Translate id="partners.title">合作伙伴</Translate>, to: directoryPermalink }]} current={<Translate id="partners.program.title">合作伙伴计划</Translate>} />
        <Heading as="h1">
          <Translate id="partners.program.title">合作伙伴计划</Translate>
        </Heading>
        <p className={styles.intro}>
          <Translate id="partners.program.intro">
            合作伙伴计划按投入和贡献把与社区合作的组织分为不同等级，并说明可以采用的合作类型；一个合作伙伴可以同时采用多种合作类型。
          </Translate>
        </p>
        <nav aria-label={translate({ id: 'partners.program.toc', message: '本页内容' })}>
          <ul className={styles.toc}>
            <li>
              <a href="#tiers">
                <Translate id="partners.program.tiers.title">等级</Translate>
              </a>
            </li>
            <li>
              <a href="#kinds">
                <Translate id="partners.program.kinds.title">合作类型</Translate>
              </a>
            </li>
            <li>
              <a href="#apply">
                <Translate id="partners.program.apply.title">如何申请</Translate>
              </a>
            </li>
            <li>
              <a href="#types">
                <Translate id="partners.program.types.title">合作伙伴类别</Translate>
              </a>
            </li>
          </ul>
        </nav>

        <section aria-labelledby="tiers">
          <Heading as="h2" id="tiers">
            <Translate id="partners.program.tiers.title">等级</Translate>
          </Heading>
          <TierTable data={data} />
        </section>

        <section aria-labelledby="kinds">
          <Heading as="h2" id="kinds">
            <Translate id="partners.program.kinds.title">合作类型</Translate>
          </Heading>
          <div className={styles.grid}>
            {kinds.map((k) => (
              <section key={k.id} className={styles.block} aria-labelledby={`kind-${k.id}`}>
                <Heading as="h3" id={`kind-${k.id}`}>
                  <DataText pointer="/name" fallbacks={k.fallbacks}>
                    {k.name}
                  </DataText>
                </Heading>
                <p>
                  <DataText pointer="/summary" fallbacks={k.fallbacks}>
                    {k.summary}
                  </DataText>
                </p>
                <Heading as="h4">
                  <Translate id="partners.program.kinds.commitments">合作伙伴的承诺</Translate>
                </Heading>
                <DataList items={k.commitments} pointer="/commitments" fallbacks={k.fallbacks} />
                <Heading as="h4">
                  <Translate id="partners.program.kinds.benefits">合作伙伴获得的支持</Translate>
                </Heading>
                <DataList items={k.benefits} pointer="/benefits" fallbacks={k.fallbacks} />
              </section>
            ))}
          </div>
        </section>

        <section aria-labelledby="apply">
          <Heading as="h2" id="apply">
            <Translate id="partners.program.apply.title">如何申请</Translate>
          </Heading>
          <ol className={styles.steps}>
            <li>
              <Translate id="partners.program.apply.step1" values={{ file: <code>data/partners/&lt;id&gt;.yaml</code> }}>
                {'复制下面的模板，保存为 {file}（id 用小写字母、数字和连字符，与文件名一致），按注释填写每个字段。'}
              </Translate>
            </li>
            <li>
              <Translate id="partners.program.apply.step2" values={{ file: <code>static/img/partners/&lt;id&gt;.svg</code> }}>
                {'把组织的标识放在 {file}，并为它写好替代文本。'}
              </Translate>
            </li>
            <li>
              <Translate id="partners.program.apply.step3" values={{ command: <code>npm run validate</code> }}>
                {'运行 {command}：它会指出缺少或填错的字段，以及所在的行和列。'}
              </Translate>
            </li>
            <li>
              <Translate id="partners.program.apply.step4">提交一个只添加这两个文件的拉取请求。不使用 Git 的组织也可以在仓库中用“新合作伙伴”议题表单提交同样的信息。</Translate>
            </li>
          </ol>
          <CodeBlock language="yaml" title="data/partners/<id>.yaml">
            {template}
          </CodeBlock>
        </section>

        <section aria-labelledby="types">
          <Heading as="h2" id="types">
            <Translate id="partners.program.types.title">合作伙伴类别</Translate>
          </Heading>
          {groups.map((group) => {
            const inGroup = types.filter((t) => t.group === group);
            return (
              <section key={group} aria-labelledby={`group-${group}`}>
                <Heading as="h3" id={`group-${group}`}>
                  {inGroup[0]!.groupLabel}
                </Heading>
                <div className={styles.grid}>
                  {inGroup.map((t) => (
                    <section key={t.id} className={styles.block} aria-labelledby={`type-${t.id}`}>
                      <Heading as="h4" id={`type-${t.id}`}>
                        <DataText pointer="/name" fallbacks={t.fallbacks}>
                          {t.name}
                        </DataText>
                      </Heading>
                      <p>
                        <DataText pointer="/summary" fallbacks={t.fallbacks}>
                          {t.summary}
                        </DataText>
                      </p>
                      <p className={styles.subhead}>
                        <Translate id="partners.program.types.typical">典型组织</Translate>
                      </p>
                      <DataList items={t.typicalOrganizations} pointer="/typicalOrganizations" fallbacks={t.fallbacks} />
                      <p className={styles.subhead}>
                        <Translate id="partners.program.types.contributions">典型贡献</Translate>
                      </p>
                      <DataList items={t.contributions} pointer="/contributions" fallbacks={t.fallbacks} />
                      <p>
                        <Link to={`${directoryPermalink}?type=${t.id}`}>
                          <Translate id="partners.program.types.link">查看这一类别的合作伙伴</Translate>
                        </Link>
                      </p>
                    </section>
                  ))}
                </div>
              </section>
            );
          })}
        </section>
      </main>
    </Layout>
  );
}

