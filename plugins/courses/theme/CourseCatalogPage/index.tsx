import React, { useCallback, useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useUrlFilterState } from '../../../../src/components/Facets';
import { CardList, DirectoryLayout, NoResults, ResultsBar, directoryStyles } from '../../../../src/components/Directory';
import { usePluralForm } from '@docusaurus/theme-common';
import type { CatalogProps } from '../../types';
import { applyFilters, emptyFilterState, parseFilterSearch, serializeFilterState, type FilterState } from './_utils';
import CourseCard from './_components/CourseCard';
import CatalogFilters from './_components/CatalogFilters';
import styles from './styles.module.css';

interface Props {
  data: CatalogProps;
}

/** The filter state in the URL query (see useUrlFilterState): static HTML lists every course. */
function useCatalogFilters(data: CatalogProps): [FilterState, (next: FilterState) => void] {
  const parse = useCallback((search: string) => parseFilterSearch(search, data.facets, data.duration), [data.facets, data.duration]);
  const serialize = useCallback((state: FilterState) => serializeFilterState(state, data.facets), [data.facets]);
  return useUrlFilterState(parse, serialize);
}

export default function CourseCatalogPage({ data }: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const [state, setState] = useCatalogFilters(data);
  const shown = useMemo(() => applyFilters(data.courses, state), [data.courses, state]);
  const { selectMessage } = usePluralForm();
  const total = data.courses.length;
  const resultCount = selectMessage(
    total,
    translate(
      { id: 'courseCatalog.resultCount', message: '显示 {count} / {total} 门课程', description: 'Announced as the filters change; plural forms (on total) separated by |' },
      { count: String(shown.length), total: String(total) },
    ),
  );
  const clear = () => setState(emptyFilterState());
  return (
    <Layout
      title={translate({ id: 'courseCatalog.title', message: '课程目录' })}
      description={translate({ id: 'courseCatalog.description', message: '社区的全部课程：按级别、时长、主题、认证和授课语言筛选。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="courseCatalog.title">课程目录</Translate>
        </Heading>
        <p className={directoryStyles.intro}>
          <Translate id="courseCatalog.intro">从入门到架构设计的全部社区课程。每门课程都对应一项认证，可按级别、时长、主题、认证和授课语言组合筛选。</Translate>
        </p>
        <nav aria-label={translate({ id: 'courseCatalog.related.label', message: '课程相关页面' })}>
          <ul className={styles.related}>
            <li>
              <Link to={data.pathPermalink}>
                <Translate id="courseCatalog.related.path">学习路径</Translate>
              </Link>
            </li>
            <li>
              <Link to={data.projectsPermalink}>
                <Translate id="courseCatalog.related.projects">实践项目</Translate>
              </Link>
            </li>
            <li>
              <Link to={data.certificationsPermalink}>
                <Translate id="courseCatalog.related.certifications">认证</Translate>
              </Link>
            </li>
          </ul>
        </nav>
        <DirectoryLayout filters={<CatalogFilters cards={data.courses} facets={data.facets} duration={data.duration} state={state} onChange={setState} enabled={isBrowser} />}>
          <ResultsBar count={resultCount}>
            <button id="course-filter-clear" type="button" className="button button--secondary button--sm" onClick={clear} disabled={!isBrowser}>
              <Translate id="courseCatalog.filter.clear">清除筛选</Translate>
            </button>
          </ResultsBar>
          {shown.length > 0 ? (
            <CardList items={shown} keyOf={(card) => card.id}>
              {(card) => <CourseCard card={card} facets={data.facets} />}
            </CardList>
          ) : (
            <NoResults>
              <Translate id="courseCatalog.empty">没有符合所有条件的课程。请减少筛选条件，或清除筛选。</Translate>
            </NoResults>
          )}
        </DirectoryLayout>
      </main>
    </Layout>
  );
}
