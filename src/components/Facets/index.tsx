import React, { type ReactNode } from 'react';
import type { FacetOption } from './facets';
import styles from './styles.module.css';

export * from './facets';
export { useUrlFilterState, type FilterChangeOptions } from './useUrlFilterState';
/** Class names for a page's own controls (ranges, selects, text boxes) so they match the facet groups. */
export { styles as facetStyles };

interface FilterPanelProps {
  /** Prefix of the element ids, unique on the page (`partner-filter`). */
  idPrefix: string;
  heading: ReactNode;
  /** Shown when JavaScript is off: the filters do nothing, the list below is complete. */
  noscriptMessage: ReactNode;
  children: ReactNode;
}

/** The filter panel: a search landmark with a heading, and a note for readers without JavaScript. */
export function FilterPanel({ idPrefix, heading, noscriptMessage, children }: FilterPanelProps): ReactNode {
  return (
    // Facet names and values are controls, not content: the offline search leaves them out (plugins/search/config.ts).
    <div role="search" aria-labelledby={`${idPrefix}s-heading`} className={styles.filters} data-search-exclude="">
      <h2 id={`${idPrefix}s-heading`} className={styles.heading}>
        {heading}
      </h2>
      <noscript>
        <p className={styles.noscript}>{noscriptMessage}</p>
      </noscript>
      {children}
    </div>
  );
}

interface FacetGroupProps {
  idPrefix: string;
  field: string;
  legend: ReactNode;
  options: readonly FacetOption[];
  /** How many items each option would show, given the other filters. */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  /** False until the page has hydrated: the controls do nothing without JavaScript, so they start disabled. */
  enabled: boolean;
}

/** One facet as a fieldset of native checkboxes, each with its count. Ids are `<idPrefix>-<field>-<value>`. */
export function FacetGroup({ idPrefix, field, legend, options, counts, selected, onToggle, enabled }: FacetGroupProps): ReactNode {
  return (
    <fieldset className={styles.group} disabled={!enabled}>
      <legend className={styles.legend}>{legend}</legend>
      <ul className={styles.options}>
        {options.map((option) => (
          <li key={option.value}>
            <label className={styles.option}>
              <input
                id={`${idPrefix}-${field}-${option.value}`}
                type="checkbox"
                name={field}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(e) => onToggle(option.value, e.currentTarget.checked)}
              />
              <span className={styles.optionLabel}>{option.label}</span> <span className={styles.count}>({counts.get(option.value) ?? 0})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
