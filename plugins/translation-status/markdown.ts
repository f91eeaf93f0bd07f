import { load } from 'js-yaml';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Front-matter fields a translator translates; the others (position, slug, date…) never make a page stale. */
export const TRANSLATED_FRONT_MATTER = ['title', 'description', 'sidebar_label', 'pagination_label', 'keywords'] as const;

/** The line `write-translations` adds to each copied page; the translator deletes it when done. */
export const UNTRANSLATED_FIELD = 'untranslated';

export function splitFrontMatter(text: string): { frontMatter: Record<string, unknown>; raw: string | undefined; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { frontMatter: {}, raw: undefined, body: text };
  let frontMatter: Record<string, unknown> = {};
  try {
    const value = load(match[1]!);
    if (value && typeof value === 'object' && !Array.isArray(value)) frontMatter = value as Record<string, unknown>;
  } catch {
    // Docusaurus reports broken front matter when it builds the page; here it simply has no fields.
  }
  return { frontMatter, raw: match[1], body: text.slice(match[0].length) };
}

/**
 * The part of a Markdown source a translation depends on: the translated
 * front-matter fields and the body. Its hash is what the manifest records.
 */
export function translatedText(text: string): string {
  const { frontMatter, body } = splitFrontMatter(text);
  const fields = TRANSLATED_FRONT_MATTER.filter((k) => frontMatter[k] !== undefined).map((k) => `${k}: ${JSON.stringify(frontMatter[k])}`);
  return `${fields.join('\n')}\n\n${body}`;
}

export function isMarkedUntranslated(text: string): boolean {
  return splitFrontMatter(text).frontMatter[UNTRANSLATED_FIELD] === true;
}

const MARK_LINES = [
  '# Translate this page, then delete the next line (until then it counts as untranslated).',
  `${UNTRANSLATED_FIELD}: true`,
];

/** A copy of a source page for translators, marked so it counts as untranslated and shows the banner. */
export function markUntranslated(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const match = /^(\uFEFF?---)\r?\n/.exec(text);
  if (match) return `${match[1]}${eol}${MARK_LINES.join(eol)}${eol}${text.slice(match[0].length)}`;
  return `---${eol}${MARK_LINES.join(eol)}${eol}---${eol}${eol}${text}`;
}
