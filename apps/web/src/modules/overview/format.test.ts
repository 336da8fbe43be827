import { describe, expect, it } from 'vitest';
import { protectedCountText, share } from './format.ts';

const format = (value: number) => `${value} st`;

describe('protectedCountText', () => {
  it('shows the count when it is not withheld', () => {
    expect(protectedCountText({ value: 12, fewerThanFive: false }, 'färre än 5', format)).toBe('12 st');
  });

  it('says "fewer than 5" when the count is withheld, never a number', () => {
    expect(protectedCountText({ value: null, fewerThanFive: true }, 'färre än 5', format)).toBe('färre än 5');
    // Even a value that came along with the flag is not shown.
    expect(protectedCountText({ value: 3, fewerThanFive: true }, 'fewer than 5', format)).toBe(
      'fewer than 5',
    );
    expect(protectedCountText({ fewerThanFive: false }, 'färre än 5', format)).toBe('färre än 5');
  });
});

describe('share', () => {
  it('is the part of the whole, or null with no whole', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});
