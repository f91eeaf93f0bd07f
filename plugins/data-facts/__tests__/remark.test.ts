import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, describe, expect, it } from 'vitest';
import remarkDataFacts from '../remark';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-facts-'));
const factsDir = path.join(siteDir, '.docusaurus/data-facts/default');
fs.mkdirSync(factsDir, { recursive: true });
fs.writeFileSync(
  path.join(factsDir, 'ids.json'),
  JSON.stringify({ bodies: ['technical-committee', 'community-committee'], courses: ['otel-intro'], tiers: ['gold'], counts: ['courses'] }),
);
afterAll(() => fs.rmSync(siteDir, { recursive: true, force: true }));

async function run(markdown: string): Promise<string> {
  const out = await compile({ value: markdown, path: path.join(siteDir, 'docs/governance/overview.md') }, { format: 'mdx', remarkPlugins: [[remarkDataFacts, { factsDir, siteDir }]] });
  return String(out);
}

describe('remark plugin for data facts', () => {
  it('imports the one record a component names and passes it as `fact`', async () => {
    const js = await run('The committee has <CommitteeSeats body="technical-committee" /> seats.\n');
    expect(js).toContain('import __dataFact0 from "@community-facts/bodies/technical-committee.json"');
    expect(js).toMatch(/fact: __dataFact0/);
    expect(js).not.toContain('community-committee');
  });

  it('imports the whole group for list components, and each module once per page', async () => {
    const js = await run('<GoverningBodies />\n\n<CommitteeSeats body="technical-committee" /> and <CommitteeSeats body="technical-committee" />\n\n<TierBenefits />\n\n<TierBenefits tier="gold" />\n');
    expect(js).toContain('"@community-facts/bodies/_all.json"');
    expect(js).toContain('"@community-facts/tiers/_all.json"');
    expect(js).toContain('"@community-facts/tiers/gold.json"');
    expect(js.match(/technical-committee\.json/g)).toHaveLength(1);
    expect(js).toMatch(/facts: __dataFact\d/);
  });

  it('leaves pages without fact components alone', async () => {
    const js = await run('# Title\n\n<details><summary>x</summary>y</details>\n');
    expect(js).not.toContain('@community-facts');
  });

  it('fails on an unknown id, naming the page, position and the ids that exist', async () => {
    await expect(run('Intro.\n\nSeats: <CommitteeSeats body="technical-comittee" />\n')).rejects.toThrow(
      'docs/governance/overview.md:3:8  <CommitteeSeats>: body="technical-comittee" is not an entry in data/governance/bodies/. Known: technical-committee, community-committee.',
    );
    await expect(run('<CourseDuration course="nope" />\n')).rejects.toThrow('course="nope" is not an entry in data/courses/.');
  });

  it('fails on a missing or computed attribute', async () => {
    await expect(run('<CourseDuration />\n')).rejects.toThrow('docs/governance/overview.md:1:1  <CourseDuration>: the attribute course="…" is required.');
    await expect(run('<CourseDuration course={"otel-intro"} />\n')).rejects.toThrow('course must be a plain string');
  });

  it('says what is wrong when no facts were generated', async () => {
    await expect(
      compile({ value: '<Count of="courses" />', path: path.join(siteDir, 'docs/a.md') }, { format: 'mdx', remarkPlugins: [[remarkDataFacts, { factsDir: path.join(siteDir, 'missing'), siteDir }]] }),
    ).rejects.toThrow('no data facts were generated');
  });
});
