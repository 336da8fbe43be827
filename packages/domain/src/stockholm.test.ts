import { describe, expect, it } from 'vitest';
import { stockholmIsoWeek, stockholmTime } from './stockholm.ts';

describe('stockholmTime', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(stockholmTime(2026, 1, 15, 9, 0).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(stockholmTime(2026, 7, 15, 9, 0).toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });
});

describe('stockholmIsoWeek', () => {
  it('puts a Sunday-night UTC instant in the next Stockholm week', () => {
    // 2026-03-29T22:30Z is Monday 30 March 00:30 in Stockholm (summer time began that Sunday).
    const w = stockholmIsoWeek(new Date('2026-03-29T22:30:00Z'));
    expect(w.week).toBe(14);
    expect(w.monday.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
  it('uses the ISO week-year across new year', () => {
    expect(stockholmIsoWeek(new Date('2027-01-01T10:00:00Z'))).toMatchObject({ year: 2026, week: 53 });
  });
});

describe('stockholmDate', () => {
  it('gives the Stockholm calendar date, not the UTC one', async () => {
    const { stockholmDate } = await import('./stockholm.ts');
    expect(stockholmDate(new Date('2026-12-31T23:30:00Z')).iso).toBe('2027-01-01');
    expect(stockholmDate(new Date('2026-06-30T21:59:00Z')).iso).toBe('2026-06-30');
    expect(stockholmDate(new Date('2026-06-30T22:00:00Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      iso: '2026-07-01',
    });
  });
});
