/**
 * Replaces the search plugin's `utils/highlightStemmed` (see local.ts,
 * configureWebpack): when the index carried no positions, finds the matched
 * terms in the text first, then lets the plugin's own function cut the
 * snippet around the first match and mark the matches.
 */
import { highlightStemmed as pluginHighlightStemmed } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed.js';
import { highlight } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight.js';
import { searchResultContextMaxLength } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated.js';
import { matchPositions } from './matchPositions';
import type { StemmedPositions } from './getStemmedPositions';

export function highlightStemmed(content: string, positions: StemmedPositions, tokens: string[], maxLength: number = searchResultContextMaxLength): string {
  const found = positions.length > 0 ? positions : matchPositions(content, positions.terms ?? []);
  if (found.length > 0) return pluginHighlightStemmed(content, found, tokens, maxLength);
  // Nothing to centre on (a match the text does not show literally): the start of the text.
  const start = content.length > maxLength ? `${content.slice(0, maxLength)}…` : content;
  return highlight(start, tokens);
}
