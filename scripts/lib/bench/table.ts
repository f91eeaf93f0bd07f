/** The bench's printed table (pure). */
import type { Summary } from './stats';

export interface Figure {
  name: string;
  /** What was divided by what, for the reader. */
  detail: string;
  value: Summary | undefined;
  /** Target as an upper bound; undefined: reported only. */
  target?: number;
  /** How the value is shown: a ratio (1.04×) or a percentage (2.1 %). */
  unit: 'ratio' | 'percent';
  /** Why the figure is missing, when it is. */
  note?: string;
}

export function formatValue(x: number, unit: Figure['unit']): string {
  return unit === 'percent' ? `${(x * 100).toFixed(1)} %` : `${x.toFixed(2)}×`;
}

export function verdict(f: Figure): string {
  if (!f.value) return 'not measured';
  if (f.target === undefined) return 'reported';
  return f.value.median <= f.target ? 'met' : 'NOT MET';
}

export function figureRow(f: Figure): string[] {
  const v = f.value;
  return [
    f.name,
    v ? formatValue(v.median, f.unit) : '—',
    v ? (v.runs.length > 1 ? `${formatValue(v.min, f.unit)}–${formatValue(v.max, f.unit)}` : 'one run') : '—',
    f.target === undefined ? '—' : `≤ ${formatValue(f.target, f.unit)}`,
    verdict(f),
    f.note ? `${f.detail}; ${f.note}` : f.detail,
  ];
}

/** Left-aligned columns separated by two spaces, trailing spaces trimmed. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd()).join('\n');
}

export function figuresTable(figures: readonly Figure[]): string {
  return formatTable([['figure', 'median', 'spread', 'target', 'result', 'what'], ...figures.map(figureRow)]);
}
