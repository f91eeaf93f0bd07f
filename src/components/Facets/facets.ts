/**
 * Facet filtering shared by every directory (courses, partners, integrations,
 * events): pure and framework-free, so pages only wire it to the router and
 * the unit tests call it directly.
 *
 * A facet is a URL parameter named after the schema field (`?tier=gold`), its
 * options in schema order, and how to read an item's values for it. Several
 * values of one facet combine with OR (`?tier=gold&tier=silver`), different
 * facets with AND. Unknown parameters and values are ignored when reading, and
 * never written.
 */

export interface FacetOption {
  value: string;
  label: string;
}

export interface Facet<Item> {
  /** The URL parameter: the schema field's name. */
  field: string;
  /** Other parameter names read as this one (singular forms people type by hand). */
  aliases?: readonly string[];
  /** Every value the field can take, in the order shown. */
  options: readonly FacetOption[];
  /** The values an item has for this field (one for a scalar field). */
  valuesOf: (item: Item) => readonly string[];
}

/** Checked values per facet field; a field with nothing checked does not narrow. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** Keeps the known values, once each, in option order. */
function known(values: Iterable<string>, options: readonly FacetOption[]): string[] {
  const wanted = new Set(values);
  return options.filter((o) => wanted.has(o.value)).map((o) => o.value);
}

/** Reads every facet's checked values from URL parameters (with aliases). */
export function parseSelection<Item>(params: URLSearchParams, facets: readonly Facet<Item>[]): Record<string, string[]> {
  const selection: Record<string, string[]> = {};
  for (const facet of facets) {
    const names = [facet.field, ...(facet.aliases ?? [])];
    selection[facet.field] = known(
      names.flatMap((name) => params.getAll(name)),
      facet.options,
    );
  }
  return selection;
}

/** Appends the selection to URL parameters: facets in the given order, values in option order, schema names only. */
export function writeSelection<Item>(params: URLSearchParams, selection: Selection, facets: readonly Facet<Item>[]): void {
  for (const facet of facets) {
    for (const value of known(selection[facet.field] ?? [], facet.options)) params.append(facet.field, value);
  }
}

/** Whether nothing is checked in any facet. */
export function isEmptySelection(selection: Selection): boolean {
  return Object.values(selection).every((values) => values.length === 0);
}

/** Whether an item passes every facet (OR within one, AND across), except optionally one field's own. */
export function matchesSelection<Item>(item: Item, selection: Selection, facets: readonly Facet<Item>[], except?: string): boolean {
  for (const facet of facets) {
    const wanted = selection[facet.field] ?? [];
    if (facet.field === except || wanted.length === 0) continue;
    const values = facet.valuesOf(item);
    if (!wanted.some((v) => values.includes(v))) return false;
  }
  return true;
}

/**
 * For each option of a facet, how many items have it among those that pass
 * every other filter (`passesOthers`: the other facets and any text, range or
 * date filter of the page). The facet's own selection is left out, so checking
 * one more value of the same field — an OR — never shows a misleading 0.
 */
export function countOptions<Item>(items: readonly Item[], facet: Facet<Item>, passesOthers: (item: Item) => boolean): Map<string, number> {
  const counts = new Map<string, number>(facet.options.map((o) => [o.value, 0]));
  for (const item of items) {
    if (!passesOthers(item)) continue;
    for (const value of new Set(facet.valuesOf(item))) {
      const n = counts.get(value);
      if (n !== undefined) counts.set(value, n + 1);
    }
  }
  return counts;
}

/** The selection with one value of a field checked or unchecked. */
export function toggleOption<S extends object>(selection: S, field: string, value: string, checked: boolean): S {
  const current = (selection as Record<string, readonly string[] | undefined>)[field] ?? [];
  const rest = current.filter((v) => v !== value);
  return { ...selection, [field]: checked ? [...rest, value] : rest };
}

/** Case- and width-insensitive text match of a typed query against an item's names. */
export function matchesText(query: string, names: readonly string[]): boolean {
  const q = normalizeText(query);
  if (q === '') return true;
  return names.some((name) => normalizeText(name).includes(q));
}

function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
