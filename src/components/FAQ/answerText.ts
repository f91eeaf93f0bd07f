import { isValidElement, type ReactNode } from 'react';

type Select = (count: number, message: string) => string;
type WithText = { toText?: (props: never, select: Select) => string };

/**
 * The plain text of an answer, read from the React elements MDX produced
 * (not from rendered HTML), so the JSON-LD is the same on the server and in
 * the browser. Inline data facts contribute their text through `toText`.
 */
export function answerText(node: ReactNode, select: Select): string {
  const walk = (n: ReactNode): string => {
    if (n === null || n === undefined || typeof n === 'boolean') return '';
    if (typeof n === 'string' || typeof n === 'number') return String(n);
    if (Array.isArray(n)) return n.map(walk).join(' ');
    if (isValidElement(n)) {
      const toText = (n.type as WithText).toText;
      if (typeof toText === 'function') return toText(n.props as never, select);
      return walk((n.props as { children?: ReactNode }).children);
    }
    return '';
  };
  return walk(node)
    .replace(/\s+/g, ' ')
    // Joining children with spaces leaves gaps before punctuation and inside CJK text.
    .replace(/ ([,.;:!?，。；：！？、）)])/g, '$1')
    .replace(/([（(]) /g, '$1')
    .replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .trim();
}
