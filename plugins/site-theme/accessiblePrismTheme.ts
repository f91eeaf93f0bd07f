import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

/** `#abc`, `#aabbcc` or `rgb(1, 2, 3)`: the forms Prism themes use. */
function parseHex(hex: string): Rgb | undefined {
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*1(?:\.0+)?\s*)?\)$/i.exec(hex.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(parseHex(a)!);
  const lb = luminance(parseHex(b)!);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Moves a colour towards black or white (whichever contrasts with the background) until it reaches the ratio. */
function adjust(color: string, background: string, minRatio: number): string {
  const rgb = parseHex(color);
  const bg = parseHex(background);
  if (!rgb || !bg || contrastRatio(color, background) >= minRatio) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = rgb.map((v, i) => v + (target[i]! - v) * t) as Rgb;
    const hex = toHex(mixed);
    if (contrastRatio(hex, background) >= minRatio) return hex;
  }
  return toHex(target);
}

/**
 * A Prism theme whose token colours all reach a contrast ratio against its
 * background (WCAG AA for text: 4.5). Docusaurus's bundled light themes miss
 * it for several tokens; we keep their hues and darken only what fails.
 */
export function withContrast(theme: PrismTheme, minRatio = 4.5): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  return {
    plain: { ...theme.plain, ...(theme.plain.color ? { color: adjust(theme.plain.color, background, minRatio) } : {}) },
    styles: theme.styles.map((s) => {
      // Opacity would lower the contrast of whatever colour we pick.
      const { opacity: _opacity, ...style } = s.style;
      return { ...s, style: { ...style, ...(style.color ? { color: adjust(style.color, background, minRatio) } : {}) } };
    }),
  };
}
