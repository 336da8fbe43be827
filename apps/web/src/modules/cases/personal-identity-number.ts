import type { CalendarDate } from '../../ui/datetime.ts';

/** A personal identity (or coordination) number as the form reads it. */
export interface PersonalIdentityNumber {
  /** `YYYYMMDD-NNNN`. */
  display: string;
  birthDate: CalendarDate;
}

/** The Luhn check over the ten digits YYMMDDNNNC. */
function luhnHolds(tenDigits: string): boolean {
  let sum = 0;
  for (let index = 0; index < tenDigits.length; index++) {
    let digit = Number(tenDigits[index]) * (index % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a complete Swedish personal identity number or coordination number (day + 60) in the usual
 * forms — YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN (over 100) — checking the date and
 * the check digit, or null while it is not one. The API checks it again; this only tells the form
 * when a number is complete enough to look for duplicates and to know the person's age.
 */
export function parsePersonalIdentityNumber(
  input: string,
  today: CalendarDate,
): PersonalIdentityNumber | null {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/.exec(input.trim());
  if (!match) return null;
  const [, century, yy = '', mm = '', dd = '', separator, last = ''] = match;
  let year: number;
  if (century) {
    if (separator === '+') return null;
    year = Number(`${century}${yy}`);
  } else {
    // Short form: the latest year with these two digits not after today, a century earlier with "+".
    year = Math.floor(today.year / 100) * 100 + Number(yy);
    if (year > today.year) year -= 100;
    if (separator === '+') year -= 100;
  }
  const rawDay = Number(dd);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const birthDate = { year, month: Number(mm), day };
  if (!isRealDate(birthDate)) return null;
  if (!luhnHolds(`${String(year).slice(2)}${mm}${dd}${last}`)) return null;
  return { display: `${year}${mm}${dd}-${last}`, birthDate };
}

/** Whole years of age on a day, from a date of birth. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

export type ConsentGiver = 'PERSON' | 'GUARDIANS' | 'GUARDIANS_AND_CHILD';

/**
 * Who must give consent at an age, as the API requires it: the person from 18, the guardians
 * together with the child from 15, the guardians alone below that. Null when the age is unknown.
 */
export function requiredConsentGiver(age: number | null): ConsentGiver | null {
  if (age === null) return null;
  if (age >= 18) return 'PERSON';
  return age >= 15 ? 'GUARDIANS_AND_CHILD' : 'GUARDIANS';
}
