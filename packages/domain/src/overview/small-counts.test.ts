import { describe, expect, it } from 'vitest';
import { protectCount, SMALL_COUNT_LIMIT } from './small-counts.ts';

describe('protectCount', () => {
  it('shows counts from the limit up', () => {
    expect(SMALL_COUNT_LIMIT).toBe(5);
    expect(protectCount(5)).toEqual({ value: 5, fewerThanFive: false });
    expect(protectCount(6)).toEqual({ value: 6, fewerThanFive: false });
    expect(protectCount(1234)).toEqual({ value: 1234, fewerThanFive: false });
  });

  it.each([0, 1, 4])('hides %i as "fewer than 5", zero included', (n) => {
    expect(protectCount(n)).toEqual({ value: null, fewerThanFive: true });
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which is no count', (n) => {
    expect(() => protectCount(n)).toThrow(RangeError);
  });
});
