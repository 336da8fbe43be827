import { describe, expect, it } from 'vitest';
import { checkPeriod, MAX_PERIOD_YEARS, periodDays, plannedMeetings, quarterOf } from './period.ts';

describe('checkPeriod', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 'same day'],
    ['2026-01-01', '2026-12-31', 'a year'],
    ['2021-01-01', '2026-01-01', 'exactly five years'],
    ['2024-02-29', '2029-02-28', 'leap day: five years on clamps to 28 February'],
    ['2023-02-28', '2028-02-28', 'five years to a date in a leap year'],
    ['2024-02-29', '2024-02-29', 'a leap day on its own'],
    ['2000-02-29', '2000-03-01', '2000 is a leap year (divisible by 400)'],
  ])('accepts %s – %s (%s)', (from, to) => {
    expect(checkPeriod(from, to)).toBeNull();
  });

  it.each([
    ['2021-01-01', '2026-01-02', 'five years and a day'],
    ['2024-02-29', '2029-03-01', 'leap day start: 1 March is a day too many'],
    ['2023-02-28', '2028-02-29', 'five years and a day, the day being a leap day'],
    ['2020-06-15', '2030-06-15', 'ten years'],
  ])('%s – %s is too long (%s)', (from, to) => {
    expect(MAX_PERIOD_YEARS).toBe(5);
    expect(checkPeriod(from, to)).toBe('tooLong');
  });

  it.each([
    ['2026-03-02', '2026-03-01'],
    ['2026-01-01', '2025-12-31'],
  ])('%s – %s is reversed', (from, to) => {
    expect(checkPeriod(from, to)).toBe('reversed');
  });

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['2025-02-29', '2025 is no leap year'],
    ['1900-02-29', '1900 is no leap year (divisible by 100)'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-1-5', 'no leading zeros'],
    ['20260105', 'no dashes'],
    ['2026-01-05T00:00', 'a time is not a date'],
    [' 2026-01-05', 'leading space'],
    ['', 'empty'],
  ])('%j is a bad date (%s), as either end', (bad) => {
    expect(checkPeriod(bad, '2026-12-31')).toBe('badDate');
    expect(checkPeriod('2026-01-01', bad)).toBe('badDate');
  });

  it('reports a bad date before a reversed order', () => {
    expect(checkPeriod('2026-02-30', '2026-01-01')).toBe('badDate');
  });
});

describe('periodDays', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2026-01-01', '2026-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    // 28, 29 February, 1 March in a leap year; 28 February, 1 March otherwise.
    ['2024-02-28', '2024-03-01', 3],
    ['2025-02-28', '2025-03-01', 2],
    // Across the Swedish DST changes (29 March and 25 October 2026): still whole days.
    ['2026-03-28', '2026-03-30', 3],
    ['2026-10-24', '2026-10-26', 3],
    // 5 × 365, one leap day (2024), and the last day counted: 1825 + 1 + 1.
    ['2021-01-01', '2026-01-01', 1827],
  ])('%s – %s is %i days', (from, to, days) => {
    expect(periodDays(from, to)).toBe(days);
  });

  it('refuses a reversed period or a bad date', () => {
    expect(() => periodDays('2026-01-02', '2026-01-01')).toThrow(RangeError);
    expect(() => periodDays('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('plannedMeetings', () => {
  it.each([
    // 12 × 365 / 365 = 12
    [12, '2026-01-01', '2026-12-31', 12],
    // 12 × 366 / 365 = 12.03: a leap year does not add a meeting
    [12, '2024-01-01', '2024-12-31', 12],
    // 0.5 × 365 / 365 = 0.5, rounded up
    [0.5, '2026-01-01', '2026-12-31', 1],
    // 15 days: 12 × 15 / 365 = 0.493
    [12, '2026-01-01', '2026-01-15', 0],
    // 16 days: 12 × 16 / 365 = 0.526
    [12, '2026-01-01', '2026-01-16', 1],
    // 31 + 28 + 31 + 30 + 31 + 30 = 181 days: 10 × 181 / 365 = 4.96
    [10, '2026-01-01', '2026-06-30', 5],
    // 31 + 28 + 31 = 90 days: 4 × 90 / 365 = 0.986
    [4, '2026-01-01', '2026-03-31', 1],
    // 1827 days: 6 × 1827 / 365 = 30.03
    [6, '2021-01-01', '2026-01-01', 30],
    [0, '2026-01-01', '2026-12-31', 0],
  ])('%d a year from %s to %s is %i', (perYear, from, to, expected) => {
    expect(plannedMeetings(perYear, from, to)).toBe(expected);
  });

  it('refuses a negative cadence', () => {
    expect(() => plannedMeetings(-1, '2026-01-01', '2026-12-31')).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-06-30', '2026-Q2'],
    ['2026-07-01', '2026-Q3'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2025-12-31', '2025-Q4'],
  ])('%s is in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('refuses a bad date', () => {
    expect(() => quarterOf('2026-02-30')).toThrow(RangeError);
  });
});
