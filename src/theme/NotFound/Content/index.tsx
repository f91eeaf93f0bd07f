import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { localeHomeUrl, rootBaseUrl } from '../../../../plugins/site-locales/localeUrls';
import type { Props } from '@theme/NotFound/Content';

/**
 * The 404 page: says so plainly, then offers the main sections and the home
 * page of every other language (a host serves the default locale's 404 page
 * for a missing English URL too).
 */
export default function NotFoundContent({ className }: Props): ReactNode {
  const { i18n, siteConfig } = useDocusaurusContext();
  const rootBase = rootBaseUrl(siteConfig.baseUrl, i18n);
  const others = i18n.locales.filter((l) => l !== i18n.currentLocale);
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <Head>
        {/* Search engines and link previews get a summary here too, like every other page. */}
        <meta name="description" content={translate({ id: 'notFound.description', message: '这个地址没有页面。从首页、指南、课程或活动继续浏览可观测性社区。', description: 'Meta description of the 404 page' })} />
      </Head>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              找不到页面
            </Translate>
          </Heading>
          <p>
            <Translate id="notFound.explanation">这个地址没有页面：它可能已经移动或被删除，也可能链接有误。可以从下面的入口继续：</Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="notFound.link.home">首页</Translate>
              </Link>
            </li>
            <li>
              <Link to="/docs/">
                <Translate id="notFound.link.guides">指南</Translate>
              </Link>
            </li>
            <li>
              <Link to="/courses/">
                <Translate id="notFound.link.courses">课程目录</Translate>
              </Link>
            </li>
            <li>
              <Link to="/blog/">
                <Translate id="notFound.link.blog">博客</Translate>
              </Link>
            </li>
          </ul>
          {others.map((locale) => (
            <p key={locale} lang={i18n.localeConfigs[locale]?.htmlLang ?? locale}>
              {/* pathname:// : another locale is another single-page app, not a route of this one. */}
              <Link to={`pathname://${localeHomeUrl(rootBase, i18n, locale)}`} autoAddBaseUrl={false}>
                {i18n.localeConfigs[locale]?.label ?? locale}
              </Link>
            </p>
          ))}
        </div>
      </div>
    </main>
  );
}
