/** Calendar helpers: Stockholm wall-clock times to UTC, and ISO dates, without a time-zone object per row. */
import { stockholmTime } from '../../../packages/domain/src/stockholm.ts';

export const DAY = 86_400_000;

const offsets = new Map<number, number>();

/** Stockholm's offset from UTC (ms) on a calendar day given as days since 1970-01-01. */
function offsetOn(dayNumber: number): number {
  let offset = offsets.get(dayNumber);
  if (offset === undefined) {
    const d = new Date(dayNumber * DAY);
    const noonUtc = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
    offset = noonUtc - stockholmTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 12).getTime();
    offsets.set(dayNumber, offset);
  }
  return offset;
}

/** The UTC instant (ms) of `minutes` after midnight, Stockholm time, on a day (days since 1970-01-01). */
export function stockholmInstant(dayNumber: number, minutes: number): number {
  return dayNumber * DAY + minutes * 60_000 - offsetOn(dayNumber);
}

/** The Stockholm calendar day (days since 1970-01-01) an instant falls on. */
export function stockholmDay(instant: number): number {
  const guess = Math.floor(instant / DAY);
  return Math.floor((instant + offsetOn(guess)) / DAY);
}

/** YYYY-MM-DD of a day number. */
export function isoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Year, month (1–12) and day of a day number. */
export function ymd(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day number of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}
