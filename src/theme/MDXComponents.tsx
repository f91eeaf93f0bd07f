import MDXComponents from '@theme-original/MDXComponents';
import * as DataFacts from '@site/src/components/DataFacts';
import { FAQ, FAQItem } from '@site/src/components/FAQ';

/*
 * Components every guide may use without importing them: the data facts
 * (their records arrive through plugins/data-facts/remark.ts, so no page
 * carries data it does not name) and the FAQ list.
 */
export default {
  ...MDXComponents,
  ...DataFacts,
  FAQ,
  FAQItem,
};
