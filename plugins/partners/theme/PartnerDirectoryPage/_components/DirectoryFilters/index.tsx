import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { FacetGroup, facetStyles, FilterPanel, type FilterChangeOptions } from '../../../../../../src/components/Facets';
import { FACET_FIELDS, toggleValue, type FacetField, type Facets, type ViewState } from '../../_utils';

interface Props {
  facets: Facets;
  /** Per field, how many partners each value would give (given the other filters). */
  counts: Record<FacetField, ReadonlyMap<string, number>>;
  state: ViewState;
  onChange: (next: ViewState, options?: FilterChangeOptions) => void;
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

/** The filter panel: a name search and one group of native checkboxes per facet (the shared facet components). */
export default function DirectoryFilters({ facets, counts, state, onChange, enabled, onIntent }: Props): ReactNode {
  return (
    <div onFocus={onIntent} onPointerEnter={onIntent}>
      <FilterPanel
        idPrefix="partner-filter"
        heading={<Translate id="partners.filter.heading">筛选合作伙伴</Translate>}
        noscriptMessage={<Translate id="partners.filter.noscript">筛选需要启用 JavaScript；请用页面底部的分页链接浏览全部合作伙伴。</Translate>}>
        <div className={facetStyles.text}>
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
          <FacetGroup
            key={field}
            idPrefix="partner-filter"
            field={field}
            legend={legendOf(field)}
            options={facets[field]}
            counts={counts[field]}
            selected={state[field]}
            onToggle={(value, checked) => onChange(toggleValue(state, field, value, checked))}
            enabled={enabled}
          />
        ))}
      </FilterPanel>
    </div>
  );
}
