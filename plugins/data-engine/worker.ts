/** Helper thread entry: reads and parses the batches of files it is sent (see parallel.ts). */
import { parentPort } from 'node:worker_threads';
import { readAndParse, type EntryTask } from './loadEntries';
import type { ParsedResult } from './parallel';

parentPort!.on('message', (tasks: EntryTask[]) => {
  parentPort!.postMessage(
    tasks.map((task): ParsedResult => {
      const { value, problems } = readAndParse(task.abs, task.rel);
      return { rel: task.rel, value, problems };
    }),
  );
});
