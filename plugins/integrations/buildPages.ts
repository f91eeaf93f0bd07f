import type { LocalizedEntry } from '../data-engine/types';
import type { CollectionReference } from '../data-reference/buildReference';
import type {
  EnumFacetField,
  FieldTitles,
  Integration,
  IntegrationCard,
  IntegrationPageProps,
  Option,
  Program,
  ProgramLink,
  ProgramPageProps,
  Provider,
  RegistryProps,
} from './types';

/** A partner as far as this plugin needs it: its id and (localized) name. */
export interface PartnerName {
  id: string;
  name: string;
  fallbacks: string[];
}

export interface IntegrationSources {
  integrations: LocalizedEntry<Integration>[];
  programs: LocalizedEntry<Program>[];
  partners: PartnerName[];
  /** The data reference: enum labels and field titles in the page's locale. */
  references: CollectionReference[];
}

export interface BuildOptions {
  /** Locale base URL, e.g. `/` or `/en/`. */
  base: string;
  /**
   * Path of the partner pages below the base URL (`partners`), when the site
   * builds them: providers then link to `<base><path>/<id>/`. Unset, a
   * provider is shown by name only.
   */
  partnerPagesPath?: string;
}

export interface PageSpec {
  path: string;
  component: string;
  dataName: string;
  props: unknown;
}

/** The program the `verified` field of an integration refers to (see the schema). */
export const VERIFIED_PROGRAM_ID = 'verified-integrations';

export const ENUM_FACET_FIELDS = ['category', 'maintainer', 'status', 'signals'] as const satisfies readonly EnumFacetField[];

/**
 * Program pages sit beside integration pages under /integrations/, so an
 * integration may not take a program's id. Returns the first clash as an error
 * message naming the file, or undefined.
 */
export function findIdClash(integrations: readonly { id: string; file: string }[], programs: readonly { id: string }[]): string | undefined {
  const taken = new Set(programs.map((p) => p.id));
  const clash = integrations.find((i) => taken.has(i.id));
  return clash
    ? `${clash.file}: the integration id "${clash.id}" is taken by the program page /integrations/${clash.id}/ (data/integrations/programs/${clash.id}.yaml); choose another id.`
    : undefined;
}

function fieldRows(references: CollectionReference[], kind = 'integration') {
  return references.find((r) => r.collection === 'integrations')?.kinds.find((k) => k.kind === kind)?.fields ?? [];
}

/** Top-level field name → schema title, in the reference's locale. */
function titlesOf(references: CollectionReference[], kind: string): Record<string, string> {
  return Object.fromEntries(
    fieldRows(references, kind)
      .filter((r) => !r.path.includes('.'))
      .map((r) => [r.path, r.title]),
  );
}

function enumOptions(references: CollectionReference[], field: string): Option[] {
  return fieldRows(references).find((f) => f.path === field)?.enum ?? [];
}

function labelOf(options: Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/**
 * Every registry, integration and program page with its props, from the
 * localized entries. Pure: the plugin only writes these out, tests call it.
 */
export function buildIntegrationPages(src: IntegrationSources, options: BuildOptions): PageSpec[] {
  const registryBase = `${options.base}integrations/`;
  const permalink = (id: string) => `${registryBase}${id}/`;
  const clash = findIdClash(src.integrations, src.programs);
  if (clash) throw new Error(clash);

  const fieldTitles = titlesOf(src.references, 'integration') as FieldTitles;
  const programFieldTitles = titlesOf(src.references, 'program') as ProgramPageProps['fieldTitles'];
  const allOptions = Object.fromEntries(ENUM_FACET_FIELDS.map((f) => [f, enumOptions(src.references, f)])) as Record<EnumFacetField, Option[]>;
  const valuesOf = (i: Integration, field: EnumFacetField): string[] => (field === 'signals' ? i.signals : [i[field]]);

  const partners = new Map(src.partners.map((p) => [p.id, p]));
  const providerOf = (id: string | undefined): Provider | undefined => {
    if (!id) return undefined;
    const partner = partners.get(id);
    return {
      id,
      name: partner?.name ?? id,
      ...(options.partnerPagesPath ? { permalink: `${options.base}${options.partnerPagesPath}/${id}/` } : {}),
      fallback: partner?.fallbacks.includes('/name') ?? false,
    };
  };

  const categoryOrder = allOptions.category.map((o) => o.value);
  const integrations = [...src.integrations].sort(
    (a, b) => categoryOrder.indexOf(a.data.category) - categoryOrder.indexOf(b.data.category) || a.id.localeCompare(b.id),
  );

  const programs = [...src.programs].sort((a, b) => Number(b.id === VERIFIED_PROGRAM_ID) - Number(a.id === VERIFIED_PROGRAM_ID) || a.id.localeCompare(b.id));
  const programLink = (p: LocalizedEntry<Program>): ProgramLink => ({ name: p.data.name, summary: p.data.summary, permalink: permalink(p.id) });
  const verifiedEntry = programs.find((p) => p.id === VERIFIED_PROGRAM_ID);
  if (!verifiedEntry) {
    throw new Error(`data/integrations/programs/${VERIFIED_PROGRAM_ID}.yaml is missing: the "verified" field of every integration refers to that program.`);
  }
  const verifiedProgram = programLink(verifiedEntry);

  const registry: RegistryProps = {
    integrations: integrations.map(
      (e): IntegrationCard => ({
        id: e.id,
        name: e.data.name,
        summary: e.data.summary,
        permalink: permalink(e.id),
        category: e.data.category,
        maintainer: e.data.maintainer,
        status: e.data.status,
        signals: e.data.signals,
        verified: e.data.verified,
        supportedVersions: e.data.supportedVersions,
        ...(e.data.provider ? { provider: providerOf(e.data.provider)! } : {}),
        fallbacks: e.fallbacks.filter((p) => p === '/name' || p === '/summary'),
      }),
    ),
    // Only values some integration has: a filter that can only empty the list is noise.
    facets: Object.fromEntries(
      ENUM_FACET_FIELDS.map((f) => [f, allOptions[f].filter((o) => integrations.some((e) => valuesOf(e.data, f).includes(o.value)))]),
    ) as Record<EnumFacetField, Option[]>,
    fieldTitles,
    programs: programs.map(programLink),
    verifiedProgram,
  };

  const pages: PageSpec[] = [{ path: registryBase, component: '@theme/IntegrationRegistryPage', dataName: 'integration-registry', props: registry }];
  for (const e of integrations) {
    const provider = providerOf(e.data.provider);
    const props: IntegrationPageProps = {
      integration: e.data,
      permalink: permalink(e.id),
      fallbacks: e.fallbacks,
      labels: {
        category: labelOf(allOptions.category, e.data.category),
        maintainer: labelOf(allOptions.maintainer, e.data.maintainer),
        status: labelOf(allOptions.status, e.data.status),
        signals: e.data.signals.map((s) => ({ value: s, label: labelOf(allOptions.signals, s) })),
      },
      fieldTitles,
      ...(provider ? { provider } : {}),
      registryPermalink: registryBase,
      verifiedProgram,
    };
    pages.push({ path: permalink(e.id), component: '@theme/IntegrationPage', dataName: `integration-${e.id}`, props });
  }
  for (const p of programs) {
    const props: ProgramPageProps = {
      program: p.data,
      fallbacks: p.fallbacks,
      permalink: permalink(p.id),
      ...(p.id === VERIFIED_PROGRAM_ID
        ? { verified: integrations.filter((e) => e.data.verified).map((e) => ({ id: e.id, name: e.data.name, permalink: permalink(e.id) })) }
        : {}),
      registryPermalink: registryBase,
      fieldTitles: programFieldTitles,
    };
    pages.push({ path: permalink(p.id), component: '@theme/IntegrationProgramPage', dataName: `integration-program-${p.id}`, props });
  }
  return pages;
}
