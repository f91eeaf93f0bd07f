import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';

interface Props {
  data: {
    collections: { collection: string; title: string; description: string; path: string; entryCount: number; kinds: string[] }[];
  };
}

/** Lists every collection with a link to its generated field reference. */
export default function DataReferenceIndex({ data }: Props): ReactNode {
  const title = translate({ id: 'dataReference.indexTitle', message: '数据参考' });
  const { selectMessage } = usePluralForm();
  // Plural forms separated by |, per Docusaurus convention (zh has one form).
  const entryCount = (count: number) =>
    selectMessage(count, translate({ id: 'dataReference.entryCount', message: '{count} 个条目', description: 'Plural forms separated by |' }, { count }));
  return (
    <Layout
      title={title}
      description={translate({ id: 'dataReference.indexDescription', message: '社区数据集合的全部字段说明，由 JSON Schema 自动生成。' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="dataReference.intro">
            社区的结构化信息（治理、课程、认证、活动、合作伙伴、集成）以 YAML 文件保存在 data/ 目录中。下面每一页都由对应的 JSON Schema 生成，与校验器使用同一份定义，所以文档和校验结果不会不一致。
          </Translate>
        </p>
        <ul>
          {data.collections.map((c) => (
            <li key={c.collection}>
              <Link to={c.path}>
                <strong>{c.title}</strong>
              </Link>{' '}
              <code>{c.collection}</code> —{' '}
              {entryCount(c.entryCount)}
              <p>{c.description}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
