/**
 * Where the matched terms occur in a result's text, for its snippet. The index
 * ships without term positions (plugins/search/compactIndex.ts), so the
 * snippet finds them here: English terms are lunr stems ("commun" for
 * "community"), matched as word prefixes; Chinese terms are the index's own
 * jieba words, matched as substrings.
 *
 * Returns `[start, length]` pairs sorted as the plugin's own positions are:
 * by start, longer first.
 */
export function matchPositions(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const wordTerms = terms.filter((t) => /^\w/.test(t));
  const otherTerms = terms.filter((t) => t !== '' && !/^\w/.test(t));
  const positions: [number, number][] = [];
  if (wordTerms.length > 0) {
    for (const word of lower.matchAll(/\w+/g)) {
      if (wordTerms.some((stem) => stemMatches(word[0], stem))) positions.push([word.index, word[0].length]);
    }
  }
  for (const term of otherTerms) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) positions.push([at, term.length]);
  }
  return positions.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Whether `word` is one the stemmer turns into `stem` (close enough to highlight it). */
function stemMatches(word: string, stem: string): boolean {
  if (word === stem) return true;
  if (stem.length < 2) return false;
  // Porter stems are prefixes of their words, except a final y → i ("studi" ← "study").
  return word.startsWith(stem) || (stem.endsWith('i') && word.startsWith(`${stem.slice(0, -1)}y`));
}
