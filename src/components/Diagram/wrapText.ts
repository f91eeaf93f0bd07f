/**
 * Text in the site's SVG drawings (learning path, process diagrams): SVG does
 * not wrap, so labels are broken into lines here. Widths are estimated from
 * the characters, the same at build time, in the browser and in tests.
 */

/** The drawings' label size in px. */
export const DEFAULT_FONT_SIZE = 14;

/** Rough advance width of a character at the drawing's font size: CJK and full-width forms are square, Latin about half. */
function charWidth(ch: string, fontSize: number): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide = (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
  if (wide) return fontSize;
  if (ch === ' ') return fontSize * 0.3;
  if (/[A-Z]/.test(ch)) return fontSize * 0.68;
  return fontSize * 0.56;
}

function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch, fontSize);
  return w;
}

/**
 * Splits a title into lines that fit a node: breaks at spaces between Latin
 * words, anywhere between CJK characters, and ends the last line with "…" if
 * the title is longer than `maxLines` (the full title stays in the text list
 * and in the link's tooltip).
 */
export function wrapText(title: string, width: number, maxLines: number, fontSize = DEFAULT_FONT_SIZE): string[] {
  // Tokens: runs of non-space non-CJK characters (words), single CJK characters, and spaces.
  const tokens = title.match(/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (textWidth(candidate.trimEnd(), fontSize) <= width || !line.trim()) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
