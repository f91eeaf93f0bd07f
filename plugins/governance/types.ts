/**
 * Props of the governance pages. Input types (what the YAML says) are
 * generated from the schema; these are the shapes the pages receive, already
 * in the page's locale, with links and vote counts worked out at build time.
 */
import type {
  Badge,
  Body,
  DecisionMethod,
  DevelopmentProgram,
  Fraction,
  LadderRole,
  MentorRole,
  OnboardingPath,
  PointRule,
  Process,
  RecognitionLevel,
  Threshold,
  VoteType,
  WorkingGroup,
} from '../data-engine/generated/governance';

export type {
  Badge,
  Body,
  DecisionMethod,
  DevelopmentProgram,
  Fraction,
  LadderRole,
  MentorRole,
  OnboardingPath,
  PointRule,
  Process,
  RecognitionLevel,
  Threshold,
  VoteType,
  WorkingGroup,
};

export interface Link {
  id: string;
  title: string;
  permalink: string;
}

/** The fixed pages of the section; processes come from the data and are named by it. */
export type SectionKey = 'overview' | 'working-groups' | 'decisions' | 'contributors' | 'mentorship' | 'onboarding';

export interface NavItem {
  /** A SectionKey, or `process:<id>`. */
  key: string;
  permalink: string;
  /** The data's name, for process pages; fixed pages are named by the UI strings. */
  title?: string;
}

/** What every governance page gets: the section's navigation and schema field titles. */
export interface CommonProps {
  nav: NavItem[];
  /** The nav key of this page (a body page sits under the overview). */
  current: string;
  overviewPermalink: string;
  /**
   * Field titles from the schema, in the page's locale, keyed `<kind>.<path>`
   * (e.g. `body.responsibilities`): headings name fields as the data reference does.
   */
  titles: Record<string, string>;
}

/** A localized entry's data with the JSON Pointers of its untranslated strings. */
export interface Entry<T> {
  data: T;
  fallbacks: string[];
}

/** Quorum and votes that carry a decision in one body under one voting method. */
export interface VoteCount {
  method: Link;
  seats: number;
  quorum: number;
  votes: number;
}

export interface BodyCard extends Link {
  summary: string;
  seats: number;
  termYears: number;
  cadence: string;
  fallbacks: string[];
}

export interface OverviewProps extends CommonProps {
  bodies: (BodyCard & { escalatesTo?: Link })[];
  workingGroups: (Link & { focus: string[]; reportsTo: Link; fallbacks: string[] })[];
  processes: (Link & { summary: string; fallbacks: string[] })[];
  /** The data reference page of the governance collection (field by field). */
  dataReferencePermalink: string;
  counts: { decisionMethods: number; voteTypes: number; ladder: number; levels: number; mentorRoles: number; programs: number; onboarding: number };
}

export interface BodyPageProps extends CommonProps {
  body: Body;
  fallbacks: string[];
  permalink: string;
  cadence: string;
  decisionMethod: Link & { kind: DecisionMethod['kind'] };
  escalatesTo?: Link;
  /** Bodies whose disputes come here. */
  hearsFrom: Link[];
  workingGroups: Link[];
  /** Vote types this body runs or confirms. */
  voteTypes: Link[];
  /** One row per formal voting method. */
  votes: VoteCount[];
  decisionsPermalink: string;
}

export interface WorkingGroupsPageProps extends CommonProps {
  groups: { group: WorkingGroup; fallbacks: string[]; cadence: string; reportsTo: Link; onboarding: Link[] }[];
}

export interface MethodSummary {
  method: DecisionMethod;
  fallbacks: string[];
  kind: string;
  base?: string;
  comparison?: string;
  fallback?: Link;
  /** Bodies that use it by default. */
  defaultFor: Link[];
  voteTypes: Link[];
}

export interface VoteTypeSummary {
  voteType: VoteType;
  fallbacks: string[];
  method: Link;
  minimumRole?: Link;
  /** Deciding bodies, with quorum and votes to carry for a vote among a body's own seats. */
  decidedBy: (Link & { count?: VoteCount })[];
  /** Process stages that may use it. */
  stages: Link[];
}

export interface DecisionsPageProps extends CommonProps {
  methods: MethodSummary[];
  /** Bodies × formal voting methods. */
  matrix: { bodies: (Link & { seats: number })[]; methods: Link[]; counts: VoteCount[][] };
  voteTypes: VoteTypeSummary[];
  /** Worked examples of the rounding rule, one per comparison the data uses, from real bodies. */
  examples: { body: Link; seats: number; method: Link; numerator: number; denominator: number; comparison: Threshold['comparison']; exact: number; votes: number }[];
}

export interface ProcessPageProps extends CommonProps {
  process: Process;
  fallbacks: string[];
  permalink: string;
  /** Per stage (same order): vote types it may use. */
  stageVoteTypes: Link[][];
}

export interface ContributorsPageProps extends CommonProps {
  ladder: { role: LadderRole; fallbacks: string[]; next?: Link; onboarding: Link[] }[];
  levels: { level: RecognitionLevel; fallbacks: string[]; /** Points of the next level up, if any. */ nextMinPoints?: number }[];
  pointRules: { rule: PointRule; fallbacks: string[]; badge?: Link }[];
  badges: { badge: Badge; fallbacks: string[]; pointRule?: Link }[];
  /** Votes open to members of a ladder role. */
  votes: { role: Link; voteTypes: Link[] }[];
}

export interface MentorshipPageProps extends CommonProps {
  roles: { role: MentorRole; fallbacks: string[]; programs: Link[]; onboarding: Link[] }[];
  programs: { program: DevelopmentProgram; fallbacks: string[]; mentorRoles: Link[] }[];
}

export interface OnboardingPageProps extends CommonProps {
  paths: {
    path: OnboardingPath;
    fallbacks: string[];
    mentorRole?: Link;
    targetRole?: Link;
    workingGroup?: Link;
    /** Sum of the steps' expected minutes (ongoing steps have none). */
    totalMinutes: number;
  }[];
}
