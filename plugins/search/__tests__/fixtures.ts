import type { CollectionReference } from '../../data-reference/buildReference';
import type { LocalizedEntry } from '../../data-engine/types';

/** Schema labels as data-reference hands them over (only what search reads). */
export const references = (lang: 'zh' | 'en'): CollectionReference[] => {
  const field = (path: string, extra: object = {}) => ({ path, title: path, description: '', type: 'string', required: false, translatable: false, constraints: [], ...extra });
  const kind = (k: string, title: string, fields: ReturnType<typeof field>[]) => ({ kind: k, folder: '', title, description: '', fields });
  return [
    {
      collection: 'courses',
      schemaFile: 'courses.schema.json',
      title: lang === 'zh' ? '课程' : 'Courses',
      description: '',
      kinds: [
        kind('course', lang === 'zh' ? '课程' : 'Course', [
          field('title'),
          field('level', { enum: [{ value: 'beginner', label: 'b' }] }),
          field('topics', { type: 'array<string>', enum: [{ value: 'tracing', label: 't' }] }),
          field('prerequisites', { type: 'array<string>', references: 'courses' }),
          field('modules[].topics', { enum: [{ value: 'tracing', label: 't' }] }),
          field('durationWeeks', { type: 'integer' }),
        ]),
        kind('project', lang === 'zh' ? '实践项目' : 'Project', [field('level', { enum: [] })]),
      ],
    },
    {
      collection: 'partners',
      schemaFile: 'partners.schema.json',
      title: lang === 'zh' ? '合作伙伴' : 'Partners',
      description: '',
      kinds: [kind('partner', lang === 'zh' ? '合作伙伴' : 'Partner', [field('type', { enum: [], references: 'partners/types' }), field('tier', { enum: [] })])],
    },
    { collection: 'governance', schemaFile: 'governance.schema.json', title: lang === 'zh' ? '社区治理' : 'Community governance', description: '', kinds: [] },
  ] as CollectionReference[];
};

export function entry(collection: string, kind: string, id: string, data: Record<string, unknown>): LocalizedEntry {
  return { id, collection, kind, folder: '.', file: `data/${collection}/${id}.yaml`, data: { id, ...data }, fallbacks: [] };
}

export const collections = (): Record<string, LocalizedEntry[]> => ({
  courses: [
    entry('courses', 'course', 'distributed-tracing', { title: 'Distributed Tracing', summary: 'Follow a request.', description: 'Long text.', level: 'intermediate', topics: ['tracing'], prerequisites: ['otel-intro'], durationWeeks: 6 }),
    entry('courses', 'course', 'otel-intro', { title: 'OTel intro', summary: 'Start here.', level: 'beginner', topics: [], prerequisites: [] }),
    entry('courses', 'project', 'microservices', { title: 'A project', summary: 'Not a page of its own.' }),
  ],
  partners: [entry('partners', 'partner', 'lanfeng-cloud', { name: 'Lanfeng Cloud', summary: 'Cloud.', type: 'cloud-provider', tier: 'gold' })],
  // A collection search does not know: ignored.
  glossary: [entry('glossary', 'term', 'span', { name: 'Span' })],
});
