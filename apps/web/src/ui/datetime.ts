/**
 * Dates and times as people in Samlad read them: always in Europe/Stockholm, whatever the
 * browser's own zone, and in the active language's conventions.
 */
export const TIME_ZONE = 'Europe/Stockholm';

export type Language = 'sv' | 'en';

export const languages: readonly Language[] = ['sv', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/** A day in the calendar, with no time and no zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

// Creating a DateTimeFormat is costly compared to using one; a list of meetings formats hundreds.
const formats = new Map<string, Intl.DateTimeFormat>();
/** One shared formatter per locale and options: use it instead of `new Intl.DateTimeFormat` in lists. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formats.set(key, formatter);
  }
  return formatter;
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** The calendar day an instant falls on in the given zone (Stockholm by default). */
export function calendarDateInZone(instant: Date | string, timeZone = TIME_ZONE): CalendarDate {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(toDate(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function toUtcMs(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtcMs(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
  monday: CalendarDate;
}

/** ISO 8601 week of a calendar day: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const ms = toUtcMs(date);
  const daysSinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  const mondayMs = ms - daysSinceMonday * DAY_MS;
  const thursday = new Date(mondayMs + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return { year, week, monday: fromUtcMs(mondayMs) };
}

/** "mån 7 dec. 2026, 09:00–11:00"; both dates in full when a meeting runs past midnight. */
export function formatTimeRange(startsAt: Date | string, endsAt: Date | string, language: string): string {
  const locale = localeFor(language);
  const day = dateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const time = dateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const start = toDate(startsAt);
  const end = toDate(endsAt);
  const startDay = day.format(start);
  const endDay = day.format(end);
  if (startDay === endDay) return `${startDay}, ${time.format(start)}–${time.format(end)}`;
  return `${startDay}, ${time.format(start)} – ${endDay}, ${time.format(end)}`;
}

/** "7 dec." / "7 Dec" for a calendar day. */
export function formatDayMonth(date: CalendarDate, language: string): string {
  // Noon UTC, formatted in UTC, is the same calendar day everywhere.
  return dateTimeFormat(localeFor(language), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(toUtcMs(date) + DAY_MS / 2),
  );
}

/** "30 nov. – 6 dec.": the Monday to Sunday of the week starting on `monday`. */
export function formatWeekRange(monday: CalendarDate, language: string): string {
  return `${formatDayMonth(monday, language)} – ${formatDayMonth(addDays(monday, 6), language)}`;
}

/** Start and end of a window of whole minutes from `now`, so query variables stay stable. */
export function upcomingWindow(now: Date, months: number): { from: string; to: string } {
  const from = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const to = new Date(from);
  to.setUTCMonth(to.getUTCMonth() + months);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The instant a calendar day begins in the zone (Stockholm by default), daylight saving included. */
export function startOfDayInZone(date: CalendarDate, timeZone = TIME_ZONE): Date {
  return instantInZone(date, 0, 0, timeZone);
}

/** The instant a wall-clock time on a calendar day falls on in the zone, daylight saving included. */
export function instantInZone(
  date: CalendarDate,
  hours: number,
  minutes: number,
  timeZone = TIME_ZONE,
): Date {
  const guess = toUtcMs(date) + (hours * 60 + minutes) * 60_000;
  // The zone's offset at an instant: its wall-clock time read as if it were UTC, minus the instant.
  const offsetAt = (ms: number) => {
    const parts = dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(ms));
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((candidate) => candidate.type === type)?.value);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    return wall - ms;
  };
  const first = guess - offsetAt(guess);
  // Once more at the corrected instant, in case the offset changed in between (a DST night).
  return new Date(guess - offsetAt(first));
}

/** `2026-11-23`: a calendar day as an `<input type="date">` value. */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** `09:30`: the Stockholm wall-clock time of an instant, as an `<input type="time">` value. */
export function timeInZone(instant: Date | string, timeZone = TIME_ZONE): string {
  return dateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(instant),
  );
}

/** `09:30` as hours and minutes, or undefined if it is not a time of day. */
export function parseTime(value: string): { hours: number; minutes: number } | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : undefined;
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: CalendarDate): number {
  return (new Date(toUtcMs(date)).getUTCDay() + 6) % 7;
}

/** "mån 23 nov." / "Mon 23 Nov": a calendar day with its weekday. */
export function formatWeekdayDate(date: CalendarDate, language: string): string {
  return dateTimeFormat(localeFor(language), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(toUtcMs(date) + DAY_MS / 2));
}

/** `2026-11-23` (an `<input type="date">` value) as a calendar day, or undefined if it is not one. */
export function parseIsoDate(value: string | null | undefined): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(toUtcMs(date));
  return check.getUTCFullYear() === date.year &&
    check.getUTCMonth() + 1 === date.month &&
    check.getUTCDate() === date.day
    ? date
    : undefined;
}

/** "23 nov. 2026 14:05:09", Stockholm time: when something happened, to the second (audit log). */
export function formatDateTime(instant: Date | string, language: string): string {
  return dateTimeFormat(localeFor(language), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(toDate(instant));
}

/** "23 nov. 2026": a day, Stockholm time. */
export function formatDate(instant: Date | string, language: string): string {
  return dateTimeFormat(localeFor(language), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(toDate(instant));
}

/** "23 nov. 2026" for a calendar day given as `2026-11-23` (a due or follow-up date); the text itself if not one. */
export function formatCalendarDate(isoDate: string, language: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  return dateTimeFormat(localeFor(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(toUtcMs(date) + DAY_MS / 2));
}

/** Today's date in Stockholm as `2026-11-23`, to compare with due and follow-up dates. */
export function todayInZone(now: Date = new Date(), timeZone = TIME_ZONE): string {
  return toIsoDate(calendarDateInZone(now, timeZone));
}
