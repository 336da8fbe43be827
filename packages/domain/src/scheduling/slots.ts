/** Suggests meeting times when every required invitee is free, in Swedish working hours. */
import { TZDate } from '@date-fns/tz';
import { STOCKHOLM } from '../stockholm.ts';
import { checkTimeWindow, type TimeWindow, type TimeWindowProblem } from '../time-window.ts';
import { isSwedishWorkingDay } from '../working-days.ts';
import type { Interval } from './interval.ts';

export const MAX_SLOT_WINDOW_DAYS = 90;
export const MAX_MEETING_MINUTES = 24 * 60;

export interface SlotBusy extends Interval {
  inviteeId: string;
  /** Travel to and from an in-person meeting takes time on both sides. */
  inPerson?: boolean;
}

export interface WorkingHours {
  /** Stockholm wall-clock time, `HH:mm`. */
  start: string;
  end: string;
}

export interface SuggestSlotsInput {
  durationMinutes: number;
  window: TimeWindow;
  busy: readonly SlotBusy[];
  requiredInviteeIds: readonly string[];
  /** No slot starts before this instant. */
  now: Date;
  /** Notice invitees get: no slot starts sooner than this many minutes after `now` (default 0). */
  noticeMinutes?: number;
  workingHours?: WorkingHours;
  travelBufferMinutes?: number;
  /** Slots start on this grid, counted from the start of working hours. */
  stepMinutes?: number;
  limit?: number;
  /** An in-person meeting needs travel time around every busy item, digital ones included. */
  proposedInPerson?: boolean;
}

export type SlotProblem =
  | Exclude<TimeWindowProblem, { kind: 'too_long' }>
  | { kind: 'window_too_long'; maxDays: number }
  | { kind: 'invalid_duration'; maxMinutes: number }
  | { kind: 'invalid_working_hours' };

export type SuggestSlotsResult = { ok: true; slots: Interval[] } | { ok: false; problem: SlotProblem };

const MINUTE_MS = 60_000;
const DEFAULT_HOURS: WorkingHours = { start: '08:00', end: '17:00' };

function minutesOfDay(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Required invitees' busy time, widened by travel buffers, merged into sorted disjoint intervals. */
function blockedTime(
  input: SuggestSlotsInput,
  bufferMs: number,
  from: number,
  to: number,
): Array<[number, number]> {
  const required = new Set(input.requiredInviteeIds);
  const spans: Array<[number, number]> = [];
  for (const item of input.busy) {
    if (!required.has(item.inviteeId)) continue;
    const pad = item.inPerson || input.proposedInPerson ? bufferMs : 0;
    const start = item.start.getTime() - pad;
    const end = item.end.getTime() + pad;
    if (end > from && start < to) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The earliest non-overlapping slots of `durationMinutes` inside `window`, on Swedish working days
 * within working hours (Stockholm time, so 08:00 is 07:00Z in winter and 06:00Z in summer), not
 * before `now` (plus the notice), and clear of every required invitee's busy time. Busy time is merged once and the
 * gaps are walked day by day, so the cost grows with the number of busy items, not of minutes.
 */
export function suggestSlots(input: SuggestSlotsInput): SuggestSlotsResult {
  const { durationMinutes, window, now } = input;
  const windowProblem = checkTimeWindow(window, MAX_SLOT_WINDOW_DAYS);
  if (windowProblem?.kind === 'too_long') {
    return { ok: false, problem: { kind: 'window_too_long', maxDays: MAX_SLOT_WINDOW_DAYS } };
  }
  if (windowProblem) return { ok: false, problem: windowProblem };
  if (!(durationMinutes > 0 && durationMinutes <= MAX_MEETING_MINUTES)) {
    return { ok: false, problem: { kind: 'invalid_duration', maxMinutes: MAX_MEETING_MINUTES } };
  }
  const hours = input.workingHours ?? DEFAULT_HOURS;
  const dayStartMin = minutesOfDay(hours.start);
  const dayEndMin = minutesOfDay(hours.end);
  if (dayStartMin === null || dayEndMin === null || dayEndMin <= dayStartMin) {
    return { ok: false, problem: { kind: 'invalid_working_hours' } };
  }
  const stepMs = (input.stepMinutes ?? 15) * MINUTE_MS;
  const limit = input.limit ?? 5;
  const bufferMs = (input.travelBufferMinutes ?? 30) * MINUTE_MS;
  if (!(stepMs > 0) || !(limit > 0) || !(bufferMs >= 0)) {
    throw new RangeError('stepMinutes and limit must be positive, travelBufferMinutes not negative');
  }

  const durationMs = durationMinutes * MINUTE_MS;
  const from = Math.max(window.from.getTime(), now.getTime() + (input.noticeMinutes ?? 0) * MINUTE_MS);
  const to = window.to.getTime();
  const blocked = blockedTime(input, bufferMs, from, to);
  const slots: Interval[] = [];
  let next = 0; // index of the first blocked interval that may still matter

  // Calendar days in Stockholm, stepped with UTC date arithmetic on the local date.
  const first = new TZDate(from, STOCKHOLM);
  for (
    let day = Date.UTC(first.getFullYear(), first.getMonth(), first.getDate());
    day < to;
    day += 86_400_000
  ) {
    const date = new Date(day);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
    const at = (minutes: number) =>
      new TZDate(y, m, d, Math.floor(minutes / 60), minutes % 60, STOCKHOLM).getTime();
    const dayStart = at(dayStartMin);
    const dayEnd = Math.min(at(dayEndMin), to);
    if (dayEnd - Math.max(dayStart, from) < durationMs || !isSwedishWorkingDay(new Date(dayStart))) continue;
    const onGrid = (t: number) => dayStart + Math.max(0, Math.ceil((t - dayStart) / stepMs)) * stepMs;

    let t = onGrid(from);
    while (t + durationMs <= dayEnd) {
      let busy = blocked[next];
      while (busy && busy[1] <= t) busy = blocked[++next];
      if (busy && busy[0] < t + durationMs) {
        t = onGrid(busy[1]);
        continue;
      }
      slots.push({ start: new Date(t), end: new Date(t + durationMs) });
      if (slots.length >= limit) return { ok: true, slots };
      t = onGrid(t + durationMs);
    }
  }
  return { ok: true, slots };
}
