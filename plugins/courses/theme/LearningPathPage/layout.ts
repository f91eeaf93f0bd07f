/**
 * Geometry of the learning-path drawing: where each node box goes, how edges
 * bend, how titles wrap. Pure, so it runs at build time and in unit tests;
 * the page only turns the result into SVG elements.
 */
import type { LearningPathProps, PathEdge, PathNode } from '../../types';
import { wrapText } from '../../../../src/components/Diagram/wrapText';

export const GEOMETRY = {
  nodeWidth: 200,
  nodeHeight: 68,
  columnGap: 64,
  rowGap: 24,
  padding: 16,
  header: 36,
  fontSize: 14,
  lineHeight: 18,
  /** Usable text width inside a node, in px. */
  textWidth: 180,
  maxLines: 3,
} as const;

export interface PlacedNode extends PathNode {
  x: number;
  y: number;
  lines: string[];
}

export interface PlacedEdge extends PathEdge {
  d: string;
}

export interface Drawing {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** x of each column's centre, for the column headings. */
  columnCentres: number[];
}

/** A course title in lines that fit a node (see wrapText). */
export function wrapTitle(title: string, width: number = GEOMETRY.textWidth, maxLines: number = GEOMETRY.maxLines): string[] {
  return wrapText(title, width, maxLines, GEOMETRY.fontSize);
}

/** Places the nodes on the grid the plugin laid out and routes each edge from the right side of its source to the left side of its target. */
export function drawLearningPath(path: Pick<LearningPathProps, 'nodes' | 'edges' | 'columns' | 'rows'>): Drawing {
  const g = GEOMETRY;
  const columnX = (column: number) => g.padding + column * (g.nodeWidth + g.columnGap);
  const rowY = (row: number) => g.header + g.padding + row * (g.nodeHeight + g.rowGap);
  const nodes: PlacedNode[] = path.nodes.map((n) => ({ ...n, x: columnX(n.column), y: rowY(n.row), lines: wrapTitle(n.title) }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [];
  for (const e of path.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    const x1 = from.x + g.nodeWidth;
    const y1 = from.y + g.nodeHeight / 2;
    const x2 = to.x - 4;
    const y2 = to.y + g.nodeHeight / 2;
    const bend = Math.max(24, (x2 - x1) / 2);
    edges.push({ ...e, d: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}` });
  }
  const columns = Math.max(1, path.columns);
  const rows = Math.max(1, path.rows);
  return {
    width: 2 * g.padding + columns * g.nodeWidth + (columns - 1) * g.columnGap,
    height: g.header + 2 * g.padding + rows * g.nodeHeight + (rows - 1) * g.rowGap,
    nodes,
    edges,
    columnCentres: Array.from({ length: columns }, (_, c) => columnX(c) + g.nodeWidth / 2),
  };
}
