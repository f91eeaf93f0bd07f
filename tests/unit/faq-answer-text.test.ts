import { createElement as h, Fragment } from 'react';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/components/FAQ/answerText';

const select = (count: number, message: string) => message.split('|')[count === 1 ? 0 : 1] ?? message;
const Seats = Object.assign(() => null, { toText: (p: { fact: { seats: number } }) => String(p.fact.seats) });
const Weeks = Object.assign(() => null, { toText: (p: { n: number }, s: typeof select) => s(p.n, `${p.n} week|${p.n} weeks`) });

describe('FAQ answer text for JSON-LD', () => {
  it('joins the text of nested elements and paragraphs', () => {
    const answer = [h('p', { key: 1 }, 'Open a ', h('a', { href: '/x' }, 'pull request'), '.'), h('ul', { key: 2 }, h('li', null, 'one'), h('li', null, 'two'))];
    expect(answerText(answer, select)).toBe('Open a pull request. one two');
  });

  it('uses the text of inline data facts, with plural forms', () => {
    const answer = h('p', null, 'It has ', h(Seats, { fact: { seats: 15 } }), ' seats and lasts ', h(Weeks, { n: 1 }), '.');
    expect(answerText(answer, select)).toBe('It has 15 seats and lasts 1 week.');
  });

  it('does not put spaces inside Chinese text or before punctuation', () => {
    const answer = h(Fragment, null, h('p', null, '技术委员会有 ', h(Seats, { fact: { seats: 15 } }), ' 个席位。'), h('p', null, '任期两年，', h('strong', null, '可连任'), '。'));
    expect(answerText(answer, select)).toBe('技术委员会有 15 个席位。任期两年，可连任。');
  });

  it('ignores empty nodes', () => {
    expect(answerText([null, false, undefined, ''], select)).toBe('');
  });
});
