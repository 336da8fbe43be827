/** Samlad reasons about time in Sweden's zone; storage is always UTC (timestamptz). */
export const STOCKHOLM = 'Europe/Stockholm';

import { TZDate } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/** The ISO week (year and number) an instant falls in, as seen in Stockholm. */
export function stockholmIsoWeek(instant: Date): { year: number; week: number; monday: Date } {
  const local = new TZDate(instant.getTime(), STOCKHOLM);
  const monday = startOfISOWeek(local);
  return { year: getISOWeekYear(local), week: getISOWeek(local), monday: new Date(monday.getTime()) };
}

/** The UTC instant of a wall-clock time in Stockholm (handles summer time). */
export function stockholmTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, STOCKHOLM).getTime());
}

/** The calendar date an instant falls on in Stockholm. */
export function stockholmDate(instant: Date): { year: number; month: number; day: number; iso: string } {
  const local = new TZDate(instant.getTime(), STOCKHOLM);
  const [year, month, day] = [local.getFullYear(), local.getMonth() + 1, local.getDate()];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, iso };
}
