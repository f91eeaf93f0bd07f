import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { CourseCard } from '../../../../types';
import { facetCounts, setWeeks, toggleValue, weekOptions, type DurationBounds, type FacetField, type Facets, type FilterState } from '../../_utils';
import { useWeeksLabel } from '../CourseCard';
import { FacetGroup, FilterPanel, facetStyles as styles } from '../../../../../../src/components/Facets';

interface Props {
  cards: readonly CourseCard[];
  facets: Facets;
  duration: DurationBounds;
  state: FilterState;
  onChange: (next: FilterState) => void;
  /** False until the page has hydrated: the controls do nothing without JavaScript, so they start disabled. */
  enabled: boolean;
}

function legendOf(field: FacetField): string {
  switch (field) {
    case 'level':
      return translate({ id: 'courseCatalog.field.level', message: '级别' });
    case 'topics':
      return translate({ id: 'courseCatalog.field.topics', message: '主题' });
    case 'languages':
      return translate({ id: 'courseCatalog.field.languages', message: '授课语言' });
    case 'certification':
      return translate({ id: 'courseCatalog.field.certification', message: '认证' });
  }
}

function CheckboxGroup({ field, props }: { field: FacetField; props: Props }): ReactNode {
  const { cards, facets, state, onChange, enabled } = props;
  return (
    <FacetGroup
      idPrefix="course-filter"
      field={field}
      legend={legendOf(field)}
      options={facets[field]}
      counts={facetCounts(cards, state, field, facets)}
      selected={state[field]}
      onToggle={(value, checked) => onChange(toggleValue(state, field, value, checked))}
      enabled={enabled}
    />
  );
}

function WeeksSelect({ bound, props }: { bound: 'minWeeks' | 'maxWeeks'; props: Props }): ReactNode {
  const { duration, state, onChange, enabled } = props;
  const weeksLabel = useWeeksLabel();
  const id = `course-filter-${bound}`;
  return (
    <div className={styles.select}>
      <label htmlFor={id}>
        {bound === 'minWeeks' ? (
          <Translate id="courseCatalog.filter.minWeeks">最短</Translate>
        ) : (
          <Translate id="courseCatalog.filter.maxWeeks">最长</Translate>
        )}
      </label>
      <select
        id={id}
        name={bound}
        disabled={!enabled}
        value={state[bound] ?? ''}
        onChange={(e) => onChange(setWeeks(state, bound, e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value)))}>
        <option value="">{translate({ id: 'courseCatalog.filter.anyWeeks', message: '不限' })}</option>
        {weekOptions(duration).map((w) => (
          <option key={w} value={w}>
            {weeksLabel(w)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter panel: one group of native checkboxes per facet, and the duration range. */
export default function CatalogFilters(props: Props): ReactNode {
  return (
    <FilterPanel
      idPrefix="course-filter"
      heading={<Translate id="courseCatalog.filter.heading">筛选课程</Translate>}
      noscriptMessage={<Translate id="courseCatalog.filter.noscript">筛选需要启用 JavaScript；本页列出了全部课程。</Translate>}>
      <CheckboxGroup field="level" props={props} />
      <fieldset className={styles.group} disabled={!props.enabled}>
        <legend className={styles.legend}>
          <Translate id="courseCatalog.filter.duration">时长（周）</Translate>
        </legend>
        <div className={styles.range}>
          <WeeksSelect bound="minWeeks" props={props} />
          <WeeksSelect bound="maxWeeks" props={props} />
        </div>
      </fieldset>
      <CheckboxGroup field="topics" props={props} />
      <CheckboxGroup field="certification" props={props} />
      <CheckboxGroup field="languages" props={props} />
    </FilterPanel>
  );
}
