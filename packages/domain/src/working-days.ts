/** Swedish public holidays and working days, on the calendar day as seen in Stockholm. */
import { TZDate } from '@date-fns/tz';
import { format, getISODay } from 'date-fns';
import Holidays, { type HolidaysTypes } from 'date-holidays';
import { STOCKHOLM } from './stockholm.ts';

const holidays = new Holidays('SE', { timezone: STOCKHOLM });

/** Holiday types by Stockholm date (`yyyy-MM-dd`), per year. */
const byYear = new Map<number, Map<string, HolidaysTypes.HolidayType[]>>();

function holidayTypes(date: Date): HolidaysTypes.HolidayType[] {
  const local = new TZDate(date.getTime(), STOCKHOLM);
  const year = local.getFullYear();
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of holidays.getHolidays(year)) {
      // `date` is the local start, "yyyy-MM-dd hh:mm:ss"; half-day eves start at 12:00.
      const key = h.date.slice(0, 10);
      days.set(key, [...(days.get(key) ?? []), h.type]);
    }
    byYear.set(year, days);
  }
  return days.get(format(local, 'yyyy-MM-dd')) ?? [];
}

/** An allmän helgdag under lag (1989:253) om allmänna helgdagar, Sundays' feasts included. */
export function isSwedishPublicHoliday(date: Date): boolean {
  return holidayTypes(date).includes('public');
}

/** Monday to Friday, and neither a public holiday nor Midsummer, Christmas or New Year's Eve. */
export function isSwedishWorkingDay(date: Date): boolean {
  if (getISODay(new TZDate(date.getTime(), STOCKHOLM)) > 5) return false;
  // For SE, date-holidays types exactly those three eves 'bank': not helgdagar by law, but days off
  // for practically every Swedish employer. The 'optional' half-day eves (trettondagsafton,
  // valborgsmässoafton, allhelgonaafton) and 'observance' days stay working days.
  return !holidayTypes(date).some((type) => type === 'public' || type === 'bank');
}
