import type { LocalizedEntry } from '../data-engine/types';
import type { CollectionReference } from '../data-reference/buildReference';
import type { FactGroup, FactStore } from './types';

/** Where each group's entries live: collection + sub-folder ('.' = top level). */
export const GROUP_SOURCES: Record<Exclude<FactGroup, 'counts'>, { collection: string; folder: string }> = {
  bodies: { collection: 'governance', folder: 'bodies' },
  decisionMethods: { collection: 'governance', folder: 'decision-methods' },
  voteTypes: { collection: 'governance', folder: 'vote-types' },
  workingGroups: { collection: 'governance', folder: 'working-groups' },
  processes: { collection: 'governance', folder: 'processes' },
  ladder: { collection: 'governance', folder: 'contributor-ladder' },
  recognitionLevels: { collection: 'governance', folder: 'recognition-levels' },
  pointRules: { collection: 'governance', folder: 'point-rules' },
  courses: { collection: 'courses', folder: '.' },
  certifications: { collection: 'certifications', folder: '.' },
  tiers: { collection: 'partners', folder: 'tiers' },
};

/** What `<Count of="…">` can count: collection + folder of the entries. */
export const COUNTABLE: Record<string, { collection: string; folder: string }> = {
  courses: { collection: 'courses', folder: '.' },
  projects: { collection: 'courses', folder: 'projects' },
  certifications: { collection: 'certifications', folder: '.' },
  partners: { collection: 'partners', folder: '.' },
  integrations: { collection: 'integrations', folder: '.' },
  events: { collection: 'events', folder: '.' },
  'event-kinds': { collection: 'events', folder: 'kinds' },
  'working-groups': { collection: 'governance', folder: 'working-groups' },
  bodies: { collection: 'governance', folder: 'bodies' },
  'partner-tiers': { collection: 'partners', folder: 'tiers' },
  'point-rules': { collection: 'governance', folder: 'point-rules' },
};

type Data = Record<string, unknown>;
type Entries = Record<string, LocalizedEntry[]>;

function labeller(references: CollectionReference[]) {
  return (collection: string, kind: string, field: string, value: string): string => {
    const row = references.find((r) => r.collection === collection)?.kinds.find((k) => k.kind === kind)?.fields.find((f) => f.path === field);
    return row?.enum?.find((o) => o.value === value)?.label ?? value;
  };
}

const byRank = (a: LocalizedEntry, b: LocalizedEntry) => ((a.data.rank as number) ?? 0) - ((b.data.rank as number) ?? 0) || a.id.localeCompare(b.id);

/**
 * The facts guides may show, from the localized entries: one small record per
 * entry, keyed by group and id, with display labels already resolved. Pure;
 * the plugin writes each record to its own JSON module so a page bundles only
 * the records it names.
 */
export function extractFacts(collections: Entries, references: CollectionReference[], baseUrl: string): FactStore {
  const label = labeller(references);
  const pick = (g: Exclude<FactGroup, 'counts'>) => {
    const { collection, folder } = GROUP_SOURCES[g];
    return (collections[collection] ?? []).filter((e) => e.folder === folder);
  };
  const nameOf = (collection: string, folder: string, id: string | undefined): string | undefined => {
    if (!id) return undefined;
    const e = (collections[collection] ?? []).find((x) => x.folder === folder && x.id === id);
    return e ? ((e.data.name ?? e.data.title) as string) : id;
  };
  const keyed = <T>(list: LocalizedEntry[], map: (e: LocalizedEntry, d: Data) => T): Record<string, T> => Object.fromEntries(list.map((e) => [e.id, map(e, e.data)]));
  const method = (id: string) => ({ id, name: nameOf('governance', 'decision-methods', id)! });

  const store: FactStore = {
    bodies: keyed(pick('bodies'), (e, d) => ({
      id: e.id,
      name: d.name as string,
      seats: d.seats as number,
      termYears: d.termYears as number,
      meetingCadence: label('governance', e.kind, 'meetingCadence', d.meetingCadence as string),
      decisionMethod: method(d.decisionMethod as string),
      ...(d.escalatesTo ? { escalatesTo: nameOf('governance', 'bodies', d.escalatesTo as string) } : {}),
    })),
    decisionMethods: keyed(pick('decisionMethods'), (e, d) => ({
      id: e.id,
      name: d.name as string,
      kind: d.kind as string,
      summary: d.summary as string,
      ...(d.threshold ? { threshold: d.threshold as never } : {}),
      ...(d.quorum ? { quorum: d.quorum as never } : {}),
      ...(typeof d.objectionPeriodDays === 'number' ? { objectionPeriodDays: d.objectionPeriodDays } : {}),
      ...(d.fallbackMethod ? { fallbackMethod: method(d.fallbackMethod as string) } : {}),
    })),
    voteTypes: keyed(pick('voteTypes'), (e, d) => ({
      id: e.id,
      name: d.name as string,
      eligibleVoters: d.eligibleVoters as string,
      decisionMethod: method(d.decisionMethod as string),
      votingPeriodDays: d.votingPeriodDays as number,
    })),
    workingGroups: keyed(pick('workingGroups'), (e, d) => ({
      id: e.id,
      name: d.name as string,
      focus: d.focus as string[],
      ...(d.reportsTo ? { reportsTo: nameOf('governance', 'bodies', d.reportsTo as string) } : {}),
    })),
    processes: keyed(pick('processes'), (e, d) => ({
      id: e.id,
      name: d.name as string,
      stages: (d.stages as Data[]).map((s) => ({
        id: s.id as string,
        name: s.name as string,
        summary: s.summary as string,
        ...(typeof s.durationDays === 'number' ? { durationDays: s.durationDays } : {}),
        ...(s.durationNote ? { durationNote: s.durationNote as string } : {}),
      })),
    })),
    ladder: keyed(pick('ladder').sort(byRank), (e, d) => ({
      id: e.id,
      name: d.name as string,
      rank: d.rank as number,
      privileges: d.privileges as string[],
      ...(d.promotion ? { promotion: d.promotion as string } : {}),
    })),
    recognitionLevels: keyed(pick('recognitionLevels').sort(byRank), (e, d) => ({
      id: e.id,
      name: d.name as string,
      rank: d.rank as number,
      minPoints: d.minPoints as number,
      badge: d.badge as string,
      benefits: d.benefits as string[],
    })),
    pointRules: keyed(
      pick('pointRules').sort((a, b) => (b.data.basePoints as number) - (a.data.basePoints as number) || a.id.localeCompare(b.id)),
      (e, d) => ({ id: e.id, name: d.name as string, basePoints: d.basePoints as number }),
    ),
    courses: keyed(
      pick('courses').sort((a, b) => (a.data.durationWeeks as number) - (b.data.durationWeeks as number) || a.id.localeCompare(b.id)),
      (e, d) => ({
        id: e.id,
        title: d.title as string,
        level: label('courses', e.kind, 'level', d.level as string),
        durationWeeks: d.durationWeeks as number,
        weeklyHours: d.weeklyHours as number,
        permalink: `${baseUrl}courses/${e.id}/`,
      }),
    ),
    certifications: keyed(pick('certifications').sort(byRank), (e, d) => {
      const validity = d.validity as { years?: number; lifetime?: boolean };
      return {
        id: e.id,
        name: d.name as string,
        validity: validity.lifetime ? { lifetime: true as const } : { years: validity.years! },
        permalink: `${baseUrl}certifications/${e.id}/`,
      };
    }),
    tiers: keyed(pick('tiers').sort(byRank), (e, d) => ({
      id: e.id,
      name: d.name as string,
      rank: d.rank as number,
      benefits: d.benefits as string[],
      supportLevel: label('partners', e.kind, 'supportLevel', d.supportLevel as string),
    })),
    counts: Object.fromEntries(
      Object.entries(COUNTABLE).map(([id, { collection, folder }]) => [id, { id, value: (collections[collection] ?? []).filter((e) => e.folder === folder).length }]),
    ),
  };
  return store;
}

/** Ids per group: what the remark plugin checks a guide's attributes against. */
export function factIds(store: FactStore): Record<FactGroup, string[]> {
  return Object.fromEntries(Object.entries(store).map(([group, records]) => [group, Object.keys(records)])) as Record<FactGroup, string[]>;
}
