import {
  ageOn as domainAgeOn,
  requiredConsentGiver as giverFor,
  parsePersonalIdentityNumber as parseNumber,
} from '@samlad/domain/cases';
import type { CalendarDate } from '../../ui/datetime.ts';

/** A personal identity (or coordination) number as the form reads it. */
export interface PersonalIdentityNumber {
  /** `YYYYMMDD-NNNN`. */
  display: string;
  birthDate: CalendarDate;
}

/**
 * Reads a complete Swedish personal identity number or coordination number in the usual forms
 * (YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDD+NNNN), checking the date and the check digit
 * with the same rules as the API (the personnummer library, through @samlad/domain/cases), or
 * null while it is not one. It tells the form when to look for duplicates and the person's age.
 */
export function parsePersonalIdentityNumber(input: string): PersonalIdentityNumber | null {
  const parsed = parseNumber(input);
  return parsed ? { display: parsed.display, birthDate: parsed.birthDate } : null;
}

/** Whole years of age on a day, from a date of birth. */
export const ageOn: (birth: CalendarDate, on: CalendarDate) => number = domainAgeOn;

export type ConsentGiver = 'PERSON' | 'GUARDIANS' | 'GUARDIANS_AND_CHILD';

/**
 * Who must give consent at an age, as the API requires it: the person from 18, the guardians
 * together with the child from 15, the guardians alone below that. Null when the age is unknown.
 */
export function requiredConsentGiver(age: number | null): ConsentGiver | null {
  const giver = giverFor(age);
  return giver ? (giver.toUpperCase() as ConsentGiver) : null;
}
