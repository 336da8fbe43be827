import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { isSwedishWorkingDay } from '../working-days.ts';
import { type SlotBusy, type SuggestSlotsInput, suggestSlots } from './slots.ts';

const d = (s: string) => new Date(s);
// Tuesday 12 May 2026, summer time: 08:00–17:00 Stockholm is 06:00Z–15:00Z.
const may12 = (time: string) => d(`2026-05-12T${time}:00Z`);
const base: SuggestSlotsInput = {
  durationMinutes: 60,
  window: { from: d('2026-05-12T00:00:00Z'), to: d('2026-05-13T00:00:00Z') },
  busy: [],
  requiredInviteeIds: ['a', 'b'],
  now: d('2026-05-01T00:00:00Z'),
};
const busy = (inviteeId: string, start: string, end: string, inPerson = false): SlotBusy => ({
  inviteeId,
  start: may12(start),
  end: may12(end),
  inPerson,
});

function starts(input: Partial<SuggestSlotsInput>): string[] {
  const result = suggestSlots({ ...base, ...input });
  if (!result.ok) throw new Error(`expected slots, got ${JSON.stringify(result.problem)}`);
  return result.slots.map((slot) => slot.start.toISOString().slice(0, 16));
}

describe('suggestSlots: working days and hours', () => {
  it('starts at 08:00 Stockholm: 06:00Z in summer, 07:00Z in winter', () => {
    expect(starts({ limit: 3 })).toEqual(['2026-05-12T06:00', '2026-05-12T07:00', '2026-05-12T08:00']);
    const january = { from: d('2026-01-13T00:00:00Z'), to: d('2026-01-14T00:00:00Z') };
    expect(starts({ window: january, now: d('2026-01-01T00:00:00Z'), limit: 1 })).toEqual([
      '2026-01-13T07:00',
    ]);
  });
  it('follows the DST change and skips the weekend (Fri 27 March to Tue 31 March 2026)', () => {
    const window = { from: d('2026-03-27T00:00:00Z'), to: d('2026-04-01T00:00:00Z') };
    const result = suggestSlots({ ...base, window, now: d('2026-03-01T00:00:00Z'), durationMinutes: 9 * 60 });
    expect(result.ok && result.slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['2026-03-27T07:00:00.000Z', '2026-03-27T16:00:00.000Z'],
      ['2026-03-30T06:00:00.000Z', '2026-03-30T15:00:00.000Z'],
      ['2026-03-31T06:00:00.000Z', '2026-03-31T15:00:00.000Z'],
    ]);
  });
  it('skips a public holiday (Ascension Day, Thursday 14 May 2026)', () => {
    const window = { from: d('2026-05-13T00:00:00Z'), to: d('2026-05-16T00:00:00Z') };
    expect(starts({ window, durationMinutes: 9 * 60 })).toEqual(['2026-05-13T06:00', '2026-05-15T06:00']);
  });
  it('skips Midsummer Eve (Friday 19 June 2026), a day off though not a helgdag', () => {
    const window = { from: d('2026-06-18T00:00:00Z'), to: d('2026-06-20T00:00:00Z') };
    expect(starts({ window, durationMinutes: 9 * 60 })).toEqual(['2026-06-18T06:00']);
  });
  it('uses the working hours given', () => {
    const workingHours = { start: '09:30', end: '12:00' };
    expect(starts({ workingHours })).toEqual(['2026-05-12T07:30', '2026-05-12T08:30']);
  });
  it('offers nothing for a meeting longer than the working day', () => {
    expect(starts({ durationMinutes: 9 * 60 + 15 })).toEqual([]);
  });
});

describe('suggestSlots: busy invitees', () => {
  it('walks past the busy time of every required invitee', () => {
    const items = [busy('a', '06:00', '07:30'), busy('b', '08:00', '09:00')];
    expect(starts({ busy: items, limit: 3 })).toEqual([
      '2026-05-12T09:00',
      '2026-05-12T10:00',
      '2026-05-12T11:00',
    ]);
  });
  it('ignores invitees who are not required', () => {
    expect(starts({ busy: [busy('optional', '06:00', '12:00')], limit: 1 })).toEqual(['2026-05-12T06:00']);
  });
  it('lets a slot start as a busy item ends', () => {
    expect(starts({ busy: [busy('a', '06:00', '07:00')], limit: 1 })).toEqual(['2026-05-12T07:00']);
  });
  it('merges overlapping busy items of different invitees', () => {
    const items = [busy('a', '06:00', '09:00'), busy('b', '08:30', '11:00'), busy('a', '10:00', '10:30')];
    expect(starts({ busy: items, limit: 1 })).toEqual(['2026-05-12T11:00']);
  });
  it('moves to the next working day when the day is full', () => {
    expect(
      starts({ busy: [busy('b', '05:00', '14:30')], window: { ...base.window, to: d('2026-05-14T00:00Z') } }),
    ).toEqual([
      '2026-05-13T06:00',
      '2026-05-13T07:00',
      '2026-05-13T08:00',
      '2026-05-13T09:00',
      '2026-05-13T10:00',
    ]);
  });
  it('keeps 30 minutes of travel before and after an in-person meeting', () => {
    expect(starts({ busy: [busy('a', '06:00', '07:00', true)], limit: 1 })).toEqual(['2026-05-12T07:30']);
    expect(starts({ busy: [busy('a', '08:00', '09:00', true)], limit: 3 })).toEqual([
      '2026-05-12T06:00',
      '2026-05-12T09:30',
      '2026-05-12T10:30',
    ]);
  });
  it('keeps travel time around digital meetings when the proposed meeting is in person', () => {
    const items = [busy('a', '06:00', '07:00')];
    expect(starts({ busy: items, limit: 1, proposedInPerson: true })).toEqual(['2026-05-12T07:30']);
  });
  it('takes the travel buffer given', () => {
    const items = [busy('a', '06:00', '07:00', true)];
    expect(starts({ busy: items, limit: 1, travelBufferMinutes: 0 })).toEqual(['2026-05-12T07:00']);
    expect(starts({ busy: items, limit: 1, travelBufferMinutes: 45 })).toEqual(['2026-05-12T07:45']);
  });
});

describe('suggestSlots: grid, now, window and limit', () => {
  it('never suggests a time before now, rounding up to the grid', () => {
    expect(starts({ now: may12('10:07'), limit: 2 })).toEqual(['2026-05-12T10:15', '2026-05-12T11:15']);
  });
  it('gives the notice asked for: nothing starts sooner than that after now', () => {
    expect(starts({ now: may12('10:07'), noticeMinutes: 60, limit: 2 })).toEqual([
      '2026-05-12T11:15',
      '2026-05-12T12:15',
    ]);
  });
  it('moves to the next day when the rest of today is too short', () => {
    const window = { from: base.window.from, to: d('2026-05-14T00:00:00Z') };
    expect(starts({ now: may12('13:30'), durationMinutes: 120, window, limit: 1 })).toEqual([
      '2026-05-13T06:00',
    ]);
  });
  it('counts the grid from the start of working hours', () => {
    const items = [busy('a', '06:00', '06:10')];
    expect(starts({ busy: items, stepMinutes: 45, durationMinutes: 30, limit: 2 })).toEqual([
      '2026-05-12T06:45',
      '2026-05-12T07:30',
    ]);
  });
  it('keeps slots inside the window', () => {
    expect(starts({ window: { from: may12('11:20'), to: may12('13:30') } })).toEqual([
      '2026-05-12T11:30',
      '2026-05-12T12:30',
    ]);
    expect(starts({ window: { from: may12('11:20'), to: may12('13:29') } })).toEqual(['2026-05-12T11:30']);
  });
  it('returns five slots unless told otherwise', () => {
    expect(starts({})).toHaveLength(5);
    expect(starts({ limit: 20 })).toHaveLength(9);
  });
  it('returns nothing when the window is past', () => {
    expect(starts({ now: d('2026-06-01T00:00:00Z') })).toEqual([]);
  });
});

describe('suggestSlots: problems', () => {
  const problem = (input: Partial<SuggestSlotsInput>) => {
    const result = suggestSlots({ ...base, ...input });
    return result.ok ? null : result.problem;
  };
  it('rejects a window longer than 90 days', () => {
    const from = d('2026-01-01T00:00:00Z');
    expect(problem({ window: { from, to: d('2026-04-01T00:00:01Z') } })).toEqual({
      kind: 'window_too_long',
      maxDays: 90,
    });
    expect(problem({ window: { from, to: d('2026-04-01T00:00:00Z') } })).toBeNull();
  });
  it('rejects a window that ends before it starts, or is not a date', () => {
    expect(problem({ window: { from: may12('10:00'), to: may12('09:00') } })).toEqual({ kind: 'inverted' });
    expect(problem({ window: { from: d('x'), to: may12('09:00') } })).toEqual({
      kind: 'invalid_date',
      field: 'from',
    });
  });
  it('rejects a duration of zero, below zero or over a day', () => {
    for (const durationMinutes of [0, -30, 24 * 60 + 1, Number.NaN]) {
      expect(problem({ durationMinutes })).toEqual({ kind: 'invalid_duration', maxMinutes: 1440 });
    }
    expect(problem({ durationMinutes: 24 * 60 })).toBeNull();
  });
  it('rejects working hours that are not HH:mm or end before they start', () => {
    for (const workingHours of [
      { start: '8:00', end: '17:00' },
      { start: '08:00', end: '24:00' },
      { start: '17:00', end: '08:00' },
    ]) {
      expect(problem({ workingHours })).toEqual({ kind: 'invalid_working_hours' });
    }
  });
});

describe('suggestSlots: against a brute-force check', () => {
  // A small deterministic PRNG (mulberry32), so a failure can be replayed.
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  // 30 days over the March DST change, with Easter (Good Friday 3 April, Easter Monday 6 April 2026).
  const window = { from: d('2026-03-16T00:00:00Z'), to: d('2026-04-15T00:00:00Z') };
  const step = 15 * 60_000;

  function scenario(seed: number, items: number, invitees: number, durationMinutes: number) {
    const next = random(seed);
    const busy: SlotBusy[] = [];
    for (let i = 0; i < items; i++) {
      const day = window.from.getTime() + Math.floor(next() * 30) * 86_400_000;
      const start = day + (5 * 60 + Math.floor(next() * 44) * 15) * 60_000; // 05:00Z to 15:45Z
      const minutes = 15 * (1 + Math.floor(next() * 8));
      busy.push({
        inviteeId: `p${i % invitees}`,
        start: new Date(start),
        end: new Date(start + minutes * 60_000),
        inPerson: next() < 0.2,
      });
    }
    const requiredInviteeIds = Array.from({ length: 10 }, (_, i) => `p${i}`);
    return { busy, durationMinutes, requiredInviteeIds };
  }

  /** Every grid time from the window start, checked one by one. */
  function bruteForce(input: ReturnType<typeof scenario>, now: Date): number[] {
    const { busy, durationMinutes, requiredInviteeIds } = input;
    const length = durationMinutes * 60_000;
    const isFree = (t: number) =>
      busy.every((b) => {
        if (!requiredInviteeIds.includes(b.inviteeId)) return true;
        const pad = b.inPerson ? 30 * 60_000 : 0;
        return b.end.getTime() + pad <= t || b.start.getTime() - pad >= t + length;
      });
    const inHours = (t: number) => {
      const s = new TZDate(t, 'Europe/Stockholm');
      const e = new TZDate(t + length, 'Europe/Stockholm');
      const sameDay = s.getDate() === e.getDate();
      const startMin = s.getHours() * 60 + s.getMinutes();
      const endMin = e.getHours() * 60 + e.getMinutes();
      return sameDay && isSwedishWorkingDay(new Date(t)) && startMin >= 8 * 60 && endMin <= 17 * 60;
    };
    const found: number[] = [];
    const from = Math.ceil(Math.max(window.from.getTime(), now.getTime()) / step) * step;
    for (let t = from; t + length <= window.to.getTime(); t += step) {
      const previous = found.at(-1);
      if ((previous === undefined || t >= previous + length) && inHours(t) && isFree(t)) {
        found.push(t);
        if (found.length === 5) break;
      }
    }
    return found;
  }

  // [seed, busy items, invitees (the first ten required), meeting minutes]
  for (const [seed, items, invitees, duration] of [
    [1, 150, 10, 60],
    [2, 200, 10, 120],
    [3, 300, 10, 45],
    [4, 6000, 200, 30],
  ] as const) {
    it(`agrees on ${items} busy items of ${invitees} invitees, ${duration} minutes (seed ${seed})`, () => {
      const input = scenario(seed, items, invitees, duration);
      const now = d('2026-03-18T10:05:00Z');
      const result = suggestSlots({ ...base, ...input, window, now });
      const expected = bruteForce(input, now);
      expect(expected.length).toBeGreaterThan(0);
      expect(result.ok && result.slots.map((s) => s.start.getTime())).toEqual(expected);
    });
  }
});
