/**
 * Overview periods are inclusive calendar dates 'YYYY-MM-DD', meant as Europe/Stockholm days. They are
 * dates, not instants, so all arithmetic here is on day numbers in UTC: counting in Stockholm time would
 * meet 23- and 25-hour days at the DST changes.
 */
export const MAX_PERIOD_YEARS = 5;

export type PeriodProblem = 'badDate' | 'reversed' | 'tooLong';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(iso: string): CalendarDate {
  const date = parseDate(iso);
  if (!date) throw new RangeError(`Not a calendar date in YYYY-MM-DD: ${iso}`);
  return date;
}

function dayNumber({ year, month, day }: CalendarDate): number {
  // setUTCFullYear rather than Date.UTC, which would read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/**
 * The same date MAX_PERIOD_YEARS on, which a period may end on at the latest. From 29 February that
 * date does not exist, but it still compares as lying between 28 February and 1 March: the period may
 * end on 28 February (as date-fns' addYears and PostgreSQL's `+ interval '5 years'` clamp it), and a
 * leap-day start never gains a day.
 */
function latestEnd(from: CalendarDate): CalendarDate {
  return { ...from, year: from.year + MAX_PERIOD_YEARS };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function checkPeriod(from: string, to: string): PeriodProblem | null {
  const start = parseDate(from);
  const end = parseDate(to);
  if (!start || !end) return 'badDate';
  if (compareDates(end, start) < 0) return 'reversed';
  if (compareDates(end, latestEnd(start)) > 0) return 'tooLong';
  return null;
}

/** Inclusive: a period from a day to the same day is one day long. */
export function periodDays(from: string, to: string): number {
  const days = dayNumber(parseOrThrow(to)) - dayNumber(parseOrThrow(from)) + 1;
  if (days < 1) throw new RangeError(`The period ends before it starts: ${from} – ${to}`);
  return days;
}

/**
 * How many meetings a forum's cadence promises in a period. Per 365 days whatever the year, so a full
 * leap year promises a hair more than `meetingsPerYear`, which rounds away.
 */
export function plannedMeetings(meetingsPerYear: number, from: string, to: string): number {
  if (!Number.isFinite(meetingsPerYear) || meetingsPerYear < 0) {
    throw new RangeError(`Meetings per year must be a non-negative number, got ${meetingsPerYear}`);
  }
  return Math.round((meetingsPerYear * periodDays(from, to)) / 365);
}

export function quarterOf(isoDate: string): string {
  const { year, month } = parseOrThrow(isoDate);
  return `${String(year).padStart(4, '0')}-Q${Math.ceil(month / 3)}`;
}
