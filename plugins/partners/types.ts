/**
 * Props of the partner pages. Input types (what the YAML says) are generated
 * from the schemas; these are the normalized shapes the pages receive, already
 * in the page's locale, with only what each page needs.
 */
import type { Partner, PartnershipKind, PartnerType, Tier } from '../data-engine/generated/partners';

export type { Partner, PartnershipKind, PartnerType, Tier };

/** An enum value with its label in the page's locale (labels come from the schemas' enumDescriptions). */
export interface Option {
  value: string;
  label: string;
}

/** The directory's facet fields: the partner schema's field names, used as URL parameters. */
export const FACET_FIELDS = ['type', 'tier', 'partnershipKinds', 'collaborationAreas', 'region'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];
export type Facets = Record<FacetField, Option[]>;

/** What a directory card shows; the directory ships these and nothing more (no descriptions). */
export interface PartnerCard {
  id: string;
  name: string;
  logo: { src: string; alt: string };
  type: string;
  tier: string;
  partnershipKinds: string[];
  collaborationAreas: string[];
  region: string;
  /** ISO date (YYYY-MM-DD). */
  memberSince: string;
  /** Card fields shown in the default locale for lack of a translation (`/name`, `/logo/alt`). */
  fallbacks: string[];
}

/**
 * One page of the directory. The static HTML of `/partners/` and of each
 * `/partners/page/<n>/` holds one slice of the partners in the default order;
 * filtering, sorting and searching in the browser use the compact index
 * (`PartnerIndex`), loaded as a separate chunk only when the reader asks.
 */
export interface DirectoryProps {
  cards: PartnerCard[];
  /** 1-based page number of this slice, and how many static pages there are. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Facet values with labels, in schema order (only values some partner has). */
  facets: Facets;
  /** Counts of each facet value over all partners, so the filters show counts before the index loads. */
  counts: Record<FacetField, Record<string, number>>;
  /** Tier id → rank (higher is a higher tier), from data/partners/tiers/. */
  tierRank: Record<string, number>;
  /** Base of the directory (`/partners/`, or `/en/partners/`). */
  directoryPermalink: string;
  programPermalink: string;
}

/**
 * Every partner in the default order, in a compact form: one row per
 * partner, enum values as indexes into `DirectoryProps.facets`, logo path
 * left out when it is the conventional `/img/partners/<id>.svg`.
 * [id, name, logoSrc | '', logoAlt, type, tier, kinds[], areas[], region, memberSince, fallbackBits]
 */
export type IndexRow = [string, string, string, string, number, number, number[], number[], number, string, number];
export interface PartnerIndex {
  rows: IndexRow[];
}

export interface TextItem {
  text: string;
  fallback: boolean;
}

export interface EventItem {
  id: string;
  title: string;
  /** Start date (YYYY-MM-DD) in the event's own time zone. */
  date: string;
  /** Label of a status other than "scheduled" (cancelled, postponed…), else absent. */
  status?: string;
  fallback: boolean;
}

export interface PartnerPageProps {
  partner: Partner;
  permalink: string;
  fallbacks: string[];
  labels: {
    type: string;
    tier: string;
    region: string;
    partnershipKinds: Option[];
    collaborationAreas: Option[];
  };
  /** Name and benefits of the partner's tier, from data/partners/tiers/. */
  tier: { id: string; name: string; benefits: TextItem[]; supportLevel: string };
  /** Integrations whose `provider` is this partner. */
  integrations: { id: string; name: string; summary: string; fallback: boolean }[];
  /** Events whose `organizer.partner` is this partner, by date. */
  events: EventItem[];
  directoryPermalink: string;
  programPermalink: string;
}

/** One field of the partner schema, as the "how to apply" template explains it. */
export interface TemplateField {
  /** Dotted path (`logo.src`); a field of an object follows the object's own row. */
  path: string;
  title: string;
  description: string;
  required: boolean;
  /** JSON type as the data reference writes it (`string`, `array`, `object`, `string (date)`…). */
  type: string;
  /** Allowed values, for enum fields. */
  values?: string[];
}

export interface ProgramPageProps {
  /** Tiers from lowest to highest rank. */
  tiers: (Tier & { supportLevelLabel: string; fallbacks: string[] })[];
  kinds: (PartnershipKind & { fallbacks: string[] })[];
  types: (PartnerType & { groupLabel: string; fallbacks: string[] })[];
  /** The partner schema's fields (from the data reference, in the page's language), for the file to copy. */
  templateFields: TemplateField[];
  /** How many partners each tier has, for the table. */
  tierCounts: Record<string, number>;
  directoryPermalink: string;
}
