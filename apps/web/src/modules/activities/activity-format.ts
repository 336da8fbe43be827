import { dateTimeFormat, formatTimeRange, localeFor, parseIsoDate, TIME_ZONE } from '../../ui/datetime.ts';

/** Languages most asked for among young people in Swedish municipalities; the form and filter offer them first. */
export const COMMON_LANGUAGES = ['sv', 'en', 'ar', 'so', 'fa', 'ti', 'uk', 'fi'] as const;

const names = new Map<string, Intl.DisplayNames>();

/** "arabiska" / "Arabic" for `ar`, in the interface language; the code itself if unknown. */
export function languageName(code: string, language: string): string {
  const locale = localeFor(language);
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    names.set(locale, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Arabiska": a name at the start of a label. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Codes written by hand ("ku, TR ,pl") as a clean list of two-letter codes, or null if one is not. */
export function parseLanguageCodes(text: string): string[] | null {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  return codes.every((code) => /^[a-z]{2}$/.test(code)) ? [...new Set(codes)] : null;
}

/** "tis 16 juni 2026" for a calendar day `2026-06-16`; the text itself if it is not one. */
export function formatDayWithWeekday(isoDate: string, language: string): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  return dateTimeFormat(localeFor(language), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)));
}

/**
 * One time an activity takes place, in Stockholm time: "tis 16 juni 2026, 15:30–17:00", with only
 * a start time when it has no length, and only the day when it has no set time.
 */
export function formatOccurrence(
  occurrence: { date: string; startsAt?: string | null; endsAt?: string | null },
  language: string,
): string {
  const { startsAt, endsAt } = occurrence;
  if (startsAt && endsAt) return formatTimeRange(startsAt, endsAt, language);
  if (startsAt) {
    const time = dateTimeFormat(localeFor(language), {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(startsAt));
    return `${formatDayWithWeekday(occurrence.date, language)}, ${time}`;
  }
  return formatDayWithWeekday(occurrence.date, language);
}

/** "1 200 kr" / "SEK 1,200". */
export function formatKronor(amount: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), {
    style: 'currency',
    currency: 'SEK',
    maximumFractionDigits: 0,
  }).format(amount);
}

/** The weekday names Monday to Sunday, long ("tisdag" / "Tuesday"). */
export function weekdayNames(language: string): string[] {
  const weekday = dateTimeFormat(localeFor(language), { timeZone: 'UTC', weekday: 'long' });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => weekday.format(new Date(Date.UTC(2026, 0, 5 + index, 12))));
}

/** "tisdag och torsdag" / "Tuesday and Thursday". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(localeFor(language), { style: 'long', type: 'conjunction' }).format(items);
}
