import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { LearningPathProps, PathNode } from '../../types';
import { Breadcrumbs, JoinedList, partStyles } from '../../../../src/components/EntryPage';
import { GEOMETRY, drawLearningPath } from './layout';
import styles from './styles.module.css';

interface Props {
  data: LearningPathProps;
}

function stepLabel(column: number): string {
  return translate({ id: 'course.path.step', message: '第 {step} 步', description: 'A column of the learning path (1-based)' }, { step: column + 1 });
}

/**
 * The prerequisite graph as a static SVG, drawn at build time. The drawing
 * is one image to assistive technology (role="img", named by its title and
 * description); over each box lies a link for pointer users, kept out of the
 * tab order and the accessibility tree because the text alternative right
 * below has the same links, in order, with the relations spelled out.
 */
function PathDiagram({ data }: Props): ReactNode {
  const drawing = drawLearningPath(data);
  const g = GEOMETRY;
  const courses = data.nodes.filter((n) => n.kind === 'course').length;
  const certifications = data.nodes.length - courses;
  return (
    <figure className={styles.figure}>
      {/* Wider than a phone: a focusable, labelled region so keyboard users can scroll it too. */}
      <div
        className={styles.diagram}
        tabIndex={0}
        role="region"
        aria-label={translate({ id: 'course.path.scrollRegion', message: '学习路径图（窄屏时可左右滚动）' })}>
        <svg className={styles.svg} viewBox={`0 0 ${drawing.width} ${drawing.height}`} width={drawing.width} height={drawing.height} style={{ maxWidth: drawing.width }} data-path-diagram="">
          {/* The drawing: one image to assistive technology. */}
          <g role="img" aria-labelledby="learning-path-title learning-path-desc">
            <title id="learning-path-title">{translate({ id: 'course.path.diagramTitle', message: '课程先修关系与认证路径图' })}</title>
            <desc id="learning-path-desc">
              {translate(
                {
                  id: 'course.path.diagramDescription',
                  message: '{courses} 门课程和 {certifications} 个认证分 {steps} 步排列；实线箭头从先修课程指向后续课程，虚线箭头从课程指向它计入的认证。图下方的列表以文字列出同样的内容。',
                },
                { courses, certifications, steps: drawing.columnCentres.length },
              )}
            </desc>
            <defs>
              <marker id="path-arrow-prerequisite" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowPrerequisite} />
              </marker>
              <marker id="path-arrow-certification" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowCertification} />
              </marker>
            </defs>
            {drawing.columnCentres.map((x, c) => (
              <text key={c} x={x} y={g.header - 12} textAnchor="middle" className={styles.columnLabel}>
                {stepLabel(c)}
              </text>
            ))}
            {drawing.edges.map((e) => (
              <path
                key={`${e.from}->${e.to}`}
                d={e.d}
                className={e.kind === 'certification' ? styles.edgeCertification : styles.edgePrerequisite}
                markerEnd={`url(#path-arrow-${e.kind})`}
                data-edge-kind={e.kind}
              />
            ))}
            {drawing.nodes.map((n) => {
              const firstLine = g.nodeHeight / 2 - ((n.lines.length - 1) * g.lineHeight) / 2;
              return (
                <g key={n.id} className={clsx(styles.node, n.kind === 'certification' && styles.certification)} data-path-box={n.id}>
                  <rect x={n.x} y={n.y} width={g.nodeWidth} height={g.nodeHeight} rx={n.kind === 'certification' ? g.nodeHeight / 2 : 6} />
                  <text x={n.x + g.nodeWidth / 2} y={n.y + firstLine} textAnchor="middle" dominantBaseline="central">
                    {n.lines.map((line, i) => (
                      <tspan key={i} x={n.x + g.nodeWidth / 2} dy={i === 0 ? 0 : g.lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </g>
          {/*
            Click targets over the boxes, outside the image (an image may not contain controls).
            Hidden from assistive technology and out of the tab order: the text list below has
            the same links, in order, with the relations spelled out.
          */}
          <g aria-hidden="true">
            {drawing.nodes.map((n) => (
              <a key={n.id} href={n.permalink} tabIndex={-1} className={styles.hit} data-path-node={n.id}>
                <title>{n.title}</title>
                <rect x={n.x} y={n.y} width={g.nodeWidth} height={g.nodeHeight} rx={n.kind === 'certification' ? g.nodeHeight / 2 : 6} />
              </a>
            ))}
          </g>
        </svg>
      </div>
      <figcaption>
        <ul className={styles.legend}>
          <li>
            <svg width="40" height="12" aria-hidden="true" focusable="false">
              <line x1="0" y1="6" x2="40" y2="6" className={styles.edgePrerequisite} />
            </svg>
            <Translate id="course.path.legend.prerequisite">实线：先修关系（先学左边的课程）</Translate>
          </li>
          <li>
            <svg width="40" height="12" aria-hidden="true" focusable="false">
              <line x1="0" y1="6" x2="40" y2="6" className={styles.edgeCertification} />
            </svg>
            <Translate id="course.path.legend.certification">虚线：课程计入的认证</Translate>
          </li>
          <li>
            <svg width="28" height="16" aria-hidden="true" focusable="false" className={styles.node}>
              <rect x="1" y="1" width="26" height="14" rx="3" />
            </svg>
            <Translate id="course.path.legend.course">方框：课程</Translate>
          </li>
          <li>
            <svg width="28" height="16" aria-hidden="true" focusable="false" className={clsx(styles.node, styles.certification)}>
              <rect x="1" y="1" width="26" height="14" rx="7" />
            </svg>
            <Translate id="course.path.legend.certificationNode">圆角块：认证</Translate>
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** A step's entry: its link and whether it is a course or a certification. */
function ItemTitle({ node }: { node: PathNode }): ReactNode {
  return (
    <>
      <Link to={node.permalink} className={styles.itemTitle}>
        {node.title}
      </Link>{' '}
      <span className={partStyles.meta}>
        {node.kind === 'course' ? (
          <Translate id="course.path.kind.course">（课程）</Translate>
        ) : (
          <Translate id="course.path.kind.certification">（认证）</Translate>
        )}
      </span>
    </>
  );
}

/** The same graph as text: one list item per step (column), each course with its prerequisites and certification. */
function PathText({ data }: Props): ReactNode {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const linkTo = (n: PathNode) => ({ key: n.id, node: <Link to={n.permalink}>{n.title}</Link> });
  const incoming = (id: string, kind: 'prerequisite' | 'certification') =>
    data.edges.filter((e) => e.to === id && e.kind === kind).flatMap((e) => (byId.has(e.from) ? [byId.get(e.from)!] : []));
  const outgoing = (id: string, kind: 'prerequisite' | 'certification') =>
    data.edges.filter((e) => e.from === id && e.kind === kind).flatMap((e) => (byId.has(e.to) ? [byId.get(e.to)!] : []));
  const columns = Array.from({ length: data.columns }, (_, c) =>
    data.nodes.filter((n) => n.column === c).sort((a, b) => a.row - b.row),
  ).filter((column) => column.length > 0);
  return (
    <ol className={styles.steps} data-path-text="">
      {columns.map((column) => (
        <li key={column[0]!.column} className={styles.step}>
          <Heading as="h3" className={styles.stepHeading}>
            {stepLabel(column[0]!.column)}
          </Heading>
          <ul className={styles.stepItems}>
            {column.map((n) => {
              if (n.kind === 'course') {
                const prerequisites = incoming(n.id, 'prerequisite');
                const certifications = outgoing(n.id, 'certification');
                return (
                  <li key={n.id} data-path-node={n.id}>
                    <ItemTitle node={n} />
                    <ul className={styles.relations}>
                      <li>
                        <Translate
                          id="course.path.prerequisites"
                          values={{ courses: prerequisites.length ? <JoinedList items={prerequisites.map(linkTo)} /> : translate({ id: 'course.path.noPrerequisites', message: '无' }) }}
                        >
                          {'先修课程：{courses}'}
                        </Translate>
                      </li>
                      {certifications.length > 0 && (
                        <li>
                          <Translate id="course.path.leadsToCertification" values={{ certifications: <JoinedList items={certifications.map(linkTo)} /> }}>
                            {'计入认证：{certifications}'}
                          </Translate>
                        </li>
                      )}
                    </ul>
                  </li>
                );
              }
              const courses = incoming(n.id, 'certification');
              const requiredCertifications = incoming(n.id, 'prerequisite');
              return (
                <li key={n.id} data-path-node={n.id}>
                  <ItemTitle node={n} />
                  <ul className={styles.relations}>
                    <li>
                      <Translate
                        id="course.path.certificationCourses"
                        values={{
                          courses: courses.length ? (
                            <JoinedList items={courses.map(linkTo)} />
                          ) : (
                            translate({ id: 'course.path.noCertificationCourses', message: '无对应课程，要求见认证页面' })
                          ),
                        }}
                      >
                        {'对应课程：{courses}'}
                      </Translate>
                    </li>
                    {requiredCertifications.length > 0 && (
                      <li>
                        <Translate id="course.path.prerequisiteCertification" values={{ certifications: <JoinedList items={requiredCertifications.map(linkTo)} /> }}>
                          {'需先取得：{certifications}'}
                        </Translate>
                      </li>
                    )}
                  </ul>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The learning path: the prerequisite graph of all courses and where each leads, drawn and in words. */
export default function LearningPathPage({ data }: Props): ReactNode {
  const title = translate({ id: 'course.path.title', message: '学习路径' });
  return (
    <Layout title={title} description={translate({ id: 'course.path.description', message: '全部课程的先修关系和它们通向的专业认证，一图看清从入门到高级的学习顺序。' })}>
      <main className={`container margin-vert--lg ${partStyles.page}`}>
        <Breadcrumbs trail={[{ label: <Translate id="course.catalog.title">课程目录</Translate>, to: data.catalogPermalink }]} current={title} />
        <Heading as="h1">{title}</Heading>
        <p className={partStyles.lead}>
          <Translate id="course.path.intro">从左往右学：每门课程排在它的全部先修课程之后，每个认证排在计入它的课程和它要求先取得的认证之后。点击课程或认证可以查看详情。</Translate>
        </p>
        <section aria-labelledby="path-diagram">
          <Heading as="h2" id="path-diagram">
            {translate({ id: 'course.path.diagramHeading', message: '路径图' })}
          </Heading>
          <PathDiagram data={data} />
        </section>
        <section aria-labelledby="path-steps">
          <Heading as="h2" id="path-steps">
            {translate({ id: 'course.path.textHeading', message: '按步骤列出' })}
          </Heading>
          <PathText data={data} />
        </section>
      </main>
    </Layout>
  );
}
