/**
 * How many members make a quorum and how many votes carry a decision in a
 * body, computed from its seats and a decision method's fractions. Whole-number
 * arithmetic only, so 2/3 of 15 is exactly 10, never 9.999… rounded the wrong way.
 */
import type { Fraction, Threshold } from '../data-engine/generated/governance';

function check(seats: number, f: Fraction, what: string): void {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`seats must be a whole number ≥ 1, got ${seats}`);
  if (!Number.isInteger(f.numerator) || !Number.isInteger(f.denominator) || f.numerator < 1 || f.denominator < 1) {
    throw new RangeError(`${what} must be a fraction of whole numbers ≥ 1, got ${f.numerator}/${f.denominator}`);
  }
  if (f.numerator > f.denominator) throw new RangeError(`${what} ${f.numerator}/${f.denominator} is more than all seats`);
}

/** ⌊a / b⌋ for whole numbers a ≥ 0, b ≥ 1. */
const floorDiv = (a: number, b: number) => (a - (a % b)) / b;
/** ⌈a / b⌉ for whole numbers a ≥ 0, b ≥ 1. */
const ceilDiv = (a: number, b: number) => floorDiv(a + b - 1, b);

/** Members who must take part (abstentions count) for a vote to be valid: the fraction of all seats, rounded up. */
export function quorumSize(seats: number, quorum: Fraction): number {
  check(seats, quorum, 'quorum');
  return ceilDiv(seats * quorum.numerator, quorum.denominator);
}

/**
 * Votes in favour that carry a decision when every seat votes (for a `seats`
 * base, whatever the turnout). "At least" a fraction rounds up (ceil: 2/3 of
 * 15 = 10, 2/3 of 8 = 5⅓ → 6); "more than" a fraction takes the next whole
 * number above it (1/2 of 15 = 7½ → 8, 1/2 of 12 = 6 → 7).
 */
export function votesToCarry(seats: number, threshold: Threshold): number {
  check(seats, threshold, 'threshold');
  const product = seats * threshold.numerator;
  const votes = threshold.comparison === 'at-least' ? ceilDiv(product, threshold.denominator) : floorDiv(product, threshold.denominator) + 1;
  if (votes > seats) {
    throw new RangeError(`no vote of ${seats} seats is more than ${threshold.numerator}/${threshold.denominator} of them`);
  }
  return votes;
}

/** seats × numerator / denominator as a decimal with up to two places, for showing the rounding ("7.5", "10", "5.33"). */
export function exactShare(seats: number, f: Fraction): number {
  return Math.round(((seats * f.numerator) / f.denominator) * 100) / 100;
}
