import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { ProcessPageProps } from '../../types';
import { DataText, GovernancePage, Links, Section, TextList, formatDays, formatNumber, usePageLocale } from '../GovernanceParts';
import { PROCESS_GEOMETRY, drawProcess } from './layout';
import styles from './styles.module.css';

type Stage = ProcessPageProps['process']['stages'][number];

/** A stage's duration in words: the data's note if it has one, else its days. */
function useDuration(): (stage: Stage) => string | undefined {
  const locale = usePageLocale();
  return (stage) => stage.durationNote ?? (stage.durationDays !== undefined ? formatDays(stage.durationDays, locale) : undefined);
}

/**
 * The stages as a static SVG drawn at build time: one image to assistive
 * technology (named by its title and description), with the same content as
 * the text right below it, which is the text alternative.
 */
function ProcessDiagram({ data }: { data: ProcessPageProps }): ReactNode {
  const duration = useDuration();
  const locale = usePageLocale();
  const stages = data.process.stages;
  const drawing = drawProcess(
    stages.map((s) => {
      const d = duration(s);
      return { id: s.id, name: s.name, steps: s.steps, ...(d ? { duration: d } : {}) };
    }),
    (n, name) => translate({ id: 'governance.process.stageNumber', message: '{n}. {name}', description: 'A stage heading in the process diagram' }, { n: formatNumber(n, locale), name }),
  );
  const g = PROCESS_GEOMETRY;
  const titleId = `process-${data.process.id}-title`;
  const descId = `process-${data.process.id}-desc`;
  return (
    <figure className={styles.figure}>
      {/* Wider than a phone: a focusable, labelled region so keyboard users can scroll it too. */}
      <div className={styles.diagram} tabIndex={0} role="region" aria-label={translate({ id: 'governance.process.scrollRegion', message: '流程图（窄屏时可左右滚动）' })}>
        <svg className={styles.svg} viewBox={`0 0 ${drawing.width} ${drawing.height}`} width={drawing.width} height={drawing.height} style={{ maxWidth: drawing.width }} data-process-diagram={data.process.id}>
          <g role="img" aria-labelledby={`${titleId} ${descId}`}>
            <title id={titleId}>{translate({ id: 'governance.process.diagramTitle', message: '{process}流程图' }, { process: data.process.name })}</title>
            <desc id={descId}>
              {translate(
                { id: 'governance.process.diagramDescription', message: '{count} 个阶段从左到右依次进行：{stages}。每个方框列出该阶段的步骤；图下方的列表以文字给出同样的内容。' },
                { count: formatNumber(stages.length, locale), stages: stages.map((s) => s.name).join(' → ') },
              )}
            </desc>
            <defs>
              <marker id={`process-arrow-${data.process.id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
              </marker>
            </defs>
            {drawing.arrows.map((a) => (
              <path key={`${a.from}->${a.to}`} d={a.d} className={styles.arrow} markerEnd={`url(#process-arrow-${data.process.id})`} data-arrow={`${a.from}->${a.to}`} />
            ))}
            {drawing.stages.map((s) => (
              <g key={s.id} className={styles.stage} data-stage-box={s.id}>
                <rect x={s.x} y={s.y} width={s.width} height={s.height} rx={8} />
                <line x1={s.x + g.inset} x2={s.x + s.width - g.inset} y1={s.ruleY} y2={s.ruleY} className={styles.rule} />
                {s.lines.map((l, i) => (
                  <text key={i} x={s.x + g.inset} y={l.y} dominantBaseline="central" className={clsx(styles.line, styles[l.kind])}>
                    {l.text}
                  </text>
                ))}
              </g>
            ))}
          </g>
        </svg>
      </div>
    </figure>
  );
}

/** The text alternative and the full detail: every stage with its summary, duration, steps and vote types. */
function StageList({ data }: { data: ProcessPageProps }): ReactNode {
  const duration = useDuration();
  const { titles, fallbacks } = data;
  return (
    <ol className={styles.stages} data-process-text="">
      {data.process.stages.map((stage, i) => {
        const d = duration(stage);
        const voteTypes = data.stageVoteTypes[i] ?? [];
        return (
          <li key={stage.id} className={styles.stageItem} data-stage={stage.id}>
            <Heading as="h3" id={stage.id}>
              <DataText pointer={`/stages/${i}/name`} fallbacks={fallbacks}>
                {stage.name}
              </DataText>
            </Heading>
            <p>
              <DataText pointer={`/stages/${i}/summary`} fallbacks={fallbacks}>
                {stage.summary}
              </DataText>
            </p>
            {d && (
              <p className={styles.meta}>
                <Translate id="governance.process.duration" values={{ duration: d }}>
                  {'时长：{duration}'}
                </Translate>
              </p>
            )}
            <Heading as="h4" className={styles.stepsHeading}>
              {titles['process.stages[].steps']}
            </Heading>
            <ol>
              {stage.steps.map((step, j) => (
                <li key={j}>
                  <DataText pointer={`/stages/${i}/steps/${j}`} fallbacks={fallbacks}>
                    {step}
                  </DataText>
                </li>
              ))}
            </ol>
            {voteTypes.length > 0 && (
              <p>
                <Translate id="governance.process.voteTypes" values={{ voteTypes: <Links links={voteTypes} /> }}>
                  {'可能采用的投票类型：{voteTypes}'}
                </Translate>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A process (the RFC process and others): what it is for, drawn stage by stage, then in words. */
export default function GovernanceProcessPage({ data }: { data: ProcessPageProps }): ReactNode {
  const { process, fallbacks, titles } = data;
  return (
    <GovernancePage
      common={data}
      title={process.name}
      description={process.summary}
      lead={
        <DataText pointer="/summary" fallbacks={fallbacks}>
          {process.summary}
        </DataText>
      }>
      {process.appliesTo && (
        <Section id="applies-to" title={titles['process.appliesTo']}>
          <TextList items={process.appliesTo} pointer="/appliesTo" fallbacks={fallbacks} />
        </Section>
      )}
      <Section id="diagram" title={<Translate id="governance.process.diagramHeading">流程图</Translate>}>
        <ProcessDiagram data={data} />
      </Section>
      <Section id="stages" title={<Translate id="governance.process.stagesHeading">各阶段说明</Translate>}>
        <StageList data={data} />
      </Section>
    </GovernancePage>
  );
}
