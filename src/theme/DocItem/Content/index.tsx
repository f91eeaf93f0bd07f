import React, { type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import TranslationBanner, { usePageTranslation } from '@site/plugins/translation-status/theme/TranslationBanner';

type Props = WrapperProps<typeof ContentType>;

/** Docs and course lessons: the translation banner, and the source language on content shown untranslated. */
export default function ContentWrapper(props: Props): ReactNode {
  const translation = usePageTranslation();
  const { i18n } = useDocusaurusContext();
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  return (
    <>
      <TranslationBanner />
      {translation?.state === 'missing' ? (
        <div lang={sourceLang}>
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
    </>
  );
}
