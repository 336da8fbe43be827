import { describe, expect, it } from 'vitest';
import { isPulseValue, PULSE_MIN_ANSWERS, type PulseGroup, pulseFigures } from './pulse.ts';

describe('isPulseValue', () => {
  it.each([1, 2, 3, 4])('%i is on the scale', (n) => {
    expect(isPulseValue(n)).toBe(true);
  });

  it.each([0, 5, 2.5, '3', null, undefined, Number.NaN])('%j is not', (n) => {
    expect(isPulseValue(n)).toBe(false);
  });
});

const group = (period: string, answers: number, usefulnessSum: number, trustSum: number): PulseGroup => ({
  period,
  answers,
  usefulnessSum,
  trustSum,
});

describe('pulseFigures', () => {
  it('shows averages from five answers and hides them at four', () => {
    expect(PULSE_MIN_ANSWERS).toBe(5);
    expect(pulseFigures([group('2026-Q2', 4, 12, 10), group('2026-Q1', 5, 16, 13)])).toEqual([
      // 16 / 5 = 3.2, 13 / 5 = 2.6
      { period: '2026-Q1', answers: { value: 5, fewerThanFive: false }, usefulness: 3.2, trust: 2.6 },
      { period: '2026-Q2', answers: { value: null, fewerThanFive: true }, usefulness: null, trust: null },
    ]);
  });

  it('rounds averages to two decimals, halves up', () => {
    expect(pulseFigures([group('2026-Q1', 8, 25, 19), group('2025-Q4', 6, 20, 19)])).toEqual([
      // 20 / 6 = 3.333…, 19 / 6 = 3.1666…
      { period: '2025-Q4', answers: { value: 6, fewerThanFive: false }, usefulness: 3.33, trust: 3.17 },
      // 25 / 8 = 3.125, 19 / 8 = 2.375: exact halves
      { period: '2026-Q1', answers: { value: 8, fewerThanFive: false }, usefulness: 3.13, trust: 2.38 },
    ]);
  });

  it('hides a period with no answers without dividing by zero', () => {
    expect(pulseFigures([group('2026-Q3', 0, 0, 0)])).toEqual([
      { period: '2026-Q3', answers: { value: null, fewerThanFive: true }, usefulness: null, trust: null },
    ]);
  });

  it('returns nothing for no groups', () => {
    expect(pulseFigures([])).toEqual([]);
  });

  it.each([
    ['usefulness below 5 × 1', group('2026-Q1', 5, 4, 10)],
    ['trust above 5 × 4', group('2026-Q1', 5, 10, 21)],
    ['a fractional sum', group('2026-Q1', 5, 10.5, 10)],
    ['a negative count', group('2026-Q1', -1, 0, 0)],
  ])('refuses %s, which no valid answers add up to', (_, bad) => {
    expect(() => pulseFigures([bad])).toThrow(RangeError);
  });
});
