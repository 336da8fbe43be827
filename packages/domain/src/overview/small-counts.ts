/**
 * Every figure about people is a count, and a count below the limit could point at individuals in a
 * small municipality, so it is only ever shown as "fewer than 5". Zero is suppressed too: "none came"
 * next to "fewer than 5" would let a reader tell the two apart.
 */
export const SMALL_COUNT_LIMIT = 5;

export interface ProtectedCount {
  value: number | null;
  fewerThanFive: boolean;
}

export function protectCount(n: number): ProtectedCount {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a non-negative integer, got ${n}`);
  return n < SMALL_COUNT_LIMIT ? { value: null, fewerThanFive: true } : { value: n, fewerThanFive: false };
}
