import { describe, expect, it } from 'vitest';
import { exactShare, quorumSize, votesToCarry } from '../votes';
import type { Threshold } from '../types';

const twoThirds: Threshold = { numerator: 2, denominator: 3, base: 'votes-cast', comparison: 'at-least' };
const majority: Threshold = { numerator: 1, denominator: 2, base: 'votes-cast', comparison: 'greater-than' };
const unanimity: Threshold = { numerator: 1, denominator: 1, base: 'seats', comparison: 'at-least' };

describe('votes that carry a decision', () => {
  it('rounds "at least 2/3" up (ceil)', () => {
    expect(votesToCarry(15, twoThirds)).toBe(10);
    expect(votesToCarry(12, twoThirds)).toBe(8);
    expect(votesToCarry(10, twoThirds)).toBe(7); // 6⅔ → 7
    expect(votesToCarry(8, twoThirds)).toBe(6); // 5⅓ → 6
    expect(votesToCarry(9, twoThirds)).toBe(6);
    expect(votesToCarry(7, twoThirds)).toBe(5); // 4⅔ → 5
  });

  it('takes the next whole number above "more than 1/2", so a tie does not carry', () => {
    expect(votesToCarry(15, majority)).toBe(8); // 7½ → 8
    expect(votesToCarry(12, majority)).toBe(7); // 6 is a tie → 7
    expect(votesToCarry(8, majority)).toBe(5);
    expect(votesToCarry(1, majority)).toBe(1);
  });

  it('needs every seat for unanimity', () => {
    for (const seats of [1, 7, 15]) expect(votesToCarry(seats, unanimity)).toBe(seats);
  });

  it('is exact where floating point is not (3 × 1/3 is 1, not 0.999…)', () => {
    expect(votesToCarry(3, { numerator: 1, denominator: 3, base: 'votes-cast', comparison: 'at-least' })).toBe(1);
    expect(votesToCarry(99, { numerator: 7, denominator: 9, base: 'votes-cast', comparison: 'at-least' })).toBe(77);
    expect(votesToCarry(99, { numerator: 7, denominator: 9, base: 'votes-cast', comparison: 'greater-than' })).toBe(78);
  });

  it('rejects input no vote can meet or that is not a count', () => {
    expect(() => votesToCarry(5, { numerator: 1, denominator: 1, base: 'seats', comparison: 'greater-than' })).toThrow(/no vote of 5 seats/);
    expect(() => votesToCarry(5, { numerator: 3, denominator: 2, base: 'seats', comparison: 'at-least' })).toThrow(/more than all seats/);
    expect(() => votesToCarry(0, twoThirds)).toThrow(/seats must be/);
    expect(() => votesToCarry(2.5, twoThirds)).toThrow(/seats must be/);
    expect(() => votesToCarry(5, { numerator: 0, denominator: 3, base: 'seats', comparison: 'at-least' })).toThrow(/whole numbers/);
  });
});

describe('quorum', () => {
  it('is the fraction of all seats, rounded up', () => {
    expect(quorumSize(15, { numerator: 1, denominator: 2 })).toBe(8);
    expect(quorumSize(12, { numerator: 1, denominator: 2 })).toBe(6);
    expect(quorumSize(15, { numerator: 2, denominator: 3 })).toBe(10);
    expect(quorumSize(8, { numerator: 2, denominator: 3 })).toBe(6);
    expect(quorumSize(9, { numerator: 1, denominator: 1 })).toBe(9);
    expect(() => quorumSize(9, { numerator: 4, denominator: 3 })).toThrow(/quorum/);
  });
});

describe('exact share', () => {
  it('shows the unrounded product to two places', () => {
    expect(exactShare(15, { numerator: 2, denominator: 3 })).toBe(10);
    expect(exactShare(15, { numerator: 1, denominator: 2 })).toBe(7.5);
    expect(exactShare(8, { numerator: 2, denominator: 3 })).toBe(5.33);
  });
});
