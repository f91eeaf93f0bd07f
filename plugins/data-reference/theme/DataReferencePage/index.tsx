import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { useSourceLang } from '../../../../src/hooks/useSourceLang';
import type { CollectionReference, FieldRow } from '../../buildReference';
import type { EntrySummary } from '../../routes';
import styles from './styles.module.css';

interface Props {
  data: { reference: CollectionReference; entries: EntrySummary[]; indexPath: string };
}

function FieldTable({ fields, caption, anchorPrefix }: { fields: FieldRow[]; caption: string; anchorPrefix: string }): ReactNode {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="dataReference.column.field">字段</Translate>
            </th>
            <th scope="col">
              <Translate id="dataReference.column.type">类型</Translate>
            </th>
            <th scope="col">
              <Translate id="dataReference.column.description">说明</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path} id={`${anchorPrefix}-${f.path.replace(/[^A-Za-z0-9]+/g, '-')}`}>
              <th scope="row" className={styles.fieldName}>
                <code>{f.path}</code>
                <div className={styles.badges}>
                  {f.required ? (
                    <span className={styles.required}>
                      <Translate id="dataReference.required">必填</Translate>
                    </span>
                  ) : (
                    <span className={styles.optional}>
                      <Translate id="dataReference.optional">可选</Translate>
                    </span>
                  )}
                  {f.translatable && (
                    <span className={styles.translatable}>
                      <Translate id="dataReference.translatable">需翻译</Translate>
                    </span>
                  )}
                </div>
              </th>
              <td>
                <code>{f.type}</code>
                {f.references && (
                  <div>
                    <Translate id="dataReference.references" values={{ target: <code>{f.references}</code> }}>
                      {'引用 {target} 中条目的 id'}
                    </Translate>
                  </div>
                )}
                {f.constraints.length > 0 && <div className={styles.constraints}>{f.constraints.join('; ')}</div>}
              </td>
              <td>
                <strong>{f.title}</strong>
                {f.description && <p className={styles.description}>{f.description}</p>}
                {f.enum && (
                  <ul className={styles.enumList} aria-label={translate({ id: 'dataReference.allowedValues', message: '允许的值' })}>
                    {f.enum.map((o) => (
                      <li key={o.value}>
                        <code>{o.value}</code> {o.label !== o.value && <span>— {o.label}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One collection's fields, generated from its JSON Schema, and the entries it holds. */
export default function DataReferencePage({ data }: Props): ReactNode {
  const { reference, entries, indexPath } = data;
  const sourceLang = useSourceLang();
  return (
    <Layout title={reference.title} description={reference.description}>
      <main className="container margin-vert--lg">
        <nav aria-label={translate({ id: 'dataReference.breadcrumb', message: '面包屑导航' })} className={styles.breadcrumb}>
          <Link to={indexPath}>
            <Translate id="dataReference.indexTitle">数据参考</Translate>
          </Link>
        </nav>
        <Heading as="h1">{reference.title}</Heading>
        <p>{reference.description}</p>
        <p>
          <Translate id="dataReference.schemaFile" values={{ file: <code>{reference.schemaFile}</code> }}>
            {'模式文件：{file}'}
          </Translate>
        </p>
        {reference.kinds.map((kind) => (
          <section key={kind.kind} aria-labelledby={`kind-${kind.kind}`}>
            <Heading as="h2" id={`kind-${kind.kind}`}>
              {kind.title}
            </Heading>
            <p>{kind.description}</p>
            <p>
              <Translate id="dataReference.folder" values={{ path: <code>{`${kind.folder}<id>.yaml`}</code> }}>
                {'文件位置：{path}'}
              </Translate>
            </p>
            <FieldTable anchorPrefix={`${kind.kind}-field`} fields={kind.fields} caption={translate({ id: 'dataReference.fieldsOf', message: '{kind} 的字段' }, { kind: kind.title })} />
            <Heading as="h3" id={`entries-${kind.kind}`}>
              <Translate id="dataReference.entries">现有条目</Translate>
            </Heading>
            <ul className={styles.entries}>
              {entries
                .filter((e) => e.kind === kind.kind)
                .map((e) => (
                  <li key={e.file}>
                    <code>{e.id}</code> — <span lang={e.fallback ? sourceLang : undefined}>{e.name}</span>
                    {e.fallback && (
                      <span className="data-fallback-marker" title={translate({ id: 'data.fallback.title', message: '此文本尚未翻译，显示的是原文（简体中文）' })}>
                        <Translate id="data.fallback.label">未翻译</Translate>
                      </span>
                    )}
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
