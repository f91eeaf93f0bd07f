import React, { type ReactNode } from 'react';
import TOC from '@theme-original/TOC';
import type TOCType from '@theme/TOC';
import type { WrapperProps } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';

type Props = WrapperProps<typeof TOCType>;

/**
 * The blog post layout puts the table of contents beside <main>, outside any landmark
 * (axe "region"); a labelled <nav> gives it one. `display: contents` keeps the original
 * column as the sticky TOC's containing block, so the TOC still follows the reader.
 */
export default function TOCWrapper(props: Props): ReactNode {
  return (
    <nav className="toc-landmark" aria-label={translate({ id: 'toc.landmark.label', message: '本页目录', description: 'Accessible name of the table of contents beside a page' })}>
      <TOC {...props} />
    </nav>
  );
}
