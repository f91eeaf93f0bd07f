import type { LearningPathProps, PathEdge, PathNode } from './types';

export interface PathCourse {
  id: string;
  title: string;
  permalink: string;
  level: string;
  prerequisites: string[];
  certification?: string;
}

export interface PathCertification {
  id: string;
  title: string;
  permalink: string;
  rank: number;
  /** A certification that must be held first (master after expert). */
  prerequisite?: string;
}

const LEVEL_ORDER = ['beginner', 'intermediate', 'advanced'];

/**
 * Lays out the prerequisite graph in columns: a course sits one column right
 * of its deepest prerequisite, a certification one column right of the
 * courses that lead to it. Pure, so adding a course or a prerequisite in YAML
 * is all it takes to change the drawing. Prerequisites are acyclic (the data
 * engine checks it), so the depth recursion ends.
 */
export function layoutLearningPath(courses: PathCourse[], certifications: PathCertification[], catalogPermalink: string): LearningPathProps {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const course = byId.get(id);
    if (!course || seen.has(id)) return 0;
    seen.add(id);
    const d = course.prerequisites.reduce((max, p) => Math.max(max, depthOf(p, seen) + 1), 0);
    depth.set(id, d);
    return d;
  };
  for (const c of courses) depthOf(c.id, new Set());

  const nodes: PathNode[] = [];
  const edges: PathEdge[] = [];
  const columns = new Map<number, PathNode[]>();
  const place = (node: Omit<PathNode, 'row'>) => {
    const column = columns.get(node.column) ?? [];
    columns.set(node.column, column);
    const placed = { ...node, row: column.length };
    column.push(placed);
    nodes.push(placed);
  };

  const ordered = [...courses].sort(
    (a, b) => depth.get(a.id)! - depth.get(b.id)! || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.id.localeCompare(b.id),
  );
  for (const c of ordered) {
    place({ id: c.id, title: c.title, permalink: c.permalink, kind: 'course', column: depth.get(c.id)! });
    for (const p of c.prerequisites) if (byId.has(p)) edges.push({ from: p, to: c.id, kind: 'prerequisite' });
  }
  const certColumn = new Map<string, number>();
  for (const cert of [...certifications].sort((a, b) => a.rank - b.rank)) {
    const leading = courses.filter((c) => c.certification === cert.id);
    const afterCourses = leading.length ? Math.max(...leading.map((c) => depth.get(c.id)!)) + 1 : 0;
    // Ranked certifications come in order, so a prerequisite certification is already placed.
    const afterPrerequisite = cert.prerequisite !== undefined && certColumn.has(cert.prerequisite) ? certColumn.get(cert.prerequisite)! + 1 : 0;
    const column = leading.length || afterPrerequisite ? Math.max(afterCourses, afterPrerequisite) : Math.max(0, ...[...depth.values()]) + 1;
    certColumn.set(cert.id, column);
    place({ id: `certification:${cert.id}`, title: cert.title, permalink: cert.permalink, kind: 'certification', column });
    for (const c of leading) edges.push({ from: c.id, to: `certification:${cert.id}`, kind: 'certification' });
    if (cert.prerequisite !== undefined && certColumn.has(cert.prerequisite)) {
      edges.push({ from: `certification:${cert.prerequisite}`, to: `certification:${cert.id}`, kind: 'prerequisite' });
    }
  }
  return {
    nodes,
    edges,
    columns: Math.max(0, ...nodes.map((n) => n.column)) + 1,
    rows: Math.max(0, ...[...columns.values()].map((c) => c.length)),
    catalogPermalink,
  };
}
