/**
 * Makes the offline index small enough to download on the first search
 * (budget in README, "Search") without losing a result or changing the order:
 *
 * - Term positions go. lunr keeps, for every term in every section, where it
 *   occurs; the search only needs to know *that* it occurs. Positions were a
 *   third of the gzip size; the result snippets find the matched terms in the
 *   text instead (client/matchPositions.ts).
 * - Chinese function words that lunr's Chinese stop list lacks (jieba yields
 *   "中", "可以", "通过", …) go, as stop words do: nobody searches for them
 *   alone, and the search box skips a word the index does not know. lunr
 *   divides a score by the query's magnitude, not the section's, so dropping
 *   a word leaves every other word's scores as they were.
 * - Field-vector weights keep two decimals (lunr writes three). They only
 *   rank results; on the shipped site this reorders only results whose
 *   scores were within 0.5% of each other (the unit test allows 1%).
 */

/** lunr's serialized index (`lunr.Index#toJSON`), the parts we touch. */
export interface SerializedLunrIndex {
  version: string;
  fields: string[];
  /** `[fieldRef, [termIndex, weight, termIndex, weight, …]]` */
  fieldVectors: [string, number[]][];
  /** `[term, { _index, [field]: { [docRef]: metadata } }]` */
  invertedIndex: [string, Record<string, unknown>][];
  pipeline: string[];
}

export interface IndexPart<D = unknown> {
  documents: D[];
  index: SerializedLunrIndex;
}

export const WEIGHT_DECIMALS = 2;

/** Function words jieba yields that lunr's Chinese stop-word list does not hold (its list is single characters). */
export const CHINESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    '中 时 会 按 都 能 就 更 等 对 将 要 过 里 先 做 见 需 还 又 ' +
    '一个 可以 通过 需要 进行 以及 如果 或者 我们 你们 他们 这些 那些 这个 那个 每个 没有 就是 还是 因为 所以 但是 而且 并且 ' +
    '其中 之后 之前 时候 的话 什么 怎么 如何 一些 一次 这样 已经 应该 能够 不同 以便 比如 例如 为了 然后 同时 也会 不要 不会 ' +
    '只是 之间 所有 各种 相关 其他 可能'
  ).split(' '),
);

export function compactIndex<D>(parts: IndexPart<D>[]): IndexPart<D>[] {
  const scale = 10 ** WEIGHT_DECIMALS;
  return parts.map(({ documents, index }) => {
    const kept = index.invertedIndex.filter(([term]) => !CHINESE_FUNCTION_WORDS.has(term));
    // A field vector is `[termIndex, weight, …]`, a term's index its posting's `_index`.
    const keptTerms = new Set(kept.map(([, posting]) => posting._index));
    const fieldVectors = index.fieldVectors.map(([ref, vector]): [string, number[]] => {
      const compact: number[] = [];
      for (let i = 0; i < vector.length; i += 2) if (keptTerms.has(vector[i])) compact.push(vector[i]!, Math.round(vector[i + 1]! * scale) / scale);
      return [ref, compact];
    });
    const invertedIndex = kept.map(([term, posting]): [string, Record<string, unknown>] => [
      term,
      Object.fromEntries(
        Object.entries(posting).map(([field, docs]) =>
          field === '_index' ? [field, docs] : [field, Object.fromEntries(Object.keys(docs as Record<string, unknown>).map((ref) => [ref, {}]))],
        ),
      ),
    ]);
    return { documents, index: { ...index, fieldVectors, invertedIndex } };
  });
}
