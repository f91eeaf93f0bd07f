/**
 * Geometry of a process drawing: one box per stage, left to right, joined by
 * arrows, each box holding the stage's number, name, duration and numbered
 * steps. Pure (strings in, coordinates out), so it runs at build time and in
 * unit tests; the page only turns the result into SVG elements. Adding a stage
 * or a step in the YAML is all it takes to change the drawing.
 */
import { wrapText } from '../../../../src/components/Diagram/wrapText';

export const PROCESS_GEOMETRY = {
  boxWidth: 232,
  gap: 56,
  padding: 16,
  inset: 12,
  lineHeight: 19,
  /** Space between the heading block and the steps, and between steps. */
  blockGap: 10,
  stepGap: 6,
  textWidth: 208,
  maxNameLines: 2,
  maxDurationLines: 2,
  maxStepLines: 3,
} as const;

export interface StageInput {
  id: string;
  name: string;
  steps: string[];
  /** Already worded for the page's locale ("14 天", "at least 14 days"); none when the data gives no duration. */
  duration?: string;
}

export type LineKind = 'name' | 'duration' | 'step';

export interface DrawnLine {
  text: string;
  kind: LineKind;
  /** Baseline-centre y, absolute. */
  y: number;
}

export interface DrawnStage {
  id: string;
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: DrawnLine[];
  /** y of the rule between heading and steps. */
  ruleY: number;
}

export interface DrawnArrow {
  from: string;
  to: string;
  d: string;
}

export interface ProcessDrawing {
  width: number;
  height: number;
  stages: DrawnStage[];
  arrows: DrawnArrow[];
}

/** Lays out the stages of a process, in order, as equal-height boxes joined by arrows. */
export function drawProcess(stages: StageInput[], numberStage: (n: number, name: string) => string = (n, name) => `${n}. ${name}`): ProcessDrawing {
  const g = PROCESS_GEOMETRY;
  const blocks = stages.map((stage, i) => {
    const name = wrapText(numberStage(i + 1, stage.name), g.textWidth, g.maxNameLines);
    const duration = stage.duration ? wrapText(stage.duration, g.textWidth, g.maxDurationLines) : [];
    const steps = stage.steps.map((s, j) => wrapText(`${j + 1}. ${s}`, g.textWidth, g.maxStepLines));
    return { stage, name, duration, steps };
  });
  const headingHeight = (b: (typeof blocks)[number]) => (b.name.length + b.duration.length) * g.lineHeight;
  const stepsHeight = (b: (typeof blocks)[number]) => b.steps.reduce((h, s) => h + s.length * g.lineHeight, 0) + Math.max(0, b.steps.length - 1) * g.stepGap;
  // Equal heights: the rule under the headings lines up across boxes, and so do the box bottoms.
  const heading = Math.max(0, ...blocks.map(headingHeight));
  const body = Math.max(0, ...blocks.map(stepsHeight));
  const boxHeight = g.inset * 2 + heading + g.blockGap * 2 + body;
  const top = g.padding;

  const drawn: DrawnStage[] = blocks.map((b, i) => {
    const x = g.padding + i * (g.boxWidth + g.gap);
    const lines: DrawnLine[] = [];
    let y = top + g.inset + g.lineHeight / 2;
    for (const text of b.name) {
      lines.push({ text, kind: 'name', y });
      y += g.lineHeight;
    }
    for (const text of b.duration) {
      lines.push({ text, kind: 'duration', y });
      y += g.lineHeight;
    }
    const ruleY = top + g.inset + heading + g.blockGap;
    y = ruleY + g.blockGap + g.lineHeight / 2;
    for (const step of b.steps) {
      for (const text of step) {
        lines.push({ text, kind: 'step', y });
        y += g.lineHeight;
      }
      y += g.stepGap;
    }
    return { id: b.stage.id, index: i, x, y: top, width: g.boxWidth, height: boxHeight, lines, ruleY };
  });

  const arrowY = top + g.inset + heading / 2;
  const arrows: DrawnArrow[] = drawn.slice(1).map((to, i) => {
    const from = drawn[i]!;
    return { from: from.id, to: to.id, d: `M ${from.x + from.width} ${arrowY} L ${to.x - 4} ${arrowY}` };
  });
  return {
    width: 2 * g.padding + stages.length * g.boxWidth + Math.max(0, stages.length - 1) * g.gap,
    height: 2 * g.padding + boxHeight,
    stages: drawn,
    arrows,
  };
}
