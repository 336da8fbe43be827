import { describe, expect, it } from 'vitest';
import { findClashes } from './clashes.ts';
import { overlaps } from './interval.ts';

const d = (s: string) => new Date(`2026-05-12T${s}:00Z`);
const busy = (inviteeId: string, start: string, end: string, label = `${inviteeId} ${start}`) => ({
  inviteeId,
  start: d(start),
  end: d(end),
  label,
});
const proposed = { start: d('09:00'), end: d('10:00') };

describe('overlaps', () => {
  it('is true for shared time and false for touching intervals', () => {
    expect(overlaps(proposed, { start: d('09:59'), end: d('11:00') })).toBe(true);
    expect(overlaps(proposed, { start: d('08:00'), end: d('09:01') })).toBe(true);
    expect(overlaps(proposed, { start: d('10:00'), end: d('11:00') })).toBe(false);
    expect(overlaps(proposed, { start: d('08:00'), end: d('09:00') })).toBe(false);
  });
  it('is true when one interval contains the other', () => {
    expect(overlaps(proposed, { start: d('09:15'), end: d('09:30') })).toBe(true);
    expect(overlaps(proposed, { start: d('08:00'), end: d('12:00') })).toBe(true);
  });
});

describe('findClashes', () => {
  it('returns nothing when nobody is busy then', () => {
    expect(findClashes(proposed, [])).toEqual([]);
    expect(
      findClashes(proposed, [busy('polisen', '10:00', '11:00'), busy('polisen', '07:00', '09:00')]),
    ).toEqual([]);
  });
  it('groups the overlapping items per invitee, in start order', () => {
    const items = [
      busy('region', '09:30', '10:30'),
      busy('polisen', '08:30', '09:15'),
      busy('region', '08:00', '09:05'),
      busy('skolan', '13:00', '14:00'),
    ];
    expect(findClashes(proposed, items)).toEqual([
      { inviteeId: 'region', items: [items[2], items[0]] },
      { inviteeId: 'polisen', items: [items[1]] },
    ]);
  });
  it('keeps the caller’s extra fields on each item', () => {
    const item = { ...busy('af', '09:00', '10:00', 'Samverkansråd'), meetingId: 'm-1' };
    expect(findClashes(proposed, [item])[0]?.items[0]?.meetingId).toBe('m-1');
  });
  it('counts an identical interval as a clash', () => {
    expect(findClashes(proposed, [busy('af', '09:00', '10:00')])).toHaveLength(1);
  });
});
