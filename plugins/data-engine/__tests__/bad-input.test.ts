/**
 * Hostile and broken input, one fixture file per case in __fixtures__/bad-input/,
 * each checked as a `partners` partner entry. Every expectation names the
 * exact 1-based position, the problem code and words of the message in both
 * languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEntrySource, MAX_FILE_BYTES, readEntry } from '../loadEntries';
import { formatMessage } from '../messages';
import { loadSchemas } from '../schemas';
import type { Problem } from '../types';
import { BAD_INPUT_DIR, FIXTURE_SITE, makeTempDir, removeTempDirs } from './helpers';

const schemas = loadSchemas(FIXTURE_SITE, 'data/schemas');
const def = schemas.collections.find((c) => c.name === 'partners')!;

function check(bytes: Uint8Array, name: string) {
  return checkEntrySource(bytes, `data/partners/${name}.yaml`, def, '.', 'partner', schemas);
}

interface ExpectedProblem {
  line: number;
  column: number;
  code: string;
  /** fieldPath in display form. */
  field: string;
  en: string[];
  zh: string[];
  /** Words that must NOT appear in the English message (e.g. a suggestion). */
  notEn?: string[];
}

interface Case {
  name: string;
  /** Problems in source order (line, then column). Empty for inputs that must be accepted. */
  problems: ExpectedProblem[];
  /** For accepted inputs: fields of the parsed entry. */
  data?: Record<string, unknown>;
  /** For accepted inputs: exact positions by JSON Pointer (value or key). */
  positions?: { pointer: string; of: 'value' | 'key'; line: number; column: number }[];
}

const WEB_URL_EN = 'is not an allowed link: use an https://, http:// or mailto: URL';
const WEB_URL_ZH = '不是允许的链接：只能使用 https://、http:// 或 mailto: 网址';

const CASES: Case[] = [
  {
    name: 'syntax-error',
    problems: [{ line: 3, column: 7, code: 'yaml.syntax', field: '', en: ['YAML syntax error: bad indentation of a mapping entry.'], zh: ['YAML 语法错误：bad indentation of a mapping entry'] }],
  },
  {
    name: 'tab-indentation',
    problems: [{ line: 4, column: 1, code: 'yaml.tab', field: '', en: ['tab character used for indentation', 'spaces only'], zh: ['制表符（Tab）', '只能用空格缩进'] }],
  },
  {
    // The parser notices the open bracket where the next line fails to continue it.
    name: 'unclosed-bracket',
    problems: [{ line: 4, column: 1, code: 'yaml.syntax', field: '', en: ['YAML syntax error: deficient indentation.'], zh: ['YAML 语法错误：deficient indentation'] }],
  },
  {
    name: 'duplicate-key',
    problems: [{ line: 10, column: 1, code: 'yaml.duplicateKey', field: 'name', en: ['duplicate key "name"', 'first defined on line 2'], zh: ['重复的键 "name"', '第 2 行已定义'] }],
  },
  {
    // The repeated item (the one to delete) is the position, whatever order ajv reports the pair in.
    name: 'duplicate-list-item',
    problems: [{ line: 13, column: 5, code: 'schema.uniqueItems', field: 'tags[2]', en: ['items 1 and 3 are the same', 'list each value once'], zh: ['第 1 项与第 3 项重复'] }],
  },
  {
    name: 'multiple-documents',
    problems: [{ line: 4, column: 1, code: 'yaml.multipleDocuments', field: '', en: ['more than one YAML document (---)', 'one entry per file'], zh: ['多个 YAML 文档（---）', '每个文件只放一个条目'] }],
  },
  {
    name: 'empty-file',
    problems: [{ line: 1, column: 1, code: 'yaml.empty', field: '', en: ['file is empty', 'at least its id'], zh: ['文件为空', '至少需要 id'] }],
  },
  {
    name: 'comments-only',
    problems: [{ line: 1, column: 1, code: 'yaml.empty', field: '', en: ['file is empty'], zh: ['文件为空'] }],
  },
  {
    // 9 levels of 9 aliases would expand to 387,420,489 strings; the 17th alias (8th on line 3) stops it.
    name: 'alias-bomb',
    problems: [{ line: 3, column: 29, code: 'yaml.tooManyAliases', field: 'c[7]', en: ['more than 16 aliases (*name)', 'write the values out'], zh: ['别名（*name）超过 16 个', '直接写出这些值'] }],
  },
  {
    name: 'merge-key',
    problems: [{ line: 3, column: 1, code: 'yaml.mergeKey', field: '<<', en: ['merge keys (<<) are not allowed'], zh: ['不允许使用合并键（<<）'] }],
  },
  {
    name: 'proto-key',
    problems: [{ line: 3, column: 1, code: 'yaml.forbiddenKey', field: '__proto__', en: ['"__proto__" cannot be used as a field name'], zh: ['"__proto__" 不能用作字段名'] }],
  },
  {
    name: 'constructor-key',
    problems: [
      { line: 3, column: 1, code: 'yaml.forbiddenKey', field: 'constructor', en: ['"constructor" cannot be used as a field name'], zh: ['"constructor" 不能用作字段名'] },
      { line: 4, column: 3, code: 'yaml.forbiddenKey', field: 'constructor.prototype', en: ['"prototype" cannot be used as a field name'], zh: ['"prototype" 不能用作字段名'] },
    ],
  },
  {
    name: 'custom-tag-js-function',
    problems: [{ line: 2, column: 7, code: 'yaml.tag', field: 'name', en: ['YAML tag !!js/function is not allowed', 'write the plain value'], zh: ['不允许使用 YAML 标签 !!js/function'] }],
  },
  {
    name: 'custom-tag-local',
    problems: [{ line: 3, column: 7, code: 'yaml.tag', field: 'tier', en: ['YAML tag !foo is not allowed'], zh: ['不允许使用 YAML 标签 !foo'] }],
  },
  {
    // An alias to an anchor that does not exist is the parser's own error, not "file is empty".
    name: 'undefined-alias',
    problems: [{ line: 2, column: 8, code: 'yaml.syntax', field: '', en: ['YAML syntax error: unidentified alias "partnerName"'], zh: ['YAML 语法错误：unidentified alias "partnerName"'], notEn: ['empty'] }],
  },
  {
    // YAML 1.1 would read no/off/yes/on/y as booleans, 1_000 and 1:30 as numbers. The 1.2 core schema keeps them text.
    name: 'yaml11-coercions',
    problems: [],
    data: { name: 'no', memberSince: '2024-01-01', logo: { src: '/img/ok.svg', alt: 'off' }, description: 'yes', tags: ['on', 'y', '1_000', '1:30'] },
  },
  {
    name: 'bom-crlf',
    problems: [],
    data: { id: 'bom-crlf', name: '带 BOM 的文件', tier: 'gold', description: 'Windows 编辑器保存的文件。' },
    positions: [
      { pointer: '/id', of: 'value', line: 1, column: 5 },
      { pointer: '/id', of: 'key', line: 1, column: 1 },
      { pointer: '/tier', of: 'value', line: 3, column: 7 },
      { pointer: '/logo/alt', of: 'key', line: 7, column: 3 },
      { pointer: '/logo/alt', of: 'value', line: 7, column: 8 },
      { pointer: '/description', of: 'value', line: 9, column: 14 },
    ],
  },
  {
    name: 'nul-byte',
    problems: [{ line: 2, column: 9, code: 'file.nulByte', field: '', en: ['NUL byte (\\0)', 'plain text'], zh: ['NUL 字节（\\0）', '纯文本'] }],
  },
  {
    name: 'not-utf8',
    problems: [{ line: 2, column: 10, code: 'file.notUtf8', field: '', en: ['not valid UTF-8', 'Save it as UTF-8'], zh: ['不是有效的 UTF-8 编码', '以 UTF-8 保存'] }],
  },
  {
    // 30 nested flow lists under the root mapping: the 24th `[` is the first node 25 levels deep.
    name: 'too-deep',
    problems: [{ line: 3, column: 30, code: 'yaml.tooDeep', field: '', en: ['nesting is deeper than 24 levels'], zh: ['嵌套超过 24 层'] }],
  },
  {
    name: 'javascript-url',
    problems: [{ line: 4, column: 10, code: 'format.web-url', field: 'website', en: ['"javascript:alert(document.cookie)"', WEB_URL_EN], zh: ['"javascript:alert(document.cookie)"', WEB_URL_ZH] }],
  },
  {
    // The value is quoted: the position is the opening quote.
    name: 'data-url',
    problems: [{ line: 4, column: 10, code: 'format.web-url', field: 'website', en: ['"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="', WEB_URL_EN], zh: ['"data:text/html;base64,', WEB_URL_ZH] }],
  },
  {
    name: 'vbscript-url',
    problems: [{ line: 4, column: 10, code: 'format.web-url', field: 'website', en: ['"vbscript:msgbox(1)"', WEB_URL_EN], zh: ['"vbscript:msgbox(1)"', WEB_URL_ZH] }],
  },
  {
    // Markup is text like any other: accepted, never interpreted, kept verbatim.
    name: 'html-in-string',
    problems: [],
    data: { name: '<b>粗体</b>', description: '<script>alert(1)</script>' },
  },
  {
    // `teir` is unknown (with a suggestion), and so `tier` is missing: the mapping that lacks it is the root.
    name: 'unknown-field',
    // The misspelt key is the missing required one: one problem, not a second "missing tier".
    problems: [
      { line: 3, column: 1, code: 'schema.additionalProperty', field: 'teir', en: ['unknown field "teir".', 'Did you mean "tier"?'], zh: ['未知字段 "teir"', '是不是想写 "tier"？'] },
    ],
  },
  {
    name: 'bad-enum',
    problems: [
      {
        line: 3,
        column: 7,
        code: 'schema.enum',
        field: 'tier',
        en: ['"gld" is not allowed', 'community, bronze, silver, gold, platinum', 'Did you mean "gold"?'],
        zh: ['不允许的值 "gld"', 'community, bronze, silver, gold, platinum', '是不是想写 "gold"？'],
      },
    ],
  },
  {
    // logo lacks alt: the position is the logo mapping (its first key), not the file start.
    name: 'missing-required',
    problems: [{ line: 6, column: 3, code: 'schema.required', field: 'logo.alt', en: ['missing required field "alt"'], zh: ['缺少必填字段 "alt"'] }],
  },
  {
    name: 'wrong-type',
    problems: [{ line: 5, column: 7, code: 'schema.type', field: 'logo', en: ['expected a mapping, found text'], zh: ['应为映射，实际是文本'] }],
  },
  {
    name: 'bad-date',
    problems: [{ line: 8, column: 14, code: 'format.date', field: 'memberSince', en: ['"2026-02-30" is not a real calendar date', 'YYYY-MM-DD'], zh: ['"2026-02-30" 不是 YYYY-MM-DD 格式的真实日期'] }],
  },
  {
    name: 'root-is-list',
    problems: [{ line: 1, column: 1, code: 'file.notMapping', field: '', en: ['an entry must be a YAML mapping', 'found list'], zh: ['条目必须是 YAML 映射', '实际是 list'] }],
  },
  {
    // Quoted keys and values: every position is the opening quote.
    name: 'quoted-key-positions',
    problems: [
      { line: 3, column: 11, code: 'schema.enum', field: 'tier', en: ['"gld" is not allowed', 'Did you mean "gold"?'], zh: ['不允许的值 "gld"', '是不是想写 "gold"？'] },
      { line: 4, column: 12, code: 'format.web-url', field: 'website', en: ['"javascript:alert(1)"', WEB_URL_EN], zh: ['"javascript:alert(1)"', WEB_URL_ZH] },
      { line: 8, column: 3, code: 'schema.additionalProperty', field: 'logo.srcset', en: ['unknown field "srcset".'], zh: ['未知字段 "srcset"。'], notEn: ['Did you mean'] },
      { line: 11, column: 1, code: 'schema.additionalProperty', field: 'teir', en: ['unknown field "teir".', 'Did you mean "tier"?'], zh: ['未知字段 "teir"', '是不是想写 "tier"？'] },
    ],
  },
];

function bytesOf(name: string): Buffer {
  return fs.readFileSync(path.join(BAD_INPUT_DIR, `${name}.yaml`));
}

const byPosition = (a: Problem, b: Problem) => a.line - b.line || a.column - b.column;
const durations = new Map<string, number>();

afterAll(removeTempDirs);

describe('hostile input, one fixture file per case', () => {
  it('has a fixture file for every case and a case for every fixture file', () => {
    const files = fs
      .readdirSync(BAD_INPUT_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
    expect(files).toEqual(CASES.map((c) => c.name).sort());
  });

  it('fixture bytes are what the case names (encodings survive checkout)', () => {
    const bom = bytesOf('bom-crlf');
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bom.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(10);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(bytesOf('nul-byte').includes(0)).toBe(true);
    expect(bytesOf('not-utf8').includes(0xe9)).toBe(true);
    expect(bytesOf('tab-indentation').includes(0x09)).toBe(true);
    expect(bytesOf('empty-file')).toHaveLength(0);
  });

  it.each(CASES)('$name', (c) => {
    const bytes = bytesOf(c.name);
    const started = performance.now();
    const result = check(bytes, c.name);
    durations.set(c.name, performance.now() - started);

    const actual = [...result.problems].sort(byPosition);
    expect(actual.map((p) => `${p.line}:${p.column} ${p.code} ${p.fieldPath}`)).toEqual(c.problems.map((e) => `${e.line}:${e.column} ${e.code} ${e.field}`));
    c.problems.forEach((expected, i) => {
      const p = actual[i]!;
      expect(p.file).toBe(`data/partners/${c.name}.yaml`);
      expect(p.severity).toBe('error');
      const en = formatMessage(p, 'en');
      const zh = formatMessage(p, 'zh-Hans');
      for (const words of expected.en) expect(en).toContain(words);
      for (const words of expected.zh) expect(zh).toContain(words);
      for (const words of expected.notEn ?? []) expect(en).not.toContain(words);
      // Each language really is that language.
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(en).not.toMatch(/\p{Script=Han}/u);
    });

    if (c.problems.length === 0) {
      expect(result.valid).toBe(true);
      expect(result.entry).toBeDefined();
      expect(result.entry!.data).toMatchObject(c.data ?? {});
      for (const pos of c.positions ?? []) {
        const at = pos.of === 'value' ? result.positions!.value(pos.pointer) : result.positions!.key(pos.pointer);
        expect(at, `${pos.of} of ${pos.pointer}`).toEqual({ line: pos.line, column: pos.column });
      }
    } else {
      // Parse problems yield no entry; schema problems keep an (invalid) entry for reference checks.
      expect(result.valid === true).toBe(false);
    }
  });

  // Not a speed claim (bench:validate measures speed): a guard against blow-ups. An alias bomb or a
  // backtracking pattern that got through would run for minutes or exhaust memory; a loaded CI machine
  // takes at most a second or two. The bounds are wide so only a blow-up fails.
  it('finishes every case (nothing expands or backtracks without bound)', () => {
    expect(durations.size).toBe(CASES.length);
    for (const [name, ms] of durations) expect(ms, name).toBeLessThan(10_000);
    expect(durations.get('alias-bomb')!).toBeLessThan(5_000);
  });

  it('never throws, whatever the bytes', () => {
    for (const c of CASES) expect(() => check(bytesOf(c.name), c.name), c.name).not.toThrow();
    // Truncations of every fixture at every 7th byte: still no exception.
    for (const c of CASES) {
      const bytes = bytesOf(c.name);
      for (let n = 0; n < bytes.length; n += 7) expect(() => check(bytes.subarray(0, n), c.name), `${c.name}[0:${n}]`).not.toThrow();
    }
  });

  it('does not pollute Object.prototype through __proto__ or constructor keys', () => {
    check(bytesOf('proto-key'), 'proto-key');
    check(bytesOf('constructor-key'), 'constructor-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps markup as text: the translatable description is the verbatim string', () => {
    const result = check(bytesOf('html-in-string'), 'html-in-string');
    expect(result.entry!.translatable).toContainEqual({ pointer: '/description', value: '<script>alert(1)</script>' });
    expect(typeof result.entry!.data.description).toBe('string');
  });

  it('places problems exactly in a file with a BOM and CRLF (and with lone CR) line endings', () => {
    const crlf = bytesOf('bom-crlf').toString('utf8').replace('tier: gold', 'tier: gld').replace('memberSince: 2024-01-01', 'memberSince: 2024-13-01');
    for (const text of [crlf, crlf.replace(/\r\n/g, '\r')]) {
      const result = check(Buffer.from(text, 'utf8'), 'bom-crlf');
      expect(result.problems.map((p) => `${p.line}:${p.column} ${p.code}`).sort()).toEqual(['3:7 schema.enum', '8:14 format.date']);
    }
  });

  it('counts the nesting limit from the root mapping: 24 levels pass, 25 do not', () => {
    const nested = (n: number) => Buffer.from(`id: deep\ntags: ${'['.repeat(n)}x${']'.repeat(n)}\n`);
    // root mapping + 22 lists + the scalar = 24 levels: a schema problem at most, never yaml.tooDeep.
    expect(check(nested(22), 'deep').problems.map((p) => p.code)).not.toContain('yaml.tooDeep');
    const deeper = check(nested(23), 'deep').problems;
    expect(deeper.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual(['2:30 yaml.tooDeep']);
  });

  it('points at the repeated item of a list of mappings too (ajv orders that pair the other way)', () => {
    const site = makeTempDir('data-engine-unique-');
    fs.cpSync(FIXTURE_SITE, site, { recursive: true });
    const rel = path.join(site, 'data', 'schemas', 'partners.schema.json');
    const schemaText = fs.readFileSync(rel, 'utf8');
    const itemsOfTags = '"items": { "type": "string", "minLength": 1 },';
    expect(schemaText).toContain(itemsOfTags);
    fs.writeFileSync(rel, schemaText.replace(itemsOfTags, '"items": { "type": "object" },'));
    const objectSchemas = loadSchemas(site, 'data/schemas');
    expect(objectSchemas.problems).toEqual([]);
    const objectDef = objectSchemas.collections.find((c) => c.name === 'partners')!;
    const text = bytesOf('duplicate-list-item').toString('utf8').replace('  - tracing\n  - metrics\n  - tracing\n', '  - { a: 1 }\n  - { b: 1 }\n  - { a: 1 }\n');
    const result = checkEntrySource(Buffer.from(text), 'data/partners/duplicate-list-item.yaml', objectDef, '.', 'partner', objectSchemas);
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.fieldPath}`)).toEqual(['13:5 schema.uniqueItems tags[2]']);
    expect(formatMessage(result.problems[0]!, 'en')).toBe('items 1 and 3 are the same; list each value once.');
  });

  describe('too-large (generated, not committed)', () => {
    const dir = makeTempDir('data-engine-large-');
    const valid = bytesOf('html-in-string').toString('utf8');
    // Pads a valid entry with a comment to exactly `size` bytes.
    const padded = (size: number) => {
      const head = `${valid}# `;
      return `${head}${'x'.repeat(size - Buffer.byteLength(head) - 1)}\n`;
    };

    it('refuses a file over 256 KiB before parsing it, at 1:1, with sizes in both languages', () => {
      const abs = path.join(dir, 'too-large.yaml');
      fs.writeFileSync(abs, padded(MAX_FILE_BYTES + 1));
      expect(fs.statSync(abs).size).toBe(262_145);
      const started = performance.now();
      const result = readEntry(abs, 'data/partners/too-large.yaml', def, '.', 'partner', schemas);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result.entry).toBeUndefined();
      expect(result.problems).toHaveLength(1);
      const p = result.problems[0]!;
      expect([p.line, p.column, p.code, p.file]).toEqual([1, 1, 'file.tooLarge', 'data/partners/too-large.yaml']);
      expect(formatMessage(p, 'en')).toContain('file is 262145 bytes; data files may be at most 262144 bytes');
      expect(formatMessage(p, 'zh-Hans')).toContain('文件大小为 262145 字节，数据文件最多 262144 字节');
    });

    it('reports the real size of a much larger file', () => {
      const abs = path.join(dir, 'huge.yaml');
      fs.writeFileSync(abs, padded(3 * 1024 * 1024));
      const result = readEntry(abs, 'data/partners/huge.yaml', def, '.', 'partner', schemas);
      expect(result.problems.map((p) => [p.code, p.params.size])).toEqual([['file.tooLarge', 3 * 1024 * 1024]]);
    });

    it('accepts a file of exactly 256 KiB', () => {
      const abs = path.join(dir, 'html-in-string.yaml');
      fs.writeFileSync(abs, padded(MAX_FILE_BYTES));
      expect(fs.statSync(abs).size).toBe(MAX_FILE_BYTES);
      const result = readEntry(abs, 'data/partners/html-in-string.yaml', def, '.', 'partner', schemas);
      expect(result.problems).toEqual([]);
      expect(result.valid).toBe(true);
    });
  });
});
