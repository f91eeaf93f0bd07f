import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { FallbackMarker, useSourceLang } from '../../../../src/components/EntryPage';
import type { Provider } from '../../types';

/**
 * The partner behind an integration: a link to its partner page when the
 * site builds one (plugin option `partnerPagesPath`), its name otherwise.
 */
export default function ProviderName({ provider }: { provider: Provider }): ReactNode {
  const sourceLang = useSourceLang();
  const name = <span lang={provider.fallback ? sourceLang : undefined}>{provider.name}</span>;
  return (
    <>
      {provider.permalink ? <Link to={provider.permalink}>{name}</Link> : name}
      {provider.fallback && <FallbackMarker />}
    </>
  );
}
