import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHINESE_FUNCTION_WORDS, compactIndex, WEIGHT_DECIMALS, type IndexPart } from '../compactIndex';
import { getStemmedPositions } from '../client/getStemmedPositions';
import { matchPositions } from '../client/matchPositions';
import { replacementFor, SNIPPET_HELPERS } from '../local';

/* eslint-disable @typescript-eslint/no-require-imports */
const { buildIndex } = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex') as {
  buildIndex: (documents: { i: number; t: string; u: string }[][], config: unknown) => { documents: unknown[]; index: unknown }[];
};
// The plugin's own lunr, where its build registered the Chinese and multi-language pipeline functions the index names.
interface LunrQuery {
  term: (term: string, options: { presence: number }) => void;
}
const lunr = createRequire(require.resolve('@easyops-cn/docusaurus-search-local/dist/server/server/utils/buildIndex'))('lunr') as {
  Index: { load: (serialized: unknown) => { query: (build: (q: LunrQuery) => void) => { ref: string; score: number }[] } };
  Query: { presence: { OPTIONAL: number } };
};

// Sections as the plugin scans them: one part of content documents, in both languages.
const sections = [
  '分布式追踪把一次请求经过的每个服务串成一条链路，采样策略决定保留哪些链路。',
  'OpenTelemetry Collector 接收、处理并导出遥测数据；社区维护它的发行版。',
  'Distributed tracing follows one request through every service it touches; sampling decides which traces to keep.',
  'The community studies how contributors become maintainers, and the studies are published every quarter.',
  'Collector pipelines receive, process and export telemetry. Tracing data and metrics share one pipeline.',
  '社区治理：技术委员会按多数表决作出决定，工作组负责具体的技术方向。',
  '贡献者可以通过评审和指导成为维护者，在社区中承担更多责任。',
  'Community governance: the technical committee decides by majority vote; working groups own technical areas.',
];
const documents = [sections.map((t, i) => ({ i, t, u: `/docs/page-${i}/` }))];
const config = { language: ['zh', 'en'], removeDefaultStopWordFilter: [], removeDefaultStemmer: false };
const built = JSON.parse(JSON.stringify(buildIndex(documents, config))) as IndexPart[];
const compacted = compactIndex(built);

// Queries as the search box sends them: terms already segmented (its client cuts Chinese with the index's own words).
const queries = [['贡献者'], ['维护者'], ['tracing'], ['community'], ['studi'], ['collector', 'pipelin'], ['分布式', '追踪'], ['社区'], ['技术', '委员会'], ['govern', 'vote']];
const search = (part: IndexPart, terms: string[]) =>
  lunr.Index.load(part.index).query((q) => terms.forEach((term) => q.term(term, { presence: lunr.Query.presence.OPTIONAL })));

describe('compactIndex: the shipped search index', () => {
  it('finds the same sections for every query, reordering only results whose scores were within 1%', () => {
    for (const terms of queries) {
      const before = search(built[0]!, terms);
      const after = search(compacted[0]!, terms).map((r) => r.ref);
      expect(before.length, terms.join(' ')).toBeGreaterThan(0);
      expect([...after].sort(), terms.join(' ')).toEqual(before.map((r) => r.ref).sort());
      before.forEach((a, i) =>
        before.slice(i + 1).forEach((b) => {
          if (after.indexOf(a.ref) > after.indexOf(b.ref)) expect((a.score - b.score) / a.score, `${terms.join(' ')}: ${a.ref} before ${b.ref}`).toBeLessThan(0.01);
        }),
      );
    }
  });

  it(`keeps every document, drops term positions and rounds weights to ${WEIGHT_DECIMALS} decimals`, () => {
    expect(compacted[0]!.documents).toEqual(built[0]!.documents);
    expect(JSON.stringify(built)).toContain('"position"');
    expect(JSON.stringify(compacted)).not.toContain('"position"');
    const scale = 10 ** WEIGHT_DECIMALS;
    for (const [, vector] of compacted[0]!.index.fieldVectors) {
      vector.filter((_, i) => i % 2 === 1).forEach((w) => expect(Math.round(w * scale) / scale).toBe(w));
    }
  });

  it('drops Chinese function words from the terms and from every section vector, keeping the rest', () => {
    const terms = (part: IndexPart) => part.index.invertedIndex.map(([term]) => term);
    const functionWords = terms(built[0]!).filter((term) => CHINESE_FUNCTION_WORDS.has(term));
    expect(functionWords).toEqual(expect.arrayContaining(['可以', '通过', '中']));
    expect(terms(compacted[0]!)).toEqual(terms(built[0]!).filter((term) => !CHINESE_FUNCTION_WORDS.has(term)));
    const droppedIndexes = new Set(built[0]!.index.invertedIndex.filter(([term]) => CHINESE_FUNCTION_WORDS.has(term)).map(([, p]) => p._index));
    for (const [, vector] of compacted[0]!.index.fieldVectors) vector.filter((_, i) => i % 2 === 0).forEach((t) => expect(droppedIndexes.has(t)).toBe(false));
    expect(search(compacted[0]!, ['可以'])).toEqual([]);
  });

  it('is smaller to download', () => {
    const gzip = (x: unknown) => zlib.gzipSync(JSON.stringify(x)).length;
    expect(gzip(compacted)).toBeLessThan(gzip(built) * 0.85);
  });
});

describe('result snippets without stored positions', () => {
  it('finds English stems as whole words, including y → i stems', () => {
    const text = 'The Community studies how a community member studied and studies again. Commune.';
    expect(matchPositions(text, ['commun']).map(([s, l]) => text.slice(s, s + l))).toEqual(['Community', 'community', 'Commune']);
    expect(matchPositions(text, ['studi']).map(([s, l]) => text.slice(s, s + l))).toEqual(['studies', 'studied', 'studies']);
    expect(matchPositions('Please study it', ['studi'])).toEqual([[7, 5]]);
  });

  it('finds Chinese index words as substrings, every occurrence, sorted by start then longer first', () => {
    const text = '分布式追踪：追踪一次请求。分布式系统';
    expect(matchPositions(text, ['追踪', '分布式'])).toEqual([[0, 3], [3, 2], [6, 2], [13, 3]]);
    expect(matchPositions(text, ['分布式追踪', '分布式'])).toEqual([[0, 5], [0, 3], [13, 3]]);
  });

  it('does not treat a one-letter stem as a prefix', () => {
    expect(matchPositions("the community's site", ['s'])).toEqual([[14, 1]]);
  });

  it('returns stored positions as they are, and the matched terms when the index has none', () => {
    const stored = getStemmedPositions({ tracing: { t: { position: [[40, 7], [3, 7]] } }, other: { s: { position: [[0, 1]] } } }, 't');
    expect([...stored]).toEqual([[3, 7], [40, 7]]);
    const compact = getStemmedPositions({ trace: { t: {} }, span: { t: {} }, other: { s: {} } }, 't');
    expect([...compact]).toEqual([]);
    expect(compact.terms).toEqual(['trace', 'span']);
  });

  it('replaces only the plugin client’s own two snippet helpers when bundling', () => {
    const pluginTheme = require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SuggestionTemplate.js').replace(/[\\/]SuggestionTemplate\.js$/, '');
    expect(replacementFor('../../utils/highlightStemmed', pluginTheme)).toBe(SNIPPET_HELPERS.highlightStemmed);
    expect(replacementFor('../../utils/getStemmedPositions', pluginTheme)).toBe(SNIPPET_HELPERS.getStemmedPositions);
    expect(replacementFor('../../utils/highlight', pluginTheme)).toBeUndefined();
    expect(replacementFor('../../utils/highlightStemmed', '/elsewhere/src/theme/Thing')).toBeUndefined();
    // The plugin's components still import the helpers by those requests (else nothing would be replaced).
    for (const component of ['SearchBar/SuggestionTemplate.js', 'SearchPage/SearchPage.jsx']) {
      const source = fs.readFileSync(path.join(pluginTheme, '..', component), 'utf8');
      const requests = [...source.matchAll(/from "(\.\.\/\.\.\/utils\/\w+)"/g)].map((m) => m[1]!);
      expect(requests, component).toEqual(expect.arrayContaining(['../../utils/getStemmedPositions', '../../utils/highlightStemmed']));
      expect(replacementFor('../../utils/getStemmedPositions', path.join(pluginTheme, '..', path.dirname(component)))).toBe(SNIPPET_HELPERS.getStemmedPositions);
    }
  });
});
