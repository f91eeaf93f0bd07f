import type { FactGroup } from './types';

/**
 * The MDX components that show data facts, and which records each needs.
 * `attribute`: the prop naming one entry (that record is passed as `fact`);
 * without it the component gets every record of the group as `facts`;
 * `optional`: the attribute may be left out to get them all.
 * The remark plugin and src/components/DataFacts both read this table.
 */
export const FACT_COMPONENTS: Record<string, { group: FactGroup; attribute?: string; optional?: boolean }> = {
  CommitteeSeats: { group: 'bodies', attribute: 'body' },
  TermYears: { group: 'bodies', attribute: 'body' },
  GoverningBodies: { group: 'bodies' },
  VoteThreshold: { group: 'decisionMethods', attribute: 'method' },
  ObjectionPeriod: { group: 'decisionMethods', attribute: 'method' },
  DecisionMethods: { group: 'decisionMethods' },
  VotingPeriod: { group: 'voteTypes', attribute: 'vote' },
  VoteTypes: { group: 'voteTypes' },
  WorkingGroups: { group: 'workingGroups' },
  ProcessStages: { group: 'processes', attribute: 'process' },
  ContributorLadder: { group: 'ladder' },
  RecognitionLevels: { group: 'recognitionLevels' },
  MinPoints: { group: 'recognitionLevels', attribute: 'level' },
  PointRules: { group: 'pointRules' },
  BasePoints: { group: 'pointRules', attribute: 'rule' },
  CourseDuration: { group: 'courses', attribute: 'course' },
  CourseDurations: { group: 'courses' },
  CertificationValidity: { group: 'certifications', attribute: 'certification' },
  CertificationValidities: { group: 'certifications' },
  TierBenefits: { group: 'tiers', attribute: 'tier', optional: true },
  Count: { group: 'counts', attribute: 'of' },
};

/** The import specifier of one record, or of a whole group (`all`). */
export const factModule = (group: FactGroup, id: string | undefined) => `@community-facts/${group}/${id ?? '_all'}.json`;
