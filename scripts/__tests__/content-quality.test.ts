import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import sidebars from '../../sidebars';
import {
  CONTENT_SOURCES,
  checkPlaceholders,
  checkTranslations,
  findPlaceholders,
  formatProblem,
  isPublished,
  listFiles,
  listMarkdown,
  PLACEHOLDER_SCOPE,
  readFrontMatter,
  translatedLocales,
} from '../contentQuality';

const root = path.resolve(__dirname, '../..');

describe('findPlaceholders', () => {
  it('names the file, line and column of each placeholder word', () => {
    const text = ['# Title', '', 'This section is TBD.', 'More: coming soon', '本节内容待补充。', '新功能敬请期待'].join('\n');
    expect(findPlaceholders(text, 'docs/a.md').map(formatProblem)).toEqual([
      expect.stringMatching(/^docs\/a\.md:3:17 {2}placeholder text "TBD"/),
      expect.stringMatching(/^docs\/a\.md:4:7 {2}placeholder text "coming soon"/),
      expect.stringMatching(/^docs\/a\.md:5:5 {2}placeholder text "待补充"/),
      expect.stringMatching(/^docs\/a\.md:6:4 {2}placeholder text "敬请期待"/),
    ]);
  });

  it('matches English markers in any case, and several on one line', () => {
    const found = findPlaceholders('todo: Lorem ipsum, then Coming  Soon; fixme', 'blog/x.md');
    expect(found.map((p) => [p.line, p.column, p.message.split('"')[1]])).toEqual([
      [1, 1, 'todo'],
      [1, 7, 'Lorem'],
      [1, 25, 'Coming  Soon'],
      [1, 39, 'fixme'],
    ]);
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(findPlaceholders('a\r\nb\r\nTODO', 'x.md')[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('leaves words that merely contain a marker alone', () => {
    expect(findPlaceholders('TODOs are tracked in issues; the TBDX protocol; dolorem; mastodon', 'x.md')).toEqual([]);
    expect(findPlaceholders('占位文字不应出现在页面中；敬请参加。', 'x.md')).toEqual([]);
  });
});

describe('readFrontMatter', () => {
  it('parses the YAML between the --- lines', () => {
    expect(readFrontMatter('---\ntitle: A\ndescription: B c\n---\n\nbody')).toEqual({ title: 'A', description: 'B c' });
    expect(readFrontMatter('\uFEFF---\r\ntitle: A\r\n---\r\n')).toEqual({ title: 'A' });
  });

  it('is null without front matter or when it does not parse', () => {
    expect(readFrontMatter('# no front matter')).toBeNull();
    expect(readFrontMatter('---\ntitle: [unclosed\n---\n')).toBeNull();
  });
});

describe('checkTranslations (fixture site)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function site(files: Record<string, string>): string {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-quality-'));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }
  const page = (description?: string, body = 'Text.') => `---\ntitle: T\n${description ? `description: ${description}\n` : ''}---\n\n${body}\n`;
  const post = (description?: string) => page(description, 'Intro.\n\n{/* truncate */}\n\nRest.');

  it('accepts a site where every page is translated and described', () => {
    const s = site({
      'docs/a.md': page('Chinese description'),
      'docs/practices/b.mdx': page('Chinese description'),
      'i18n/en/docusaurus-plugin-content-docs/current/a.md': page('English description'),
      'i18n/en/docusaurus-plugin-content-docs/current/practices/b.mdx': page('English description'),
      'courses/c1/01-l.md': page('Lesson'),
      'courses/README.md': '# not published',
      'i18n/en/docusaurus-plugin-content-docs-courses/current/c1/01-l.md': page('Lesson'),
      'blog/2026-01-01-p.md': post('Post'),
      'i18n/en/docusaurus-plugin-content-blog/2026-01-01-p.md': post('Post'),
    });
    expect(translatedLocales(s)).toEqual(['en']);
    expect(checkTranslations(s)).toEqual([]);
  });

  it('reports a missing translation, a missing description and a missing truncate marker by file', () => {
    const s = site({
      'docs/a.md': page('Chinese description'),
      'docs/b.md': page(),
      'i18n/en/docusaurus-plugin-content-docs/current/b.md': page(),
      'blog/2026-01-01-p.md': page('Post without a marker'),
      'i18n/en/docusaurus-plugin-content-blog/2026-01-01-p.md': post('Post'),
      'i18n/fr/code.json': '{}',
      'i18n/zh-Hans/code.json': '{}',
    });
    expect(checkTranslations(s).map(formatProblem)).toEqual([
      'docs/a.md  doc has no en translation (expected i18n/en/docusaurus-plugin-content-docs/current/a.md)',
      'docs/a.md  doc has no fr translation (expected i18n/fr/docusaurus-plugin-content-docs/current/a.md)',
      'docs/b.md  doc has no description in its front matter',
      'i18n/en/docusaurus-plugin-content-docs/current/b.md  en doc has no description in its front matter',
      'docs/b.md  doc has no fr translation (expected i18n/fr/docusaurus-plugin-content-docs/current/b.md)',
      'blog/2026-01-01-p.md  blog post has no truncate marker ({/* truncate */})',
      'blog/2026-01-01-p.md  blog post has no fr translation (expected i18n/fr/docusaurus-plugin-content-blog/2026-01-01-p.md)',
    ]);
  });

  it('finds placeholders in translations too', () => {
    const s = site({ 'i18n/en/docusaurus-plugin-content-docs/current/a.md': page('D', 'Coming soon.') });
    expect(checkPlaceholders(s).map(formatProblem)).toEqual([expect.stringMatching(/^i18n\/en\/docusaurus-plugin-content-docs\/current\/a\.md:6:1 /)]);
  });

  it('finds placeholders outside Markdown: data YAML, translation JSON, blog authors and tags, components (strings, JSX text and comments)', () => {
    const s = site({
      'data/events/kinds/meetup.yaml': 'id: meetup\nname: 技术聚会\nsummary: 待补充\n',
      'i18n/en/community-data/events.json': '{\n  "events.meetup.name": {\n    "message": "Meetup"\n  },\n  "events.meetup.summary": {\n    "message": "TBD"\n  }\n}\n',
      'i18n/en/code.json': '{\n  "home.hero.title": { "message": "Coming soon" }\n}\n',
      'blog/authors.yml': 'lin:\n  name: 林\n  title: 敬请期待\n',
      'i18n/en/docusaurus-plugin-content-blog/tags.yml': 'events:\n  label: Events\n  description: Lorem ipsum\n',
      'src/components/Hero/index.tsx': [
        "import React from 'react';",
        '',
        '// TODO: real copy',
        'export default function Hero(): JSX.Element {',
        '  const todoList = [];',
        '  return <h1 title="fixme later">Welcome, todoList has {todoList.length}</h1>;',
        '}',
      ].join('\n'),
      'plugins/events/theme/EventPage/index.tsx': 'export default function EventPage() {\n  return <p>\n    Agenda TBD\n  </p>;\n}\n',
      // Not shown to readers: a plugin's build code and the schemas are out of scope.
      'plugins/events/index.ts': '// TODO: out of scope\n',
      'data/schemas/events.schema.json': '{ "description": "TODO" }\n',
    });
    expect(checkPlaceholders(s).map((p) => `${p.file}:${p.line} ${p.message.split('"')[1]}`)).toEqual([
      'blog/authors.yml:3 敬请期待',
      'i18n/en/code.json:2 Coming soon',
      'i18n/en/community-data/events.json:6 TBD',
      'i18n/en/docusaurus-plugin-content-blog/tags.yml:3 Lorem',
      'data/events/kinds/meetup.yaml:3 待补充',
      'src/components/Hero/index.tsx:3 TODO',
      'src/components/Hero/index.tsx:6 fixme',
      'plugins/events/theme/EventPage/index.tsx:3 TBD',
    ]);
  });
});

describe('the shipped content', () => {
  it('has no placeholder text in pages, data, translations, blog authors and tags, or components', () => {
    expect(checkPlaceholders(root).map(formatProblem)).toEqual([]);
  });

  it('translates every guide, lesson and blog post, each with a description (and posts with a truncate marker)', () => {
    expect(checkTranslations(root).map(formatProblem)).toEqual([]);
  });

  it('scans a real amount of content (the checks above are not vacuous)', () => {
    const count = (dir: string) => (fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length;
    expect(count('docs/practices')).toBeGreaterThanOrEqual(7);
    expect(count('blog')).toBeGreaterThanOrEqual(4);
    expect(translatedLocales(root)).toContain('en');
    // Every part of the placeholder scan reads real files (a wrong pattern would scan nothing).
    for (const { dir, include } of PLACEHOLDER_SCOPE) expect(listFiles(root, dir, include).length, `${dir} ${include}`).toBeGreaterThan(0);
    for (const file of ['blog/authors.yml', 'blog/tags.yml', 'i18n/en/code.json', 'i18n/en/docusaurus-plugin-content-blog/authors.yml'])
      expect(PLACEHOLDER_SCOPE.some(({ dir, include }) => listFiles(root, dir, include).includes(file)), file).toBe(true);
  });
});

/** The guides the issue "Guides, blog and home page" asks for, in both locales. */
describe('guide coverage', () => {
  const docs = CONTENT_SOURCES.find((s) => s.kind === 'doc')!;
  const LOCALE_DIRS = [
    { locale: 'zh-Hans', dir: docs.dir },
    { locale: 'en', dir: docs.translated('en') },
  ] as const;
  /** Published guide pages of a docs folder, relative to it. */
  const guides = (dir: string) =>
    listMarkdown(root, dir)
      .filter(isPublished)
      .map((f) => path.posix.relative(dir, f));
  const read = (dir: string, page: string) => fs.readFileSync(path.join(root, dir, page), 'utf8');

  it('has at least 20 guide pages in each locale, the same pages in both', () => {
    const zh = guides(LOCALE_DIRS[0].dir);
    const en = guides(LOCALE_DIRS[1].dir);
    expect(zh.length).toBeGreaterThanOrEqual(20);
    expect(en.length).toBeGreaterThanOrEqual(20);
    expect(en).toEqual(zh);
  });

  /** Each required topic and the page that covers it (relative to docs/). */
  const TOPICS: ReadonlyArray<{ topic: string; page: string }> = [
    { topic: 'getting started', page: 'intro.md' },
    { topic: 'the community layers (core, contributor, user, partner)', page: 'community/structure.md' },
    { topic: 'contributing, with the contribution-flow diagram', page: 'contributing/workflow.md' },
    { topic: 'data files and npm run validate', page: 'contributing/data-files.md' },
    { topic: 'adding or changing a course', page: 'contributing/add-course.md' },
    { topic: 'adding or changing a partner', page: 'contributing/add-partner.md' },
    { topic: 'adding or changing an event', page: 'contributing/add-event.md' },
    { topic: 'adding or changing an integration', page: 'contributing/add-integration.md' },
    { topic: 'what validation errors look like', page: 'contributing/validation-errors.md' },
    { topic: 'the RFC template', page: 'contributing/rfc-template.md' },
    { topic: 'code of conduct', page: 'practices/code-of-conduct.md' },
    { topic: 'knowledge management and content quality standards', page: 'practices/knowledge-management.md' },
    { topic: 'open-source governance and the OSPO (5C, roles)', page: 'practices/governance-and-ospo.md' },
    { topic: 'community operations and health metrics', page: 'practices/community-operations.md' },
    { topic: 'licensing', page: 'practices/licensing.md' },
    { topic: 'security practice and vulnerability reporting', page: 'practices/security.md' },
    { topic: 'developer relations', page: 'practices/developer-relations.md' },
    { topic: 'FAQ', page: 'faq.mdx' },
    { topic: 'the implementation roadmap', page: 'community/roadmap.md' },
  ];

  /** Doc ids listed in the guides sidebar, and the folders it autogenerates. */
  function sidebarEntries(): { ids: Set<string>; autogenerated: string[] } {
    const ids = new Set<string>();
    const autogenerated: string[] = [];
    const walk = (items: unknown[]) => {
      for (const item of items) {
        if (typeof item === 'string') ids.add(item);
        else if (item && typeof item === 'object') {
          const o = item as { type?: string; id?: string; dirName?: string; items?: unknown[] };
          if (o.type === 'autogenerated' && o.dirName) autogenerated.push(o.dirName);
          if (o.type === 'doc' && o.id) ids.add(o.id);
          if (Array.isArray(o.items)) walk(o.items);
        }
      }
    };
    walk(sidebars.guides as unknown[]);
    return { ids, autogenerated };
  }

  for (const { topic, page } of TOPICS) {
    it(`covers ${topic} in ${page}, in both locales and in the guides sidebar`, () => {
      for (const { dir } of LOCALE_DIRS) expect(fs.existsSync(path.join(root, dir, page)), `${dir}/${page}`).toBe(true);
      const text = read(docs.dir, page);
      const id = (readFrontMatter(text)?.id as string | undefined) ?? page.replace(/\.mdx?$/, '');
      const { ids, autogenerated } = sidebarEntries();
      expect(ids.has(id) || autogenerated.some((d) => id.startsWith(`${d}/`)), `${id} is not in the guides sidebar`).toBe(true);
    });
  }

  it('gives each page that adds data the npm run validate step', () => {
    for (const { dir } of LOCALE_DIRS)
      for (const page of ['add-course.md', 'add-partner.md', 'add-event.md', 'add-integration.md']) expect(read(dir, `contributing/${page}`), `${dir}/${page}`).toContain('npm run validate');
  });

  it('names the four community layers as sections of the structure page', () => {
    const layers = { 'zh-Hans': ['核心社区', '贡献者社区', '用户社区', '合作伙伴社区'], en: ['core community', 'contributor community', 'user community', 'partner community'] };
    for (const { locale, dir } of LOCALE_DIRS) {
      const headings = read(dir, 'community/structure.md')
        .split('\n')
        .filter((l) => l.startsWith('## '))
        .join('\n')
        .toLowerCase();
      for (const layer of layers[locale]) expect(headings, `${dir}: ${layer}`).toContain(layer);
    }
  });

  it('explains the 5C principles and the roles of an OSPO', () => {
    for (const { dir } of LOCALE_DIRS) {
      const headings = read(dir, 'practices/governance-and-ospo.md')
        .split('\n')
        .filter((l) => /^#{2,3} /.test(l));
      expect(headings.some((h) => h.includes('5C')), dir).toBe(true);
      expect(headings.some((h) => /角色|roles/i.test(h)), dir).toBe(true);
    }
  });

  /**
   * A Mermaid flowchart's nodes (label, and whether it is a {decision}) and edges. Reads the
   * `A["label"]`, `B{"label"}`, `C("label")` node forms and `A --> B` / `A -->|text| B` edges.
   */
  function flowchart(source: string) {
    const nodes = new Map<string, { label: string; decision: boolean }>();
    const next = new Map<string, string[]>();
    for (const line of source.split('\n').map((l) => l.trim())) {
      if (/^(flowchart|graph|accTitle|accDescr|%%)/.test(line)) continue;
      for (const m of line.matchAll(/([A-Za-z0-9_]+)\s*([[{(])"([^"]*)"[\]})]/g)) nodes.set(m[1]!, { label: m[3]!, decision: m[2] === '{' });
      const ends = line.split(/\s*-->\s*(?:\|[^|]*\|\s*)?/).map((part) => /^([A-Za-z0-9_]+)/.exec(part)?.[1]);
      for (let i = 0; i + 1 < ends.length; i++) if (ends[i] && ends[i + 1]) next.set(ends[i]!, [...(next.get(ends[i]!) ?? []), ends[i + 1]!]);
    }
    return { nodes, next };
  }

  /**
   * Whether the flowchart has a path through nodes matching `steps` in order, where only
   * decision nodes may stand between one step and the next.
   */
  function hasStepPath(chart: ReturnType<typeof flowchart>, steps: RegExp[]): boolean {
    const isStep = (id: string, step: RegExp) => {
      const n = chart.nodes.get(id);
      return !!n && !n.decision && step.test(n.label);
    };
    const following = (from: string): string[] => {
      const found: string[] = [];
      const seen = new Set<string>();
      const queue = [...(chart.next.get(from) ?? [])];
      while (queue.length > 0) {
        const id = queue.shift()!;
        if (seen.has(id)) continue;
        seen.add(id);
        if (chart.nodes.get(id)?.decision) queue.push(...(chart.next.get(id) ?? []));
        else found.push(id);
      }
      return found;
    };
    const from = (id: string, rest: RegExp[]): boolean => rest.length === 0 || following(id).some((n) => isStep(n, rest[0]!) && from(n, rest.slice(1)));
    return [...chart.nodes.keys()].some((id) => isStep(id, steps[0]!) && from(id, steps.slice(1)));
  }

  it('draws the contribution flow fork → branch → change → pull request → review → merge in a Mermaid diagram', () => {
    const steps = {
      'zh-Hans': [/^Fork/, /分支/, /^修改/, /拉取请求/, /^审查$/, /^合并/],
      en: [/^Fork/i, /branch/i, /change/i, /pull request/i, /^review$/i, /^merge/i],
    };
    for (const { locale, dir } of LOCALE_DIRS) {
      const mermaid = /^```mermaid\n([\s\S]*?)^```/m.exec(read(dir, 'contributing/workflow.md'));
      expect(mermaid, `${dir}/contributing/workflow.md has no mermaid block`).not.toBeNull();
      const chart = flowchart(mermaid![1]!);
      expect(hasStepPath(chart, steps[locale]), `${dir}: no fork → branch → change → PR → review → merge path`).toBe(true);
      // The check is not vacuous: the same steps out of order are not a path.
      expect(hasStepPath(chart, [...steps[locale]].reverse())).toBe(false);
    }
  });

  it('plans the roadmap in five phases, numbered in order, in both locales', () => {
    const phase = { 'zh-Hans': /^## 第([一二三四五六七八九十])阶段/, en: /^## Phase (\d+)\b/ };
    const number = (n: string) => ('一二三四五六七八九十'.indexOf(n) + 1 || Number(n));
    for (const { locale, dir } of LOCALE_DIRS) {
      const phases = read(dir, 'community/roadmap.md')
        .split('\n')
        .map((l) => phase[locale].exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(number);
      expect(phases, dir).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
