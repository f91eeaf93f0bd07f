import React, { type ReactNode } from 'react';
import DataProblemsBanner from '@site/src/components/DataProblemsBanner';

/** Wraps every page; in the dev server it shows data problems above the page. */
export default function Root({ children }: { children: ReactNode }): ReactNode {
  return (
    <>
      <DataProblemsBanner />
      {children}
    </>
  );
}
