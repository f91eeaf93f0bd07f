/** Medians and spreads of repeated measurements (pure). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Median of a non-empty list; the mean of the two middle values for an even count. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(xs: readonly number[]): Summary {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: [...xs] };
}

/**
 * A ratio per run (a[i] ÷ b[i]: the two sides were measured next to each other,
 * so they share the machine's state), summarized.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): Summary {
  if (a.length !== b.length || a.length === 0) throw new Error(`paired ratios need equal, non-empty lists (${a.length} vs ${b.length})`);
  return summarize(a.map((x, i) => x / b[i]!));
}
