/**
 * The contributing guides quote `npm run validate` output for a deliberately broken data file.
 * This test rebuilds every such example from the page itself and runs the real validator on a
 * copy of the site's data, so a page and the validator cannot drift apart unnoticed.
 *
 * What a page is read for (fenced code blocks, in page order):
 *  - ```yaml title="data/…"```: a whole data file of the example;
 *  - ```diff title="data/…"```: a change to a data file (` ` context, `-` removed, `+` added,
 *    `@@` between hunks), applied to the file shown earlier on the page, else the repository's
 *    file, else the block with that title on another guide of the same locale;
 *  - ```text``` starting with `data/…:line:col` or `::error`: the output those files give. It
 *    pairs with the yaml/diff blocks since the previous output block. An output block with no
 *    files of its own (the page showing the format) must be the output of one of the page's
 *    examples, in the format it shows (`::error` lines are checked with `--format github`).
 * The zh-Hans pages are checked with `--lang zh-Hans`, the en pages with `--lang en`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { makeTempDir, removeTempDirs, write } from '../../plugins/data-engine/__tests__/helpers';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

const LOCALES = [
  { lang: 'zh-Hans', dir: 'docs/contributing' },
  { lang: 'en', dir: 'i18n/en/docusaurus-plugin-content-docs/current/contributing' },
] as const;

/** Pages that quote validator output: each must give at least one checked example in both locales. */
const PAGES_WITH_EXAMPLES = ['add-course.md', 'add-event.md', 'add-integration.md', 'add-partner.md', 'data-files.md', 'validation-errors.md'];

interface Block {
  lang: string;
  title?: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** Fenced code blocks of a Markdown text, in order. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const closes = (l: string) => /^(`{3,}|~{3,})\s*$/.test(l) && l[0] === fence[0] && l.trim().length >= fence.length;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !closes(lines[j]!)) body.push(lines[j++]!);
    const title = /title="([^"]*)"/.exec(open[3] ?? '')?.[1];
    blocks.push({ lang: open[2]!, title, body: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** Applies a diff block (context/-/+ lines, hunks split by @@ lines) to a text; throws when a hunk does not match exactly once. */
function applyDiff(base: string, diff: string): string {
  const lines = base.replace(/\n$/, '').split('\n');
  const hunks: string[][] = [[]];
  for (const l of diff.split('\n')) {
    if (l.startsWith('@@')) hunks.push([]);
    else hunks.at(-1)!.push(l);
  }
  let from = 0;
  for (const hunk of hunks.filter((h) => h.length > 0)) {
    const bad = hunk.find((l) => l !== '' && !/^[ +-]/.test(l));
    if (bad !== undefined) throw new Error(`diff line does not start with " ", "-" or "+": ${JSON.stringify(bad)}`);
    const old = hunk.filter((l) => !l.startsWith('+')).map((l) => l.slice(1));
    const now = hunk.filter((l) => !l.startsWith('-')).map((l) => l.slice(1));
    const at: number[] = [];
    for (let i = from; i + old.length <= lines.length; i++) if (old.every((l, k) => lines[i + k] === l)) at.push(i);
    if (at.length !== 1) throw new Error(`diff hunk matches the file ${at.length} times, expected once:\n${hunk.join('\n')}`);
    lines.splice(at[0]!, old.length, ...now);
    from = at[0]! + now.length;
  }
  return lines.join('\n') + '\n';
}

const PROBLEM = /^(\S+):(\d+):(\d+) {2}(.*)$/;
const ANNOTATION = /^::error file=([^,]+),line=(\d+),col=(\d+)::(.*)$/;
const isOutput = (b: Block) => b.lang === 'text' && (PROBLEM.test(b.body.split('\n')[0]!) || ANNOTATION.test(b.body.split('\n')[0]!));
const unescapeGithub = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
/** The plain `file:line:col  message` form of an `::error` annotation. */
const plain = (annotation: string) => {
  const m = ANNOTATION.exec(annotation)!;
  return `${unescapeGithub(m[1]!)}:${m[2]}:${m[3]}  ${unescapeGithub(m[4]!)}`;
};
/** The file a problem or annotation line is about. */
const fileOf = (line: string) => PROBLEM.exec(line)?.[1] ?? unescapeGithub(ANNOTATION.exec(line)?.[1] ?? '');

interface Example {
  page: string;
  /** Line of the output block in the page. */
  line: number;
  files: Map<string, string>;
  /** Files whose content came from a diff on a page's own full example, with that unbroken example. */
  unbroken: Map<string, string>;
  expected: string[];
}

interface PageExamples {
  examples: Example[];
  /** Output blocks without files of their own (they show the format of an example given elsewhere on the page). */
  orphans: { page: string; line: number; expected: string[] }[];
}

function readExamples(dir: string): Map<string, PageExamples> {
  const pages = fs
    .readdirSync(path.join(root, dir))
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  const blocksOf = new Map(pages.map((p) => [p, codeBlocks(fs.readFileSync(path.join(root, dir, p), 'utf8'))]));
  const elsewhere = (title: string): string | undefined => {
    const found = [...blocksOf.values()].flat().filter((b) => b.lang === 'yaml' && b.title === title);
    if (found.length > 1) throw new Error(`${dir}: ${found.length} yaml blocks titled ${title}; a diff cannot tell which one it changes`);
    return found[0]?.body;
  };
  const result = new Map<string, PageExamples>();
  for (const [page, blocks] of blocksOf) {
    const mine: PageExamples = { examples: [], orphans: [] };
    let files = new Map<string, string>();
    let unbroken = new Map<string, string>();
    for (const b of blocks) {
      if (b.title?.startsWith('data/') && b.lang === 'yaml') files.set(b.title, b.body.endsWith('\n') ? b.body : `${b.body}\n`);
      else if (b.title?.startsWith('data/') && b.lang === 'diff') {
        const own = files.get(b.title) ?? elsewhere(b.title);
        const real = path.join(root, b.title);
        const base = own ?? (fs.existsSync(real) ? fs.readFileSync(real, 'utf8') : undefined);
        if (base === undefined) throw new Error(`${dir}/${page}:${b.line}: the diff changes ${b.title}, which neither the guides nor data/ show`);
        if (own !== undefined && !unbroken.has(b.title)) unbroken.set(b.title, own.endsWith('\n') ? own : `${own}\n`);
        files.set(b.title, applyDiff(base, b.body));
      } else if (isOutput(b)) {
        const expected = b.body.split('\n').filter((l) => l.trim() !== '');
        if (files.size > 0) mine.examples.push({ page, line: b.line, files, unbroken, expected });
        else mine.orphans.push({ page, line: b.line, expected });
        files = new Map();
        unbroken = new Map();
      }
    }
    if (mine.examples.length + mine.orphans.length > 0) result.set(page, mine);
  }
  return result;
}

let template: string;
beforeAll(() => {
  template = makeTempDir('guide-examples-');
  fs.cpSync(path.join(root, 'data'), path.join(template, 'data'), { recursive: true });
  fs.cpSync(path.join(root, 'static'), path.join(template, 'static'), { recursive: true });
});
afterAll(removeTempDirs);

/** Runs the validator, as contributors and CI do, on a copy of the site's data with `files` written over it. */
async function validate(files: Map<string, string>, lang: string, format: 'text' | 'github' = 'text'): Promise<string[]> {
  const site = makeTempDir('guide-example-');
  fs.cpSync(template, site, { recursive: true });
  for (const [rel, text] of files) write(site, rel, text);
  const args = ['--import', 'tsx', 'scripts/validate.ts', '--site', site, '--lang', lang, ...(format === 'github' ? ['--format', 'github'] : [])];
  const r = await run(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, COMMUNITY_HUB_LANG: lang }, timeout: 60_000 }).catch(
    (e: { code?: number; stdout?: string; stderr?: string }) => {
      // Exit 1 means "problems found", which is what a broken example should give.
      if (e.code !== 1) throw new Error(`validate exited ${e.code}: ${e.stderr}`);
      return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    },
  );
  return r.stdout.trimEnd().split('\n');
}

/**
 * The quoted lines against the real output: for every file the quote names, exactly the lines
 * the validator prints about that file, in order; a quoted summary line has the real summary's
 * wording (numbers aside, since the data grows).
 */
function compare(expect: ExpectStatic, expected: string[], actual: string[]) {
  const isLine = (l: string) => PROBLEM.test(l) || ANNOTATION.test(l);
  const named = new Set(expected.filter(isLine).map(fileOf));
  expect(actual.filter((l) => isLine(l) && named.has(fileOf(l)))).toEqual(expected.filter(isLine));
  const numbersAside = (l: string) => l.replace(/\d+/g, '#');
  for (const summary of expected.filter((l) => !isLine(l))) expect(numbersAside(actual.at(-1) ?? '')).toBe(numbersAside(summary));
}

for (const { lang, dir } of LOCALES) {
  describe(`${dir} (validate --lang ${lang})`, () => {
    const pages = readExamples(dir);

    it('finds the quoted examples on every page that quotes validator output', () => {
      for (const page of PAGES_WITH_EXAMPLES) expect(pages.get(page)?.examples.length ?? 0, page).toBeGreaterThan(0);
    });

    for (const [page, { examples, orphans }] of pages) {
      for (const ex of examples) {
        it.concurrent(`${page}:${ex.line} quotes the real output for ${[...ex.files.keys()].join(', ')}`, async ({ expect }) => {
          const text = ex.expected.filter((l) => !ANNOTATION.test(l));
          const github = ex.expected.filter((l) => ANNOTATION.test(l));
          if (text.length > 0) compare(expect, text, await validate(ex.files, lang));
          if (github.length > 0) compare(expect, github, await validate(ex.files, lang, 'github'));
        });
        if (ex.unbroken.size > 0) {
          it.concurrent(`${page}:${ex.line}: the page's example is valid before it is broken`, async ({ expect }) => {
            const out = await validate(ex.unbroken, lang);
            const about = out.filter((l) => PROBLEM.test(l) && ex.unbroken.has(fileOf(l)));
            expect(about).toEqual([]);
          });
        }
      }
      for (const orphan of orphans) {
        it.concurrent(`${page}:${orphan.line} shows the output of one of the page's examples`, async ({ expect }) => {
          for (const line of orphan.expected) {
            const github = ANNOTATION.test(line);
            const want = github ? plain(line) : line;
            const source = examples.find((ex) => ex.expected.includes(want));
            expect(source, `${page}:${orphan.line}: no example on the page produces ${want}`).toBeDefined();
            expect(await validate(source!.files, lang, github ? 'github' : 'text')).toContain(line);
          }
        });
      }
    }
  });
}

describe('the two locales', () => {
  it('break the same files in the same examples', () => {
    const shape = (dir: string) =>
      Object.fromEntries([...readExamples(dir)].map(([page, { examples, orphans }]) => [page, { examples: examples.map((ex) => [...ex.files.keys()]), orphans: orphans.length }]));
    expect(shape(LOCALES[1].dir)).toEqual(shape(LOCALES[0].dir));
  });
});

describe('applyDiff', () => {
  it('replaces the removed lines found by their context, hunk by hunk', () => {
    expect(applyDiff('a: 1\nb: 2\nc: 3\nd: 4\n', ' a: 1\n-b: 2\n+b: 5\n@@\n d: 4\n+e: 6')).toBe('a: 1\nb: 5\nc: 3\nd: 4\ne: 6\n');
  });
  it('refuses a hunk that does not match, or matches twice', () => {
    expect(() => applyDiff('a: 1\n', '-a: 2')).toThrow(/0 times/);
    expect(() => applyDiff('x\nx\n', '-x')).toThrow(/2 times/);
  });
});
