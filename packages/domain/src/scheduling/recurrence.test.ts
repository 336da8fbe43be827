import { describe, expect, it } from 'vitest';
import { expandOccurrences, parseRecurrence, type RecurringSeries } from './recurrence.ts';

const d = (s: string) => new Date(s);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

function starts(rule: string, dtstart: string): string[] {
  const result = parseRecurrence(rule, d(dtstart));
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problem)}`);
  return iso(result.recurrence.starts);
}

function problem(rule: string, dtstart = '2026-03-16T08:00:00Z') {
  const result = parseRecurrence(rule, d(dtstart));
  return result.ok ? null : result.problem;
}

describe('parseRecurrence: DST', () => {
  it('keeps a Monday 09:00 Stockholm meeting at 09:00 across the last Sunday of March (29 March 2026)', () => {
    expect(starts('FREQ=WEEKLY;COUNT=4', '2026-03-16T08:00:00Z')).toEqual([
      '2026-03-16T08:00:00.000Z', // 09:00 CET
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z', // 09:00 CEST
      '2026-04-06T07:00:00.000Z',
    ]);
  });
  it('keeps it at 09:00 across the last Sunday of October (25 October 2026)', () => {
    expect(starts('FREQ=WEEKLY;COUNT=3', '2026-10-19T07:00:00Z')).toEqual([
      '2026-10-19T07:00:00.000Z', // 09:00 CEST
      '2026-10-26T08:00:00.000Z', // 09:00 CET
      '2026-11-02T08:00:00.000Z',
    ]);
  });
  it('does not depend on the host time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(300); // the change took effect
      expect(starts('FREQ=WEEKLY;COUNT=3', '2026-03-23T08:00:00Z')).toEqual([
        '2026-03-23T08:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
        '2026-04-06T07:00:00.000Z',
      ]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('parseRecurrence: rules', () => {
  it('expands "second Tuesday of the month" (BYDAY + BYSETPOS)', () => {
    expect(starts('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2;COUNT=4', '2026-01-13T08:00:00Z')).toEqual([
      '2026-01-13T08:00:00.000Z',
      '2026-02-10T08:00:00.000Z',
      '2026-03-10T08:00:00.000Z',
      '2026-04-14T07:00:00.000Z',
    ]);
  });
  it('expands an ordinal BYDAY: the last Friday of the month', () => {
    expect(starts('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', '2026-01-30T12:00:00Z')).toEqual([
      '2026-01-30T12:00:00.000Z',
      '2026-02-27T12:00:00.000Z',
      '2026-03-27T12:00:00.000Z',
    ]);
  });
  it('expands every other week on two weekdays', () => {
    expect(starts('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4', '2026-01-05T08:00:00Z')).toEqual([
      '2026-01-05T08:00:00.000Z',
      '2026-01-07T08:00:00.000Z',
      '2026-01-19T08:00:00.000Z',
      '2026-01-21T08:00:00.000Z',
    ]);
  });
  it('accepts the RRULE: prefix and lower case, and stores the rule normalised', () => {
    const result = parseRecurrence('rrule:freq=weekly;count=2', d('2026-01-05T08:00:00Z'));
    expect(result.ok && result.recurrence.rule).toBe('FREQ=WEEKLY;COUNT=2');
  });
  it('counts an UNTIL in UTC inclusively', () => {
    expect(starts('FREQ=WEEKLY;UNTIL=20260406T070000Z', '2026-03-23T08:00:00Z')).toHaveLength(3);
    expect(starts('FREQ=WEEKLY;UNTIL=20260406T065959Z', '2026-03-23T08:00:00Z')).toHaveLength(2);
  });
  it('reads a date-only UNTIL as the whole Stockholm day and stores it in UTC', () => {
    const result = parseRecurrence('FREQ=WEEKLY;UNTIL=20260406', d('2026-03-23T08:00:00Z'));
    expect(result.ok && result.recurrence.rule).toBe('FREQ=WEEKLY;UNTIL=20260406T215959Z');
    expect(result.ok && result.recurrence.starts).toHaveLength(3);
  });
  it('reads a floating UNTIL as Stockholm time', () => {
    const result = parseRecurrence('FREQ=DAILY;UNTIL=20260106T090000', d('2026-01-05T08:00:00Z'));
    expect(result.ok && result.recurrence.rule).toBe('FREQ=DAILY;UNTIL=20260106T080000Z');
    expect(result.ok && result.recurrence.starts).toHaveLength(2);
  });
});

describe('parseRecurrence: problems', () => {
  it('rejects text that is not a rule', () => {
    for (const rule of ['', 'garbage', 'FREQ=FOO;COUNT=2', 'COUNT=3', 'FREQ=WEEKLY;FOO=1;COUNT=2']) {
      expect(problem(rule), rule).toEqual({ kind: 'invalid', reason: 'syntax' });
    }
  });
  it('rejects values rrule would silently accept', () => {
    for (const rule of [
      'FREQ=WEEKLY;BYDAY=XX;COUNT=2',
      'FREQ=WEEKLY;COUNT=abc',
      'FREQ=WEEKLY;INTERVAL=0;COUNT=2',
      'FREQ=WEEKLY;COUNT=-1',
      'FREQ=WEEKLY;COUNT=2;COUNT=3',
      'FREQ=WEEKLY;UNTIL=20261340',
      'FREQ=MONTHLY;BYMONTHDAY=0;COUNT=2',
      'FREQ=MONTHLY;BYDAY=6TU;COUNT=2',
      'FREQ=WEEKLY;BYDAY=2TU;COUNT=2',
      'FREQ=WEEKLY;BYMONTHDAY=3;COUNT=2',
      'FREQ=WEEKLY;BYSETPOS=1;COUNT=2',
    ]) {
      expect(problem(rule), rule).toEqual({ kind: 'invalid', reason: 'syntax' });
    }
  });
  it('rejects sub-daily frequencies and BYHOUR-style parts as unsupported', () => {
    expect(problem('FREQ=HOURLY;COUNT=3')).toEqual({ kind: 'invalid', reason: 'unsupported' });
    expect(problem('FREQ=DAILY;BYHOUR=9,13;COUNT=3')).toEqual({ kind: 'invalid', reason: 'unsupported' });
    expect(problem('FREQ=DAILY;BYSETPOS=1;BYDAY=MO;COUNT=3')).toEqual({
      kind: 'invalid',
      reason: 'unsupported',
    });
  });
  it('rejects COUNT together with UNTIL', () => {
    expect(problem('FREQ=WEEKLY;COUNT=2;UNTIL=20260501T000000Z')).toEqual({
      kind: 'invalid',
      reason: 'count_and_until',
    });
  });
  it('rejects a rule that never ends', () => {
    expect(problem('FREQ=WEEKLY')).toEqual({ kind: 'unbounded' });
    expect(problem('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2')).toEqual({ kind: 'unbounded' });
  });
  it('rejects more than 200 occurrences', () => {
    expect(starts('FREQ=DAILY;COUNT=200', '2026-01-05T08:00:00Z')).toHaveLength(200);
    expect(problem('FREQ=DAILY;COUNT=201')).toEqual({ kind: 'too_many', maxOccurrences: 200, maxYears: 3 });
    expect(problem('FREQ=DAILY;UNTIL=20270101T000000Z')).toMatchObject({ kind: 'too_many' });
  });
  it('rejects a series whose last occurrence is more than three years out', () => {
    expect(starts('FREQ=MONTHLY;COUNT=37', '2026-01-05T08:00:00Z').at(-1)).toBe('2029-01-05T08:00:00.000Z');
    expect(problem('FREQ=MONTHLY;COUNT=38')).toMatchObject({ kind: 'too_many' });
    // From 16 March 2026: the fourth occurrence, 16 March 2029, is exactly three years out.
    expect(problem('FREQ=YEARLY;UNTIL=20300101T000000Z')).toBeNull();
    expect(problem('FREQ=YEARLY;UNTIL=20300401T000000Z')).toMatchObject({ kind: 'too_many' });
    // 29 February on a Monday: 2016, then 2044.
    expect(
      problem('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=2', '2016-02-29T08:00:00Z'),
    ).toMatchObject({
      kind: 'too_many',
    });
  });
  it('rejects a rule that can never occur, quickly', () => {
    expect(problem('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2')).toEqual({
      kind: 'invalid',
      reason: 'never_occurs',
    });
    expect(problem('FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31;COUNT=2')).toEqual({
      kind: 'invalid',
      reason: 'never_occurs',
    });
    // From a Monday, every seventh day is a Monday.
    expect(problem('FREQ=DAILY;INTERVAL=7;BYDAY=TU;COUNT=3')).toEqual({
      kind: 'invalid',
      reason: 'never_occurs',
    });
  });
  it('rejects a dtstart that is not an occurrence of the rule', () => {
    // 16 March 2026 is a Monday.
    expect(problem('FREQ=WEEKLY;BYDAY=TU;COUNT=3')).toEqual({ kind: 'invalid', reason: 'dtstart_mismatch' });
  });
});

describe('expandOccurrences', () => {
  const weekly: RecurringSeries = {
    dtstart: d('2026-03-16T08:00:00Z'),
    durationMinutes: 90,
    rule: 'FREQ=WEEKLY;COUNT=5',
  };
  const all = { from: d('2026-01-01T00:00:00Z'), to: d('2027-01-01T00:00:00Z') };

  it('gives start, end and original start; 90 minutes long', () => {
    expect(expandOccurrences(weekly, all)[2]).toEqual({
      originalStart: d('2026-03-30T07:00:00Z'),
      start: d('2026-03-30T07:00:00Z'),
      end: d('2026-03-30T08:30:00Z'),
      moved: false,
    });
  });
  it('keeps only occurrences overlapping the half-open window', () => {
    const window = { from: d('2026-03-23T09:30:00Z'), to: d('2026-04-06T07:00:00Z') };
    // 23 March ends 09:30Z (touches, out); 30 March in; 6 April starts at `to` (out).
    expect(expandOccurrences(weekly, window).map((o) => o.start.toISOString())).toEqual([
      '2026-03-30T07:00:00.000Z',
    ]);
    const overlapping = { from: d('2026-03-23T09:29:00Z'), to: d('2026-03-23T09:31:00Z') };
    expect(expandOccurrences(weekly, overlapping)).toHaveLength(1);
  });
  it('leaves out cancelled occurrences (EXDATE by original start)', () => {
    const series = { ...weekly, exdates: [d('2026-03-23T08:00:00Z'), d('2026-04-06T07:00:00Z')] };
    expect(iso(expandOccurrences(series, all).map((o) => o.start))).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ]);
  });
  it('ignores an EXDATE that is not an occurrence', () => {
    const series = { ...weekly, exdates: [d('2026-03-23T08:30:00Z')] };
    expect(expandOccurrences(series, all)).toHaveLength(5);
  });
  it('shows a moved occurrence at its new time, in start order', () => {
    const override = {
      originalStart: d('2026-03-23T08:00:00Z'),
      start: d('2026-04-01T12:00:00Z'),
      end: d('2026-04-01T13:00:00Z'),
    };
    const occurrences = expandOccurrences({ ...weekly, overrides: [override] }, all);
    expect(occurrences.map((o) => [o.start.toISOString(), o.moved])).toEqual([
      ['2026-03-16T08:00:00.000Z', false],
      ['2026-03-30T07:00:00.000Z', false],
      ['2026-04-01T12:00:00.000Z', true],
      ['2026-04-06T07:00:00.000Z', false],
      ['2026-04-13T07:00:00.000Z', false],
    ]);
    expect(occurrences[2]?.originalStart).toEqual(d('2026-03-23T08:00:00Z'));
  });
  it('finds an occurrence moved into the window and drops one moved out of it', () => {
    const override = {
      originalStart: d('2026-04-13T07:00:00Z'),
      start: d('2026-03-17T12:00:00Z'),
      end: d('2026-03-17T13:00:00Z'),
    };
    const window = { from: d('2026-03-17T00:00:00Z'), to: d('2026-03-18T00:00:00Z') };
    expect(expandOccurrences({ ...weekly, overrides: [override] }, window).map((o) => o.moved)).toEqual([
      true,
    ]);
    const later = { from: d('2026-04-13T00:00:00Z'), to: d('2026-04-14T00:00:00Z') };
    expect(expandOccurrences({ ...weekly, overrides: [override] }, later)).toEqual([]);
  });
  it('lets a cancellation win over a move of the same occurrence', () => {
    const at = d('2026-03-23T08:00:00Z');
    const series = { ...weekly, exdates: [at], overrides: [{ originalStart: at, start: at, end: at }] };
    expect(expandOccurrences(series, all)).toHaveLength(4);
  });
  it('throws on a rule that parseRecurrence rejects', () => {
    expect(() => expandOccurrences({ ...weekly, rule: 'FREQ=WEEKLY' }, all)).toThrow(RangeError);
  });
});
