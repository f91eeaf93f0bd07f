import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet, localize, type LocalizedEntry } from '../../data-engine/index';
import { buildCollectionReference } from '../../data-reference/buildReference';
import { buildGovernancePages, KINDS, orderBodies, orderMethods, type GovernanceSources } from '../buildPages';
import type { Body, BodyPageProps, ContributorsPageProps, DecisionMethod, DecisionsPageProps, OnboardingPageProps, OverviewProps, ProcessPageProps, WorkingGroupsPageProps } from '../types';

const siteDir = path.resolve(__dirname, '../../..');
const dataSet = loadDataSet({ siteDir, markdownDirs: [] });
const common = JSON.parse(fs.readFileSync(path.join(siteDir, 'data/schemas/common.schema.json'), 'utf8'));
const all = localize(dataSet.collections.governance!, undefined, 'zh-Hans').entries;
const of = (kind: string) => all.filter((e) => e.kind === kind) as LocalizedEntry<never>[];

function sources(overrides: Partial<GovernanceSources> = {}): GovernanceSources {
  const byKind = Object.fromEntries(Object.entries(KINDS).map(([key, kind]) => [key, of(kind)]));
  return { ...(byKind as unknown as GovernanceSources), references: dataSet.definitions.map((d) => buildCollectionReference(d, common, 'data')), ...overrides };
}

const bodies = of('body') as LocalizedEntry<Body>[];
const methods = of('decisionMethod') as LocalizedEntry<DecisionMethod>[];

describe('governance pages from the data', () => {
  const pages = buildGovernancePages(sources(), '/');
  const byPath = new Map(pages.map((p) => [p.path, p]));

  it('has a page for every body and process and the fixed pages, none dropped', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    for (const b of bodies) expect(byPath.get(`/governance/bodies/${b.id}/`)?.component).toBe('@theme/GovernanceBodyPage');
    for (const p of of('process')) expect(byPath.get(`/governance/processes/${(p as LocalizedEntry<{ id: string }>).id}/`)?.component).toBe('@theme/GovernanceProcessPage');
    for (const p of ['/governance/', '/governance/working-groups/', '/governance/decisions/', '/governance/contributors/', '/governance/mentorship/', '/governance/onboarding/']) {
      expect(byPath.has(p), p).toBe(true);
    }
    expect(new Set(pages.map((p) => p.dataName)).size).toBe(pages.length);
  });

  it('computes, for every body, the votes that carry a decision from its seats', () => {
    const technical = byPath.get('/governance/bodies/technical-committee/')!.props as BodyPageProps;
    expect(technical.body.seats).toBe(15);
    const count = (id: string) => technical.votes.find((v) => v.method.id === id)!;
    expect(count('super-majority')).toMatchObject({ seats: 15, quorum: 10, votes: 10 });
    expect(count('simple-majority')).toMatchObject({ seats: 15, quorum: 8, votes: 8 });
    expect(count('unanimity')).toMatchObject({ seats: 15, quorum: 15, votes: 15 });
    // Every body, every formal method: the table the decisions page shows.
    const decisions = byPath.get('/governance/decisions/')!.props as DecisionsPageProps;
    const expected: Record<string, [number, number, number]> = {
      // seats → [simple majority, 2/3, unanimity]
      'community-committee': [7, 8, 12],
      'security-committee': [5, 6, 8],
      'diversity-committee': [6, 7, 10],
    };
    for (const [id, [simple, twoThirds, all]] of Object.entries(expected)) {
      const row = decisions.matrix.counts[decisions.matrix.bodies.findIndex((b) => b.id === id)]!;
      expect(row.map((c) => c.votes), id).toEqual([simple, twoThirds, all]);
    }
    expect(decisions.matrix.methods.map((m) => m.id)).toEqual(['simple-majority', 'super-majority', 'unanimity']);
    expect(decisions.matrix.counts).toHaveLength(bodies.length);
  });

  it('states the rounding rule with worked examples from the largest body', () => {
    const decisions = byPath.get('/governance/decisions/')!.props as DecisionsPageProps;
    expect(decisions.examples).toEqual([
      expect.objectContaining({ seats: 15, numerator: 2, denominator: 3, comparison: 'at-least', exact: 10, votes: 10 }),
      expect.objectContaining({ seats: 15, numerator: 1, denominator: 2, comparison: 'greater-than', exact: 7.5, votes: 8 }),
    ]);
  });

  it('gives vote types seat-based counts only where members of bodies vote', () => {
    const decisions = byPath.get('/governance/decisions/')!.props as DecisionsPageProps;
    const technical = decisions.voteTypes.find((v) => v.voteType.id === 'technical-vote')!;
    expect(technical.decidedBy[0]).toMatchObject({ id: 'technical-committee', count: { votes: 8, quorum: 8 } });
    const community = decisions.voteTypes.find((v) => v.voteType.id === 'community-vote')!;
    expect(community.minimumRole?.id).toBe('contributor');
    expect(community.decidedBy[0]!.count).toBeUndefined();
    const emergency = decisions.voteTypes.find((v) => v.voteType.id === 'emergency-vote')!;
    expect(emergency.decidedBy.map((b) => [b.id, b.count?.votes])).toEqual([
      ['security-committee', 6],
      ['technical-steering-committee', 6],
    ]);
    expect(technical.stages.map((s) => s.permalink)).toEqual(['/governance/processes/rfc/#decision']);
  });

  it('links bodies to where they escalate, who escalates to them and their working groups', () => {
    const tsc = byPath.get('/governance/bodies/technical-steering-committee/')!.props as BodyPageProps;
    expect(tsc.escalatesTo).toBeUndefined();
    expect(tsc.hearsFrom.map((b) => b.id).sort()).toEqual(['security-committee', 'technical-committee']);
    expect(tsc.workingGroups.map((g) => g.permalink)).toEqual(['/governance/working-groups/#tools-wg']);
    const overview = byPath.get('/governance/')!.props as OverviewProps;
    expect(overview.bodies.map((b) => b.id)).toEqual(orderBodies(bodies.map((b) => b.data)).map((b) => b.id));
    const groups = byPath.get('/governance/working-groups/')!.props as WorkingGroupsPageProps;
    expect(groups.groups.map((g) => g.group.id).sort()).toEqual(of('workingGroup').map((g) => (g as LocalizedEntry<{ id: string }>).id).sort());
    expect(groups.groups.find((g) => g.group.id === 'documentation-wg')!.onboarding.map((o) => o.id).sort()).toEqual(['documenter-onboarding', 'translator-onboarding']);
  });

  it('lists the ladder and recognition levels in order with the next level’s points', () => {
    const c = byPath.get('/governance/contributors/')!.props as ContributorsPageProps;
    expect(c.ladder.map((r) => r.role.id)).toEqual(['user', 'contributor', 'core-contributor', 'maintainer']);
    expect(c.levels.map((l) => [l.level.minPoints, l.nextMinPoints])).toEqual([
      [0, 100],
      [100, 500],
      [500, 2000],
      [2000, 5000],
      [5000, undefined],
    ]);
    expect(c.pointRules.find((r) => r.rule.id === 'bug-fix')!.badge?.permalink).toBe('/governance/contributors/#bug-hunter-badge');
    expect(c.votes).toEqual([{ role: expect.objectContaining({ id: 'contributor' }), voteTypes: [expect.objectContaining({ id: 'community-vote' })] }]);
  });

  it('adds up the expected time of each onboarding path', () => {
    const o = byPath.get('/governance/onboarding/')!.props as OnboardingPageProps;
    expect(o.paths.find((p) => p.path.id === 'developer-onboarding')!.totalMinutes).toBe(30 + 120 + 240);
    expect(o.paths).toHaveLength(4);
  });

  it('hands each RFC stage its vote types', () => {
    const rfc = byPath.get('/governance/processes/rfc/')!.props as ProcessPageProps;
    expect(rfc.process.stages.map((s) => s.id)).toEqual(['proposal', 'review', 'decision', 'implementation']);
    expect(rfc.stageVoteTypes.map((v) => v.length)).toEqual([0, 0, 3, 0]);
    // The process leading to votes comes first in the section's navigation.
    expect(rfc.nav.find((n) => n.key.startsWith('process:'))!.key).toBe('process:rfc');
  });

  it('names fields with the schema titles', () => {
    const b = byPath.get('/governance/bodies/technical-committee/')!.props as BodyPageProps;
    expect(b.titles['body.responsibilities']).toBe('职责');
    expect(b.titles['decisionMethod.whenToUse']).toBe('适用场景');
    expect(b.cadence).toBe('每周');
  });

  it('prefixes every path with the locale base URL', () => {
    expect(buildGovernancePages(sources(), '/en/').every((p) => p.path.startsWith('/en/governance/'))).toBe(true);
  });

  it('names the decision method file when its threshold cannot be met', () => {
    const bad = methods.map((m) => (m.id === 'unanimity' ? { ...m, data: { ...m.data, threshold: { ...m.data.threshold!, comparison: 'greater-than' as const } } } : m));
    expect(() => buildGovernancePages(sources({ decisionMethods: bad as LocalizedEntry<never>[] }), '/')).toThrow(/data\/governance\/decision-methods\/unanimity\.yaml: no vote of \d+ seats/);
    const quorum = methods.map((m) => (m.id === 'simple-majority' ? { ...m, data: { ...m.data, quorum: { numerator: 3, denominator: 2 } } } : m));
    expect(() => buildGovernancePages(sources({ decisionMethods: quorum as LocalizedEntry<never>[] }), '/')).toThrow(/simple-majority\.yaml: quorum 3\/2 is more than all seats/);
  });

  it('follows a change of seats in the data, nothing else to edit', () => {
    const changed = bodies.map((b) => (b.id === 'technical-committee' ? { ...b, data: { ...b.data, seats: 21 } } : b));
    const page = buildGovernancePages(sources({ bodies: changed }), '/').find((p) => p.path === '/governance/bodies/technical-committee/')!.props as BodyPageProps;
    expect(page.votes.find((v) => v.method.id === 'super-majority')!.votes).toBe(14);
  });
});

describe('ordering', () => {
  it('lists bodies top-down by escalation, largest first', () => {
    expect(orderBodies(bodies.map((b) => b.data)).map((b) => b.id)).toEqual([
      'technical-steering-committee',
      'technical-committee',
      'security-committee',
      'governance-committee',
      'community-committee',
      'diversity-committee',
    ]);
  });

  it('keeps bodies in an escalation cycle instead of dropping them', () => {
    const a = { ...bodies[0]!.data, id: 'a', escalatesTo: 'b' };
    const b = { ...bodies[0]!.data, id: 'b', escalatesTo: 'a' };
    expect(orderBodies([a, b]).map((x) => x.id).sort()).toEqual(['a', 'b']);
  });

  it('puts lazy consensus first and stronger thresholds later', () => {
    expect(orderMethods(methods.map((m) => m.data)).map((m) => m.id)).toEqual(['lazy-consensus', 'simple-majority', 'super-majority', 'unanimity']);
  });
});
