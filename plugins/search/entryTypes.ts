import type { CollectionReference } from '../data-reference/buildReference';

/**
 * The data entries that are search results of their own, and where their page
 * lives. The Algolia records and the offline index's result labels both come
 * from this list, so a type's URL and name are written once.
 */
export interface EntryType {
  /** What a result says it is (also the `entryType` of an Algolia record). */
  type: 'course' | 'certification' | 'partner' | 'integration' | 'event';
  collection: string;
  /** Kind in the collection schema; other kinds in the collection (tiers, programs…) have no page of their own. */
  kind: string;
  /** First URL segment of the entry's page: `<base>/<route>/<id>/`. */
  route: string;
}

export const ENTRY_TYPES: readonly EntryType[] = [
  { type: 'course', collection: 'courses', kind: 'course', route: 'courses' },
  { type: 'certification', collection: 'certifications', kind: 'certification', route: 'certifications' },
  { type: 'partner', collection: 'partners', kind: 'partner', route: 'partners' },
  { type: 'integration', collection: 'integrations', kind: 'integration', route: 'integrations' },
  // Top-level files of data/events are dated events; kinds/ describes formats, with no page each.
  { type: 'event', collection: 'events', kind: 'event', route: 'events' },
];

/** Governance has pages per topic rather than per entry: everything under this route is a governance page. */
export const GOVERNANCE = { collection: 'governance', route: 'governance' } as const;

/** `/en/` + `courses` + `otel-intro` → `/en/courses/otel-intro/`. `localeBaseUrl` ends with a slash. */
export function entryUrl(localeBaseUrl: string, entryType: Pick<EntryType, 'route'>, id: string): string {
  return `${localeBaseUrl}${entryType.route}/${id}/`;
}

/** The name of an entry type in the page's language: the kind's title in its (translated) schema. */
export function entryTypeLabel(references: CollectionReference[], entryType: Pick<EntryType, 'collection' | 'kind'>): string | undefined {
  return references.find((r) => r.collection === entryType.collection)?.kinds.find((k) => k.kind === entryType.kind)?.title;
}

export function governanceLabel(references: CollectionReference[]): string | undefined {
  return references.find((r) => r.collection === GOVERNANCE.collection)?.title;
}

export interface EntryLike {
  id: string;
  collection: string;
  kind: string;
}

/**
 * Result labels for the offline index: the URL of every entry page with its
 * type's name, plus the governance prefix. Pages that are not listed keep the
 * breadcrumb the search plugin found (docs) or none.
 */
export function resultLabels(
  collections: Record<string, EntryLike[]>,
  references: CollectionReference[],
  localeBaseUrl: string,
): { byUrl: Record<string, string>; byPrefix: Record<string, string> } {
  const byUrl: Record<string, string> = {};
  for (const t of ENTRY_TYPES) {
    const label = entryTypeLabel(references, t);
    if (!label) continue;
    for (const e of collections[t.collection] ?? []) if (e.kind === t.kind) byUrl[entryUrl(localeBaseUrl, t, e.id)] = label;
  }
  const byPrefix: Record<string, string> = {};
  const governance = governanceLabel(references);
  if (governance) byPrefix[`${localeBaseUrl}${GOVERNANCE.route}/`] = governance;
  return { byUrl, byPrefix };
}

/** The label for one result URL, or undefined. */
export function labelFor(labels: ReturnType<typeof resultLabels>, url: string): string | undefined {
  const path = url.replace(/[?#].*$/, '');
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if (labels.byUrl[withSlash]) return labels.byUrl[withSlash];
  for (const [prefix, label] of Object.entries(labels.byPrefix)) if (withSlash.startsWith(prefix)) return label;
  return undefined;
}
