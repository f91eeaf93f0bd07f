import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { collectResults, planEntries, runTask, validateParsed, type EntryTask, type LoadedEntries, type TaskResult } from './loadEntries';
import { parseYaml } from './parseYaml';
import { decodeSource } from './sourceText';
import type { SchemaSet } from './schemas';
import type { PositionIndex, SourcePosition } from './types';

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 2000;

/** What a helper thread sends back for one file: the parsed mapping (or parse problems). */
export interface ParsedResult {
  rel: string;
  value?: Record<string, unknown>;
  problems: TaskResult['problems'];
}

/** Positions of a file read in a worker: re-read on demand, i.e. only when a problem must be placed. */
class FilePositions implements PositionIndex {
  private index: PositionIndex | null | undefined;
  constructor(private readonly abs: string, private readonly rel: string) {}
  private get positions(): PositionIndex | null {
    if (this.index === undefined) {
      const decoded = decodeSource(fs.readFileSync(this.abs));
      const parsed = decoded.ok ? parseYaml(decoded.text, this.rel) : undefined;
      this.index = parsed?.ok ? parsed.positions : null;
    }
    return this.index;
  }
  value(pointer: string): SourcePosition | undefined {
    return this.positions?.value(pointer);
  }
  key(pointer: string): SourcePosition | undefined {
    return this.positions?.key(pointer);
  }
  nearest(pointer: string): SourcePosition {
    return this.positions?.nearest(pointer) ?? { line: 1, column: 1 };
  }
}

/** A started helper thread that validates batches of files on request. */
export class EntryWorker {
  private readonly worker: Worker;
  /** Replies come back in request order; several requests may be in flight. */
  private readonly pending: { resolve: (results: ParsedResult[]) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(workerFile: string) {
    // Started before the main thread compiles the schemas, so parsing begins meanwhile.
    // From source (under tsx), the worker registers tsx itself: execArgv loaders do not reach workers on Node 20.
    this.worker = workerFile.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(workerFile)});`, { eval: true })
      : new Worker(workerFile);
    this.worker.on('message', (results: ParsedResult[]) => this.pending.shift()?.resolve(results));
    this.worker.on('error', (error) => {
      this.failure = error;
      for (const p of this.pending.splice(0)) p.reject(error);
    });
  }

  run(tasks: EntryTask[]): Promise<ParsedResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(tasks);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

const BATCH = 100;
const MAIN_SLICE = 10;

/**
 * Reads and parses entry files on every core: the main thread and the helper
 * threads take batches from one queue until it is empty, so a thread that
 * started late simply takes fewer. Helpers only parse (YAML is the bulk of
 * the work); the main thread validates everything with the schemas it
 * compiled once. Results equal `loadEntries`'s.
 */
export async function loadEntriesParallel(siteDir: string, dataDir: string, schemaDir: string, schemas: SchemaSet, workers: EntryWorker[]): Promise<LoadedEntries> {
  const { tasks, problems, filesRead } = planEntries(siteDir, dataDir, schemaDir, schemas);
  const queue: EntryTask[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) queue.push(tasks.slice(i, i + BATCH));
  const results: { result: TaskResult; positions?: PositionIndex }[] = [];
  const byRel = new Map(tasks.map((t) => [t.rel, t]));

  const helper = async (worker: EntryWorker): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (const parsed of await worker.run(batch)) {
        const task = byRel.get(parsed.rel)!;
        const positions = new FilePositions(task.abs, task.rel);
        const r = validateParsed({ value: parsed.value, positions: parsed.value ? positions : undefined, problems: parsed.problems }, task.rel, task.collection, task.folder, task.kind, schemas);
        results.push({ result: { rel: task.rel, entry: r.entry, valid: r.valid, problems: r.problems }, positions });
      }
    }
  };
  const main = async (): Promise<void> => {
    for (let batch = queue.pop(); batch; batch = queue.pop()) {
      // Small slices with a yield in between, so a helper waiting for its next batch is served promptly.
      for (let i = 0; i < batch.length; i += MAIN_SLICE) {
        for (const task of batch.slice(i, i + MAIN_SLICE)) results.push(runTask(task, schemas));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };
  // Two requests in flight per helper, so it never waits for the main thread between batches.
  await Promise.all([main(), ...workers.flatMap((w) => [helper(w), helper(w)])]);
  results.sort((a, b) => (a.result.rel < b.result.rel ? -1 : a.result.rel > b.result.rel ? 1 : 0));
  return collectResults(results, problems, filesRead);
}

/** Counts YAML files under the data folder, cheaply, to decide whether helper threads pay off. */
export function countDataFiles(dir: string): number {
  let n = 0;
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${d}/${e.name}`);
      else if (e.name.endsWith('.yaml')) n++;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}

/** Helper threads besides the main one: one per extra core (COMMUNITY_HUB_THREADS overrides, 0 = none). */
export function helperThreadCount(env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env.COMMUNITY_HUB_THREADS);
  if (env.COMMUNITY_HUB_THREADS !== undefined && Number.isInteger(forced) && forced >= 0) return Math.min(forced, 8);
  return Math.max(0, Math.min(os.availableParallelism() - 1, 3));
}
