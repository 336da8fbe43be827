import personnummerModule from 'personnummer';

// The package is CommonJS with ESM-style typings: Node hands over module.exports, whose `default`
// is the class; bundlers and vitest may already unwrap it. Typed by the little Samlad uses, so the
// same code checks under Node's and the web bundler's module resolution.
interface ParsedNumber {
  format(longFormat?: boolean): string;
  isCoordinationNumber(): boolean;
}
interface PersonnummerClass {
  parse(
    pin: string,
    options?: { allowCoordinationNumber: boolean; allowInterimNumber: boolean },
  ): ParsedNumber;
}
const loaded = personnummerModule as unknown as PersonnummerClass & { default?: PersonnummerClass };
const Personnummer: PersonnummerClass = loaded.default ?? loaded;

export interface PersonalIdentityNumber {
  /** Twelve digits, YYYYMMDDNNNN: how Samlad stores it. */
  stored: string;
  /** YYYYMMDD-NNNN: how people read it. */
  display: string;
  /** The date of birth (for a coordination number, with the day's 60 taken off). */
  birthDate: { year: number; month: number; day: number };
  coordinationNumber: boolean;
}

/**
 * Parses a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer) in any of the usual forms (YYMMDD-NNNN, YYMMDD+NNNN for people over 100,
 * YYYYMMDDNNNN, …), checking the date and the check digit (Luhn). Returns null if it is not one.
 */
export function parsePersonalIdentityNumber(input: string): PersonalIdentityNumber | null {
  const text = input.trim();
  if (!/^(\d{6}|\d{8})[-+]?\d{4}$/.test(text)) return null;
  let parsed: ParsedNumber;
  try {
    parsed = Personnummer.parse(text, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    return null;
  }
  const stored = parsed.format(true).replace(/\D/g, '');
  if (!/^\d{12}$/.test(stored)) return null;
  const coordination = parsed.isCoordinationNumber();
  const day = Number(stored.slice(6, 8)) - (coordination ? 60 : 0);
  return {
    stored,
    display: `${stored.slice(0, 8)}-${stored.slice(8)}`,
    birthDate: { year: Number(stored.slice(0, 4)), month: Number(stored.slice(4, 6)), day },
    coordinationNumber: coordination,
  };
}

/** Whole years of age on `on` (a calendar date), from a date of birth. */
export function ageOn(
  birth: { year: number; month: number; day: number },
  on: { year: number; month: number; day: number },
): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/** The display form of a stored twelve-digit number. */
export function displayPersonalIdentityNumber(stored: string): string {
  return /^\d{12}$/.test(stored) ? `${stored.slice(0, 8)}-${stored.slice(8)}` : stored;
}
