import type { LocalizedEntry } from '../data-engine/types';
import type { CollectionReference } from '../data-reference/buildReference';
import { exactShare, quorumSize, votesToCarry } from './votes';
import type {
  Badge,
  Body,
  BodyPageProps,
  CommonProps,
  ContributorsPageProps,
  DecisionMethod,
  DecisionsPageProps,
  DevelopmentProgram,
  LadderRole,
  Link,
  MentorRole,
  MentorshipPageProps,
  NavItem,
  OnboardingPageProps,
  OnboardingPath,
  OverviewProps,
  PointRule,
  Process,
  ProcessPageProps,
  RecognitionLevel,
  VoteCount,
  VoteType,
  WorkingGroup,
  WorkingGroupsPageProps,
} from './types';

export interface GovernanceSources {
  bodies: LocalizedEntry<Body>[];
  workingGroups: LocalizedEntry<WorkingGroup>[];
  decisionMethods: LocalizedEntry<DecisionMethod>[];
  voteTypes: LocalizedEntry<VoteType>[];
  processes: LocalizedEntry<Process>[];
  ladder: LocalizedEntry<LadderRole>[];
  levels: LocalizedEntry<RecognitionLevel>[];
  pointRules: LocalizedEntry<PointRule>[];
  badges: LocalizedEntry<Badge>[];
  mentorRoles: LocalizedEntry<MentorRole>[];
  programs: LocalizedEntry<DevelopmentProgram>[];
  onboarding: LocalizedEntry<OnboardingPath>[];
  /** The data reference: schema field titles and enum labels in the page's locale. */
  references: CollectionReference[];
}

export interface PageSpec {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

/** Entries of the governance collection by kind (the schema's $defs names), as the plugin hands them over. */
export const KINDS: Record<Exclude<keyof GovernanceSources, 'references'>, string> = {
  bodies: 'body',
  workingGroups: 'workingGroup',
  decisionMethods: 'decisionMethod',
  voteTypes: 'voteType',
  processes: 'process',
  ladder: 'ladderRole',
  levels: 'recognitionLevel',
  pointRules: 'pointRule',
  badges: 'badge',
  mentorRoles: 'mentorRole',
  programs: 'developmentProgram',
  onboarding: 'onboardingPath',
};

/**
 * Bodies top-down: each body that nothing escalates from, largest first,
 * followed by the bodies that escalate to it (largest first), depth-first.
 */
export function orderBodies(bodies: Body[]): Body[] {
  const bySeats = (a: Body, b: Body) => b.seats - a.seats || a.id.localeCompare(b.id);
  const ids = new Set(bodies.map((b) => b.id));
  const out: Body[] = [];
  const seen = new Set<string>();
  const visit = (b: Body) => {
    if (seen.has(b.id)) return;
    seen.add(b.id);
    out.push(b);
    for (const child of bodies.filter((c) => c.escalatesTo === b.id).sort(bySeats)) visit(child);
  };
  for (const root of bodies.filter((b) => !b.escalatesTo || !ids.has(b.escalatesTo)).sort(bySeats)) visit(root);
  // A cycle of escalations has no root; list whatever is left rather than drop it.
  for (const b of [...bodies].sort(bySeats)) visit(b);
  return out;
}

/** Lazy consensus first, then formal votes from the lowest threshold to the highest. */
export function orderMethods(methods: DecisionMethod[]): DecisionMethod[] {
  const weight = (m: DecisionMethod) => (m.threshold ? m.threshold.numerator / m.threshold.denominator + (m.threshold.base === 'seats' ? 1 : 0) : -1);
  return [...methods].sort((a, b) => weight(a) - weight(b) || a.id.localeCompare(b.id));
}

/** Quorum and votes to carry for each formal voting method in a body of `seats`. */
export function voteCounts(seats: number, methods: { id: string; name: string; permalink: string; method: DecisionMethod }[]): VoteCount[] {
  return methods.flatMap(({ id, name, permalink, method }) =>
    method.kind === 'vote' && method.threshold
      ? [
          {
            method: { id, title: name, permalink },
            seats,
            // A method without a quorum still needs the votes that carry it.
            quorum: method.quorum ? quorumSize(seats, method.quorum) : 0,
            votes: votesToCarry(seats, method.threshold),
          },
        ]
      : [],
  );
}

/** Sum of the expected minutes of an onboarding path's steps. */
export function totalMinutes(path: OnboardingPath): number {
  return path.steps.reduce((sum, s) => sum + (s.expectedMinutes ?? 0), 0);
}

function fieldTitles(references: CollectionReference[]): Record<string, string> {
  const ref = references.find((r) => r.collection === 'governance');
  const titles: Record<string, string> = {};
  for (const kind of ref?.kinds ?? []) {
    titles[kind.kind] = kind.title;
    for (const f of kind.fields) titles[`${kind.kind}.${f.path}`] = f.title;
  }
  return titles;
}

function enumLabel(references: CollectionReference[], kind: string, field: string, value: string): string {
  const row = references.find((r) => r.collection === 'governance')?.kinds.find((k) => k.kind === kind)?.fields.find((f) => f.path === field);
  return row?.enum?.find((o) => o.value === value)?.label ?? value;
}

/**
 * Every governance page with its props, from the localized entries. Pure: the
 * plugin only writes these out, tests call it directly.
 */
export function buildGovernancePages(src: GovernanceSources, base: string): PageSpec[] {
  const root = `${base}governance/`;
  const url = {
    overview: root,
    body: (id: string) => `${root}bodies/${id}/`,
    workingGroups: `${root}working-groups/`,
    decisions: `${root}decisions/`,
    process: (id: string) => `${root}processes/${id}/`,
    contributors: `${root}contributors/`,
    mentorship: `${root}mentorship/`,
    onboarding: `${root}onboarding/`,
  };
  const titles = fieldTitles(src.references);
  const name = <T extends { id: string; name: string }>(list: LocalizedEntry<T>[]) => new Map(list.map((e) => [e.id, e.data.name]));
  const linker = <T extends { id: string; name: string }>(list: LocalizedEntry<T>[], permalink: (id: string) => string) => {
    const names = name(list);
    return (id: string): Link => ({ id, title: names.get(id) ?? id, permalink: permalink(id) });
  };
  const bodyLink = linker(src.bodies, url.body);
  const groupLink = linker(src.workingGroups, (id) => `${url.workingGroups}#${id}`);
  const methodLink = linker(src.decisionMethods, (id) => `${url.decisions}#${id}`);
  const voteTypeLink = linker(src.voteTypes, (id) => `${url.decisions}#${id}`);
  const roleLink = linker(src.ladder, (id) => `${url.contributors}#${id}`);
  const ruleLink = linker(src.pointRules, (id) => `${url.contributors}#${id}`);
  const badgeLink = linker(src.badges, (id) => `${url.contributors}#${id}`);
  const mentorLink = linker(src.mentorRoles, (id) => `${url.mentorship}#${id}`);
  const programLink = linker(src.programs, (id) => `${url.mentorship}#${id}`);
  const onboardingLink = linker(src.onboarding, (id) => `${url.onboarding}#${id}`);
  const cadence = (kind: string, value: string) => enumLabel(src.references, kind, 'meetingCadence', value);

  const bodyEntries = new Map(src.bodies.map((b) => [b.id, b]));
  const bodies = orderBodies(src.bodies.map((b) => b.data)).map((b) => bodyEntries.get(b.id)!);
  const methodEntries = new Map(src.decisionMethods.map((m) => [m.id, m]));
  const methods = orderMethods(src.decisionMethods.map((m) => m.data)).map((m) => methodEntries.get(m.id)!);
  const votingMethods = methods.filter((m) => m.data.kind === 'vote' && m.data.threshold);
  // A threshold no vote can meet (say "more than 1/1") passes the schema; name the file rather than fail on a bare RangeError.
  for (const m of votingMethods) {
    for (const b of bodies) {
      try {
        votesToCarry(b.data.seats, m.data.threshold!);
        if (m.data.quorum) quorumSize(b.data.seats, m.data.quorum);
      } catch (error) {
        throw new Error(`${m.file}: ${(error as Error).message} (in ${b.file}, ${b.data.seats} seats)`);
      }
    }
  }
  const countsFor = (seats: number) => voteCounts(seats, votingMethods.map((m) => ({ id: m.id, name: m.data.name, permalink: methodLink(m.id).permalink, method: m.data })));
  const bodyRank = new Map(bodies.map((b, i) => [b.id, i]));
  const voteTypes = [...src.voteTypes].sort(
    (a, b) => Math.min(...a.data.decidedBy.map((id) => bodyRank.get(id) ?? 99)) - Math.min(...b.data.decidedBy.map((id) => bodyRank.get(id) ?? 99)) || a.id.localeCompare(b.id),
  );
  // Processes that lead to a vote (the RFC process) first: they are what "governance" means to most readers.
  const processes = [...src.processes].sort((a, b) => {
    const votes = (p: Process) => (p.stages.some((s) => (s.voteTypes ?? []).length > 0) ? 0 : 1);
    return votes(a.data) - votes(b.data) || a.id.localeCompare(b.id);
  });
  const ladder = [...src.ladder].sort((a, b) => a.data.rank - b.data.rank);
  const levels = [...src.levels].sort((a, b) => a.data.rank - b.data.rank);

  const nav: NavItem[] = [
    { key: 'overview', permalink: url.overview },
    { key: 'working-groups', permalink: url.workingGroups },
    { key: 'decisions', permalink: url.decisions },
    ...processes.map((p) => ({ key: `process:${p.id}`, permalink: url.process(p.id), title: p.data.name })),
    { key: 'contributors', permalink: url.contributors },
    { key: 'mentorship', permalink: url.mentorship },
    { key: 'onboarding', permalink: url.onboarding },
  ];
  const common = (current: string): CommonProps => ({ nav, current, overviewPermalink: url.overview, titles });
  const pages: PageSpec[] = [];

  const overview: OverviewProps = {
    ...common('overview'),
    bodies: bodies.map((b) => ({
      ...bodyLink(b.id),
      summary: b.data.summary,
      seats: b.data.seats,
      termYears: b.data.termYears,
      cadence: cadence('body', b.data.meetingCadence),
      fallbacks: b.fallbacks,
      ...(b.data.escalatesTo ? { escalatesTo: bodyLink(b.data.escalatesTo) } : {}),
    })),
    workingGroups: src.workingGroups
      .map((g) => ({ ...groupLink(g.id), focus: g.data.focus, reportsTo: bodyLink(g.data.reportsTo), fallbacks: g.fallbacks }))
      .sort((a, b) => (bodyRank.get(a.reportsTo.id) ?? 99) - (bodyRank.get(b.reportsTo.id) ?? 99) || a.id.localeCompare(b.id)),
    processes: processes.map((p) => ({ id: p.id, title: p.data.name, permalink: url.process(p.id), summary: p.data.summary, fallbacks: p.fallbacks })),
    dataReferencePermalink: `${base}reference/data/governance/`,
    counts: {
      decisionMethods: src.decisionMethods.length,
      voteTypes: src.voteTypes.length,
      ladder: src.ladder.length,
      levels: src.levels.length,
      mentorRoles: src.mentorRoles.length,
      programs: src.programs.length,
      onboarding: src.onboarding.length,
    },
  };
  pages.push({ path: url.overview, component: '@theme/GovernanceOverviewPage', dataName: 'governance-overview', props: overview });

  for (const b of bodies) {
    const method = methodEntries.get(b.data.decisionMethod);
    const props: BodyPageProps = {
      ...common('overview'),
      body: b.data,
      fallbacks: b.fallbacks,
      permalink: url.body(b.id),
      cadence: cadence('body', b.data.meetingCadence),
      decisionMethod: { ...methodLink(b.data.decisionMethod), kind: method?.data.kind ?? 'vote' },
      ...(b.data.escalatesTo ? { escalatesTo: bodyLink(b.data.escalatesTo) } : {}),
      hearsFrom: bodies.filter((o) => o.data.escalatesTo === b.id).map((o) => bodyLink(o.id)),
      workingGroups: src.workingGroups.filter((g) => g.data.reportsTo === b.id).map((g) => groupLink(g.id)),
      voteTypes: voteTypes.filter((v) => v.data.decidedBy.includes(b.id)).map((v) => voteTypeLink(v.id)),
      votes: countsFor(b.data.seats),
      decisionsPermalink: url.decisions,
    };
    pages.push({ path: url.body(b.id), component: '@theme/GovernanceBodyPage', dataName: `governance-body-${b.id}`, props });
  }

  const groups: WorkingGroupsPageProps = {
    ...common('working-groups'),
    groups: overview.workingGroups.map(({ id }) => {
      const g = src.workingGroups.find((w) => w.id === id)!;
      return {
        group: g.data,
        fallbacks: g.fallbacks,
        cadence: cadence('workingGroup', g.data.meetingCadence),
        reportsTo: bodyLink(g.data.reportsTo),
        onboarding: src.onboarding.filter((o) => o.data.workingGroup === id).map((o) => onboardingLink(o.id)),
      };
    }),
  };
  pages.push({ path: url.workingGroups, component: '@theme/GovernanceWorkingGroupsPage', dataName: 'governance-working-groups', props: groups });

  const examples: DecisionsPageProps['examples'] = [];
  const largest = bodies.reduce<LocalizedEntry<Body> | undefined>((best, b) => (!best || b.data.seats > best.data.seats ? b : best), undefined);
  if (largest) {
    for (const comparison of ['at-least', 'greater-than'] as const) {
      const m = votingMethods.find((v) => v.data.threshold!.comparison === comparison && v.data.threshold!.numerator < v.data.threshold!.denominator);
      if (!m) continue;
      const t = m.data.threshold!;
      examples.push({
        body: bodyLink(largest.id),
        seats: largest.data.seats,
        method: methodLink(m.id),
        numerator: t.numerator,
        denominator: t.denominator,
        comparison,
        exact: exactShare(largest.data.seats, t),
        votes: votesToCarry(largest.data.seats, t),
      });
    }
  }
  const decisions: DecisionsPageProps = {
    ...common('decisions'),
    methods: methods.map((m) => ({
      method: m.data,
      fallbacks: m.fallbacks,
      kind: enumLabel(src.references, 'decisionMethod', 'kind', m.data.kind),
      ...(m.data.threshold
        ? {
            base: enumLabel(src.references, 'decisionMethod', 'threshold.base', m.data.threshold.base),
            comparison: enumLabel(src.references, 'decisionMethod', 'threshold.comparison', m.data.threshold.comparison),
          }
        : {}),
      ...(m.data.fallbackMethod ? { fallback: methodLink(m.data.fallbackMethod) } : {}),
      defaultFor: bodies.filter((b) => b.data.decisionMethod === m.id).map((b) => bodyLink(b.id)),
      voteTypes: voteTypes.filter((v) => v.data.decisionMethod === m.id).map((v) => voteTypeLink(v.id)),
    })),
    matrix: {
      bodies: bodies.map((b) => ({ ...bodyLink(b.id), seats: b.data.seats })),
      methods: votingMethods.map((m) => methodLink(m.id)),
      counts: bodies.map((b) => countsFor(b.data.seats)),
    },
    voteTypes: voteTypes.map((v) => {
      const method = methodEntries.get(v.data.decisionMethod);
      return {
        voteType: v.data,
        fallbacks: v.fallbacks,
        method: methodLink(v.data.decisionMethod),
        ...(v.data.minimumRole ? { minimumRole: roleLink(v.data.minimumRole) } : {}),
        decidedBy: v.data.decidedBy.map((id) => {
          const seats = bodyEntries.get(id)?.data.seats;
          // Members of the community vote in a community vote: no seats to count from.
          const count =
            !v.data.minimumRole && seats && method
              ? voteCounts(seats, [{ id: method.id, name: method.data.name, permalink: methodLink(method.id).permalink, method: method.data }])[0]
              : undefined;
          return { ...bodyLink(id), ...(count ? { count } : {}) };
        }),
        stages: processes.flatMap((p) =>
          p.data.stages.filter((s) => (s.voteTypes ?? []).includes(v.id)).map((s) => ({ id: `${p.id}-${s.id}`, title: `${p.data.name} · ${s.name}`, permalink: `${url.process(p.id)}#${s.id}` })),
        ),
      };
    }),
    examples,
  };
  pages.push({ path: url.decisions, component: '@theme/GovernanceDecisionsPage', dataName: 'governance-decisions', props: decisions });

  for (const p of processes) {
    const props: ProcessPageProps = {
      ...common(`process:${p.id}`),
      process: p.data,
      fallbacks: p.fallbacks,
      permalink: url.process(p.id),
      stageVoteTypes: p.data.stages.map((s) => (s.voteTypes ?? []).map(voteTypeLink)),
    };
    pages.push({ path: url.process(p.id), component: '@theme/GovernanceProcessPage', dataName: `governance-process-${p.id}`, props });
  }

  const contributors: ContributorsPageProps = {
    ...common('contributors'),
    ladder: ladder.map((r) => ({
      role: r.data,
      fallbacks: r.fallbacks,
      ...(r.data.nextStep ? { next: roleLink(r.data.nextStep) } : {}),
      onboarding: src.onboarding.filter((o) => o.data.targetRole === r.id).map((o) => onboardingLink(o.id)),
    })),
    levels: levels.map((l, i) => ({ level: l.data, fallbacks: l.fallbacks, ...(levels[i + 1] ? { nextMinPoints: levels[i + 1]!.data.minPoints } : {}) })),
    pointRules: [...src.pointRules]
      .sort((a, b) => b.data.basePoints - a.data.basePoints || a.id.localeCompare(b.id))
      .map((r) => ({ rule: r.data, fallbacks: r.fallbacks, ...(r.data.badge ? { badge: badgeLink(r.data.badge) } : {}) })),
    badges: [...src.badges]
      .sort((a, b) => (a.data.minContributionPoints ?? 0) - (b.data.minContributionPoints ?? 0) || a.id.localeCompare(b.id))
      .map((b) => ({ badge: b.data, fallbacks: b.fallbacks, ...(b.data.pointRule ? { pointRule: ruleLink(b.data.pointRule) } : {}) })),
    votes: ladder
      .map((r) => ({ role: roleLink(r.id), voteTypes: voteTypes.filter((v) => v.data.minimumRole === r.id).map((v) => voteTypeLink(v.id)) }))
      .filter((r) => r.voteTypes.length > 0),
  };
  pages.push({ path: url.contributors, component: '@theme/GovernanceContributorsPage', dataName: 'governance-contributors', props: contributors });

  const mentorship: MentorshipPageProps = {
    ...common('mentorship'),
    roles: src.mentorRoles.map((r) => ({
      role: r.data,
      fallbacks: r.fallbacks,
      programs: src.programs.filter((p) => (p.data.mentorRoles ?? []).includes(r.id)).map((p) => programLink(p.id)),
      onboarding: src.onboarding.filter((o) => o.data.mentorRole === r.id).map((o) => onboardingLink(o.id)),
    })),
    programs: src.programs.map((p) => ({ program: p.data, fallbacks: p.fallbacks, mentorRoles: (p.data.mentorRoles ?? []).map(mentorLink) })),
  };
  pages.push({ path: url.mentorship, component: '@theme/GovernanceMentorshipPage', dataName: 'governance-mentorship', props: mentorship });

  const onboarding: OnboardingPageProps = {
    ...common('onboarding'),
    paths: src.onboarding.map((o) => ({
      path: o.data,
      fallbacks: o.fallbacks,
      ...(o.data.mentorRole ? { mentorRole: mentorLink(o.data.mentorRole) } : {}),
      ...(o.data.targetRole ? { targetRole: roleLink(o.data.targetRole) } : {}),
      ...(o.data.workingGroup ? { workingGroup: groupLink(o.data.workingGroup) } : {}),
      totalMinutes: totalMinutes(o.data),
    })),
  };
  pages.push({ path: url.onboarding, component: '@theme/GovernanceOnboardingPage', dataName: 'governance-onboarding', props: onboarding });
  return pages;
}
