import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../index';
import { loadSchemas } from '../schemas';
import { FIXTURE_SITE, REPO_ROOT } from './helpers';

describe('the clean fixture site', () => {
  const dataSet = loadDataSet({ siteDir: FIXTURE_SITE });

  it('has no problems at all', () => {
    expect(dataSet.problems).toEqual([]);
    expect(dataSet.summary.errors).toBe(0);
    expect(dataSet.summary.warnings).toBe(0);
  });

  it('reads every data file and the Markdown page', () => {
    // 1 partner + 5 tiers + 2 courses + 1 certification + 2 events = 11 entries, plus docs/ok.md.
    expect(dataSet.summary.filesRead).toBe(12);
    expect(dataSet.summary.entriesAccepted).toBe(11);
  });

  it('groups the entries by collection, sorted by file', () => {
    expect(Object.keys(dataSet.collections).sort()).toEqual(['certifications', 'courses', 'events', 'partners']);
    expect(dataSet.collections.courses!.map((e) => e.file)).toEqual(['data/courses/advanced.yaml', 'data/courses/intro.yaml']);
    expect(dataSet.collections.partners!.map((e) => `${e.folder}/${e.id}:${e.kind}`)).toEqual([
      './acme:partner',
      'tiers/bronze:tier',
      'tiers/community:tier',
      'tiers/gold:tier',
      'tiers/platinum:tier',
      'tiers/silver:tier',
    ]);
  });

  it('keeps dates and times as strings and collects translatable text, references and static files', () => {
    const acme = dataSet.collections.partners!.find((e) => e.id === 'acme')!;
    expect(acme.data.memberSince).toBe('2024-01-01');
    expect(acme.translatable.map((t) => t.pointer).sort()).toEqual(['/description', '/logo/alt', '/name']);
    expect(acme.references).toEqual([{ pointer: '/tier', value: 'gold', target: 'partners/tiers' }]);
    expect(acme.staticFiles).toEqual([{ pointer: '/logo/src', value: '/img/ok.svg' }]);
    const meetup = dataSet.collections.events!.find((e) => e.id === 'meetup')!;
    expect(meetup.data.start).toBe('2027-03-14T14:00');
    expect(meetup.references).toEqual([{ pointer: '/organizer/partner', value: 'acme', target: 'partners' }]);
  });

  it('uses the real common and front-matter schemas', () => {
    for (const name of ['common.schema.json', 'front-matter.schema.json']) {
      const fixture = fs.readFileSync(path.join(FIXTURE_SITE, 'data', 'schemas', name), 'utf8');
      const real = fs.readFileSync(path.join(REPO_ROOT, 'data', 'schemas', name), 'utf8');
      expect(JSON.parse(fixture), name).toEqual(JSON.parse(real));
    }
  });

  it('maps folders to kinds from entryFolders and markdownFolders', () => {
    const schemas = loadSchemas(FIXTURE_SITE, 'data/schemas');
    expect(schemas.problems).toEqual([]);
    expect(Object.fromEntries(schemas.collections.map((c) => [c.name, c.folders]))).toEqual({
      certifications: { '.': 'certification' },
      courses: { '.': 'course' },
      events: { '.': 'event' },
      partners: { '.': 'partner', tiers: 'tier' },
    });
    expect(schemas.markdownFolders).toEqual({ docs: 'doc', blog: 'blogPost', courses: 'lesson' });
    expect(schemas.collections.find((c) => c.name === 'partners')!.schemaFile).toBe('data/schemas/partners.schema.json');
  });
});
