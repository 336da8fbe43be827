/** Who gave a consent: the person, the guardians, or the guardians together with the child. */
export type ConsentGiver = 'person' | 'guardians' | 'guardians_and_child';

/** From this age a child's own consent is needed beside the guardians' (FB 6:11, SoL 11:10). */
export const CHILD_OWN_CONSENT_AGE = 15;
export const ADULT_AGE = 18;

/**
 * Who must give consent for a person of this age: an adult gives it themself; for a child the
 * guardians do, and from 15 the child too. With no known age, any giver is accepted.
 */
export function requiredConsentGiver(age: number | null): ConsentGiver | null {
  if (age === null) return null;
  if (age >= ADULT_AGE) return 'person';
  return age >= CHILD_OWN_CONSENT_AGE ? 'guardians_and_child' : 'guardians';
}

export type ConsentState = 'in_force' | 'not_yet_valid' | 'expired' | 'withdrawn';

/** Where a consent stands at `now`. Withdrawal wins over everything; expiry is exclusive. */
export function consentState(
  consent: { validFrom: Date; validUntil: Date | null; withdrawnAt: Date | null },
  now: Date,
): ConsentState {
  if (consent.withdrawnAt && consent.withdrawnAt <= now) return 'withdrawn';
  if (consent.validFrom > now) return 'not_yet_valid';
  if (consent.validUntil && consent.validUntil <= now) return 'expired';
  return 'in_force';
}
