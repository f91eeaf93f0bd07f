import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

describe('npm run generate (types and editor mapping from the schemas)', () => {
  it('is up to date with the schemas', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('types every field of a kind, including fields named like schema keywords (title)', () => {
    const courses = fs.readFileSync(path.join(root, 'plugins/data-engine/generated/courses.ts'), 'utf8');
    const course = /export interface Course \{([\s\S]*?)\n\}/.exec(courses)![1]!;
    for (const field of ['id: string', 'title: string', "level: 'beginner' | 'intermediate' | 'advanced'", 'durationWeeks: number', 'prerequisites: string[]']) {
      expect(course).toContain(field);
    }
  });

  it('maps every data folder to its kind in .vscode/settings.json', () => {
    const settings = JSON.parse(fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8'));
    const schemas = settings['yaml.schemas'] as Record<string, string[]>;
    expect(schemas['./data/schemas/courses.schema.json#/$defs/course']).toEqual(['data/courses/*.yaml']);
    expect(schemas['./data/schemas/courses.schema.json#/$defs/project']).toEqual(['data/courses/projects/*.yaml']);
    expect(schemas['./data/schemas/partners.schema.json#/$defs/tier']).toEqual(['data/partners/tiers/*.yaml']);
  });
});

describe('issue forms for proposing entries', () => {
  it.each([
    ['new-partner', 'partners', 'partner'],
    ['new-event', 'events', 'event'],
    ['new-course', 'courses', 'course'],
  ])('%s has one field per top-level field of %s/%s, required where the schema requires it', (form, collection, kind) => {
    const yaml = require('js-yaml') as typeof import('js-yaml');
    const parsed = yaml.load(fs.readFileSync(path.join(root, '.github/ISSUE_TEMPLATE', `${form}.yml`), 'utf8')) as { body: { id?: string; type: string; validations?: { required: boolean }; attributes: { options?: string[] } }[] };
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'data/schemas', `${collection}.schema.json`), 'utf8'));
    const def = schema.$defs[kind];
    const fields = parsed.body.filter((b) => b.id);
    expect(fields.map((b) => b.id)).toEqual(Object.keys(def.properties));
    for (const b of fields) expect(b.validations?.required, b.id).toBe(def.required.includes(b.id));
    const level = fields.find((b) => b.id === 'level' || b.id === 'tier');
    if (level) expect(level.type).toBe('dropdown');
  });
});
