import { describe, expect, it } from 'vitest';
import { groupByIsoWeek } from './group-by-week.ts';

const meeting = (id: string, startsAt: string) => ({ id, startsAt });

describe('groupByIsoWeek', () => {
  it('puts a meeting at Monday 00:30 Stockholm (Sunday 22:30 UTC) in the new week, after the spring DST change', () => {
    // Clocks went forward at 01:00 UTC on Sunday 29 March 2026, so Stockholm is UTC+2.
    const groups = groupByIsoWeek([
      meeting('sunday-evening', '2026-03-29T21:30:00Z'), // Sunday 23:30 in Stockholm
      meeting('monday-night', '2026-03-29T22:30:00Z'), // Monday 00:30 in Stockholm
    ]);
    expect(groups.map((g) => [g.key, g.monday, g.items.map((m) => m.id)])).toEqual([
      ['2026-W13', { year: 2026, month: 3, day: 23 }, ['sunday-evening']],
      ['2026-W14', { year: 2026, month: 3, day: 30 }, ['monday-night']],
    ]);
  });

  it('uses UTC+1 after the autumn DST change', () => {
    // Clocks went back on Sunday 25 October 2026; Sunday 22:30 UTC is still Sunday (23:30) in Stockholm.
    const groups = groupByIsoWeek([
      meeting('sunday', '2026-10-25T22:30:00Z'),
      meeting('monday', '2026-10-25T23:30:00Z'),
    ]);
    expect(groups.map((g) => [g.week, g.items.map((m) => m.id)])).toEqual([
      [43, ['sunday']],
      [44, ['monday']],
    ]);
  });

  it('sorts meetings by start and keeps one group per week', () => {
    const groups = groupByIsoWeek([
      meeting('thu', '2026-12-03T09:00:00Z'),
      meeting('next-week', '2026-12-07T08:00:00Z'),
      meeting('mon', '2026-11-30T08:00:00Z'),
    ]);
    expect(groups.map((g) => [g.key, g.items.map((m) => m.id)])).toEqual([
      ['2026-W49', ['mon', 'thu']],
      ['2026-W50', ['next-week']],
    ]);
  });

  it('keeps weeks of different years apart and uses the ISO week-year around New Year', () => {
    const groups = groupByIsoWeek([
      meeting('new-years-day-2027', '2027-01-01T10:00:00Z'), // Friday: still 2026-W53
      meeting('early-2026', '2026-01-02T10:00:00Z'), // Friday: 2026-W01
      meeting('first-monday-2027', '2027-01-04T10:00:00Z'), // 2027-W01
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2026-W01', '2026-W53', '2027-W01']);
    expect(groups[1]?.monday).toEqual({ year: 2026, month: 12, day: 28 });
  });

  it('returns no groups for no meetings', () => {
    expect(groupByIsoWeek([])).toEqual([]);
  });
});
