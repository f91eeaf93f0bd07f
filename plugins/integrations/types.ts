/**
 * Props of the integrations registry, integration pages and the Verified
 * Integrations program page. Input types come from the schema; these are the
 * shapes the pages receive, already in the page's locale.
 */
import type { Integration, Program } from '../data-engine/generated/integrations';

export type { Integration, Program };

/** An enum value with its label in the page's locale (labels come from the schema's enumDescriptions). */
export interface Option {
  value: string;
  label: string;
}

/** The partner behind an integration; `permalink` only when partner pages are built. */
export interface Provider {
  id: string;
  name: string;
  permalink?: string;
  /** The name is shown in the default locale for lack of a translation. */
  fallback: boolean;
}

/** Fields of an integration used as filters; URL parameters carry these names. */
export type EnumFacetField = 'category' | 'maintainer' | 'status' | 'signals';

/** Field titles from the schema (via the data reference), in the page's locale. */
export type FieldTitles = Record<keyof Integration, string>;

/** What a registry card shows and the filters work on; the registry ships these and nothing more. */
export interface IntegrationCard {
  id: string;
  name: string;
  summary: string;
  permalink: string;
  category: string;
  maintainer: string;
  status: string;
  signals: string[];
  verified: boolean;
  supportedVersions: string[];
  provider?: Provider;
  /** Fields shown in the default locale for lack of a translation (JSON Pointers). */
  fallbacks: string[];
}

export interface ProgramLink {
  name: string;
  summary: string;
  permalink: string;
}

export interface RegistryProps {
  integrations: IntegrationCard[];
  /** Facet values with labels, in schema order, only values some integration has. */
  facets: Record<EnumFacetField, Option[]>;
  fieldTitles: FieldTitles;
  /** Every integration program, the Verified Integrations program first. */
  programs: ProgramLink[];
  /** The program whose review the `verified` field records. */
  verifiedProgram: ProgramLink;
}

export interface IntegrationPageProps {
  integration: Integration;
  permalink: string;
  fallbacks: string[];
  labels: { category: string; maintainer: string; status: string; signals: Option[] };
  fieldTitles: FieldTitles;
  provider?: Provider;
  registryPermalink: string;
  verifiedProgram: ProgramLink;
}

export interface ProgramPageProps {
  program: Program;
  fallbacks: string[];
  permalink: string;
  /** On the Verified Integrations program only: the integrations that passed its review (`verified: true`). */
  verified?: { id: string; name: string; permalink: string }[];
  registryPermalink: string;
  /** Program field titles from the schema, in the page's locale: the section headings. */
  fieldTitles: Record<keyof Program, string>;
}
