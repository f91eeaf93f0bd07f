import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, formatSummary, REPORT_FORMATS, sortProblems, type Summary } from '../report';
import { formatMessage, isLang, resolveLang } from '../messages';
import type { Problem } from '../types';

function problem(p: Partial<Problem> & Pick<Problem, 'file' | 'line' | 'column' | 'code'>): Problem {
  return { params: {}, fieldPath: '', severity: 'error', ...p };
}

const enumProblem = problem({
  file: 'data/partners/acme.yaml',
  line: 3,
  column: 7,
  code: 'schema.enum',
  params: { value: 'gld', allowed: 'community, bronze, silver, gold, platinum', suggestion: 'gold' },
  fieldPath: 'tier',
});
const syntaxProblem = problem({
  file: 'data/courses/intro.yaml',
  line: 12,
  column: 1,
  code: 'yaml.syntax',
  params: { reason: 'bad indentation' },
});
const earlierInSameFile = problem({ file: 'data/partners/acme.yaml', line: 3, column: 2, code: 'schema.required', params: { property: 'name' }, fieldPath: 'name' });
const summary: Summary = { filesRead: 12, entriesAccepted: 9, errors: 3, warnings: 0 };
const problems = [enumProblem, syntaxProblem, earlierInSameFile];

describe('text report', () => {
  it('prints file:line:col, two spaces, field: message, sorted by file then position, then the summary', () => {
    expect(formatReport(problems, summary, 'text', 'en').split('\n')).toEqual([
      'data/courses/intro.yaml:12:1  YAML syntax error: bad indentation.',
      'data/partners/acme.yaml:3:2  name: missing required field "name".',
      'data/partners/acme.yaml:3:7  tier: "gld" is not allowed; expected one of: community, bronze, silver, gold, platinum. Did you mean "gold"?',
      '12 files read, 9 entries accepted, 3 errors.',
    ]);
  });

  it('prints Chinese messages and summary in zh-Hans', () => {
    const lines = formatReport([enumProblem], { ...summary, errors: 1 }, 'text', 'zh-Hans').split('\n');
    expect(lines).toEqual([
      'data/partners/acme.yaml:3:7  tier: 不允许的值 "gld"，应为以下之一：community, bronze, silver, gold, platinum。是不是想写 "gold"？',
      '读取 12 个文件，接受 9 个条目，1 个错误。',
    ]);
  });

  it('prints only the summary when there is nothing wrong', () => {
    expect(formatReport([], { filesRead: 3, entriesAccepted: 3, errors: 0, warnings: 0 }, 'text', 'en')).toBe('3 files read, 3 entries accepted, 0 errors.');
  });

  it('marks warnings and counts them in the summary', () => {
    const warning = { ...syntaxProblem, severity: 'warning' as const };
    expect(formatProblem(warning, 'en')).toBe('data/courses/intro.yaml:12:1  warning: YAML syntax error: bad indentation.');
    expect(formatProblem(warning, 'zh-Hans')).toBe('data/courses/intro.yaml:12:1  警告：YAML 语法错误：bad indentation。');
    expect(formatSummary({ filesRead: 2, entriesAccepted: 0, errors: 1, warnings: 2 }, 'en')).toBe('2 files read, 0 entries accepted, 1 error, 2 warnings.');
    expect(formatSummary({ filesRead: 2, entriesAccepted: 0, errors: 1, warnings: 2 }, 'zh-Hans')).toBe('读取 2 个文件，接受 0 个条目，1 个错误，2 个警告。');
  });

  it('sorts without changing its input', () => {
    const input = [...problems];
    expect(sortProblems(input).map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['data/courses/intro.yaml:12:1', 'data/partners/acme.yaml:3:2', 'data/partners/acme.yaml:3:7']);
    expect(input).toEqual(problems);
  });
});

describe('json report', () => {
  it('is parseable JSON with the summary and every problem, sorted, with the rendered message', () => {
    const parsed = JSON.parse(formatReport(problems, summary, 'json', 'en')) as { summary: Summary; problems: Record<string, unknown>[] };
    expect(parsed.summary).toEqual(summary);
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.problems[2]).toEqual({
      file: 'data/partners/acme.yaml',
      line: 3,
      column: 7,
      severity: 'error',
      code: 'schema.enum',
      field: 'tier',
      message: '"gld" is not allowed; expected one of: community, bronze, silver, gold, platinum. Did you mean "gold"?',
      params: { value: 'gld', allowed: 'community, bronze, silver, gold, platinum', suggestion: 'gold' },
    });
    expect(parsed.problems.map((p) => p.file)).toEqual(['data/courses/intro.yaml', 'data/partners/acme.yaml', 'data/partners/acme.yaml']);
  });

  it('renders messages in the requested language', () => {
    const parsed = JSON.parse(formatReport([enumProblem], summary, 'json', 'zh-Hans')) as { problems: { message: string }[] };
    expect(parsed.problems[0]!.message).toBe(formatMessage(enumProblem, 'zh-Hans'));
  });

  it('is an empty list for a clean run', () => {
    expect(JSON.parse(formatReport([], { filesRead: 1, entriesAccepted: 1, errors: 0, warnings: 0 }, 'json', 'en'))).toEqual({
      summary: { filesRead: 1, entriesAccepted: 1, errors: 0, warnings: 0 },
      problems: [],
    });
  });
});

describe('github report', () => {
  it('prints one ::error workflow command per problem, then the summary', () => {
    expect(formatReport([enumProblem, syntaxProblem], summary, 'github', 'en').split('\n')).toEqual([
      '::error file=data/courses/intro.yaml,line=12,col=1::YAML syntax error: bad indentation.',
      '::error file=data/partners/acme.yaml,line=3,col=7::tier: "gld" is not allowed; expected one of: community, bronze, silver, gold, platinum. Did you mean "gold"?',
      '12 files read, 9 entries accepted, 3 errors.',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const nasty = problem({ file: 'data/a,b:c%.yaml', line: 1, column: 2, code: 'yaml.syntax', params: { reason: '100% broken\r\nsecond line\nthird' } });
    const [line] = formatReport([nasty], summary, 'github', 'en').split('\n');
    expect(line).toBe('::error file=data/a%2Cb%3Ac%25.yaml,line=1,col=2::YAML syntax error: 100%25 broken%0D%0Asecond line%0Athird.');
  });

  it('uses ::warning for warnings', () => {
    const out = formatReport([{ ...enumProblem, severity: 'warning' }], summary, 'github', 'en');
    expect(out.startsWith('::warning file=data/partners/acme.yaml,line=3,col=7::tier: ')).toBe(true);
  });

  it('knows exactly the three formats', () => {
    expect([...REPORT_FORMATS]).toEqual(['text', 'json', 'github']);
  });
});

describe('messages', () => {
  it('falls back to the code and params for an unknown code instead of throwing', () => {
    expect(formatMessage({ code: 'no.such.code', params: { a: 1 } }, 'en')).toBe('no.such.code {"a":1}');
  });

  it('resolves the language from --lang, then the environment, else English', () => {
    expect(resolveLang('zh-Hans', {})).toBe('zh-Hans');
    expect(resolveLang('zh', {})).toBe('zh-Hans');
    expect(resolveLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(resolveLang(undefined, { COMMUNITY_HUB_LANG: 'en', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-Hans');
    expect(resolveLang(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, {})).toBe('en');
    expect(isLang('zh-Hans')).toBe(true);
    expect(isLang('zh')).toBe(false);
    expect(isLang('fr')).toBe(false);
  });
});
