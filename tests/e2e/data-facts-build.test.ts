import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * One source of truth, end to end: on a copy of the site, change a value in
 * one YAML file, build, and the guides that show it change; name an entry
 * that does not exist in a guide, and the build stops, naming the page.
 */
const repoRoot = path.resolve(__dirname, '../..');
const site = path.join(repoRoot, '.tmp-tests', 'data-facts-site');
const bodyFile = path.join(site, 'data/governance/bodies/technical-committee.yaml');
const guide = path.join(site, 'docs/governance/overview.md');

function build(): { status: number | null; output: string } {
  const out = path.join(site, 'build');
  const r = spawnSync(path.join(repoRoot, 'node_modules/.bin/docusaurus'), ['build', site, '--locale', 'zh-Hans', '--out-dir', out], {
    env: { ...process.env, NODE_ENV: 'production', LANG: 'en_US.UTF-8' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  // The whole site minus what is installed, built or generated.
  const skip = new Set(['node_modules', 'build', '.docusaurus', '.git', '.tmp-tests', 'test-results', '.plan']);
  for (const name of fs.readdirSync(repoRoot)) {
    if (skip.has(name)) continue;
    fs.cpSync(path.join(repoRoot, name), path.join(site, name), { recursive: true, filter: (src) => !src.includes('__tests__') });
  }
});

afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

describe('data facts in guides follow the data', () => {
  it('a guide naming an unknown entry stops the build with the page, position and known ids', () => {
    const original = fs.readFileSync(guide, 'utf8');
    fs.writeFileSync(guide, original.replace('<CommitteeSeats body="technical-committee" />', '<CommitteeSeats body="technical-comittee" />'));
    const line = fs.readFileSync(guide, 'utf8').split('\n').findIndex((l) => l.includes('technical-comittee')) + 1;
    const { status, output } = build();
    fs.writeFileSync(guide, original);
    expect(status).not.toBe(0);
    expect(output).toContain(`docs/governance/overview.md:${line}:`);
    expect(output).toContain('<CommitteeSeats>: body="technical-comittee" is not an entry in data/governance/bodies/. Known:');
    expect(output).toContain('technical-committee');
  }, 900_000);

  it('changing a committee’s seats in its YAML file changes the guides that show them', () => {
    const yaml = fs.readFileSync(bodyFile, 'utf8');
    const seats = Number(/^seats: (\d+)$/m.exec(yaml)![1]);
    const changed = seats + 4;
    fs.writeFileSync(bodyFile, yaml.replace(/^seats: \d+$/m, `seats: ${changed}`));
    const { status, output } = build();
    expect(status, output.slice(-3000)).toBe(0);

    const overview = fs.readFileSync(path.join(site, 'build/docs/governance/overview/index.html'), 'utf8');
    // The sentence in the prose and the row of the bodies table.
    expect(text(overview)).toContain(`它有 ${changed} 个席位`);
    expect(text(overview)).not.toContain(`它有 ${seats} 个席位`);
    // The minified HTML may drop quotes and optional closing tags.
    const row = /<th scope="?row"?>技术委员会(?:<\/th>)?<td>(\d+)/.exec(overview);
    expect(row?.[1]).toBe(String(changed));
  }, 900_000);
});
