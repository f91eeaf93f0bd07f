/**
 * Pushes records to Algolia with the live index replaced in one step: the
 * records and settings go to a temporary index, which is then moved over the
 * live one (the move is atomic), so readers never see a half-filled index
 * and an entry deleted from data/ disappears. Progress is kept so a failure
 * can say exactly what was and was not pushed.
 */
import { searchClient } from '@algolia/client-search';
import type { SearchRecord } from './records';

export interface AlgoliaTarget {
  appId: string;
  apiKey: string;
  indexName: string;
  /** Only for tests: where the client sends requests instead of Algolia's hosts. */
  hosts?: { url: string; protocol: 'http' | 'https'; port?: number }[];
}

export interface PushProgress {
  temporaryIndex: string;
  /** Rules and synonyms kept from the live index (false when it does not exist yet). */
  keptRulesAndSynonyms: boolean;
  settingsSet: boolean;
  recordsWritten: number;
  recordsTotal: number;
  /** True once the temporary index has replaced the live one. */
  replaced: boolean;
}

export class PushError extends Error {
  constructor(
    message: string,
    readonly progress: PushProgress,
  ) {
    super(message);
  }
}

export const BATCH_SIZE = 1000;

export async function pushRecords(target: AlgoliaTarget, records: SearchRecord[], settings: Record<string, unknown>): Promise<PushProgress> {
  const client = searchClient(target.appId, target.apiKey, {
    ...(target.hosts ? { hosts: target.hosts.map((h) => ({ ...h, accept: 'readWrite' as const })) } : {}),
  });
  const live = target.indexName;
  const progress: PushProgress = {
    temporaryIndex: `${live}_tmp_${Date.now()}`,
    keptRulesAndSynonyms: false,
    settingsSet: false,
    recordsWritten: 0,
    recordsTotal: records.length,
    replaced: false,
  };
  const tmp = progress.temporaryIndex;
  const wait = (indexName: string, taskID: number) => client.waitForTask({ indexName, taskID });
  try {
    try {
      // Rules and synonyms are edited in Algolia's dashboard; carry them over.
      const copy = await client.operationIndex({ indexName: live, operationIndexParams: { operation: 'copy', destination: tmp, scope: ['rules', 'synonyms'] } });
      await wait(tmp, copy.taskID);
      progress.keptRulesAndSynonyms = true;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
    const set = await client.setSettings({ indexName: tmp, indexSettings: settings });
    await wait(tmp, set.taskID);
    progress.settingsSet = true;
    for (let start = 0; start < records.length; start += BATCH_SIZE) {
      const chunk = records.slice(start, start + BATCH_SIZE);
      const batch = await client.batch({
        indexName: tmp,
        batchWriteParams: { requests: chunk.map((body) => ({ action: 'addObject' as const, body: body as unknown as Record<string, unknown> })) },
      });
      await wait(tmp, batch.taskID);
      progress.recordsWritten += chunk.length;
    }
    const move = await client.operationIndex({ indexName: tmp, operationIndexParams: { operation: 'move', destination: live } });
    await wait(live, move.taskID);
    progress.replaced = true;
    return progress;
  } catch (error) {
    // Leave nothing behind; the live index was not touched.
    if (!progress.replaced) await client.deleteIndex({ indexName: tmp }).catch(() => undefined);
    throw new PushError((error as Error).message, progress);
  }
}

/** What a failed push did and did not do, for the person running it. */
export function describeFailure(indexName: string, p: PushProgress): string[] {
  return [
    `settings: ${p.settingsSet ? `set on the temporary index ${p.temporaryIndex}` : 'not set'}`,
    `records: ${p.recordsWritten} of ${p.recordsTotal} written to the temporary index ${p.temporaryIndex} (deleted again)`,
    `live index ${indexName}: ${p.replaced ? 'replaced' : 'unchanged, still serving the previous records'}`,
  ];
}
