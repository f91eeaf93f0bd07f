/**
 * The frame of a directory page (course catalog, events, integrations,
 * partners): the filter panel beside or above the results, a results bar whose
 * count is announced as filters change, the cards, and the note shown when
 * nothing matches. Each directory brings its own filters, cards and words.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Class names for a directory's own parts that must line up with the frame (its intro paragraph). */
export { styles as directoryStyles };

/** Filters in a sidebar on a desktop, above the results on a phone. */
export function DirectoryLayout({ filters, children }: { filters: ReactNode; children: ReactNode }): ReactNode {
  return (
    <div className={styles.layout}>
      <div className={styles.sidebar}>{filters}</div>
      <div className={styles.results}>{children}</div>
    </div>
  );
}

interface ResultsBarProps {
  /** "Showing 3 of 6 courses": announced politely each time it changes. */
  count: ReactNode;
  /** Id of the count, for a page that moves focus to it (partner directory pages). */
  countId?: string;
  /** The count takes focus programmatically (tabIndex -1) but is not a tab stop. */
  focusableCount?: boolean;
  /** Controls beside the count: sort, clear filters. */
  children?: ReactNode;
}

export function ResultsBar({ count, countId, focusableCount = false, children }: ResultsBarProps): ReactNode {
  return (
    <div className={styles.resultsBar}>
      <p id={countId} className={styles.count} aria-live="polite" aria-atomic="true" tabIndex={focusableCount ? -1 : undefined}>
        {count}
      </p>
      {children}
    </div>
  );
}

interface CardListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Minimum card width: `narrow` 18rem, default 20rem, `wide` 22rem. */
  cardWidth?: 'narrow' | 'regular' | 'wide';
  children: (item: T) => ReactNode;
}

/** The cards as a list, left out of the search index (each card's own page is indexed). */
export function CardList<T>({ items, keyOf, cardWidth = 'regular', children }: CardListProps<T>): ReactNode {
  return (
    <ul className={clsx(styles.cards, cardWidth === 'narrow' && styles.narrow, cardWidth === 'wide' && styles.wide)} data-search-exclude="">
      {items.map((item) => (
        <li key={keyOf(item)} className={styles.cardItem}>
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** What the results say when no card matches every filter. */
export function NoResults({ children }: { children: ReactNode }): ReactNode {
  return <p className={styles.empty}>{children}</p>;
}
