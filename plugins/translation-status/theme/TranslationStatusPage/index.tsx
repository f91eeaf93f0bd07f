import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Area, GroupStatus, ItemStatus, TranslationStatusPageProps } from '../../types';
import styles from './styles.module.css';

function areaName(area: Area): string {
  switch (area) {
    case 'ui':
      return translate({ id: 'translationStatus.area.ui', message: '界面文字' });
    case 'data':
      return translate({ id: 'translationStatus.area.data', message: '数据文字' });
    case 'docs':
      return translate({ id: 'translationStatus.area.docs', message: '文档' });
    case 'blog':
      return translate({ id: 'translationStatus.area.blog', message: '博客' });
    case 'lessons':
      return translate({ id: 'translationStatus.area.lessons', message: '课程课时' });
  }
}

function reasonText(item: ItemStatus): string {
  switch (item.reason) {
    case 'absent':
      return translate({ id: 'translationStatus.reason.absent', message: '没有译文' });
    case 'same-as-source':
      return translate({ id: 'translationStatus.reason.sameAsSource', message: '仍是原文' });
    case 'marked':
      return translate({ id: 'translationStatus.reason.marked', message: '标记为未翻译' });
    case 'changed':
      return translate({ id: 'translationStatus.reason.changed', message: '原文已更新' });
    case 'unrecorded':
      return translate({ id: 'translationStatus.reason.unrecorded', message: '未记录译自哪一版原文' });
  }
}

function percent(part: number, total: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(total === 0 ? 1 : part / total);
}

function GroupRow({ group, locale }: { group: GroupStatus; locale: string }): ReactNode {
  const total = group.translated + group.missing + group.stale;
  const nf = new Intl.NumberFormat(locale);
  return (
    <tr>
      <th scope="row">
        {areaName(group.area)}
        {group.group !== group.area && <code className={styles.part}>{group.group}</code>}
      </th>
      <td>{nf.format(group.translated)}</td>
      <td>{nf.format(group.missing)}</td>
      <td>{nf.format(group.stale)}</td>
      <td>
        <meter min={0} max={Math.max(total, 1)} value={group.translated} aria-hidden="true" className={styles.meter} /> {percent(group.translated, total, locale)}
      </td>
    </tr>
  );
}

/** `/translation-status/`: per locale and area, what is translated, missing or stale (computed at build). */
export default function TranslationStatusPage({ data }: { data: TranslationStatusPageProps }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const title = translate({ id: 'translationStatus.title', message: '翻译状态' });
  return (
    <Layout title={title} description={translate({ id: 'translationStatus.description', message: '每种语言的界面文字、数据、文档、博客和课程课时的翻译进度：已翻译、缺少译文、译文过时。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="translationStatus.intro" values={{ source: data.sourceLabel }}>
            {'原文语言是{source}。下表在每次构建网站时生成，和 npm run i18n:status 的结果相同。“过时”表示原文在译文完成之后有过修改。'}
          </Translate>{' '}
          <Link to="/docs/contributing/translating/" className={styles.inlineLink}>
            <Translate id="translationStatus.guide">如何翻译</Translate>
          </Link>
        </p>
        {data.locales.length === 0 && (
          <p>
            <Translate id="translationStatus.none">还没有其他语言。</Translate>
          </p>
        )}
        {data.locales.map((s) => (
          <section key={s.locale} className="margin-top--lg" aria-labelledby={`locale-${s.locale}`}>
            <Heading as="h2" id={`locale-${s.locale}`}>
              <span lang={s.htmlLang}>{s.label}</span> <code>{s.locale}</code>
            </Heading>
            <div className={styles.scroll}>
              <table className={styles.table} data-testid={`translation-status-${s.locale}`}>
                <caption className={styles.caption}>
                  <Translate id="translationStatus.caption" values={{ language: s.label, percent: percent(s.totals.translated, s.totals.translated + s.totals.missing + s.totals.stale, locale) }}>
                    {'{language}：已翻译 {percent}'}
                  </Translate>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Translate id="translationStatus.column.area">部分</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="translationStatus.column.translated">已翻译</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="translationStatus.column.missing">缺少译文</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="translationStatus.column.stale">译文过时</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="translationStatus.column.progress">进度</Translate>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.groups.map((g) => (
                    <GroupRow key={`${g.area}/${g.group}`} group={g} locale={locale} />
                  ))}
                </tbody>
              </table>
            </div>
            {s.groups.some((g) => g.items.length > 0) && (
              <details className="margin-top--sm">
                <summary>
                  <Translate id="translationStatus.items" values={{ count: new Intl.NumberFormat(locale).format(s.totals.missing + s.totals.stale) }}>
                    {'需要处理的条目（{count}）'}
                  </Translate>
                </summary>
                {s.groups
                  .filter((g) => g.items.length > 0)
                  .map((g) => (
                    <div key={`${g.area}/${g.group}`}>
                      <Heading as="h3" className={styles.itemsHeading}>
                        {areaName(g.area)} {g.group !== g.area && <code>{g.group}</code>}
                      </Heading>
                      <ul className={styles.items}>
                        {g.items.map((item) => (
                          <li key={item.id}>
                            <code>{item.id}</code> — {reasonText(item)}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
              </details>
            )}
            {s.problems.length > 0 && (
              <ul className={styles.problems}>
                {s.problems.map((p) => (
                  <li key={`${p.file}/${p.key ?? ''}`}>
                    <code>{p.file}</code> {p.key && <code>{p.key}</code>} {p.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </main>
    </Layout>
  );
}
