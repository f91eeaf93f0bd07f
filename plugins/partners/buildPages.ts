import type { LocalizedEntry } from '../data-engine/types';
import type { Event } from '../data-engine/generated/events';
import type { Integration } from '../data-engine/generated/integrations';
import type { CollectionReference } from '../data-reference/buildReference';
import { encodeIndex, pageSlice, sortCards } from './theme/PartnerDirectoryPage/_utils';
import {
  FACET_FIELDS,
  type DirectoryProps,
  type EventItem,
  type FacetField,
  type Facets,
  type Option,
  type Partner,
  type PartnerCard,
  type PartnerIndex,
  type PartnerPageProps,
  type PartnershipKind,
  type PartnerType,
  type ProgramPageProps,
  type TemplateField,
  type Tier,
} from './types';

export interface PartnerSources {
  partners: LocalizedEntry<Partner>[];
  tiers: LocalizedEntry<Tier>[];
  kinds: LocalizedEntry<PartnershipKind>[];
  types: LocalizedEntry<PartnerType>[];
  integrations: LocalizedEntry<Integration>[];
  events: LocalizedEntry<Event>[];
  /** The data reference: enum labels and field docs in the page's locale. */
  references: CollectionReference[];
}

export interface BuildOptions {
  /** Site base URL (`/`, or `/en/` for English). */
  base: string;
  /** BCP 47 tag of the locale, for the name order. */
  locale: string;
  /** Partners per directory page. */
  pageSize: number;
}

export interface PageSpec {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

export interface PartnerPages {
  pages: PageSpec[];
  /** Every partner in the default order, compact: the browser loads it to filter. */
  index: PartnerIndex;
}

/** Routes that sit beside partner ids under /partners/: a partner may not take these ids. */
export const RESERVED_PARTNER_IDS = ['program', 'page'];

/** Partners per directory page: keeps the first render small at any directory size. */
export const DEFAULT_PAGE_SIZE = 12;

function fieldRows(references: CollectionReference[], collection: string, kind: string) {
  return references.find((r) => r.collection === collection)?.kinds.find((k) => k.kind === kind)?.fields ?? [];
}

function enumOptions(references: CollectionReference[], collection: string, kind: string, field: string): Option[] {
  return fieldRows(references, collection, kind).find((f) => f.path === field)?.enum ?? [];
}

function labelOf(options: Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

const isFallback = (fallbacks: string[], pointer: string) => fallbacks.includes(pointer);

/**
 * The directory (one page per slice), a page per partner and the program
 * page, with their props, from the localized entries. Pure: the plugin only
 * writes these out, tests call it directly.
 */
export function buildPartnerPages(src: PartnerSources, options: BuildOptions): PartnerPages {
  const { base, locale, pageSize } = options;
  const directoryPermalink = `${base}partners/`;
  const programPermalink = `${directoryPermalink}program/`;
  const partnerPermalink = (id: string) => `${directoryPermalink}${id}/`;

  // Every value the schema allows, also those no partner has yet: `?type=<value>` then lists exactly
  // the partners the data says (none), and the index's value numbers do not shift as partners come and go.
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, enumOptions(src.references, 'partners', 'partner', f)])) as Facets;
  const allOptions = facets;
  const counts = Object.fromEntries(
    FACET_FIELDS.map((f: FacetField) => [f, Object.fromEntries(facets[f].map((o) => [o.value, src.partners.filter((p) => ([] as string[]).concat(p.data[f]).includes(o.value)).length]))]),
  ) as DirectoryProps['counts'];
  const tierRank = Object.fromEntries(src.tiers.map((t) => [t.id, t.data.rank]));

  const cards: PartnerCard[] = sortCards(
    src.partners.map((p) => ({
      id: p.id,
      name: p.data.name,
      logo: { src: p.data.logo.src, alt: p.data.logo.alt },
      type: p.data.type,
      tier: p.data.tier,
      partnershipKinds: [...p.data.partnershipKinds],
      collaborationAreas: [...p.data.collaborationAreas],
      region: p.data.region,
      memberSince: p.data.memberSince,
      fallbacks: p.fallbacks.filter((f) => f === '/name' || f === '/logo/alt'),
    })),
    'tier',
    tierRank,
    locale,
  );

  const pages: PageSpec[] = [];
  const total = cards.length;
  const pageCountAll = Math.max(1, Math.ceil(total / pageSize));
  for (let page = 1; page <= pageCountAll; page++) {
    const slice = pageSlice(cards, page, pageSize);
    const props: DirectoryProps = {
      cards: slice.items,
      page,
      pageCount: slice.pageCount,
      pageSize,
      total,
      facets,
      counts,
      tierRank,
      directoryPermalink,
      programPermalink,
    };
    pages.push({
      path: page === 1 ? directoryPermalink : `${directoryPermalink}page/${page}/`,
      component: '@theme/PartnerDirectoryPage',
      dataName: `partner-directory-${page}`,
      props,
    });
  }

  const tierById = new Map(src.tiers.map((t) => [t.id, t]));
  const supportLevels = enumOptions(src.references, 'partners', 'tier', 'supportLevel');
  const eventStatuses = enumOptions(src.references, 'events', 'event', 'status');
  for (const p of src.partners) {
    const tier = tierById.get(p.data.tier);
    const events: EventItem[] = src.events
      .filter((e) => e.data.organizer.partner === p.id)
      .sort((a, b) => (a.data.start < b.data.start ? -1 : a.data.start > b.data.start ? 1 : 0))
      .map((e) => ({
        id: e.id,
        title: e.data.title,
        date: e.data.start.slice(0, 10),
        ...(e.data.status && e.data.status !== 'scheduled' ? { status: labelOf(eventStatuses, e.data.status) } : {}),
        fallback: isFallback(e.fallbacks, '/title'),
      }));
    const props: PartnerPageProps = {
      partner: p.data,
      permalink: partnerPermalink(p.id),
      fallbacks: p.fallbacks,
      labels: {
        type: labelOf(allOptions.type, p.data.type),
        tier: labelOf(allOptions.tier, p.data.tier),
        region: labelOf(allOptions.region, p.data.region),
        partnershipKinds: p.data.partnershipKinds.map((v) => ({ value: v, label: labelOf(allOptions.partnershipKinds, v) })),
        collaborationAreas: p.data.collaborationAreas.map((v) => ({ value: v, label: labelOf(allOptions.collaborationAreas, v) })),
      },
      tier: {
        id: p.data.tier,
        name: tier?.data.name ?? labelOf(allOptions.tier, p.data.tier),
        benefits: (tier?.data.benefits ?? []).map((text, i) => ({ text, fallback: isFallback(tier!.fallbacks, `/benefits/${i}`) })),
        supportLevel: tier ? labelOf(supportLevels, tier.data.supportLevel) : '',
      },
      integrations: src.integrations
        .filter((i) => i.data.provider === p.id)
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((i) => ({ id: i.id, name: i.data.name, summary: i.data.summary, fallback: isFallback(i.fallbacks, '/name') })),
      events,
      directoryPermalink,
      programPermalink,
    };
    pages.push({ path: partnerPermalink(p.id), component: '@theme/PartnerPage', dataName: `partner-${p.id}`, props });
  }

  const templateFields: TemplateField[] = fieldRows(src.references, 'partners', 'partner').map((row) => ({
    path: row.path,
    title: row.title,
    description: row.description,
    required: row.required,
    type: row.type,
    ...(row.enum ? { values: row.enum.map((o) => o.value) } : {}),
  }));
  const groups = enumOptions(src.references, 'partners', 'partnerType', 'group');
  const program: ProgramPageProps = {
    tiers: [...src.tiers]
      .sort((a, b) => a.data.rank - b.data.rank)
      .map((t) => ({ ...t.data, supportLevelLabel: labelOf(supportLevels, t.data.supportLevel), fallbacks: t.fallbacks })),
    kinds: [...src.kinds].sort((a, b) => a.data.rank - b.data.rank).map((k) => ({ ...k.data, fallbacks: k.fallbacks })),
    // Types in the schema's order (which groups them), then by the order of their group.
    types: [...src.types]
      .sort(
        (a, b) =>
          groups.findIndex((g) => g.value === a.data.group) - groups.findIndex((g) => g.value === b.data.group) ||
          allOptions.type.findIndex((o) => o.value === a.id) - allOptions.type.findIndex((o) => o.value === b.id),
      )
      .map((t) => ({ ...t.data, groupLabel: labelOf(groups, t.data.group), fallbacks: t.fallbacks })),
    templateFields,
    tierCounts: Object.fromEntries(src.tiers.map((t) => [t.id, src.partners.filter((p) => p.data.tier === t.id).length])),
    directoryPermalink,
  };
  pages.push({ path: programPermalink, component: '@theme/PartnerProgramPage', dataName: 'partner-program', props: program });

  return { pages, index: encodeIndex(cards, facets) };
}
