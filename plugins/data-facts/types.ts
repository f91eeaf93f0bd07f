/** One fraction of a vote: numerator/denominator of `base`, compared with `comparison`. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface BodyFact {
  id: string;
  name: string;
  seats: number;
  termYears: number;
  meetingCadence: string;
  decisionMethod: { id: string; name: string };
  escalatesTo?: string;
}

export interface DecisionMethodFact {
  id: string;
  name: string;
  kind: string;
  summary: string;
  threshold?: Fraction & { base: 'votes-cast' | 'seats'; comparison: 'greater-than' | 'at-least' };
  quorum?: Fraction;
  objectionPeriodDays?: number;
  fallbackMethod?: { id: string; name: string };
}

export interface VoteTypeFact {
  id: string;
  name: string;
  eligibleVoters: string;
  decisionMethod: { id: string; name: string };
  votingPeriodDays: number;
}

export interface WorkingGroupFact {
  id: string;
  name: string;
  focus: string[];
  reportsTo?: string;
}

export interface ProcessFact {
  id: string;
  name: string;
  stages: { id: string; name: string; summary: string; durationDays?: number; durationNote?: string }[];
}

export interface LadderFact {
  id: string;
  name: string;
  rank: number;
  privileges: string[];
  promotion?: string;
}

export interface RecognitionLevelFact {
  id: string;
  name: string;
  rank: number;
  minPoints: number;
  badge: string;
  benefits: string[];
}

export interface PointRuleFact {
  id: string;
  name: string;
  basePoints: number;
}

export interface CourseFact {
  id: string;
  title: string;
  level: string;
  durationWeeks: number;
  weeklyHours: number;
  permalink: string;
}

export interface CertificationFact {
  id: string;
  name: string;
  validity: { years: number } | { lifetime: true };
  permalink: string;
}

export interface TierFact {
  id: string;
  name: string;
  rank: number;
  benefits: string[];
  supportLevel: string;
}

export interface CountFact {
  id: string;
  value: number;
}

export interface FactStore {
  bodies: Record<string, BodyFact>;
  decisionMethods: Record<string, DecisionMethodFact>;
  voteTypes: Record<string, VoteTypeFact>;
  workingGroups: Record<string, WorkingGroupFact>;
  processes: Record<string, ProcessFact>;
  ladder: Record<string, LadderFact>;
  recognitionLevels: Record<string, RecognitionLevelFact>;
  pointRules: Record<string, PointRuleFact>;
  courses: Record<string, CourseFact>;
  certifications: Record<string, CertificationFact>;
  tiers: Record<string, TierFact>;
  counts: Record<string, CountFact>;
}

export type FactGroup = keyof FactStore;
