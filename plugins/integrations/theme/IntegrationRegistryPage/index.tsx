import React, { useCallback, useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePluralForm } from '@docusaurus/theme-common';
import { FacetGroup, FilterPanel, facetStyles, toggleOption, useUrlFilterState } from '../../../../src/components/Facets';
import { CardList, DirectoryLayout, NoResults, ResultsBar, directoryStyles } from '../../../../src/components/Directory';
import type { RegistryProps } from '../../types';
import { applyFilters, emptyFilterState, facetCounts, MAX_NAME_QUERY, parseFilterSearch, registryFacets, serializeFilterState, type FilterState } from './_utils';
import IntegrationCard from './_components/IntegrationCard';
import styles from './styles.module.css';

interface Props {
  data: RegistryProps;
}

/** The registry: every integration as a card, filtered by facets and name, state in the URL. */
export default function IntegrationRegistryPage({ data }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const facets = useMemo(() => registryFacets(data), [data]);
  const parse = useCallback((search: string) => parseFilterSearch(search, facets), [facets]);
  const serialize = useCallback((state: FilterState) => serializeFilterState(state, facets), [facets]);
  const [state, setState] = useUrlFilterState(parse, serialize);
  const shown = useMemo(() => applyFilters(data.integrations, state, facets), [data.integrations, state, facets]);
  const { selectMessage } = usePluralForm();
  const total = data.integrations.length;
  const resultCount = selectMessage(
    total,
    translate(
      { id: 'integrations.registry.resultCount', message: '显示 {count} / {total} 个集成', description: 'Announced as the filters change; plural forms (on total) separated by |' },
      { count: String(shown.length), total: String(total) },
    ),
  );
  const legend = (field: string) => (field === 'verified' ? data.verifiedProgram.name : data.fieldTitles[field as keyof RegistryProps['fieldTitles']]);
  return (
    <Layout
      title={translate({ id: 'integrations.registry.title', message: '集成目录' })}
      description={translate({ id: 'integrations.registry.description', message: '与云平台、开发工具、监控后端和可视化工具的集成：按类别、成熟度、维护方式和遥测信号筛选。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="integrations.registry.title">集成目录</Translate>
        </Heading>
        <p className={directoryStyles.intro}>
          <Translate id="integrations.registry.intro">
            社区和合作伙伴提供的全部集成。每个集成都注明类别、提供方、维护方式、成熟度和经过测试的版本，并附有文档和代码仓库的链接。
          </Translate>
        </p>
        <aside className={styles.programs} aria-labelledby="integration-programs-heading">
          <Heading as="h2" id="integration-programs-heading" className={styles.programsHeading}>
            <Translate id="integrations.registry.programs">集成计划</Translate>
          </Heading>
          <ul>
            {data.programs.map((p) => (
              <li key={p.permalink}>
                <Link to={p.permalink}>{p.name}</Link>
                {translate({ id: 'integrations.registry.programSummary', message: '：{summary}', description: 'Follows a program name in the list of programs' }, { summary: p.summary })}
              </li>
            ))}
          </ul>
        </aside>
        <DirectoryLayout
          filters={
            <FilterPanel
              idPrefix="integration-filter"
              heading={<Translate id="integrations.filter.heading">筛选集成</Translate>}
              noscriptMessage={<Translate id="integrations.filter.noscript">筛选需要启用 JavaScript；本页列出了全部集成。</Translate>}>
              <div className={`${facetStyles.group} ${facetStyles.text}`}>
                <label htmlFor="integration-filter-name" className={facetStyles.legend}>
                  {data.fieldTitles.name}
                </label>
                <input
                  id="integration-filter-name"
                  type="search"
                  name="name"
                  autoComplete="off"
                  maxLength={MAX_NAME_QUERY}
                  disabled={!isBrowser}
                  value={state.name}
                  onChange={(e) => setState({ ...state, name: e.currentTarget.value })}
                />
              </div>
              {facets.map((facet) => (
                <FacetGroup
                  key={facet.field}
                  idPrefix="integration-filter"
                  field={facet.field}
                  legend={legend(facet.field)}
                  options={facet.options}
                  counts={facetCounts(data.integrations, state, facets, facet)}
                  selected={state.selection[facet.field] ?? []}
                  onToggle={(value, checked) => setState({ ...state, selection: toggleOption(state.selection, facet.field, value, checked) })}
                  enabled={isBrowser}
                />
              ))}
            </FilterPanel>
          }>
          <ResultsBar count={resultCount}>
            <button id="integration-filter-clear" type="button" className="button button--secondary button--sm" onClick={() => setState(emptyFilterState())} disabled={!isBrowser}>
              <Translate id="integrations.filter.clear">清除筛选</Translate>
            </button>
          </ResultsBar>
          {shown.length > 0 ? (
            <CardList items={shown} keyOf={(card) => card.id}>
              {(card) => <IntegrationCard card={card} data={data} />}
            </CardList>
          ) : (
            <NoResults>
              <Translate id="integrations.registry.empty">没有符合所有条件的集成。请减少筛选条件，或清除筛选。</Translate>
            </NoResults>
          )}
        </DirectoryLayout>
      </main>
    </Layout>
  );
}
