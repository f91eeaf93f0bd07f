import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverLocales } from '../../site-locales/discoverLocales';
import { runSearchIndex, type CliIo } from '../cli';
import type { SearchRecord } from '../records';

const root = path.resolve(__dirname, '../../..');

interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

/** Stands in for Algolia: records every request, answers like the REST API, fails a path on demand. */
function fakeAlgolia() {
  const requests: Recorded[] = [];
  let failOn: RegExp | undefined;
  let liveExists = true;
  let task = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x');
      requests.push({ method: req.method!, path: decodeURIComponent(url.pathname), body: raw ? JSON.parse(raw) : undefined });
      const send = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (failOn?.test(`${req.method} ${decodeURIComponent(url.pathname)}`)) return send(400, { message: 'Record is too big', status: 400 });
      if (/\/task\/\d+$/.test(url.pathname)) return send(200, { status: 'published', pendingTask: false });
      if (/\/operation$/.test(url.pathname) && !liveExists && (JSON.parse(raw) as { operation: string }).operation === 'copy') {
        return send(404, { message: 'Index does not exist', status: 404 });
      }
      if (req.method === 'DELETE') return send(200, { taskID: ++task, deletedAt: new Date().toISOString() });
      return send(200, { taskID: ++task, updatedAt: new Date().toISOString(), objectIDs: [] });
    });
  });
  return {
    requests,
    failOn: (re: RegExp | undefined) => (failOn = re),
    setLiveExists: (v: boolean) => (liveExists = v),
    start: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const algolia = fakeAlgolia();
let port = 0;
beforeAll(async () => {
  port = await algolia.start();
});
afterAll(() => algolia.stop());

const env = { ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_ADMIN_API_KEY: 'admin-key', ALGOLIA_INDEX_NAME: 'community' };

async function run(argv: string[], environment: Record<string, string | undefined> = env) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { argv, env: environment, cwd: root, stdout: (l) => out.push(l), stderr: (l) => err.push(l), hosts: [{ url: '127.0.0.1', port, protocol: 'http' }] };
  const code = await runSearchIndex(io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dataEntries = (dir: string) => fs.readdirSync(path.join(root, 'data', dir)).filter((f) => f.endsWith('.yaml')).length;

describe('npm run search:index', () => {
  it('pushes settings and records to a temporary index, then moves it over the live one', async () => {
    algolia.requests.length = 0;
    algolia.failOn(undefined);
    algolia.setLiveExists(true);
    const { code, out, err } = await run([]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/community replaced atomically/);

    const writes = algolia.requests.filter((r) => r.method !== 'GET');
    const [copy, settings, ...rest] = writes;
    const tmp = /^\/1\/indexes\/(community_tmp_\d+)\/settings$/.exec(settings!.path)?.[1];
    expect(tmp).toBeDefined();
    // Rules and synonyms edited in the dashboard are carried over.
    expect(copy).toMatchObject({ method: 'POST', path: '/1/indexes/community/operation', body: { operation: 'copy', destination: tmp, scope: ['rules', 'synonyms'] } });
    expect(settings!.method).toBe('PUT');
    const body = settings!.body as { searchableAttributes: string[]; attributesForFaceting: string[] };
    expect(body.searchableAttributes).toContain('title');
    expect(body.attributesForFaceting).toEqual(expect.arrayContaining(['entryType', 'facets.level', 'facets.tier', 'facets.type', 'facets.kind']));

    const batches = rest.filter((r) => r.path === `/1/indexes/${tmp}/batch`);
    const records = batches.flatMap((b) => (b.body as { requests: { action: string; body: SearchRecord }[] }).requests);
    expect(records.every((r) => r.action === 'addObject')).toBe(true);
    const firstParts = records.map((r) => r.body).filter((r) => r.part === 1);
    const locales = discoverLocales(root).locales.length;
    expect(firstParts).toHaveLength((dataEntries('courses') + dataEntries('certifications') + dataEntries('partners') + dataEntries('integrations') + dataEntries('events')) * locales);
    expect(firstParts.find((r) => r.objectID === 'en/course/distributed-tracing')?.url).toMatch(/\/en\/courses\/distributed-tracing\/$/);

    // Last write: the move, and nothing written to the live index directly before it.
    expect(rest.at(-1)).toMatchObject({ method: 'POST', path: `/1/indexes/${tmp}/operation`, body: { operation: 'move', destination: 'community' } });
    expect(writes.filter((r) => r.path.startsWith('/1/indexes/community/') && !r.path.endsWith('/operation'))).toEqual([]);
    // Every write was waited for.
    expect(algolia.requests.filter((r) => r.method === 'GET' && /\/task\//.test(r.path)).length).toBe(writes.length);
  });

  it('works for a first push, when the live index does not exist yet', async () => {
    algolia.requests.length = 0;
    algolia.setLiveExists(false);
    const { code } = await run([]);
    algolia.setLiveExists(true);
    expect(code).toBe(0);
    expect(algolia.requests.some((r) => r.body && (r.body as { operation?: string }).operation === 'move')).toBe(true);
  });

  it('reports what was and was not pushed when Algolia refuses the records, and leaves the live index alone', async () => {
    algolia.requests.length = 0;
    algolia.failOn(/^POST \/1\/indexes\/community_tmp_\d+\/batch$/);
    const { code, err } = await run([]);
    algolia.failOn(undefined);
    expect(code).toBe(1);
    expect(err).toMatch(/Algolia request failed: .*Record is too big/);
    expect(err).toMatch(/settings: set on the temporary index community_tmp_\d+/);
    expect(err).toMatch(/records: 0 of \d+ written/);
    expect(err).toMatch(/live index community: unchanged/);
    expect(algolia.requests.some((r) => (r.body as { operation?: string } | undefined)?.operation === 'move')).toBe(false);
    expect(algolia.requests.at(-1)).toMatchObject({ method: 'DELETE', path: expect.stringMatching(/^\/1\/indexes\/community_tmp_\d+$/) });
  });

  it('--dry-run writes the records and prints counts per type and locale, with no credentials and no request', async () => {
    algolia.requests.length = 0;
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-')), 'records.json');
    const r = await run(['--dry-run', '--out', out], {});
    expect(r.code).toBe(0);
    expect(algolia.requests).toEqual([]);
    const records = JSON.parse(fs.readFileSync(out, 'utf8')) as SearchRecord[];
    expect(records.filter((x) => x.entryType === 'partner' && x.locale === 'en' && x.part === 1)).toHaveLength(dataEntries('partners'));
    expect(r.out).toMatch(new RegExp(`^\\s+partner\\s+${dataEntries('partners')}\\s+${dataEntries('partners')}$`, 'm'));
    expect(r.out).toMatch(/^\s+type\s+zh-Hans\s+en$/m);
  });

  it('names the missing variable in one line and exits 2 (the real command)', () => {
    const { ALGOLIA_ADMIN_API_KEY: _omit, ...rest } = env;
    const r = spawnSync(process.execPath, ['scripts/run.cjs', 'search-index'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, ...rest } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^search:index: ALGOLIA_ADMIN_API_KEY is not set/);
    expect(r.stdout).toBe('');
  });
});
