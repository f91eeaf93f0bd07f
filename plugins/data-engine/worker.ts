/** Helper thread entry: compiles the schemas once, then validates the batches of files it is sent (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type EntryTask } from './loadEntries';
import { loadSchemas } from './schemas';
import type { WorkerRequest } from './parallel';

const { siteDir, schemaDir } = workerData as WorkerRequest;
const schemas = loadSchemas(siteDir, schemaDir);
parentPort!.on('message', (tasks: EntryTask[]) => {
  parentPort!.postMessage(tasks.map((task) => runTask(task, schemas).result));
});
