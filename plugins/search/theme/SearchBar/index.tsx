/**
 * The offline search box with what it lacks for screen-reader users: a label
 * in the page's language, a named clear button, and a live region that says
 * how many results the list holds (the list itself is a combobox/listbox
 * with the active option announced by autocomplete.js).
 */
import React, { useEffect, useRef } from 'react';
import { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import SearchBar from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar';
import { useAnnouncer } from '../useAnnouncer';
import styles from '../search.module.css';

type Props = React.ComponentProps<typeof SearchBar>;

export default function SearchBarWithAnnouncements(props: Props): React.JSX.Element {
  const root = useRef<HTMLDivElement>(null);
  const { selectMessage } = usePluralForm();
  const label = translate({ id: 'search.box.label', message: '搜索全站（Ctrl+K）', description: 'Accessible name of the navbar search box' });
  const clearLabel = translate({ id: 'search.box.clear', message: '清空搜索词', description: 'Accessible name of the button that empties the search box' });
  const message = useAnnouncer(
    root,
    (element) => {
      const input = element.querySelector<HTMLInputElement>('input.navbar__search-input');
      if (!input || input.value.trim() === '' || input.getAttribute('aria-expanded') !== 'true') return '';
      const count = element.querySelectorAll('[role="option"]').length;
      if (count === 0) return translate({ id: 'search.box.noResults', message: '没有找到结果', description: 'Read to screen readers when the search list is empty' });
      return selectMessage(
        count,
        translate({ id: 'search.box.results', message: '{count} 条结果，用上下方向键选择，回车打开', description: 'Read to screen readers when results appear (plural forms separated by |)' }, { count }),
      );
    },
    (element) => {
      const input = element.querySelector('input.navbar__search-input');
      if (input && input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
      // autocomplete.js makes its whole dropdown the listbox, "see all results" link included,
      // and points the combobox at it with aria-owns only. The list of options is the listbox.
      const dropdown = element.querySelector('[role="listbox"]:not([data-search-list])');
      if (dropdown) dropdown.setAttribute('role', 'presentation');
      const list = element.querySelector<HTMLElement>('[class*="suggestions"]');
      if (input && list) {
        if (!list.id) list.id = `${input.getAttribute('aria-owns') ?? 'search'}-options`;
        if (list.getAttribute('role') !== 'listbox') {
          list.setAttribute('role', 'listbox');
          list.setAttribute('data-search-list', '');
        }
        if (input.getAttribute('aria-controls') !== list.id) input.setAttribute('aria-controls', list.id);
        if (input.getAttribute('aria-owns') !== list.id) input.setAttribute('aria-owns', list.id);
      }
      element.querySelectorAll('button:not([aria-label])').forEach((button) => button.setAttribute('aria-label', clearLabel));
    },
  );
  useNoFocusTheft(root);
  return (
    <div ref={root} style={{ display: 'contents' }}>
      <SearchBar {...props} />
      <div role="status" className={styles.announcement}>
        {message}
      </div>
    </div>
  );
}

/**
 * The plugin focuses the box again when its index finishes loading if the box
 * was focused when loading began — even when the reader has since tabbed on
 * and is using another control (a filter checkbox loses focus mid-keystroke).
 * While another element has focus, a focus call is honoured only right after
 * the Ctrl/⌘+K shortcut; the box still takes focus when clicked or tabbed to.
 */
function useNoFocusTheft(root: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const input = root.current?.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return undefined;
    let shortcutAt = -Infinity;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') shortcutAt = performance.now();
    };
    document.addEventListener('keydown', onKeyDown, true);
    const focus = input.focus.bind(input);
    input.focus = (options?: FocusOptions) => {
      const elsewhere = document.activeElement !== null && document.activeElement !== document.body && document.activeElement !== input;
      if (elsewhere && performance.now() - shortcutAt > 500) return;
      focus(options);
    };
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      input.focus = focus;
    };
  }, [root]);
}
