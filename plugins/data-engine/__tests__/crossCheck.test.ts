/**
 * Whole-site checks on throwaway copies of the fixture site: references,
 * cycles, domain rules, files and folders, schemas that do not compile, and
 * Markdown front matter.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import type { Problem } from '../types';
import { copySite, edit, load, read, remove, removeTempDirs, where, withCode, write } from './helpers';

afterAll(removeTempDirs);

/** The only problems of a broken copy, as `file:line:col code`. */
function problemsOf(site: string): Problem[] {
  return load(site).problems;
}

function messages(p: Problem): { en: string; zh: string } {
  return { en: formatMessage(p, 'en'), zh: formatMessage(p, 'zh-Hans') };
}

describe('references', () => {
  it('reports a missing reference at the value, with the closest id as a suggestion', () => {
    const site = copySite();
    edit(site, 'data/events/meetup.yaml', 'partner: acme', 'partner: acmee');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/events/meetup.yaml:11:12 ref.missing']);
    const p = problems[0]!;
    expect(p.fieldPath).toBe('organizer.partner');
    expect(p.params).toEqual({ value: 'acmee', target: 'partners', suggestion: 'acme' });
    const { en, zh } = messages(p);
    expect(en).toBe('"acmee" does not name an entry of partners. Did you mean "acme"?');
    expect(zh).toBe('"acmee" 不是 partners 中已有条目的 id。是不是想写 "acme"？');
  });

  it('reports a bad enum value once, not again as a missing reference', () => {
    const site = copySite();
    edit(site, 'data/partners/acme.yaml', 'tier: gold', 'tier: gld');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/acme.yaml:3:7 schema.enum']);
    expect(problems[0]!.params.suggestion).toBe('gold');
  });

  it('never suggests the entry itself as the missing reference', () => {
    const site = copySite();
    write(site, 'data/courses/oops.yaml', 'id: oops\ntitle: 出错的课程\nlevel: beginner\nprerequisites:\n  - nope\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/courses/oops.yaml:5:5 ref.missing']);
    expect(problems[0]!.params.suggestion).toBeUndefined();
  });

  it('resolves folder targets (partners/tiers) and offers no suggestion when nothing is close', () => {
    const site = copySite();
    remove(site, 'data/partners/tiers/platinum.yaml');
    edit(site, 'data/partners/acme.yaml', 'tier: gold', 'tier: platinum');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/acme.yaml:3:7 ref.missing']);
    expect(problems[0]!.params).toEqual({ value: 'platinum', target: 'partners/tiers' });
    expect(messages(problems[0]!).en).toBe('"platinum" does not name an entry of partners/tiers.');
    expect(messages(problems[0]!).zh).not.toContain('是不是想写');
  });

  it('points at the list item of a missing reference in an array', () => {
    const site = copySite();
    edit(site, 'data/certifications/foundation.yaml', '  - advanced\n', '  - advanced\n  - advancd\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/certifications/foundation.yaml:6:5 ref.missing']);
    expect(problems[0]!.fieldPath).toBe('requiredCourses[2]');
    expect(problems[0]!.params.suggestion).toBe('advanced');
  });

  it('reports an entry that refers to itself', () => {
    const site = copySite();
    edit(site, 'data/courses/intro.yaml', 'level: beginner\n', 'level: beginner\nprerequisites:\n  - intro\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/courses/intro.yaml:5:5 ref.self']);
    expect(problems[0]!.fieldPath).toBe('prerequisites[0]');
    expect(messages(problems[0]!).en).toBe('"intro" refers to this entry itself.');
    expect(messages(problems[0]!).zh).toBe('"intro" 引用了条目自身。');
  });

  it('reports a prerequisite cycle once, showing the whole cycle', () => {
    const site = copySite();
    // advanced → intro already; intro → advanced closes the loop.
    edit(site, 'data/courses/intro.yaml', 'level: beginner\n', 'level: beginner\nprerequisites:\n  - advanced\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/courses/intro.yaml:5:5 ref.cycle']);
    const { en, zh } = messages(problems[0]!);
    expect(en).toBe('references form a cycle: advanced → intro → advanced. Remove one of them.');
    expect(zh).toBe('引用形成了循环：advanced → intro → advanced。请删除其中一个引用。');
  });

  it('reports a cycle once even when the closing reference is written twice', () => {
    const site = copySite();
    edit(site, 'data/courses/intro.yaml', 'level: beginner\n', 'level: beginner\nprerequisites:\n  - advanced\n  - advanced\n');
    const problems = problemsOf(site);
    // The repeated item is a schema problem; the loop it closes is still one loop.
    expect(problems.map(where)).toEqual(['data/courses/intro.yaml:6:5 schema.uniqueItems', 'data/courses/intro.yaml:5:5 ref.cycle']);
    expect(messages(problems[0]!).en).toBe('items 1 and 2 are the same; list each value once.');
  });

  it('reports a three-course cycle once', () => {
    const site = copySite();
    write(site, 'data/courses/expert.yaml', 'id: expert\ntitle: 专家课程\nlevel: advanced\nprerequisites:\n  - advanced\n');
    edit(site, 'data/courses/intro.yaml', 'level: beginner\n', 'level: beginner\nprerequisites:\n  - expert\n');
    const cycles = withCode(problemsOf(site), 'ref.cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.params.cycle).toBe('advanced → intro → expert → advanced');
  });

  it('accepts a diamond of prerequisites (shared ancestors are no cycle)', () => {
    const site = copySite();
    write(site, 'data/courses/expert.yaml', 'id: expert\ntitle: 专家课程\nlevel: advanced\nprerequisites:\n  - advanced\n  - intro\n');
    expect(problemsOf(site)).toEqual([]);
  });
});

describe('courses and certifications agree', () => {
  it('reports a course whose certification does not list it', () => {
    const site = copySite();
    write(site, 'data/courses/extra.yaml', 'id: extra\ntitle: 额外课程\nlevel: intermediate\ncertification: foundation\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/courses/extra.yaml:4:16 certification.courseNotListed']);
    const { en, zh } = messages(problems[0]!);
    expect(en).toBe('course leads to certification "foundation", but that certification does not list "extra" in requiredCourses.');
    expect(zh).toBe('课程指向认证 "foundation"，但该认证的 requiredCourses 中没有列出 "extra"。');
  });

  it('reports a certification that requires a course leading elsewhere (or nowhere)', () => {
    const site = copySite();
    write(site, 'data/courses/extra.yaml', 'id: extra\ntitle: 额外课程\nlevel: intermediate\n');
    write(site, 'data/certifications/pro.yaml', 'id: pro\nname: 专业认证\nrequiredCourses:\n  - advanced\n  - extra\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual([
      'data/certifications/pro.yaml:4:5 certification.courseLeadsElsewhere',
      'data/certifications/pro.yaml:5:5 certification.courseLeadsElsewhere',
    ]);
    expect(problems.map((p) => p.fieldPath)).toEqual(['requiredCourses[0]', 'requiredCourses[1]']);
    expect(messages(problems[0]!).en).toBe('requiredCourses lists "advanced", but that course leads to "foundation" (its certification field).');
    expect(messages(problems[0]!).zh).toBe('requiredCourses 列出了 "advanced"，但该课程的 certification 字段指向 "foundation"。');
    expect(problems[1]!.params).toEqual({ course: 'extra', actual: '—' });
  });
});

describe('events', () => {
  it('reports an event that ends before it starts', () => {
    const site = copySite();
    edit(site, 'data/events/meetup.yaml', 'end: 2027-03-14T17:30', 'end: 2027-03-14T13:30');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/events/meetup.yaml:4:6 event.endBeforeStart']);
    const { en, zh } = messages(problems[0]!);
    expect(en).toBe('event ends (2027-03-14T13:30) before it starts (2027-03-14T14:00).');
    expect(zh).toBe('活动结束时间（2027-03-14T13:30）早于开始时间（2027-03-14T14:00）。');
  });

  it('compares instants in the event time zone: a start in the DST gap moves forward past the end', () => {
    const site = copySite();
    // 02:30 does not exist in New York on 2027-03-14; it means 03:30 EDT, after the 03:15 end.
    write(
      site,
      'data/events/dst.yaml',
      'id: dst\ntitle: 夏令时\nstart: 2027-03-14T02:30\nend: 2027-03-14T03:15\ntimeZone: America/New_York\nformat: online\nonlineUrl: https://meet.example.com/dst\norganizer:\n  partner: acme\n',
    );
    expect(problemsOf(site).map(where)).toEqual(['data/events/dst.yaml:4:6 event.endBeforeStart']);
  });

  it('accepts an event ending later on the wall clock across the autumn change, and one ending exactly at its start', () => {
    const site = copySite();
    write(
      site,
      'data/events/autumn.yaml',
      'id: autumn\ntitle: 冬令时\nstart: 2027-11-07T00:30\nend: 2027-11-07T01:45\ntimeZone: America/New_York\nformat: online\nonlineUrl: https://meet.example.com/autumn\norganizer:\n  partner: acme\n',
    );
    edit(site, 'data/events/webinar.yaml', 'end: 2027-03-20T10:00', 'end: 2027-03-20T09:00');
    expect(problemsOf(site)).toEqual([]);
  });

  it('requires a location for in-person events, at the entry', () => {
    const site = copySite();
    edit(site, 'data/events/meetup.yaml', 'location:\n  venue: 多功能厅\n  city: 深圳\n', '');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/events/meetup.yaml:1:1 event.locationRequired']);
    expect(messages(problems[0]!).en).toBe('an in-person event needs a location.');
    expect(messages(problems[0]!).zh).toBe('in-person 活动需要填写 location（地点）。');
  });

  it('requires an onlineUrl for online events', () => {
    const site = copySite();
    edit(site, 'data/events/webinar.yaml', 'onlineUrl: https://meet.example.com/webinar\n', '');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/events/webinar.yaml:1:1 event.onlineUrlRequired']);
    expect(messages(problems[0]!).en).toBe('an online event needs an onlineUrl.');
    expect(messages(problems[0]!).zh).toBe('online 活动需要填写 onlineUrl（线上链接）。');
  });

  it('requires both for hybrid events', () => {
    const site = copySite();
    edit(site, 'data/events/webinar.yaml', 'format: online\nonlineUrl: https://meet.example.com/webinar\n', 'format: hybrid\n');
    expect(problemsOf(site).map(where)).toEqual(['data/events/webinar.yaml:1:1 event.locationRequired', 'data/events/webinar.yaml:1:1 event.onlineUrlRequired']);
  });
});

describe('static files', () => {
  it('reports a logo missing under static/ at the path value', () => {
    const site = copySite();
    edit(site, 'data/partners/acme.yaml', 'src: /img/ok.svg', 'src: /img/missing.svg');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/acme.yaml:6:8 staticFile.missing']);
    expect(problems[0]!.fieldPath).toBe('logo.src');
    expect(messages(problems[0]!).en).toBe('file static/img/missing.svg does not exist; add it or fix the path.');
    expect(messages(problems[0]!).zh).toBe('文件 static/img/missing.svg 不存在；请添加该文件或修正路径。');
  });

  it('does not accept a path that escapes static/ or names a folder', () => {
    for (const src of ['/../data/partners/acme.yaml', '/img']) {
      const site = copySite();
      edit(site, 'data/partners/acme.yaml', 'src: /img/ok.svg', `src: ${src}`);
      expect(problemsOf(site).map(where), src).toEqual(['data/partners/acme.yaml:6:8 staticFile.missing']);
    }
  });
});

describe('ids, files and folders', () => {
  it('reports an id used twice in one collection, across folders', () => {
    const site = copySite();
    write(site, 'data/partners/tiers/acme.yaml', 'id: acme\nname: 同名等级\nrank: 9\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/tiers/acme.yaml:1:5 id.duplicate']);
    expect(messages(problems[0]!).en).toBe('id "acme" is already used by data/partners/acme.yaml; ids are unique within a collection.');
    expect(messages(problems[0]!).zh).toBe('id "acme" 已被 data/partners/acme.yaml 使用；同一集合内 id 必须唯一。');
  });

  it('allows the same id in different collections', () => {
    const site = copySite();
    write(site, 'data/courses/acme.yaml', 'id: acme\ntitle: 同名课程\nlevel: beginner\n');
    expect(problemsOf(site)).toEqual([]);
  });

  it('reports an id that differs from the file name', () => {
    const site = copySite();
    edit(site, 'data/partners/acme.yaml', 'id: acme', 'id: acme-corp');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/acme.yaml:1:5 id.mismatch']);
    expect(messages(problems[0]!).en).toBe('id "acme-corp" must equal the file name "acme"; rename the file or change the id.');
    expect(messages(problems[0]!).zh).toBe('id "acme-corp" 必须与文件名 "acme" 一致；请重命名文件或修改 id。');
  });

  it('reports a file in a folder of the collection that holds no kind', () => {
    const site = copySite();
    write(site, 'data/partners/misc/other.yaml', 'id: other\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/misc/other.yaml:1:1 file.unknownFolder']);
    expect(messages(problems[0]!).en).toBe('no kind of entry lives in this folder. Folders of this collection: data/partners/, data/partners/tiers/.');
    expect(messages(problems[0]!).zh).toBe('该目录不存放任何类型的条目。本集合的目录有：data/partners/, data/partners/tiers/。');
  });

  it('reports a folder of data/ that is no collection, listing the collections', () => {
    const site = copySite();
    write(site, 'data/sponsors/big.yaml', 'id: big\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/sponsors/big.yaml:1:1 file.unknownFolder']);
    expect(problems[0]!.params.folders).toBe('certifications, courses, events, partners');
  });

  it('reports a .yml (and any other) extension with the name to use', () => {
    const site = copySite();
    write(site, 'data/partners/beta.yml', 'id: beta\n');
    write(site, 'data/partners/gamma.json', '{"id": "gamma"}\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['data/partners/beta.yml:1:1 file.extension', 'data/partners/gamma.json:1:1 file.extension']);
    expect(messages(problems[0]!).en).toBe('data files end in .yaml; rename it to beta.yaml.');
    expect(messages(problems[0]!).zh).toBe('数据文件的扩展名应为 .yaml，请重命名为 beta.yaml。');
    expect(problems[1]!.params.expected).toBe('gamma.yaml');
  });

  it('ignores documentation and hidden files', () => {
    const site = copySite();
    write(site, 'data/README.md', '# Data\n');
    write(site, 'data/partners/README.md', '# Partners\n');
    write(site, 'data/partners/.draft.yaml', 'not: [valid\n');
    expect(problemsOf(site)).toEqual([]);
  });

  it('reports every broken file in one run and keeps the good entries', () => {
    const site = copySite();
    write(site, 'data/partners/broken.yaml', 'id: broken\nname: [\n');
    edit(site, 'data/courses/intro.yaml', 'level: beginner', 'level: beginer');
    const dataSet = load(site);
    // Files are read in path order.
    expect(dataSet.problems.map(where)).toEqual(['data/courses/intro.yaml:3:8 schema.enum', 'data/partners/broken.yaml:3:1 yaml.syntax']);
    expect(dataSet.problems[0]!.params.suggestion).toBe('beginner');
    expect(dataSet.summary).toMatchObject({ filesRead: 13, errors: 2 });
    expect(dataSet.collections.partners!.map((e) => e.id)).toContain('acme');
    // The invalid course is not handed to pages, but references to it still resolve (no ref.missing).
    expect(dataSet.collections.courses!.map((e) => e.id)).toEqual(['advanced']);
  });
});

describe('schemas that do not compile', () => {
  it('reports broken JSON at its position in the schema file, without throwing', () => {
    const site = copySite();
    const rel = 'data/schemas/courses.schema.json';
    edit(site, rel, '"title": "课程（测试夹具）",', '"title": "课程（测试夹具）"');
    const dataSet = load(site);
    const compile = withCode(dataSet.problems, 'schema.compile');
    expect(compile.map(where)).toEqual([`${rel}:5:3 schema.compile`]);
    expect(messages(compile[0]!).en).toMatch(/^schema does not compile: .*JSON at position \d+/);
    expect(messages(compile[0]!).zh).toMatch(/^模式（schema）无法编译：/);
    // Without its schema the collection is unknown: its files are reported, not silently dropped.
    expect(withCode(dataSet.problems, 'file.unknownFolder').map((p) => p.file)).toEqual(['data/courses/advanced.yaml', 'data/courses/intro.yaml']);
    expect(dataSet.collections.courses).toBeUndefined();
  });

  it('reports a keyword strict mode does not know, naming the schema file', () => {
    const site = copySite();
    const rel = 'data/schemas/courses.schema.json';
    edit(site, rel, '"enum": ["beginner", "intermediate", "advanced"],', '"enum": ["beginner", "intermediate", "advanced"], "colour": "red",');
    let dataSet: ReturnType<typeof load> | undefined;
    expect(() => (dataSet = load(site))).not.toThrow();
    const compile = withCode(dataSet!.problems, 'schema.compile');
    expect(compile.map(where)).toEqual([`${rel}:1:1 schema.compile`]);
    expect(messages(compile[0]!).en).toContain('unknown keyword: "colour"');
    expect(messages(compile[0]!).zh).toContain('unknown keyword: "colour"');
    // Other collections are still checked.
    expect(dataSet!.collections.partners!.length).toBe(6);
  });

  it('reports a schema file that is valid JSON but no object (null, a list, a string)', () => {
    for (const content of ['null\n', '[]\n', '"courses"\n']) {
      const site = copySite();
      write(site, 'data/schemas/courses.schema.json', content);
      let dataSet: ReturnType<typeof load> | undefined;
      expect(() => (dataSet = load(site)), content).not.toThrow();
      const compile = withCode(dataSet!.problems, 'schema.compile');
      expect(compile.map(where), content).toEqual(['data/schemas/courses.schema.json:1:1 schema.compile']);
      expect(messages(compile[0]!).en).toBe('schema does not compile: the schema file must hold a JSON object');
    }
  });

  it('reports a schema without entryFolders', () => {
    const site = copySite();
    const rel = 'data/schemas/certifications.schema.json';
    edit(site, rel, '"entryFolders": {\n    ".": "#/$defs/certification"\n  },', '');
    const compile = withCode(load(site).problems, 'schema.compile');
    expect(compile.map(where)).toEqual([`${rel}:1:1 schema.compile`]);
    expect(messages(compile[0]!).en).toContain('"entryFolders"');
  });

  it('reports entryFolders pointing to a kind that does not exist', () => {
    const site = copySite();
    const rel = 'data/schemas/certifications.schema.json';
    edit(site, rel, '".": "#/$defs/certification"', '".": "#/$defs/certificate"');
    const compile = withCode(load(site).problems, 'schema.compile');
    expect(compile.map(where)).toEqual([`${rel}:1:1 schema.compile`]);
    expect(messages(compile[0]!).en).toContain('#/$defs/certificate, which does not exist');
  });
});

describe('Markdown front matter', () => {
  it('reports a missing description at the front matter mapping (line 2 of the file)', () => {
    const site = copySite();
    write(site, 'docs/no-description.md', '---\ntitle: 没有描述\n---\n\n# 没有描述\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['docs/no-description.md:2:1 schema.required']);
    expect(problems[0]!.fieldPath).toBe('description');
    expect(messages(problems[0]!).en).toBe('missing required field "description".');
    expect(messages(problems[0]!).zh).toBe('缺少必填字段 "description"。');
  });

  it('reports an unknown key with a suggestion, at its line in the Markdown file', () => {
    const site = copySite();
    write(site, 'docs/typo.md', '---\ntitle: 拼写错误\ndescription: 这是一段足够长的页面描述。\nsidebar_positon: 2\n---\n\n正文\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['docs/typo.md:4:1 schema.additionalProperty']);
    expect(messages(problems[0]!).en).toBe('unknown field "sidebar_positon". Did you mean "sidebar_position"?');
    expect(messages(problems[0]!).zh).toBe('未知字段 "sidebar_positon"。是不是想写 "sidebar_position"？');
  });

  it('shifts YAML errors inside front matter to the lines of the Markdown file', () => {
    const site = copySite();
    write(site, 'docs/broken.md', '---\ntitle: 坏的前置元数据\ndescription: 这是一段足够长的页面描述。\ntags: [a, b\nkeywords: x\n---\n\n正文\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['docs/broken.md:5:1 yaml.syntax']);
    expect(messages(problems[0]!).en).toContain('YAML syntax error');
  });

  it('shifts the line named in a duplicate-key message as well', () => {
    const site = copySite();
    write(site, 'docs/dup.md', '---\ntitle: 第一个\ndescription: 这是一段足够长的页面描述。\ntitle: 第二个\n---\n');
    const problems = problemsOf(site);
    expect(problems.map(where)).toEqual(['docs/dup.md:4:1 yaml.duplicateKey']);
    expect(messages(problems[0]!).en).toBe('duplicate key "title" (first defined on line 2).');
    expect(messages(problems[0]!).zh).toBe('重复的键 "title"（第 2 行已定义）。');
  });

  it('places problems exactly in Markdown with a BOM and CRLF line endings', () => {
    const site = copySite();
    write(site, 'docs/windows.md', '\ufeff---\r\ntitle: 标题\r\ndescription: 这是一段足够长的页面描述。\r\nsidebar_positon: 2\r\n---\r\n\r\n正文\r\n');
    expect(problemsOf(site).map(where)).toEqual(['docs/windows.md:4:1 schema.additionalProperty']);
  });

  it('shifts value positions too (a wrong type deep in the block)', () => {
    const site = copySite();
    write(site, 'docs/types.md', '---\ntitle: 类型错误\ndescription: 这是一段足够长的页面描述。\nlast_update:\n  date: 2026-02-30\nsidebar_position: first\n---\n');
    expect(problemsOf(site).map(where)).toEqual(['docs/types.md:5:9 format.date', 'docs/types.md:6:19 schema.type']);
  });

  it('checks a page without front matter as an empty mapping', () => {
    const site = copySite();
    write(site, 'docs/bare.md', '# 没有前置元数据\n');
    expect(problemsOf(site).map((p) => `${where(p)} ${p.fieldPath}`)).toEqual(['docs/bare.md:1:1 schema.required title', 'docs/bare.md:1:1 schema.required description']);
  });

  it('skips partials and READMEs', () => {
    const site = copySite();
    write(site, 'docs/_partial.md', 'no front matter\n');
    write(site, 'docs/README.md', 'no front matter\n');
    expect(problemsOf(site)).toEqual([]);
  });

  it('applies the lesson kind to courses/', () => {
    const site = copySite();
    write(site, 'courses/intro/lesson.md', '---\ntitle: 第一课\ndescription: 这是一段足够长的课时描述。\n---\n');
    const problems = problemsOf(site);
    expect(problems.map((p) => `${where(p)} ${p.fieldPath}`)).toEqual(['courses/intro/lesson.md:2:1 schema.required sidebar_position']);
  });
});

it('the fixture copies start clean', () => {
  const site = copySite();
  expect(read(site, 'data/partners/acme.yaml')).toContain('tier: gold');
  expect(problemsOf(site)).toEqual([]);
});
