import fs from 'node:fs';
import path from 'node:path';
import { closest } from './suggest';
import { displayPath } from './sourceText';
import { zonedTimeToUtc } from './formats';
import type { PositionIndex, Problem, SourceEntry } from './types';

export interface CrossCheckInput {
  /** Entry files that could not be parsed, relative to the site (data/<collection>/[<folder>/]<id>.yaml). */
  unparsedFiles?: string[];
  dataDir?: string;
  /** Fields (file + display path) that already failed their schema: not reported twice. */
  schemaFailures?: Set<string>;
  siteDir: string;
  staticDir: string;
  /** Entries that passed their schema. */
  valid: SourceEntry[];
  /** Entries that failed their schema: their ids exist, their content is not trusted. */
  invalid: SourceEntry[];
  files: Map<string, PositionIndex>;
}

type Report = (entry: SourceEntry, pointer: string, code: string, params?: Problem['params']) => void;

/**
 * Checks that no schema can express: ids match file names and are unique,
 * references resolve and do not loop, and the domain rules between records
 * (a course and its certification agree, an event ends after it starts...).
 * Like kubernetes/community's sigs.yaml tooling, it collects every problem.
 */
export function crossCheck(input: CrossCheckInput): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (entry, pointer, code, params = {}) => {
    const positions = input.files.get(entry.file);
    const pos = positions ? (positions.value(pointer) ?? positions.nearest(pointer)) : { line: 1, column: 1 };
    problems.push({ file: entry.file, line: pos.line, column: pos.column, code, params, fieldPath: displayPath(pointer), severity: 'error' });
  };
  const all = [...input.valid, ...input.invalid].sort((a, b) => (a.file < b.file ? -1 : 1));

  checkIds(all, report);
  checkReferences(all, report, input.schemaFailures ?? new Set(), unparsedIds(input.unparsedFiles ?? [], input.dataDir ?? 'data'));
  checkStaticFiles(all, input.siteDir, input.staticDir, report);
  const byCollection = groupBy(input.valid, (e) => e.collection);
  for (const rule of DOMAIN_RULES) rule(byCollection, report);
  return problems;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function checkIds(all: SourceEntry[], report: Report): void {
  const seen = new Map<string, SourceEntry>();
  for (const entry of all) {
    const expected = path.posix.basename(entry.file, '.yaml');
    const id = entry.data.id;
    if (typeof id === 'string' && id !== expected) report(entry, '/id', 'id.mismatch', { id, expected });
    const key = `${entry.collection}\u0000${expected}`;
    const first = seen.get(key);
    if (first) report(entry, typeof id === 'string' ? '/id' : '', 'id.duplicate', { id: expected, other: first.file });
    else seen.set(key, entry);
  }
}

/** `courses` → top-level courses; `partners/tiers` → data/partners/tiers/. */
function targetKey(target: string): string {
  const slash = target.indexOf('/');
  return slash === -1 ? `${target}/.` : target;
}

/** `collection/folder` → ids of files that exist but did not parse (their own problems are reported). */
function unparsedIds(files: string[], dataDir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const prefix = `${dataDir.replace(/\\/g, '/').replace(/\/$/, '')}/`;
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const parts = file.slice(prefix.length).split('/');
    const key = `${parts[0]}/${parts.length === 2 ? '.' : parts.slice(1, -1).join('/')}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(path.posix.basename(file, '.yaml'));
  }
  return out;
}

function checkReferences(all: SourceEntry[], report: Report, schemaFailures: Set<string>, unparsed: Map<string, Set<string>>): void {
  const ids = new Map<string, Set<string>>();
  for (const e of all) {
    const key = `${e.collection}/${e.folder}`;
    if (!ids.has(key)) ids.set(key, new Set());
    ids.get(key)!.add(path.posix.basename(e.file, '.yaml'));
  }
  // Edges within one folder (prerequisites, next steps) must not loop.
  const graphs = new Map<string, Map<string, { to: string; entry: SourceEntry; pointer: string }[]>>();

  for (const entry of all) {
    for (const ref of entry.references) {
      const key = targetKey(ref.target);
      const known = ids.get(key);
      // The target file exists but is broken: its own problems say so; no follow-on error here.
      if (unparsed.get(key)?.has(ref.value)) continue;
      if (!known || !known.has(ref.value)) {
        // An enum error at the same field already says what is wrong.
        if (schemaFailures.has(`${entry.file}\u0000${displayPath(ref.pointer)}`)) continue;
        const candidates = known ? [...known].filter((id) => id !== entry.id) : [];
        const suggestion = closest(ref.value, candidates);
        report(entry, ref.pointer, 'ref.missing', { value: ref.value, target: key.endsWith('/.') ? key.slice(0, -2) : key, ...(suggestion ? { suggestion } : {}) });
        continue;
      }
      if (key === `${entry.collection}/${entry.folder}`) {
        if (ref.value === entry.id) {
          report(entry, ref.pointer, 'ref.self', { value: ref.value });
          continue;
        }
        if (!graphs.has(key)) graphs.set(key, new Map());
        const graph = graphs.get(key)!;
        if (!graph.has(entry.id)) graph.set(entry.id, []);
        graph.get(entry.id)!.push({ to: ref.value, entry, pointer: ref.pointer });
      }
    }
  }
  for (const graph of graphs.values()) reportCycles(graph, report);
}

function reportCycles(graph: Map<string, { to: string; entry: SourceEntry; pointer: string }[]>, report: Report): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const edge of graph.get(node) ?? []) {
      const s = state.get(edge.to);
      if (s === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to];
        const signature = [...cycle].slice(0, -1).sort().join(',');
        if (!reported.has(signature)) {
          reported.add(signature);
          report(edge.entry, edge.pointer, 'ref.cycle', { cycle: cycle.join(' → ') });
        }
      } else if (s === undefined) {
        visit(edge.to);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
}

function checkStaticFiles(entries: SourceEntry[], siteDir: string, staticDir: string, report: Report): void {
  const root = path.resolve(siteDir, staticDir);
  for (const entry of entries) {
    for (const f of entry.staticFiles) {
      const abs = path.resolve(root, `.${f.value}`);
      const inside = abs.startsWith(root + path.sep);
      if (!inside || !fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
        report(entry, f.pointer, 'staticFile.missing', { path: f.value });
      }
    }
  }
}

type DomainRule = (byCollection: Map<string, SourceEntry[]>, report: Report) => void;

/** A course names the certification it leads to; that certification lists the course among its required courses, and vice versa. */
const courseCertificationAgreement: DomainRule = (byCollection, report) => {
  const courses = (byCollection.get('courses') ?? []).filter((e) => e.kind === 'course');
  const certifications = (byCollection.get('certifications') ?? []).filter((e) => e.kind === 'certification');
  const certById = new Map(certifications.map((c) => [c.id, c]));
  const courseById = new Map(courses.map((c) => [c.id, c]));
  for (const course of courses) {
    const certId = course.data.certification;
    if (typeof certId !== 'string') continue;
    const cert = certById.get(certId);
    if (!cert) continue; // reported as a missing reference
    const required = (cert.data.requiredCourses as string[] | undefined) ?? [];
    if (!required.includes(course.id)) {
      report(course, '/certification', 'certification.courseNotListed', { course: course.id, certification: certId });
    }
  }
  for (const cert of certifications) {
    const required = (cert.data.requiredCourses as string[] | undefined) ?? [];
    required.forEach((courseId, i) => {
      const course = courseById.get(courseId);
      if (course && course.data.certification !== cert.id) {
        report(cert, `/requiredCourses/${i}`, 'certification.courseLeadsElsewhere', {
          course: courseId,
          actual: String(course.data.certification ?? '—'),
        });
      }
    });
  }
};

/** Dated events: a real interval in their own time zone, and a place to be for the format they announce. */
const eventLogistics: DomainRule = (byCollection, report) => {
  for (const event of (byCollection.get('events') ?? []).filter((e) => e.kind === 'event')) {
    const { start, end, timeZone, format, location, onlineUrl } = event.data as Record<string, unknown>;
    if (typeof start === 'string' && typeof end === 'string' && typeof timeZone === 'string') {
      const s = zonedTimeToUtc(start, timeZone);
      const e = zonedTimeToUtc(end, timeZone);
      if (s !== undefined && e !== undefined && e < s) report(event, '/end', 'event.endBeforeStart', { start, end });
    }
    if ((format === 'in-person' || format === 'hybrid') && location === undefined) {
      report(event, '', 'event.locationRequired', { format });
    }
    if ((format === 'online' || format === 'hybrid') && onlineUrl === undefined) {
      report(event, '', 'event.onlineUrlRequired', { format });
    }
  }
};

/** A course's weekly modules fit its length and run forwards. */
const courseSchedule: DomainRule = (byCollection, report) => {
  for (const course of (byCollection.get('courses') ?? []).filter((e) => e.kind === 'course')) {
    const weeks = course.data.durationWeeks;
    const modules = course.data.modules;
    if (typeof weeks !== 'number' || !Array.isArray(modules)) continue;
    modules.forEach((m: { fromWeek?: unknown; toWeek?: unknown }, i) => {
      if (typeof m.fromWeek !== 'number' || typeof m.toWeek !== 'number') return;
      if (m.toWeek < m.fromWeek) report(course, `/modules/${i}/toWeek`, 'course.moduleBackwards', { from: m.fromWeek, to: m.toWeek });
      else if (m.toWeek > weeks) report(course, `/modules/${i}/toWeek`, 'course.moduleTooLate', { week: m.toWeek, weeks });
    });
  }
};

const DOMAIN_RULES: DomainRule[] = [courseCertificationAgreement, courseSchedule, eventLogistics];
