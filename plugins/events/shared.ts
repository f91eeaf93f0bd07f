/** Small helpers both the build and the pages use (nothing here may pull build-only code into the browser). */
import type { Option } from './types';

/** Where the iCalendar files sit below the locale's base URL; the pages link to them, the plugin writes them. */
export const feedPaths = {
  all: 'events.ics',
  kind: (kind: string) => `events/kinds/${kind}.ics`,
  event: (id: string) => `events/${id}.ics`,
};

/** Anchor of a kind's section on /events/. */
export const kindAnchor = (kind: string) => `kind-${kind}`;

/** Label of an enum value in the page's locale; the raw value only if the data reference has none. */
export function labelOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
