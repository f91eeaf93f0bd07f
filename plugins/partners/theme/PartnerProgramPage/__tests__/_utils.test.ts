import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import type { TemplateField } from '../../../types';
import { partnerTemplate } from '../_utils';

const words = { required: '必填', optional: '可选', allowed: '可选值' };
const fields: TemplateField[] = [
  { path: 'id', title: 'Partner id', description: 'Unique id.', required: true, type: 'string' },
  { path: 'tier', title: 'Tier', description: 'Program tier.', required: true, type: 'string', values: ['community', 'gold'] },
  { path: 'partnershipKinds', title: 'Kinds', description: 'Line one\nline two', required: true, type: 'array', values: ['a', 'b'] },
  { path: 'logo', title: 'Logo', description: 'Image.', required: true, type: 'object' },
  { path: 'logo.src', title: 'Path', description: 'Under static/.', required: true, type: 'string' },
  { path: 'headquarters', title: 'HQ', description: 'City.', required: false, type: 'string' },
  { path: 'extra', title: 'Extra', description: 'Optional object.', required: false, type: 'object' },
  { path: 'extra.note', title: 'Note', description: 'Inside.', required: true, type: 'string' },
];

describe('partner template', () => {
  const text = partnerTemplate(fields, words);

  it('explains every field in schema order, with allowed values', () => {
    expect(text).toContain('# Partner id (必填): Unique id.\nid: ""');
    expect(text).toContain('# Tier (必填): Program tier.\n# 可选值: community, gold\ntier: ""');
    expect(text).toContain('# Kinds (必填): Line one\n# line two\n# 可选值: a, b\npartnershipKinds: []');
  });

  it('nests object fields and comments out optional ones (and fields of optional objects)', () => {
    expect(text).toContain('logo:\n  # Path (必填): Under static/.\n  src: ""');
    expect(text).toContain('# headquarters: ""');
    expect(text).toContain('  # note: ""');
    expect(text.indexOf('id:')).toBeLessThan(text.indexOf('tier:'));
  });

  it('is valid YAML whose keys are exactly the required top-level fields', () => {
    const parsed = load(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['id', 'tier', 'partnershipKinds', 'logo']);
    expect(parsed.logo).toEqual({ src: '' });
  });
});
