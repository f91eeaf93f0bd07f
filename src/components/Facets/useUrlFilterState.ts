import { useCallback, useEffect, useMemo } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';

/** Kept in the history entry a filter change pushes, to put focus and scroll back (see below). */
interface FilterHistoryState {
  filterFocusId?: string;
  filterScrollY?: number;
}

/**
 * A directory's filter state, read from the URL query — in the browser only:
 * the static HTML (built without a query string) and the first render that
 * hydrates it show everything, so the page works without JavaScript. Changes
 * are pushed to the history, so back and forward restore earlier filters and
 * the URL can be shared.
 *
 * On every PUSH the theme moves focus to the top of the page (its skip-link
 * container), which would throw a keyboard user off the control just used. As
 * on the docusaurus.io showcase, the focused element's id and the scroll
 * position travel in the history entry and are restored after that reset (the
 * theme's effect runs first: it sits before the page content in the tree).
 */
/**
 * Options of one change. `replace`: replace the history entry instead of
 * pushing one (typing in a text filter: back should not step through every
 * letter). `pathname`: go to another path with the new query (a paged
 * directory's static page 3 back to the directory itself).
 */
export interface FilterChangeOptions {
  replace?: boolean;
  pathname?: string;
}

export function useUrlFilterState<S>(parse: (search: string) => S, serialize: (state: S) => string): [S, (next: S, options?: FilterChangeOptions) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation<FilterHistoryState | undefined>();
  const history = useHistory();
  const search = isBrowser ? location.search : '';
  const state = useMemo(() => parse(search), [parse, search]);
  const setState = useCallback(
    (next: S, options: FilterChangeOptions = {}) => {
      const nextSearch = serialize(next);
      const pathname = options.pathname ?? location.pathname;
      if (nextSearch === location.search && pathname === location.pathname) return;
      const historyState: FilterHistoryState = { filterFocusId: document.activeElement?.id || undefined, filterScrollY: window.scrollY };
      const target = { pathname, search: nextSearch, hash: pathname === location.pathname ? location.hash : '', state: historyState };
      if (options.replace) history.replace(target);
      else history.push(target);
    },
    [serialize, history, location.hash, location.pathname, location.search],
  );
  useEffect(() => {
    if (history.action !== 'PUSH' || !location.state) return;
    const { filterFocusId, filterScrollY } = location.state;
    const focusTarget = filterFocusId ? document.getElementById(filterFocusId) : null;
    if (focusTarget && focusTarget !== document.activeElement) focusTarget.focus({ preventScroll: true });
    if (typeof filterScrollY === 'number') window.scrollTo({ top: filterScrollY, behavior: 'instant' });
  }, [history, location]);
  return [state, setState];
}
