import clsx from 'clsx';
import React, { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import { useUrlFilterState, type FilterChangeOptions } from '../../../../src/components/Facets';
import { usePluralForm } from '@docusaurus/theme-common';
import type { DirectoryProps, FacetField, Facets, PartnerCard as Card, PartnerIndex } from '../../types';
import { usePageLocale } from '../PartnerParts';
import {
  applyFilters,
  decodeIndex,
  emptyViewState,
  FACET_FIELDS,
  facetCounts,
  isStaticView,
  pageHref,
  pageSlice,
  parseSearch,
  serializeSearch,
  SORTS,
  sortCards,
  type Sort,
  type ViewState,
} from './_utils';
import PartnerCard from './_components/PartnerCard';
import DirectoryFilters from './_components/DirectoryFilters';
import Pagination from './_components/Pagination';
import { CardList, DirectoryLayout, NoResults, ResultsBar, directoryStyles } from '../../../../src/components/Directory';
import styles from './styles.module.css';

interface Props {
  data: DirectoryProps;
}

const RESULTS_ID = 'partner-results';

/** The compact index, decoded once per page load and locale (the import itself is cached by the bundler). */
let indexCache: { facets: Facets; cards: Card[] } | undefined;

/**
 * Every partner, from the compact index: a chunk of its own, imported only
 * when `wanted` (a filter, a search or another order is asked for), so the
 * first render of any directory page carries just its own slice.
 */
function usePartnerIndex(wanted: boolean, facets: Facets): Card[] | undefined {
  const [cards, setCards] = useState<Card[] | undefined>(indexCache?.facets === facets ? indexCache.cards : undefined);
  useEffect(() => {
    if (!wanted || cards) return;
    let live = true;
    void import('@generated/community-partners/default/partner-index.json').then((module: { default: PartnerIndex }) => {
      const decoded = decodeIndex(module.default, facets);
      indexCache = { facets, cards: decoded };
      if (live) setCards(decoded);
    });
    return () => {
      live = false;
    };
  }, [wanted, cards, facets]);
  return cards;
}

/**
 * The view (filters, name search, order, page) in the URL query, through the
 * shared facet hook: the static HTML and the first render that hydrates it
 * show the page's own slice, so the page works without JavaScript; changes
 * are pushed to the history (typing replaces the entry), and any change of
 * view starts from the directory itself, also from a static page
 * /partners/page/<n>/.
 */
function useDirectoryView(data: DirectoryProps): [ViewState, (next: ViewState, options?: FilterChangeOptions) => void] {
  const parse = useCallback((search: string) => parseSearch(search, data.facets), [data.facets]);
  const serialize = useCallback((state: ViewState) => serializeSearch(state, data.facets), [data.facets]);
  const [state, setState] = useUrlFilterState(parse, serialize);
  const change = useCallback((next: ViewState, options: FilterChangeOptions = {}) => setState(next, { pathname: data.directoryPermalink, ...options }), [setState, data.directoryPermalink]);
  return [state, change];
}

/**
 * After a page link of a filtered view (same path, new query: the theme does
 * not scroll, and moves focus to the top), put the reader at the top of the
 * results. Filter changes carry history state (the shared hook's focus
 * restore); page links carry none, which tells them apart.
 */
function useResultsFocusOnPageLink(page: number, active: boolean): void {
  const location = useLocation<unknown>();
  const history = useHistory();
  const previous = useRef(page);
  useEffect(() => {
    if (active && previous.current !== page && history.action === 'PUSH' && !location.state) {
      const results = document.getElementById(RESULTS_ID);
      results?.focus({ preventScroll: true });
      results?.scrollIntoView({ block: 'start' });
    }
    previous.current = page;
  }, [page, active, history, location]);
}

function sortLabel(sort: Sort): string {
  switch (sort) {
    case 'tier':
      return translate({ id: 'partners.sort.tier', message: '按等级（再按名称）' });
    case 'name':
      return translate({ id: 'partners.sort.name', message: '按名称' });
    case 'memberSince':
      return translate({ id: 'partners.sort.memberSince', message: '按加入时间' });
  }
}

export default function PartnerDirectoryPage({ data }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const locale = usePageLocale();
  const [state, setState] = useDirectoryView(data);
  const staticView = isStaticView(state);
  useResultsFocusOnPageLink(state.page, !staticView);
  const [intent, setIntent] = useState(false);
  const all = usePartnerIndex(isBrowser && (intent || !staticView), data.facets);
  const sorted = useMemo(() => (all && state.sort !== 'tier' ? sortCards(all, state.sort, data.tierRank, locale) : all), [all, state.sort, data.tierRank, locale]);
  const matching = useMemo(() => (sorted ? applyFilters(sorted, state, data.facets) : undefined), [sorted, state]);

  // The static view shows this route's own slice; any other view needs the index (until it arrives: loading).
  const view = staticView
    ? { items: data.cards, page: data.page, pageCount: data.pageCount, count: data.total }
    : matching
      ? { ...pageSlice(matching, state.page, data.pageSize), count: matching.length }
      : undefined;
  const counts = useMemo(() => {
    const out = {} as Record<FacetField, ReadonlyMap<string, number>>;
    for (const field of FACET_FIELDS) out[field] = all ? facetCounts(all, state, field, data.facets) : new Map(Object.entries(data.counts[field]));
    return out;
  }, [all, state, data.facets, data.counts]);

  const { selectMessage } = usePluralForm();
  const countText = view
    ? selectMessage(
        data.total,
        translate(
          { id: 'partners.resultCount', message: '显示 {count} / {total} 个合作伙伴', description: 'Announced as the filters change; plural forms (on total) separated by |' },
          { count: String(view.count), total: String(data.total) },
        ),
      ) + (view.pageCount > 1 ? ` · ${translate({ id: 'partners.pageOf', message: '第 {page} / {pageCount} 页' }, { page: String(view.page), pageCount: String(view.pageCount) })}` : '')
    : translate({ id: 'partners.loading', message: '正在加载合作伙伴列表…' });
  const permalinkOf = (id: string) => `${data.directoryPermalink}${id}/`;

  return (
    <Layout
      title={translate({ id: 'partners.title', message: '合作伙伴' })}
      description={translate({ id: 'partners.description', message: '与社区合作的组织：按类别、等级、合作类型、合作领域和区域查找。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="partners.title">合作伙伴</Translate>
        </Heading>
        <p className={clsx(directoryStyles.intro, styles.intro)}>
          <Translate id="partners.intro">与社区合作的云服务商、厂商、开源项目、咨询公司、培训机构和用户组。可按组织类别、计划等级、合作类型、合作领域和所在区域组合筛选，也可按名称搜索。</Translate>{' '}
          <Link to={data.programPermalink}>
            <Translate id="partners.programLink">了解合作伙伴计划和加入方式</Translate>
          </Link>
        </p>
        <DirectoryLayout filters={<DirectoryFilters facets={data.facets} counts={counts} state={state} onChange={setState} enabled={isBrowser} onIntent={() => setIntent(true)} />}>
          <ResultsBar count={countText} countId={RESULTS_ID} focusableCount>
            <div className={styles.controls}>
              <label htmlFor="partner-sort" className={styles.sortLabel}>
                <Translate id="partners.sort.label">排序</Translate>
              </label>
              <select
                id="partner-sort"
                name="sort"
                disabled={!isBrowser}
                value={state.sort}
                onFocus={() => setIntent(true)}
                onChange={(e) => setState({ ...state, sort: e.currentTarget.value as Sort, page: 1 })}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {sortLabel(s)}
                  </option>
                ))}
              </select>
              <button id="partner-filter-clear" type="button" className="button button--secondary button--sm" onClick={() => setState(emptyViewState())} disabled={!isBrowser || staticView}>
                <Translate id="partners.filter.clear">清除筛选</Translate>
              </button>
            </div>
          </ResultsBar>
          {view && view.items.length > 0 && (
            <CardList items={view.items} keyOf={(card) => card.id} cardWidth="narrow">
              {(card) => <PartnerCard card={card} facets={data.facets} permalink={permalinkOf(card.id)} />}
            </CardList>
          )}
          {view && view.items.length === 0 && (
            <NoResults>
              <Translate id="partners.empty">没有符合所有条件的合作伙伴。请减少筛选条件，或清除筛选。</Translate>
            </NoResults>
          )}
          {view && <Pagination page={view.page} pageCount={view.pageCount} href={(n) => pageHref(state, n, data.facets, data.directoryPermalink)} />}
        </DirectoryLayout>
      </main>
    </Layout>
  );
}
