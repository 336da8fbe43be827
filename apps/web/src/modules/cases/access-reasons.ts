import type { EnumValue } from '../../graphql.ts';

export type CaseScope = EnumValue<'CaseScope'>;
export type ConsentGivenBy = EnumValue<'ConsentGivenBy'>;

/** The parts of a case that sharing covers, in the order the page shows them. */
export const CASE_SCOPES: readonly CaseScope[] = ['IDENTITY', 'NOTES', 'PLAN'];

/** Why an organisation may (or may not) see a part of a case. */
export type AccessReason =
  | { kind: 'lead' }
  | { kind: 'consultation' }
  /** An anonymous consultation has no identity for anyone to see. */
  | { kind: 'noIdentity' }
  | { kind: 'consent'; givenBy: ConsentGivenBy; validUntil: string | null }
  | { kind: 'disclosure'; basisName: string; lawReference: string; validUntil: string | null }
  /** The API allows it, and nothing the organisation can see says why. */
  | { kind: 'other' }
  | { kind: 'none' };

export interface AccessFacts {
  access: { identity: boolean; notes: boolean; plan: boolean; lead: boolean };
  identified: boolean;
  consents: readonly {
    state: EnumValue<'ConsentState'>;
    givenBy: ConsentGivenBy;
    scopes: readonly CaseScope[];
    organisations: readonly { id: string }[];
    validUntil: string | null;
  }[];
  disclosures: readonly {
    organisation: { id: string };
    scopes: readonly CaseScope[];
    revokedAt: string | null;
    validUntil: string | null;
    basis: { name: string; lawReference: string };
  }[];
}

/** A disclosure counts until it is revoked or its end passes. */
export function disclosureInForce(
  disclosure: { revokedAt: string | null; validUntil: string | null },
  now: Date,
): boolean {
  return !disclosure.revokedAt && (!disclosure.validUntil || new Date(disclosure.validUntil) > now);
}

const allowedBy: Record<CaseScope, 'identity' | 'notes' | 'plan'> = {
  IDENTITY: 'identity',
  NOTES: 'notes',
  PLAN: 'plan',
};

/**
 * For each part of the case, whether the organisation may see it (the API's answer, which the
 * database enforces) and the grounds that say why: it leads; the case is an anonymous consultation
 * (notes and plan are shared among participants); consents in force that name it; disclosures to it.
 */
export function accessReasons(
  facts: AccessFacts,
  organisationId: string | undefined,
  now: Date,
): Record<CaseScope, { allowed: boolean; reasons: AccessReason[] }> {
  const result = {} as Record<CaseScope, { allowed: boolean; reasons: AccessReason[] }>;
  for (const scope of CASE_SCOPES) {
    const allowed = facts.access[allowedBy[scope]];
    const reasons: AccessReason[] = [];
    if (facts.access.lead) reasons.push({ kind: 'lead' });
    else if (allowed) {
      if (!facts.identified && scope !== 'IDENTITY') reasons.push({ kind: 'consultation' });
      for (const consent of facts.consents) {
        if (
          consent.state === 'IN_FORCE' &&
          consent.scopes.includes(scope) &&
          consent.organisations.some((organisation) => organisation.id === organisationId)
        )
          reasons.push({ kind: 'consent', givenBy: consent.givenBy, validUntil: consent.validUntil });
      }
      for (const disclosure of facts.disclosures) {
        if (
          disclosure.organisation.id === organisationId &&
          disclosure.scopes.includes(scope) &&
          disclosureInForce(disclosure, now)
        )
          reasons.push({
            kind: 'disclosure',
            basisName: disclosure.basis.name,
            lawReference: disclosure.basis.lawReference,
            validUntil: disclosure.validUntil,
          });
      }
      if (reasons.length === 0) reasons.push({ kind: 'other' });
    } else
      reasons.push(!facts.identified && scope === 'IDENTITY' ? { kind: 'noIdentity' } : { kind: 'none' });
    result[scope] = { allowed, reasons };
  }
  return result;
}
