import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateInZone,
  formatCalendarDate,
  formatDateTime,
  formatTimeRange,
  formatWeekRange,
  instantInZone,
  isoWeekOf,
  parseIsoDate,
  startOfDayInZone,
  timeInZone,
  todayInZone,
  upcomingWindow,
} from './datetime.ts';

describe('calendarDateInZone', () => {
  it('gives the Stockholm day, not the UTC day', () => {
    expect(calendarDateInZone('2026-03-29T22:30:00Z')).toEqual({ year: 2026, month: 3, day: 30 });
    expect(calendarDateInZone('2026-12-31T23:30:00Z')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(calendarDateInZone('2026-12-31T22:30:00Z')).toEqual({ year: 2026, month: 12, day: 31 });
  });
});

describe('isoWeekOf', () => {
  it.each([
    [{ year: 2026, month: 11, day: 30 }, 2026, 49, { year: 2026, month: 11, day: 30 }],
    [{ year: 2026, month: 12, day: 6 }, 2026, 49, { year: 2026, month: 11, day: 30 }],
    [{ year: 2024, month: 12, day: 30 }, 2025, 1, { year: 2024, month: 12, day: 30 }],
    [{ year: 2021, month: 1, day: 3 }, 2020, 53, { year: 2020, month: 12, day: 28 }],
    [{ year: 2026, month: 1, day: 1 }, 2026, 1, { year: 2025, month: 12, day: 29 }],
  ])('%o is in %i week %i starting %o', (date, year, week, monday) => {
    expect(isoWeekOf(date)).toEqual({ year, week, monday });
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays({ year: 2026, month: 11, day: 30 }, 6)).toEqual({ year: 2026, month: 12, day: 6 });
    expect(addDays({ year: 2026, month: 12, day: 28 }, 6)).toEqual({ year: 2027, month: 1, day: 3 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('formatTimeRange', () => {
  it('formats a winter meeting in Swedish, in Stockholm time (UTC+1)', () => {
    expect(formatTimeRange('2026-12-07T08:00:00Z', '2026-12-07T10:00:00Z', 'sv')).toBe(
      'mån 7 dec. 2026, 09:00–11:00',
    );
  });

  it('formats a summer meeting in English, in Stockholm time (UTC+2) with a 24-hour clock', () => {
    expect(formatTimeRange('2026-06-15T11:30:00Z', '2026-06-15T13:00:00Z', 'en')).toBe(
      'Mon, 15 Jun 2026, 13:30–15:00',
    );
  });

  it('shows the Stockholm day of a meeting just after midnight', () => {
    expect(formatTimeRange('2026-03-29T22:30:00Z', '2026-03-29T23:00:00Z', 'sv')).toBe(
      'mån 30 mars 2026, 00:30–01:00',
    );
  });

  it('writes both days when a meeting runs past midnight', () => {
    expect(formatTimeRange('2026-05-04T20:00:00Z', '2026-05-05T07:00:00Z', 'sv')).toBe(
      'mån 4 maj 2026, 22:00 – tis 5 maj 2026, 09:00',
    );
  });
});

describe('formatWeekRange', () => {
  it('spans Monday to Sunday in the active language', () => {
    expect(formatWeekRange({ year: 2026, month: 11, day: 30 }, 'sv')).toBe('30 nov. – 6 dec.');
    expect(formatWeekRange({ year: 2026, month: 11, day: 30 }, 'en')).toBe('30 Nov – 6 Dec');
  });
});

describe('upcomingWindow', () => {
  it('starts at the current whole minute and ends the given number of months later', () => {
    expect(upcomingWindow(new Date('2026-01-31T10:15:42.123Z'), 6)).toEqual({
      from: '2026-01-31T10:15:00.000Z',
      to: '2026-07-31T10:15:00.000Z',
    });
  });
});

describe('startOfDayInZone', () => {
  it('is 23:00 UTC the day before in Swedish winter time', () => {
    expect(startOfDayInZone({ year: 2026, month: 11, day: 23 }).toISOString()).toBe(
      '2026-11-22T23:00:00.000Z',
    );
  });

  it('is 22:00 UTC the day before in Swedish summer time', () => {
    expect(startOfDayInZone({ year: 2026, month: 7, day: 1 }).toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('handles the days daylight saving starts and ends (no 02:00 question at midnight)', () => {
    expect(startOfDayInZone({ year: 2026, month: 3, day: 29 }).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfDayInZone({ year: 2026, month: 3, day: 30 }).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(startOfDayInZone({ year: 2026, month: 10, day: 25 }).toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    expect(startOfDayInZone({ year: 2026, month: 10, day: 26 }).toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });
});

describe('parseIsoDate', () => {
  it('reads a date input value', () => {
    expect(parseIsoDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it.each([[''], [null], ['2026-02-30'], ['2026-13-01'], ['23/11/2026'], ['2026-11-23T00:00']])(
    'refuses %j',
    (value) => {
      expect(parseIsoDate(value)).toBeUndefined();
    },
  );
});

describe('formatDateTime', () => {
  it('shows Stockholm time to the second', () => {
    expect(formatDateTime('2026-11-23T13:05:09Z', 'sv')).toBe('23 nov. 2026 14:05:09');
  });
});

describe('instantInZone', () => {
  it('reads a wall-clock time as Stockholm time, in winter and in summer', () => {
    expect(instantInZone({ year: 2026, month: 12, day: 8 }, 9, 30).toISOString()).toBe(
      '2026-12-08T08:30:00.000Z',
    );
    expect(instantInZone({ year: 2026, month: 6, day: 9 }, 9, 30).toISOString()).toBe(
      '2026-06-09T07:30:00.000Z',
    );
  });
  it('uses the offset of the day itself on a daylight-saving day', () => {
    expect(instantInZone({ year: 2026, month: 3, day: 29 }, 10, 0).toISOString()).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(instantInZone({ year: 2026, month: 10, day: 25 }, 10, 0).toISOString()).toBe(
      '2026-10-25T09:00:00.000Z',
    );
  });
  it('round-trips through timeInZone', () => {
    expect(timeInZone(instantInZone({ year: 2026, month: 11, day: 23 }, 14, 5))).toBe('14:05');
  });
});

describe('formatCalendarDate', () => {
  it('formats a calendar day without moving it to another zone', () => {
    expect(formatCalendarDate('2026-11-23', 'sv')).toBe('23 nov. 2026');
    expect(formatCalendarDate('2026-11-23', 'en')).toBe('23 Nov 2026');
  });

  it('gives back what is not a date as it is', () => {
    expect(formatCalendarDate('soon', 'sv')).toBe('soon');
  });
});

describe('todayInZone', () => {
  it('is the Stockholm day, which starts before the UTC one', () => {
    expect(todayInZone(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInZone(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});
