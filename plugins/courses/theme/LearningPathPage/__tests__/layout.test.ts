import { describe, expect, it } from 'vitest';
import { layoutLearningPath } from '../../../learningPath';
import { GEOMETRY, drawLearningPath, wrapTitle } from '../layout';

describe('wrapping titles into node boxes', () => {
  it('keeps a short title on one line', () => {
    expect(wrapTitle('分布式追踪')).toEqual(['分布式追踪']);
    expect(wrapTitle('Distributed Tracing')).toEqual(['Distributed Tracing']);
  });

  it('breaks Latin titles at spaces, never inside a word', () => {
    const lines = wrapTitle('Introduction to OpenTelemetry', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Introduction to OpenTelemetry');
    for (const l of lines) expect(l).not.toMatch(/^\s|\s$/);
  });

  it('breaks CJK anywhere and keeps Latin words whole in mixed titles', () => {
    const lines = wrapTitle('OpenTelemetry 架构设计与大规模系统的可观测性实践', 120);
    expect(lines[0]).toBe('OpenTelemetry');
    expect(lines.join('')).toContain('架构设计');
  });

  it('ends with an ellipsis when the title needs more lines than allowed', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten eleven twelve', 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe('drawing the learning path', () => {
  const path = layoutLearningPath(
    [
      { id: 'a', title: 'A', permalink: '/courses/a/', level: 'beginner', prerequisites: [], certification: 'c1' },
      { id: 'b', title: 'B', permalink: '/courses/b/', level: 'intermediate', prerequisites: ['a'], certification: 'c2' },
      { id: 'c', title: 'C', permalink: '/courses/c/', level: 'advanced', prerequisites: ['a', 'b'], certification: 'c2' },
    ],
    [
      { id: 'c1', title: 'Cert 1', permalink: '/certifications/c1/', rank: 1 },
      { id: 'c2', title: 'Cert 2', permalink: '/certifications/c2/', rank: 2 },
    ],
    '/courses/',
  );
  const drawing = drawLearningPath(path);

  it('places every node inside the drawing, one box per node, none overlapping', () => {
    expect(drawing.nodes).toHaveLength(path.nodes.length);
    for (const n of drawing.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(GEOMETRY.header);
      expect(n.x + GEOMETRY.nodeWidth).toBeLessThanOrEqual(drawing.width);
      expect(n.y + GEOMETRY.nodeHeight).toBeLessThanOrEqual(drawing.height);
    }
    const boxes = drawing.nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(boxes).size).toBe(boxes.length);
  });

  it('routes each edge left to right, from the source box to the target box', () => {
    expect(drawing.edges).toHaveLength(path.edges.length);
    const byId = new Map(drawing.nodes.map((n) => [n.id, n]));
    for (const e of drawing.edges) {
      const m = /^M (\S+) (\S+) C .* (\S+) (\S+)$/.exec(e.d)!;
      const [x1, , x2] = [Number(m[1]), Number(m[2]), Number(m[3])];
      expect(x1).toBe(byId.get(e.from)!.x + GEOMETRY.nodeWidth);
      expect(x2).toBeLessThanOrEqual(byId.get(e.to)!.x);
      expect(x2).toBeGreaterThan(x1);
    }
  });

  it('has a column centre per column of the layout', () => {
    expect(drawing.columnCentres).toHaveLength(path.columns);
  });
});
