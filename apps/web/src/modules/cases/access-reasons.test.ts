import { describe, expect, it } from 'vitest';
import { type AccessFacts, accessReasons, disclosureInForce } from './access-reasons.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const POLICE = 'police';
const REGION = 'region';

const none = { identity: false, notes: false, plan: false, lead: false };

function facts(overrides: Partial<AccessFacts>): AccessFacts {
  return { access: none, identified: true, consents: [], disclosures: [], ...overrides };
}

describe('accessReasons', () => {
  it('says the lead sees everything because it leads', () => {
    const reasons = accessReasons(
      facts({ access: { identity: true, notes: true, plan: true, lead: true } }),
      POLICE,
      NOW,
    );
    expect(reasons.IDENTITY).toEqual({ allowed: true, reasons: [{ kind: 'lead' }] });
    expect(reasons.PLAN).toEqual({ allowed: true, reasons: [{ kind: 'lead' }] });
  });

  it('names the consent in force that names the organisation and covers the part', () => {
    const reasons = accessReasons(
      facts({
        access: { identity: true, notes: false, plan: false, lead: false },
        consents: [
          {
            state: 'IN_FORCE',
            givenBy: 'PERSON',
            scopes: ['IDENTITY'],
            organisations: [{ id: POLICE }],
            validUntil: '2027-03-01T00:00:00Z',
          },
          // Withdrawn, and one that names another organisation: neither is a reason.
          {
            state: 'WITHDRAWN',
            givenBy: 'PERSON',
            scopes: ['IDENTITY', 'NOTES'],
            organisations: [{ id: POLICE }],
            validUntil: null,
          },
          {
            state: 'IN_FORCE',
            givenBy: 'PERSON',
            scopes: ['NOTES'],
            organisations: [{ id: REGION }],
            validUntil: null,
          },
        ],
      }),
      POLICE,
      NOW,
    );
    expect(reasons.IDENTITY).toEqual({
      allowed: true,
      reasons: [{ kind: 'consent', givenBy: 'PERSON', validUntil: '2027-03-01T00:00:00Z' }],
    });
    expect(reasons.NOTES).toEqual({ allowed: false, reasons: [{ kind: 'none' }] });
  });

  it('names a disclosure in force to the organisation, not a revoked or ended one', () => {
    const basis = { name: 'Generalklausulen', lawReference: 'OSL 10:27' };
    const reasons = accessReasons(
      facts({
        access: { identity: false, notes: true, plan: false, lead: false },
        disclosures: [
          { organisation: { id: POLICE }, scopes: ['NOTES'], revokedAt: null, validUntil: null, basis },
          {
            organisation: { id: POLICE },
            scopes: ['NOTES'],
            revokedAt: '2026-11-01T00:00:00Z',
            validUntil: null,
            basis,
          },
        ],
      }),
      POLICE,
      NOW,
    );
    expect(reasons.NOTES.reasons).toEqual([
      { kind: 'disclosure', basisName: 'Generalklausulen', lawReference: 'OSL 10:27', validUntil: null },
    ]);
  });

  it('explains notes and plan of an anonymous consultation, but never an identity there', () => {
    const reasons = accessReasons(
      facts({ identified: false, access: { identity: false, notes: true, plan: true, lead: false } }),
      POLICE,
      NOW,
    );
    expect(reasons.NOTES.reasons).toEqual([{ kind: 'consultation' }]);
    expect(reasons.IDENTITY).toEqual({ allowed: false, reasons: [{ kind: 'noIdentity' }] });
  });

  it('trusts the API when it allows something the page cannot explain', () => {
    const reasons = accessReasons(
      facts({ access: { identity: false, notes: false, plan: true, lead: false } }),
      POLICE,
      NOW,
    );
    expect(reasons.PLAN).toEqual({ allowed: true, reasons: [{ kind: 'other' }] });
  });
});

describe('disclosureInForce', () => {
  it('ends at revocation or at its end date', () => {
    expect(disclosureInForce({ revokedAt: null, validUntil: null }, NOW)).toBe(true);
    expect(disclosureInForce({ revokedAt: null, validUntil: '2026-12-02T00:00:00Z' }, NOW)).toBe(true);
    expect(disclosureInForce({ revokedAt: null, validUntil: '2026-12-01T12:00:00Z' }, NOW)).toBe(false);
    expect(disclosureInForce({ revokedAt: '2026-11-30T00:00:00Z', validUntil: null }, NOW)).toBe(false);
  });
});
