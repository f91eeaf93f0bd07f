import React, { type ReactNode } from 'react';
import BlogPostItem from '@theme-original/BlogPostItem';
import type BlogPostItemType from '@theme/BlogPostItem';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import TranslationBanner, { usePageTranslation } from '@site/plugins/translation-status/theme/TranslationBanner';

type Props = WrapperProps<typeof BlogPostItemType>;

/** A blog post's own page: the translation banner, and the source language on a post shown untranslated. */
export default function BlogPostItemWrapper(props: Props): ReactNode {
  const { isBlogPostPage } = useBlogPost();
  const translation = usePageTranslation();
  const { i18n } = useDocusaurusContext();
  if (!isBlogPostPage) return <BlogPostItem {...props} />;
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  return (
    <>
      <TranslationBanner />
      {translation?.state === 'missing' ? (
        <div lang={sourceLang}>
          <BlogPostItem {...props} />
        </div>
      ) : (
        <BlogPostItem {...props} />
      )}
    </>
  );
}
