/**
 * Strict reading of an RRULE value. rrule's own parser is lenient (`BYDAY=XX` becomes `null`,
 * `COUNT=abc` passes through), so Samlad decides here which rules it accepts for meetings: the
 * RFC 5545 grammar, day-or-longer frequencies, and no BYHOUR/BYMINUTE (the time comes from DTSTART).
 */

export type RuleFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export type RuleSyntaxProblem = 'syntax' | 'unsupported' | 'count_and_until' | 'never_occurs';

export interface RuleParts {
  freq: RuleFrequency;
  /** Upper-case part name → upper-case value, FREQ included, in the order given. */
  parts: Map<string, string>;
}

const FREQUENCIES = new Set<string>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const SUB_DAILY = new Set<string>(['SECONDLY', 'MINUTELY', 'HOURLY']);
const UNSUPPORTED_PARTS = new Set<string>(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO']);
const WEEKDAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const BYDAY_ITEM = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const SIGNED = /^[+-]?\d{1,3}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function signedList(value: string, maxAbs: number): number[] | null {
  const items = value.split(',');
  if (!items.every((item) => SIGNED.test(item))) return null;
  const numbers = items.map(Number);
  return numbers.every((n) => n !== 0 && Math.abs(n) <= maxAbs) ? numbers : null;
}

function isRealUntil(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return false;
  // Six capture groups, the time ones absent for a date-only UNTIL.
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

function checkByDay(value: string, freq: RuleFrequency, hasByMonth: boolean): boolean {
  return value.split(',').every((item) => {
    const m = BYDAY_ITEM.exec(item);
    if (!m) return false;
    if (m[2] === undefined) return m[1] === '';
    // An ordinal ("2TU", "-1FR") only means something within a month or a year.
    const n = Number(m[2]);
    if (freq === 'MONTHLY' || (freq === 'YEARLY' && hasByMonth)) return n >= 1 && n <= 5;
    return freq === 'YEARLY' && n >= 1 && n <= 53;
  });
}

/** A BYMONTHDAY that no chosen month has (30 February) would send rrule looping to year 9999. */
function someDayExists(monthDays: number[], months: number[]): boolean {
  return months.some((month) => monthDays.some((day) => Math.abs(day) <= (DAYS_IN_MONTH[month - 1] ?? 0)));
}

/** Reads an RRULE value (with or without the `RRULE:` prefix) into its parts, or names what is wrong. */
export function readRuleParts(
  text: string,
): { ok: true; rule: RuleParts } | { ok: false; problem: RuleSyntaxProblem } {
  const body = text
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  if (body === '' || /\s/.test(body)) return { ok: false, problem: 'syntax' };
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part);
    if (!m?.[1] || !m[2] || parts.has(m[1])) return { ok: false, problem: 'syntax' };
    parts.set(m[1], m[2]);
  }
  const freq = parts.get('FREQ');
  if (freq !== undefined && SUB_DAILY.has(freq)) return { ok: false, problem: 'unsupported' };
  if (freq === undefined || !FREQUENCIES.has(freq)) return { ok: false, problem: 'syntax' };
  const rule: RuleParts = { freq: freq as RuleFrequency, parts };

  const byMonth = parts.has('BYMONTH') ? signedList(parts.get('BYMONTH') ?? '', 12) : null;
  const byMonthDay = parts.has('BYMONTHDAY') ? signedList(parts.get('BYMONTHDAY') ?? '', 31) : null;
  for (const [name, value] of parts) {
    if (UNSUPPORTED_PARTS.has(name)) return { ok: false, problem: 'unsupported' };
    const valid = (() => {
      switch (name) {
        case 'FREQ':
          return true;
        case 'INTERVAL':
          return /^[1-9]\d{0,2}$/.test(value);
        case 'COUNT':
          return /^[1-9]\d{0,8}$/.test(value);
        case 'UNTIL':
          return isRealUntil(value);
        case 'WKST':
          return WEEKDAY.test(value);
        case 'BYDAY':
          return checkByDay(value, rule.freq, parts.has('BYMONTH'));
        case 'BYMONTH':
          return byMonth?.every((n) => n > 0) ?? false;
        case 'BYMONTHDAY':
          // RFC 5545 3.3.10: BYMONTHDAY MUST NOT be used with WEEKLY.
          return byMonthDay !== null && rule.freq !== 'WEEKLY';
        case 'BYSETPOS':
          if (rule.freq === 'DAILY') return 'unsupported';
          return (
            signedList(value, 366) !== null && ['BYDAY', 'BYMONTHDAY', 'BYMONTH'].some((p) => parts.has(p))
          );
        default:
          return false;
      }
    })();
    if (valid === 'unsupported') return { ok: false, problem: 'unsupported' };
    if (!valid) return { ok: false, problem: 'syntax' };
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return { ok: false, problem: 'count_and_until' };
  if (byMonthDay && !someDayExists(byMonthDay, byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])) {
    return { ok: false, problem: 'never_occurs' };
  }
  return { ok: true, rule };
}
