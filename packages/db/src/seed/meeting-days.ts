/**
 * Which days the demo forums meet on. Calendar days are Stockholm midnights as `TZDate`s, so
 * date-fns reads and moves them by the Stockholm calendar.
 */
import { TZDate } from '@date-fns/tz';
import { isSwedishWorkingDay, STOCKHOLM } from '@samlad/domain';
import { addDays, getISODay, getISOWeek } from 'date-fns';

/** Midnight in Stockholm on a calendar date. */
function stockholmDate(year: number, month: number, date: number): TZDate {
  return new TZDate(year, month - 1, date, STOCKHOLM);
}

/** A Swedish working day outside the Christmas and New Year weeks (ISO weeks 52, 53, 1). */
function isMeetingDay(day: Date): boolean {
  const week = getISOWeek(day);
  return week < 52 && week !== 1 && isSwedishWorkingDay(day);
}

/**
 * The day itself if meetings can be held then, else the next such day, else the previous one,
 * as long as `within` holds (the same month or week); null if there is none.
 */
export function nearestMeetingDay(day: TZDate, within: (candidate: TZDate) => boolean): TZDate | null {
  for (let n = 0; n <= 7; n++) {
    const later = addDays(day, n);
    if (within(later) && isMeetingDay(later)) return later;
  }
  for (let n = 1; n <= 7; n++) {
    const earlier = addDays(day, -n);
    if (within(earlier) && isMeetingDay(earlier)) return earlier;
  }
  return null;
}

/** The nth (1-based) given weekday (1 = Monday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): TZDate {
  const first = stockholmDate(year, month, 1);
  return addDays(first, ((weekday - getISODay(first) + 7) % 7) + (nth - 1) * 7);
}
