import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { pageWindow } from '../../_utils';
import styles from './styles.module.css';

interface Props {
  page: number;
  pageCount: number;
  /** Where page n of the current view lives (a static page, or the directory with the view in the query). */
  href: (page: number) => string;
}

/**
 * Links to every page of the results: previous, next, first, last and the
 * pages around the current one. Plain links, so without JavaScript they walk
 * the static pages and every partner stays reachable.
 */
export default function Pagination({ page, pageCount, href }: Props): ReactNode {
  if (pageCount <= 1) return null;
  const pageLabel = (n: number) => translate({ id: 'partners.pagination.page', message: '第 {page} 页', description: 'Accessible name of a page link' }, { page: n });
  return (
    <nav className={styles.pagination} aria-label={translate({ id: 'partners.pagination.label', message: '合作伙伴分页' })}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {translate({ id: 'partners.pagination.previous', message: '上一页' })}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) =>
          n === 0 ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" aria-label={pageLabel(n)} className={styles.current}>
                  {n}
                </span>
              ) : (
                <Link to={href(n)} aria-label={pageLabel(n)}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link to={href(page + 1)} rel="next">
              {translate({ id: 'partners.pagination.next', message: '下一页' })}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
