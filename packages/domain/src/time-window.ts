/** A half-open time window [from, to). */
export interface TimeWindow {
  from: Date;
  to: Date;
}

export type TimeWindowProblem =
  | { kind: 'invalid_date'; field: 'from' | 'to' }
  | { kind: 'inverted' }
  | { kind: 'too_long'; maxDays: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Checks that a window is made of real dates, runs forward and spans at most `maxDays`. */
export function checkTimeWindow(window: TimeWindow, maxDays: number): TimeWindowProblem | null {
  if (Number.isNaN(window.from.getTime())) return { kind: 'invalid_date', field: 'from' };
  if (Number.isNaN(window.to.getTime())) return { kind: 'invalid_date', field: 'to' };
  if (window.to.getTime() <= window.from.getTime()) return { kind: 'inverted' };
  if (window.to.getTime() - window.from.getTime() > maxDays * DAY_MS) return { kind: 'too_long', maxDays };
  return null;
}
