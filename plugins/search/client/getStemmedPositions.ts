/**
 * Replaces the search plugin's `utils/getStemmedPositions` (see local.ts,
 * configureWebpack): the same positions when the index has them, and
 * otherwise the matched terms, which `highlightStemmed.ts` finds in the text.
 */
type Metadata = Record<string, Record<string, { position?: [number, number][] } | undefined>>;

export type StemmedPositions = [number, number][] & { terms?: string[] };

export function getStemmedPositions(metadata: Metadata, field: string): StemmedPositions {
  const positions: [number, number][] = [];
  const terms: string[] = [];
  for (const [term, match] of Object.entries(metadata)) {
    const inField = match[field];
    if (!inField) continue;
    if (inField.position) positions.push(...inField.position);
    else terms.push(term);
  }
  positions.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return Object.assign(positions, { terms });
}
