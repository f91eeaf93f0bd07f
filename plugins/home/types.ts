import type { EventTime } from '../events/types';

/** One figure on the home page, counted from the data at build time. */
export interface HomeFigure {
  id: 'courses' | 'certifications' | 'partners' | 'integrations' | 'workingGroups';
  count: number;
  permalink: string;
}

/** A dated event as the home page lists it; the reader's clock picks the next ones. */
export interface HomeEvent {
  id: string;
  title: string;
  kind: string;
  permalink: string;
  time: EventTime;
}

export interface HomePageProps {
  figures: HomeFigure[];
  /** Every dated event, soonest first. */
  events: HomeEvent[];
  /** When the site was built: which events the static HTML shows as next. */
  builtAt: number;
  eventsPermalink: string;
}
