import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../../../../data-engine/index';
import type { Process } from '../../../types';
import { drawProcess, PROCESS_GEOMETRY } from '../layout';

const siteDir = path.resolve(__dirname, '../../../../..');
const rfc = loadDataSet({ siteDir, markdownDirs: [] }).collections.governance!.find((e) => e.id === 'rfc')!.data as unknown as Process;

describe('process diagram from the data', () => {
  const input = rfc.stages.map((s) => ({ id: s.id, name: s.name, steps: s.steps, ...(s.durationNote ? { duration: s.durationNote } : {}) }));
  const drawing = drawProcess(input);

  it('draws one box per RFC stage, in order, joined left to right by arrows', () => {
    expect(drawing.stages.map((s) => s.id)).toEqual(['proposal', 'review', 'decision', 'implementation']);
    expect(drawing.arrows.map((a) => `${a.from}->${a.to}`)).toEqual(['proposal->review', 'review->decision', 'decision->implementation']);
    const xs = drawing.stages.map((s) => s.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const [i, arrow] of drawing.arrows.entries()) {
      const [x1, x2] = /^M (\S+) \S+ L (\S+) \S+$/.exec(arrow.d)!.slice(1).map(Number) as [number, number];
      // From the right edge of one box to just short of the next (room for the arrowhead).
      expect(x1).toBe(drawing.stages[i]!.x + drawing.stages[i]!.width);
      expect(x2).toBeLessThan(drawing.stages[i + 1]!.x);
      expect(x2).toBeGreaterThan(x1);
    }
    expect(drawing.width).toBe(2 * PROCESS_GEOMETRY.padding + 4 * PROCESS_GEOMETRY.boxWidth + 3 * PROCESS_GEOMETRY.gap);
  });

  it('puts every step of a stage in its box, numbered, and the whole text of each step in the lines', () => {
    for (const [i, stage] of rfc.stages.entries()) {
      const box = drawing.stages[i]!;
      const stepLines = box.lines.filter((l) => l.kind === 'step').map((l) => l.text);
      for (const [j, step] of stage.steps.entries()) {
        const start = stepLines.findIndex((l) => l.startsWith(`${j + 1}. `));
        expect(start, `${stage.id} step ${j + 1}`).toBeGreaterThanOrEqual(0);
      }
      expect(stepLines.join('').replace(/\s/g, '')).toContain(stage.steps.map((s, j) => `${j + 1}.${s}`).join('').replace(/\s/g, '').slice(0, 20));
      expect(box.lines.find((l) => l.kind === 'name')!.text).toContain(stage.name);
      for (const l of box.lines) {
        expect(l.y).toBeGreaterThan(box.y);
        expect(l.y).toBeLessThan(box.y + box.height);
      }
    }
  });

  it('shows a duration line only for stages that have one', () => {
    const durations = drawing.stages.map((s) => s.lines.some((l) => l.kind === 'duration'));
    expect(durations).toEqual(rfc.stages.map((s) => s.durationNote !== undefined));
  });

  it('grows with the data: another step makes the boxes taller, another stage wider', () => {
    const more = drawProcess([
      ...input.map((s) => ({ ...s, steps: [...s.steps, 'An extra step added in the YAML'] })),
      { id: 'retrospective', name: 'Retrospective', steps: ['Look back'] },
    ]);
    expect(more.height).toBeGreaterThan(drawing.height);
    expect(more.width).toBe(drawing.width + PROCESS_GEOMETRY.boxWidth + PROCESS_GEOMETRY.gap);
    expect(more.arrows.at(-1)).toMatchObject({ from: 'implementation', to: 'retrospective' });
  });

  it('draws a single stage without arrows and no stages as an empty drawing', () => {
    expect(drawProcess([{ id: 'only', name: 'Only', steps: ['a'] }]).arrows).toEqual([]);
    expect(drawProcess([]).stages).toEqual([]);
  });
});
