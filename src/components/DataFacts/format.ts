import { translate } from '@docusaurus/Translate';
import type { DecisionMethodFact, Fraction } from '@site/plugins/data-facts/types';

/** Plural-aware unit text; `select` is usePluralForm().selectMessage. */
export type Select = (count: number, message: string) => string;

export const weeks = (n: number, select: Select) =>
  select(n, translate({ id: 'facts.unit.weeks', message: '{count} 周', description: 'A duration in weeks; English uses "one|other" plural forms' }, { count: n }));
export const years = (n: number, select: Select) =>
  select(n, translate({ id: 'facts.unit.years', message: '{count} 年', description: 'A duration in years; English uses "one|other" plural forms' }, { count: n }));
export const days = (n: number, select: Select) =>
  select(n, translate({ id: 'facts.unit.days', message: '{count} 天', description: 'A duration in days; English uses "one|other" plural forms' }, { count: n }));
export const hoursPerWeek = (n: number, select: Select) =>
  select(n, translate({ id: 'facts.unit.hoursPerWeek', message: '每周 {count} 小时', description: 'Study load per week' }, { count: n }));

/** "half", "two thirds", or n/d: how a reader says a share. */
export function share({ numerator: n, denominator: d }: Fraction): string {
  if (n === 1 && d === 2) return translate({ id: 'facts.share.half', message: '半数' });
  if (n === 2 && d === 3) return translate({ id: 'facts.share.twoThirds', message: '三分之二' });
  if (n === 3 && d === 4) return translate({ id: 'facts.share.threeQuarters', message: '四分之三' });
  return `${n}/${d}`;
}

/** When a vote passes, in words, from the method's threshold. */
export function thresholdText(method: DecisionMethodFact, select: Select): string {
  const t = method.threshold;
  if (!t) {
    return method.objectionPeriodDays !== undefined
      ? translate({ id: 'facts.threshold.noObjection', message: '{period}内无人反对' }, { period: days(method.objectionPeriodDays, select) })
      : translate({ id: 'facts.threshold.consensus', message: '达成共识' });
  }
  const fraction = share(t);
  if (t.base === 'seats') {
    if (t.numerator === t.denominator) return translate({ id: 'facts.threshold.allSeats', message: '全体席位一致赞成' });
    return t.comparison === 'greater-than'
      ? translate({ id: 'facts.threshold.moreThanSeats', message: '赞成票超过全部席位的{fraction}' }, { fraction })
      : translate({ id: 'facts.threshold.atLeastSeats', message: '赞成票不少于全部席位的{fraction}' }, { fraction });
  }
  return t.comparison === 'greater-than'
    ? translate({ id: 'facts.threshold.moreThanVotes', message: '赞成票超过有效票的{fraction}' }, { fraction })
    : translate({ id: 'facts.threshold.atLeastVotes', message: '赞成票不少于有效票的{fraction}' }, { fraction });
}

/** Who must take part for a vote to count. */
export function quorumText(method: DecisionMethodFact): string {
  const q = method.quorum;
  if (!q) return translate({ id: 'facts.quorum.none', message: '不要求法定人数' });
  if (q.numerator === q.denominator) return translate({ id: 'facts.quorum.all', message: '全体成员参与投票' });
  return translate({ id: 'facts.quorum.share', message: '{fraction}席位参与投票' }, { fraction: share(q) });
}
