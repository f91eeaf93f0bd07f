import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useLocation } from '@docusaurus/router';
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

/** How many controls under `root` narrow the list: ticked boxes, chosen options, typed text. */
function countActive(root: HTMLElement | null): number {
  if (!root) return 0;
  return Array.from(root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')).filter((control) =>
    control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value !== '',
  ).length;
}

/**
 * The filter panel: a search landmark with a heading, and a note for readers without JavaScript.
 * On a phone the panel sits above the list and its groups would push the first result
 * screens down, so there the groups start folded behind a disclosure button that says how
 * many filters are on; on a desktop the panel is a sidebar and the button is not shown.
 */
export function FilterPanel({ idPrefix, heading, noscriptMessage, children }: FilterPanelProps): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation<{ filterFocusId?: string } | undefined>();
  // A filter change that lands on another route (a partner directory page 2 back to the
  // directory) mounts the panel again: it starts open when one of its controls was in use,
  // so the control just ticked stays visible and gets its focus back.
  const [open, setOpen] = useState(() => location.state?.filterFocusId?.startsWith(`${idPrefix}-`) ?? false);
  const [active, setActive] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  // Counted from the controls themselves, so every page's own state shape is covered; runs after each render of the panel.
  useEffect(() => setActive(countActive(body.current)));
  // One label whatever the state (aria-expanded says open or folded); the count matters most when the ticks are out of sight.
  const label =
    active === 0
      ? translate({ id: 'facets.toggle', message: '筛选条件', description: 'Button that folds and unfolds the filter panel on a phone' })
      : translate(
          { id: 'facets.toggle.active', message: '筛选条件（已设 {count} 项）', description: 'The fold button of the filter panel on a phone, when some filters are on' },
          { count: active },
        );
  return (
    // Facet names and values are controls, not content: the offline search leaves them out (plugins/search/config.ts).
    <div role="search" aria-labelledby={`${idPrefix}s-heading`} className={styles.filters} data-search-exclude="">
      <div className={styles.header}>
        <h2 id={`${idPrefix}s-heading`} className={styles.heading}>
          {heading}
        </h2>
        <button
          type="button"
          className={clsx('button button--sm button--outline button--primary', styles.toggle)}
          aria-expanded={open}
          aria-controls={`${idPrefix}s-body`}
          // Like the filters themselves, it does nothing until the page has hydrated.
          disabled={!isBrowser}
          onClick={() => setOpen(!open)}>
          {label}
        </button>
      </div>
      <noscript>
        <p className={styles.noscript}>{noscriptMessage}</p>
      </noscript>
      <div id={`${idPrefix}s-body`} ref={body} className={clsx(styles.body, !open && styles.folded)}>
        {children}
      </div>
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
