import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { collectResults, planEntries, runTask, type EntryTask, type LoadedEntries, type TaskResult } from './loadEntries';
import { parseYaml } from './parseYaml';
import { decodeSource } from './sourceText';
import type { SchemaSet } from './schemas';
import type { PositionIndex, SourcePosition } from './types';

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 2000;

export interface WorkerRequest {
  siteDir: string;
  schemaDir: string;
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
  private pending: ((results: TaskResult[]) => void) | undefined;
  private failure: Error | undefined;

  constructor(workerFile: string, siteDir: string, schemaDir: string) {
    const workerData: WorkerRequest = { siteDir, schemaDir };
    // Started before the main thread compiles its own schemas, so both compile at once.
    // From source (under tsx), the worker registers tsx itself: execArgv loaders do not reach workers on Node 20.
    this.worker = workerFile.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(workerFile)});`, { eval: true, workerData })
      : new Worker(workerFile, { workerData });
    this.worker.on('message', (results: TaskResult[]) => this.pending?.(results));
    this.worker.on('error', (error) => {
      this.failure = error;
      this.rejectPending?.(error);
    });
  }

  private rejectPending: ((error: Error) => void) | undefined;

  run(tasks: EntryTask[]): Promise<TaskResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = resolve;
      this.rejectPending = reject;
      this.worker.postMessage(tasks);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

const BATCH = 200;

/**
 * Reads, parses and validates entry files on every core: the main thread and
 * the helper threads take batches from one queue until it is empty, so a
 * thread that started late simply takes fewer batches. Results equal
 * `loadEntries`'s.
 */
export async function loadEntriesParallel(siteDir: string, dataDir: string, schemaDir: string, schemas: SchemaSet, workers: EntryWorker[]): Promise<LoadedEntries> {
  const { tasks, problems, filesRead } = planEntries(siteDir, dataDir, schemaDir, schemas);
  const queue: EntryTask[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) queue.push(tasks.slice(i, i + BATCH));
  const results: { result: TaskResult; positions?: PositionIndex }[] = [];
  const byRel = new Map(tasks.map((t) => [t.rel, t]));

  const helper = async (worker: EntryWorker): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (const result of await worker.run(batch)) {
        results.push({ result, positions: new FilePositions(byRel.get(result.rel)!.abs, result.rel) });
      }
    }
  };
  const main = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (const task of batch) results.push(runTask(task, schemas));
      // Let helper replies in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([main(), ...workers.map(helper)]);
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

export function helperThreadCount(): number {
  return Math.max(0, Math.min(os.availableParallelism() - 1, 3));
}
