import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type {
  BodyFact,
  CertificationFact,
  CountFact,
  CourseFact,
  DecisionMethodFact,
  LadderFact,
  PointRuleFact,
  ProcessFact,
  RecognitionLevelFact,
  TierFact,
  VoteTypeFact,
  WorkingGroupFact,
} from '@site/plugins/data-facts/types';
import { days, hoursPerWeek, quorumText, thresholdText, weeks, years, type Select } from './format';
import styles from './styles.module.css';

/*
 * Facts from data/ inside guides. The remark plugin in plugins/data-facts
 * passes each component the records it names (`fact`) or its whole group
 * (`facts`), read at build time from the validated, translated data; the
 * attributes a guide writes (body="…", course="…") only choose the record.
 */

type One<T> = { fact: T };
type All<T> = { facts: Record<string, T> };

function useSelect(): Select {
  const { selectMessage } = usePluralForm();
  return selectMessage;
}

const list = <T,>(facts: Record<string, T>) => Object.values(facts);

/** A table in a wrapper that scrolls sideways on narrow screens; keyboard users can focus it to scroll. */
function Table({ head, children, caption, label }: { head: ReactNode[]; children: ReactNode; caption?: ReactNode; label: string }) {
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table}>
        {caption ? <caption className={styles.caption}>{caption}</caption> : null}
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function Items({ items }: { items: string[] }) {
  return (
    <ul className={styles.items}>
      {items.map((b) => (
        <li key={b}>{b}</li>
      ))}
    </ul>
  );
}

// ---- inline facts -------------------------------------------------------
// Each inline fact is plain text; `toText` gives the same text without
// rendering, so the FAQ can put it into its JSON-LD answers.

export type InlineFact<P> = ((props: P) => ReactNode) & { toText: (props: P, select: Select) => string };

function inlineFact<P>(toText: (props: P, select: Select) => string): InlineFact<P> {
  function Fact(props: P) {
    return <>{toText(props, useSelect())}</>;
  }
  return Object.assign(Fact, { toText });
}

const validityText = (fact: CertificationFact, select: Select) =>
  'lifetime' in fact.validity ? translate({ id: 'facts.validity.lifetime', message: '终身有效' }) : years(fact.validity.years, select);

/** Seats of one governing body: `<CommitteeSeats body="technical-committee" />`. */
export const CommitteeSeats = inlineFact<One<BodyFact> & { body: string }>(({ fact }) => String(fact.seats));
/** Term of office of one body, e.g. "2 年" / "2 years". */
export const TermYears = inlineFact<One<BodyFact> & { body: string }>(({ fact }, select) => years(fact.termYears, select));
/** When a decision method passes, in words. */
export const VoteThreshold = inlineFact<One<DecisionMethodFact> & { method: string }>(({ fact }, select) => thresholdText(fact, select));
/** Objection period of a consensus method, e.g. "3 天". */
export const ObjectionPeriod = inlineFact<One<DecisionMethodFact> & { method: string }>(({ fact }, select) =>
  fact.objectionPeriodDays !== undefined ? days(fact.objectionPeriodDays, select) : thresholdText(fact, select),
);
/** Voting period of one vote type. */
export const VotingPeriod = inlineFact<One<VoteTypeFact> & { vote: string }>(({ fact }, select) => days(fact.votingPeriodDays, select));
/** Points needed for one recognition level. */
export const MinPoints = inlineFact<One<RecognitionLevelFact> & { level: string }>(({ fact }) => String(fact.minPoints));
/** Base points of one kind of contribution. */
export const BasePoints = inlineFact<One<PointRuleFact> & { rule: string }>(({ fact }) => String(fact.basePoints));
/** Length of one course, e.g. "4 周" / "4 weeks". */
export const CourseDuration = inlineFact<One<CourseFact> & { course: string }>(({ fact }, select) => weeks(fact.durationWeeks, select));
/** How long one certification stays valid. */
export const CertificationValidity = inlineFact<One<CertificationFact> & { certification: string }>(({ fact }, select) => validityText(fact, select));
/** How many entries a collection holds: `<Count of="courses" />`. */
export const Count = inlineFact<One<CountFact> & { of: string }>(({ fact }) => String(fact.value));

// ---- tables and lists ---------------------------------------------------

export function GoverningBodies({ facts }: All<BodyFact>) {
  const select = useSelect();
  return (
    <Table
      label={translate({ id: 'facts.bodies.table', message: '治理机构一览' })}
      head={[
        <Translate id="facts.bodies.name">机构</Translate>,
        <Translate id="facts.bodies.seats">席位</Translate>,
        <Translate id="facts.bodies.term">任期</Translate>,
        <Translate id="facts.bodies.cadence">例会</Translate>,
        <Translate id="facts.bodies.method">默认决策方式</Translate>,
        <Translate id="facts.bodies.escalatesTo">争议提交至</Translate>,
      ]}>
      {list(facts).map((b) => (
        <tr key={b.id}>
          <th scope="row">{b.name}</th>
          <td>{b.seats}</td>
          <td>{years(b.termYears, select)}</td>
          <td>{b.meetingCadence}</td>
          <td>{b.decisionMethod.name}</td>
          <td>{b.escalatesTo ?? <Translate id="facts.bodies.final">最终裁决</Translate>}</td>
        </tr>
      ))}
    </Table>
  );
}

export function DecisionMethods({ facts }: All<DecisionMethodFact>) {
  const select = useSelect();
  return (
    <Table
      label={translate({ id: 'facts.methods.table', message: '决策方式一览' })}
      head={[
        <Translate id="facts.methods.name">决策方式</Translate>,
        <Translate id="facts.methods.passes">通过条件</Translate>,
        <Translate id="facts.methods.quorum">参与要求</Translate>,
      ]}>
      {list(facts).map((m) => (
        <tr key={m.id}>
          <th scope="row">{m.name}</th>
          <td>
            {thresholdText(m, select)}
            {m.fallbackMethod ? (
              <>
                {' '}
                <Translate id="facts.methods.fallback" values={{ method: m.fallbackMethod.name }}>
                  {'（有异议时改用{method}）'}
                </Translate>
              </>
            ) : null}
          </td>
          <td>{quorumText(m)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function VoteTypes({ facts }: All<VoteTypeFact>) {
  const select = useSelect();
  return (
    <Table
      label={translate({ id: 'facts.votes.table', message: '投票类型一览' })}
      head={[
        <Translate id="facts.votes.name">投票类型</Translate>,
        <Translate id="facts.votes.voters">投票人</Translate>,
        <Translate id="facts.votes.method">决策方式</Translate>,
        <Translate id="facts.votes.period">投票期</Translate>,
      ]}>
      {list(facts).map((v) => (
        <tr key={v.id}>
          <th scope="row">{v.name}</th>
          <td>{v.eligibleVoters}</td>
          <td>{v.decisionMethod.name}</td>
          <td>{days(v.votingPeriodDays, select)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function WorkingGroups({ facts }: All<WorkingGroupFact>) {
  return (
    <dl className={styles.defs}>
      {list(facts).map((g) => (
        <div key={g.id}>
          <dt>{g.name}</dt>
          <dd>
            {g.focus.join(separator())}
            {g.reportsTo ? (
              <>
                {' · '}
                <Translate id="facts.groups.reportsTo" values={{ body: g.reportsTo }}>
                  {'向{body}汇报'}
                </Translate>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

// The list separator of the page's language ("、" or ", ").
const separator = () => translate({ id: 'facts.listSeparator', message: '、', description: 'Separator between items of an inline list' });

export function ProcessStages({ fact }: One<ProcessFact> & { process: string }) {
  const select = useSelect();
  return (
    <ol className={styles.stages}>
      {fact.stages.map((s) => (
        <li key={s.id}>
          <strong>{s.name}</strong>
          {s.durationDays !== undefined || s.durationNote ? (
            <span className={styles.duration}>
              {' '}
              ({s.durationNote ?? days(s.durationDays!, select)})
            </span>
          ) : null}
          <div>{s.summary}</div>
        </li>
      ))}
    </ol>
  );
}

export function ContributorLadder({ facts }: All<LadderFact>) {
  return (
    <Table
      label={translate({ id: 'facts.ladder.table', message: '贡献者阶梯' })}
      head={[
        <Translate id="facts.ladder.role">角色</Translate>,
        <Translate id="facts.ladder.privileges">可以做什么</Translate>,
        <Translate id="facts.ladder.promotion">如何晋升到这一级</Translate>,
      ]}>
      {list(facts).map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.name}</th>
          <td>
            <Items items={r.privileges} />
          </td>
          <td>{r.promotion ?? <Translate id="facts.ladder.start">起点：在实际工作中使用项目</Translate>}</td>
        </tr>
      ))}
    </Table>
  );
}

export function RecognitionLevels({ facts }: All<RecognitionLevelFact>) {
  return (
    <Table
      label={translate({ id: 'facts.levels.table', message: '荣誉等级一览' })}
      head={[
        <Translate id="facts.levels.level">等级</Translate>,
        <Translate id="facts.levels.points">累计积分</Translate>,
        <Translate id="facts.levels.badge">徽章</Translate>,
        <Translate id="facts.levels.rewards">奖励</Translate>,
      ]}>
      {list(facts).map((l) => (
        <tr key={l.id}>
          <th scope="row">{l.name}</th>
          <td>
            <Translate id="facts.levels.from" values={{ points: l.minPoints }}>
              {'{points} 分起'}
            </Translate>
          </td>
          <td>{l.badge}</td>
          <td>
            <Items items={l.benefits} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function PointRules({ facts }: All<PointRuleFact>) {
  return (
    <Table
      label={translate({ id: 'facts.points.table', message: '各类贡献的基础积分' })}
      head={[<Translate id="facts.points.kind">贡献类型</Translate>, <Translate id="facts.points.base">基础积分</Translate>]}>
      {list(facts).map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.name}</th>
          <td>{r.basePoints}</td>
        </tr>
      ))}
    </Table>
  );
}

export function CourseDurations({ facts }: All<CourseFact>) {
  const select = useSelect();
  return (
    <Table
      label={translate({ id: 'facts.courses.table', message: '课程时长一览' })}
      head={[
        <Translate id="facts.courses.course">课程</Translate>,
        <Translate id="facts.courses.level">难度</Translate>,
        <Translate id="facts.courses.duration">时长</Translate>,
        <Translate id="facts.courses.load">学习量</Translate>,
      ]}>
      {list(facts).map((c) => (
        <tr key={c.id}>
          <th scope="row">
            <Link to={c.permalink}>{c.title}</Link>
          </th>
          <td>{c.level}</td>
          <td>{weeks(c.durationWeeks, select)}</td>
          <td>{hoursPerWeek(c.weeklyHours, select)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function CertificationValidities({ facts }: All<CertificationFact>) {
  const select = useSelect();
  return (
    <Table
      label={translate({ id: 'facts.certs.table', message: '认证有效期一览' })}
      head={[<Translate id="facts.certs.name">认证</Translate>, <Translate id="facts.certs.validity">有效期</Translate>]}>
      {list(facts).map((c) => (
        <tr key={c.id}>
          <th scope="row">
            <Link to={c.permalink}>{c.name}</Link>
          </th>
          <td>{validityText(c, select)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** Benefits of every partner tier, or of one: `<TierBenefits tier="gold" />`. */
export function TierBenefits(props: Partial<One<TierFact>> & Partial<All<TierFact>> & { tier?: string }) {
  const tiers = props.fact ? [props.fact] : list(props.facts ?? {});
  return (
    <dl className={styles.defs}>
      {tiers.map((t) => (
        <div key={t.id}>
          <dt>
            {t.name}
            <span className={styles.duration}>
              {' · '}
              <Translate id="facts.tiers.support" values={{ level: t.supportLevel }}>
                {'技术支持：{level}'}
              </Translate>
            </span>
          </dt>
          <dd>
            <Items items={t.benefits} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
