import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { FACET_FIELDS, toggleValue, type FacetField, type Facets, type ViewState } from '../../_utils';
import styles from './styles.module.css';

interface Props {
  facets: Facets;
  /** Per field, how many partners each value would give (given the other filters). */
  counts: Record<FacetField, ReadonlyMap<string, number>>;
  state: ViewState;
  onChange: (next: ViewState, options?: { replace?: boolean }) => void;
  /** False until the page has hydrated: the controls do nothing without JavaScript, so they start disabled. */
  enabled: boolean;
  /** Called when the reader reaches for a filter, to start loading the index early. */
  onIntent: () => void;
}

export function legendOf(field: FacetField): string {
  switch (field) {
    case 'type':
      return translate({ id: 'partners.field.type', message: '类别' });
    case 'tier':
      return translate({ id: 'partners.field.tier', message: '等级' });
    case 'partnershipKinds':
      return translate({ id: 'partners.field.partnershipKinds', message: '合作类型' });
    case 'collaborationAreas':
      return translate({ id: 'partners.field.collaborationAreas', message: '合作领域' });
    case 'region':
      return translate({ id: 'partners.field.region', message: '区域' });
  }
}

function CheckboxGroup({ field, props }: { field: FacetField; props: Props }): ReactNode {
  const { facets, counts, state, onChange, enabled } = props;
  return (
    <fieldset className={styles.group} disabled={!enabled}>
      <legend className={styles.legend}>{legendOf(field)}</legend>
      <ul className={styles.options}>
        {facets[field].map((option) => (
          <li key={option.value}>
            <label className={styles.option}>
              <input
                id={`partner-filter-${field}-${option.value}`}
                type="checkbox"
                name={field}
                value={option.value}
                checked={state[field].includes(option.value)}
                onChange={(e) => onChange(toggleValue(state, field, option.value, e.currentTarget.checked))}
              />
              <span className={styles.optionLabel}>{option.label}</span> <span className={styles.count}>({counts[field].get(option.value) ?? 0})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The filter panel: a name search and one group of native checkboxes per facet. */
export default function DirectoryFilters(props: Props): ReactNode {
  const { state, onChange, enabled, onIntent } = props;
  return (
    <div role="search" aria-labelledby="partner-filters-heading" className={styles.filters} onFocus={onIntent} onPointerEnter={onIntent}>
      <h2 id="partner-filters-heading" className={styles.heading}>
        <Translate id="partners.filter.heading">筛选合作伙伴</Translate>
      </h2>
      <noscript>
        <p className={styles.noscript}>
          <Translate id="partners.filter.noscript">筛选需要启用 JavaScript；请用页面底部的分页链接浏览全部合作伙伴。</Translate>
        </p>
      </noscript>
      <div className={styles.search}>
        <label htmlFor="partner-filter-name">
          <Translate id="partners.filter.name">名称包含</Translate>
        </label>
        <input
          id="partner-filter-name"
          type="search"
          name="name"
          autoComplete="off"
          disabled={!enabled}
          value={state.name}
          // Typing replaces the history entry: back should not step through every letter.
          onChange={(e) => onChange({ ...state, name: e.currentTarget.value, page: 1 }, { replace: true })}
        />
      </div>
      {FACET_FIELDS.map((field) => (
        <CheckboxGroup key={field} field={field} props={props} />
      ))}
    </div>
  );
}
