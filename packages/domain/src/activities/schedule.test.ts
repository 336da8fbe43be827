import { describe, expect, it } from 'vitest';
import {
  type ActivitySchedule,
  activityOccurrences,
  checkActivitySchedule,
  firstActivityOccurrence,
  nextActivityOccurrence,
  ruleFields,
} from './schedule.ts';

const term: ActivitySchedule = {
  startsOn: '2027-01-11', // a Monday
  endsOn: '2027-01-31',
  startTime: '15:30',
  durationMinutes: 90,
  recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
  exceptionDates: ['2027-01-19'],
};

describe('activity schedules', () => {
  it('lists the weekly times in the range, without the exception dates, even from a day the rule skips', () => {
    expect(activityOccurrences(term).map((o) => o.date)).toEqual([
      '2027-01-12',
      '2027-01-14',
      '2027-01-21',
      '2027-01-26',
      '2027-01-28',
    ]);
  });

  it('gives each time in Stockholm, across summer time', () => {
    const winter = activityOccurrences(term)[0];
    expect(winter?.start?.toISOString()).toBe('2027-01-12T14:30:00.000Z');
    expect(winter?.end?.toISOString()).toBe('2027-01-12T16:00:00.000Z');
    const summer = activityOccurrences({
      ...term,
      startsOn: '2027-06-01',
      endsOn: '2027-06-03',
      exceptionDates: [],
    })[0];
    expect(summer?.start?.toISOString()).toBe('2027-06-01T13:30:00.000Z');
  });

  it('finds the next occurrence from now, skipping one already over today', () => {
    expect(nextActivityOccurrence(term, new Date('2027-01-01T10:00:00Z'))?.date).toBe('2027-01-12');
    expect(nextActivityOccurrence(term, new Date('2027-01-12T10:00:00Z'))?.date).toBe('2027-01-12');
    expect(nextActivityOccurrence(term, new Date('2027-01-12T17:00:00Z'))?.date).toBe('2027-01-14');
    expect(nextActivityOccurrence(term, new Date('2027-01-18T10:00:00Z'))?.date).toBe('2027-01-21');
    expect(nextActivityOccurrence(term, new Date('2027-02-01T10:00:00Z'))).toBeNull();
  });

  it('treats a schedule without a rule as one stretch: its first day, or today while it lasts', () => {
    const camp = { ...term, recurrence: null, exceptionDates: [], startTime: null, durationMinutes: null };
    expect(nextActivityOccurrence(camp, new Date('2027-01-01T10:00:00Z'))?.date).toBe('2027-01-11');
    expect(nextActivityOccurrence(camp, new Date('2027-01-20T10:00:00Z'))?.date).toBe('2027-01-20');
    expect(activityOccurrences(camp)).toHaveLength(1);
  });

  it.each([
    [{ endsOn: '2027-01-10' }, 'endsOn', 'before_start'],
    [{ endsOn: '2029-06-01' }, 'endsOn', 'too_long'],
    [{ startsOn: '2027-02-30' }, 'startsOn', 'not_a_date'],
    [{ startTime: '25:00' }, 'startTime', 'not_a_time'],
    [{ startTime: null }, 'startTime', 'needed_with_duration'],
    [{ durationMinutes: 0 }, 'durationMinutes', 'out_of_range'],
    [{ recurrence: 'FREQ=SOMETIMES' }, 'recurrence', 'invalid'],
    [{ recurrence: 'FREQ=WEEKLY;BYDAY=XX' }, 'recurrence', 'invalid'],
    [{ recurrence: 'FREQ=WEEKLY;COUNT=3' }, 'recurrence', 'bounded'],
    [{ recurrence: 'FREQ=YEARLY;BYMONTH=6', exceptionDates: [] }, 'recurrence', 'never_occurs'],
    [{ exceptionDates: ['2027-03-01'] }, 'exceptionDates', 'outside_range'],
  ] as const)('refuses %j: %s (%s)', (change, field, reason) => {
    expect(checkActivitySchedule({ ...term, ...change })).toEqual({ field, reason });
  });

  it('gives the first occurrence without the rest', () => {
    expect(firstActivityOccurrence(term)?.date).toBe('2027-01-12');
    expect(firstActivityOccurrence({ ...term, exceptionDates: ['2027-01-12'] })?.date).toBe('2027-01-14');
  });

  it('accepts a good one and reads its rule field by field', () => {
    expect(checkActivitySchedule(term)).toBeNull();
    expect(ruleFields('FREQ=WEEKLY;BYDAY=TU,TH')).toEqual({ FREQ: 'WEEKLY', BYDAY: 'TU,TH' });
  });
});
