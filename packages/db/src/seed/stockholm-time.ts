/**
 * Calendar arithmetic in Europe/Stockholm without dependencies. A calendar date is represented as
 * a "day": the epoch milliseconds of that date's UTC midnight, so `day + n * DAY` is n days later.
 */

export const DAY = 86_400_000;

const stockholm = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZoneName: 'longOffset',
});

function parts(instant: number): { day: number; offsetMinutes: number } {
  const byType = new Map(stockholm.formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(byType.get('year'));
  const month = Number(byType.get('month'));
  const date = Number(byType.get('day'));
  // `GMT+02:00`, `GMT+01:00` (or plain `GMT` for a zero offset).
  const match = /([+\-\u2212])(\d{2}):(\d{2})/.exec(byType.get('timeZoneName') ?? '');
  const sign = match?.[1] === '+' ? 1 : -1;
  const offsetMinutes = match ? sign * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return { day: Date.UTC(year, month - 1, date), offsetMinutes };
}

/** The Stockholm calendar date of an instant. */
export function stockholmDay(instant: Date): number {
  return parts(instant.getTime()).day;
}

/** The instant of a Stockholm wall-clock time (`HH:MM`) on a calendar day. */
export function stockholmTime(day: number, hhmm: string): Date {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const wall = day + hours * 3_600_000 + minutes * 60_000;
  // The offset at the wall time read as UTC is right except within two hours of a DST change;
  // a second look at the resulting instant settles it.
  const guess = wall - parts(wall).offsetMinutes * 60_000;
  return new Date(wall - parts(guess).offsetMinutes * 60_000);
}

export function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(day: number): number {
  return ((new Date(day).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the day's ISO week. */
export function mondayOf(day: number): number {
  return day - (weekday(day) - 1) * DAY;
}

/** ISO 8601 week number. */
export function isoWeek(day: number): number {
  const thursday = day + (4 - weekday(day)) * DAY;
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / DAY / 7) + 1;
}

export function yearOf(day: number): number {
  return new Date(day).getUTCFullYear();
}

export function monthOf(day: number): number {
  return new Date(day).getUTCMonth() + 1;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

const holidayCache = new Map<number, Set<number>>();

/** Swedish public holidays on weekdays, plus the eves that are de facto days off. */
export function swedishHolidays(year: number): Set<number> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easterSunday = easter(year);
  let midsummerEve = dayOf(year, 6, 19);
  while (weekday(midsummerEve) !== 5) midsummerEve += DAY;
  const days = new Set([
    dayOf(year, 1, 1), // nyårsdagen
    dayOf(year, 1, 6), // trettondedag jul
    easterSunday - 2 * DAY, // långfredagen
    easterSunday + DAY, // annandag påsk
    dayOf(year, 5, 1), // första maj
    easterSunday + 39 * DAY, // Kristi himmelsfärds dag
    dayOf(year, 6, 6), // nationaldagen
    midsummerEve, // midsommarafton
    dayOf(year, 12, 24), // julafton
    dayOf(year, 12, 25), // juldagen
    dayOf(year, 12, 26), // annandag jul
    dayOf(year, 12, 31), // nyårsafton
  ]);
  holidayCache.set(year, days);
  return days;
}

/** A weekday that is not a holiday and not in the Christmas and New Year weeks (ISO weeks 52, 53, 1). */
export function isMeetingDay(day: number): boolean {
  if (weekday(day) > 5) return false;
  const week = isoWeek(day);
  if (week >= 52 || week === 1) return false;
  return !swedishHolidays(yearOf(day)).has(day);
}

/**
 * The day itself if meetings can be held then, else the next such day, else the previous one,
 * as long as `within` holds (the same month or week); null if there is none.
 */
export function nearestMeetingDay(day: number, within: (candidate: number) => boolean): number | null {
  for (let n = 0; n <= 7; n++) {
    const later = day + n * DAY;
    if (within(later) && isMeetingDay(later)) return later;
  }
  for (let n = 1; n <= 7; n++) {
    const earlier = day - n * DAY;
    if (within(earlier) && isMeetingDay(earlier)) return earlier;
  }
  return null;
}
