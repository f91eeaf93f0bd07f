/** Rules that need the real collections (courses with modules), on a copy of the shipped data. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import { load, makeTempDir, removeTempDirs, REPO_ROOT, where } from './helpers';

afterAll(removeTempDirs);

function copyOfShippedData(): string {
  const site = makeTempDir('shipped-');
  for (const dir of ['data', 'static']) fs.cpSync(path.join(REPO_ROOT, dir), path.join(site, dir), { recursive: true });
  return site;
}
const tracing = 'data/courses/distributed-tracing.yaml';

describe('the shipped data', () => {
  it('validates clean', () => {
    expect(load(copyOfShippedData()).problems).toEqual([]);
  });

  it('a file that does not parse gives its own error only, not "missing reference" in every file that points at it', () => {
    const site = copyOfShippedData();
    fs.writeFileSync(path.join(site, tracing), 'id: distributed-tracing\ntitle: [broken\n');
    const problems = load(site).problems;
    expect(problems.map((p) => p.file)).toEqual([tracing]);
    expect(problems[0]!.code).toBe('yaml.syntax');
  });

  it('a misspelt required field is reported once, as the unknown field with the right name', () => {
    const site = copyOfShippedData();
    const file = path.join(site, tracing);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^durationWeeks:/m, 'durationWeek:'));
    const problems = load(site).problems;
    expect(problems.map(where)).toEqual([`${tracing}:6:1 schema.additionalProperty`]);
    expect(formatMessage(problems[0]!, 'en')).toBe('unknown field "durationWeek". Did you mean "durationWeeks"?');
  });

  it('weekly modules must run forwards and fit in the course', () => {
    const site = copyOfShippedData();
    const file = path.join(site, tracing);
    const text = fs.readFileSync(file, 'utf8');
    const broken = text.replace('  - fromWeek: 2\n    toWeek: 2', '  - fromWeek: 2\n    toWeek: 1').replace('toWeek: 6', 'toWeek: 9');
    expect(broken).not.toBe(text);
    fs.writeFileSync(file, broken);
    const problems = load(site).problems;
    expect(problems.map((p) => p.code)).toEqual(['course.moduleBackwards', 'course.moduleTooLate']);
    expect(problems.map((p) => p.fieldPath)).toEqual(['modules[1].toWeek', 'modules[5].toWeek']);
    expect(formatMessage(problems[1]!, 'en')).toBe('module runs to week 9, but the course lasts 6 weeks (durationWeeks).');
    expect(formatMessage(problems[1]!, 'zh-Hans')).toBe('模块持续到第 9 周，但课程只有 6 周（durationWeeks）。');
  });
});
