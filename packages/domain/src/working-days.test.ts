import { describe, expect, it } from 'vitest';
import { stockholmTime } from './stockholm.ts';
import { isSwedishPublicHoliday, isSwedishWorkingDay } from './working-days.ts';

/** Noon in Stockholm on a calendar date. */
const day = (iso: string): Date => {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return stockholmTime(y, m, d, 12, 0);
};

describe('isSwedishPublicHoliday / isSwedishWorkingDay', () => {
  // [Stockholm date, public holiday, working day, what it is]
  it.each([
    ['2026-01-01', true, false, 'nyårsdagen (Thu)'],
    ['2026-01-05', false, true, 'trettondagsafton (Mon): half-day eve, a working day'],
    ['2026-01-06', true, false, 'trettondedag jul (Tue)'],
    ['2026-04-02', false, true, 'skärtorsdagen (Thu)'],
    ['2026-04-03', true, false, 'långfredagen'],
    ['2026-04-04', false, false, 'påskafton (Sat)'],
    ['2026-04-05', true, false, 'påskdagen (Sun)'],
    ['2026-04-06', true, false, 'annandag påsk'],
    ['2026-04-07', false, true, 'Tuesday after Easter'],
    ['2026-04-30', false, true, 'valborgsmässoafton (Thu)'],
    ['2026-05-01', true, false, 'första maj (Fri)'],
    ['2026-05-14', true, false, 'Kristi himmelsfärds dag (Thu)'],
    ['2026-05-15', false, true, 'Friday after Ascension'],
    ['2026-05-24', true, false, 'pingstdagen (Sun)'],
    ['2026-05-25', false, true, 'annandag pingst (Mon): no holiday since 2005'],
    ['2026-06-05', false, true, 'Friday before the National Day'],
    ['2026-06-06', true, false, 'nationaldagen (Sat)'],
    ['2026-06-08', false, true, 'Monday after the National Day: no substitute day'],
    ['2026-06-19', false, false, 'midsommarafton (Fri)'],
    ['2026-06-20', true, false, 'midsommardagen (Sat)'],
    ['2026-10-30', false, true, 'allhelgonaafton (Fri)'],
    ['2026-10-31', true, false, 'alla helgons dag (Sat)'],
    ['2026-12-23', false, true, 'lillejulafton (Wed)'],
    ['2026-12-24', false, false, 'julafton (Thu)'],
    ['2026-12-25', true, false, 'juldagen (Fri)'],
    ['2026-12-26', true, false, 'annandag jul (Sat)'],
    ['2026-12-28', false, true, 'Monday between Christmas and New Year'],
    ['2026-12-31', false, false, 'nyårsafton (Thu)'],
    ['2027-03-26', true, false, 'långfredagen 2027'],
    ['2027-03-29', true, false, 'annandag påsk 2027'],
    ['2027-05-06', true, false, 'Kristi himmelsfärds dag 2027'],
    ['2027-06-25', false, false, 'midsommarafton 2027'],
    ['2028-06-06', true, false, 'nationaldagen 2028 (Tue)'],
    ['2026-03-10', false, true, 'ordinary Tuesday'],
    ['2026-08-12', false, true, 'ordinary Wednesday'],
    ['2026-11-20', false, true, 'ordinary Friday'],
    ['2026-03-14', false, false, 'ordinary Saturday'],
    ['2026-03-15', false, false, 'ordinary Sunday'],
  ])('%s: public %s, working %s (%s)', (iso, holiday, working) => {
    expect(isSwedishPublicHoliday(day(iso))).toBe(holiday);
    expect(isSwedishWorkingDay(day(iso))).toBe(working);
  });

  it('covers the whole Stockholm calendar day', () => {
    expect(isSwedishPublicHoliday(stockholmTime(2026, 5, 1, 0, 0))).toBe(true);
    expect(isSwedishPublicHoliday(stockholmTime(2026, 5, 1, 23, 59))).toBe(true);
    expect(isSwedishPublicHoliday(stockholmTime(2026, 5, 2, 0, 0))).toBe(false);
    expect(isSwedishWorkingDay(stockholmTime(2026, 12, 24, 8, 0))).toBe(false);
    expect(isSwedishWorkingDay(stockholmTime(2026, 12, 24, 16, 0))).toBe(false);
  });

  it('judges UTC instants by their Stockholm date', () => {
    // Sunday 22:30 UTC is Monday 00:30 in Stockholm (summer time from 29 March).
    expect(isSwedishWorkingDay(new Date('2026-03-29T22:30:00Z'))).toBe(true);
    // Sunday 23:30 UTC is Monday 00:30 in Stockholm in winter.
    expect(isSwedishWorkingDay(new Date('2026-01-11T23:30:00Z'))).toBe(true);
    // Friday 23:30 UTC is already Saturday in Stockholm.
    expect(isSwedishWorkingDay(new Date('2026-03-13T23:30:00Z'))).toBe(false);
    // Thursday 30 April 22:30 UTC is första maj in Stockholm; Friday 1 May 22:30 UTC is 2 May.
    expect(isSwedishPublicHoliday(new Date('2026-04-30T22:30:00Z'))).toBe(true);
    expect(isSwedishPublicHoliday(new Date('2026-05-01T22:30:00Z'))).toBe(false);
    // New Year's Eve 23:30 UTC is New Year's Day 2027 in Stockholm.
    expect(isSwedishPublicHoliday(new Date('2026-12-31T23:30:00Z'))).toBe(true);
    expect(isSwedishWorkingDay(new Date('2026-12-31T23:30:00Z'))).toBe(false);
  });
});
