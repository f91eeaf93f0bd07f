import type { CollectionReference } from './buildReference';

export interface EntrySummary {
  id: string;
  kind: string;
  file: string;
  name: string;
  /** The name is shown in the default locale for lack of a translation. */
  fallback: boolean;
}

export interface ReferenceRoute {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

/** Pure route building: an index of collections, then a page per collection. */
export function referenceRoutes(references: CollectionReference[], entries: Record<string, EntrySummary[]>, basePath: string): ReferenceRoute[] {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [
    {
      path: base,
      component: '@theme/DataReferenceIndex',
      dataName: 'data-reference-index',
      props: {
        collections: references.map((r) => ({
          collection: r.collection,
          title: r.title,
          description: r.description,
          path: `${base}${r.collection}/`,
          entryCount: entries[r.collection]?.length ?? 0,
          kinds: r.kinds.map((k) => k.title),
        })),
      },
    },
    ...references.map((reference) => ({
      path: `${base}${reference.collection}/`,
      component: '@theme/DataReferencePage',
      dataName: `data-reference-${reference.collection}`,
      props: { reference, entries: entries[reference.collection] ?? [], indexPath: base },
    })),
  ];
}
