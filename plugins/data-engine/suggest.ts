import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a misspelt name, or undefined when nothing is close
 * enough to be a plausible typo (so we never suggest nonsense).
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let score = distance(v, cl);
    // A case-only or separator-only difference is the likeliest typo of all.
    if (cl.replace(/[-_ ]/g, '') === v.replace(/[-_ ]/g, '')) score = 0.5;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = value.length <= 3 ? 1 : Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return bestScore <= limit && bestScore < value.length ? best : undefined;
}
