/** The multi-threaded loader (what the CLI uses on big data sets) must report exactly what the serial one does. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, loadDataSet, loadDataSetParallel } from '../index';
import { PARALLEL_THRESHOLD } from '../parallel';
import { copySite, removeTempDirs, TESTS_DIR, write } from './helpers';

afterAll(removeTempDirs);

describe('loadDataSetParallel', () => {
  it('gives the same problems, positions and entries as loadDataSet above the threshold', async () => {
    const site = copySite();
    const count = PARALLEL_THRESHOLD + 50;
    for (let i = 0; i < count; i++) {
      const id = `c${String(i).padStart(4, '0')}`;
      let body = `id: ${id}\ntitle: 课程 ${i}\nlevel: beginner\n`;
      if (i === 101) body = `id: ${id}\ntitle: 课程\nlevel: beginer\n`;
      if (i === 702) body = `id: ${id}\ntitle: [\n`;
      if (i === 1303) body = `id: ${id}\ntitle: 课程\nlevel: beginner\nprerequisites:\n  - nothing-here\n`;
      if (i === 1904) body = `id: ${id}-x\ntitle: 课程\nlevel: beginner\n`;
      write(site, `data/courses/${id}.yaml`, body);
    }
    const serial = loadDataSet({ siteDir: site });
    const parallel = await loadDataSetParallel({ siteDir: site }, path.join(TESTS_DIR, '..', 'worker.ts'));
    expect(formatReport(parallel.problems, parallel.summary, 'json', 'en')).toBe(formatReport(serial.problems, serial.summary, 'json', 'en'));
    expect(serial.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`).sort()).toEqual([
      'data/courses/c0101.yaml:3:8 schema.enum',
      'data/courses/c0702.yaml:3:1 yaml.syntax',
      'data/courses/c1303.yaml:5:5 ref.missing',
      'data/courses/c1904.yaml:1:5 id.mismatch',
    ]);
    expect(parallel.collections.courses!.map((e) => e.file)).toEqual(serial.collections.courses!.map((e) => e.file));
    expect(parallel.summary).toEqual(serial.summary);
    expect(fs.readdirSync(path.join(site, 'data', 'courses'))).toHaveLength(count + 2);
  });
});
