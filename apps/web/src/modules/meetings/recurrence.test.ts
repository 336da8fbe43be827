import { describe, expect, it } from 'vitest';
import { buildRrule } from './recurrence.ts';

describe('buildRrule', () => {
  const tuesday = { year: 2026, month: 12, day: 8 };
  it('makes no rule for a single meeting', () => {
    expect(buildRrule('NONE', 5, tuesday)).toBeNull();
  });
  it('repeats every week or every second week, a number of times', () => {
    expect(buildRrule('WEEKLY', 6, tuesday)).toBe('FREQ=WEEKLY;COUNT=6');
    expect(buildRrule('BIWEEKLY', 4, tuesday)).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=4');
  });
  it('repeats monthly on the same weekday of the month', () => {
    expect(buildRrule('MONTHLY_WEEKDAY', 10, tuesday)).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=10');
    expect(buildRrule('MONTHLY_WEEKDAY', 3, { year: 2026, month: 12, day: 1 })).toBe(
      'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
    );
  });
  it('uses the last weekday for a fifth one, which not every month has', () => {
    expect(buildRrule('MONTHLY_WEEKDAY', 3, { year: 2026, month: 12, day: 29 })).toBe(
      'FREQ=MONTHLY;BYDAY=-1TU;COUNT=3',
    );
  });
});
