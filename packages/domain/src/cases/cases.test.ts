import { describe, expect, it } from 'vitest';
import { casePrefix, formatCaseReference, isCaseReference } from './case-reference.ts';
import { consentState, requiredConsentGiver } from './consent-rules.ts';
import { ageOn, parsePersonalIdentityNumber } from './personal-identity-number.ts';

describe('personal identity numbers', () => {
  it.each([
    ['19121212-1212', '191212121212'],
    ['121212-1212', '201212121212'],
    ['121212+1212', '191212121212'],
    ['191212121212', '191212121212'],
    ['20150315-0011', '201503150011'],
  ])('reads %s', (input, stored) => {
    const pin = parsePersonalIdentityNumber(input);
    expect(pin?.stored).toBe(stored);
    expect(pin?.display).toBe(`${stored.slice(0, 8)}-${stored.slice(8)}`);
  });

  it.each(['19121212-1213', '19121312-1212', '1912121212', 'abc', '', '19121212-12120', '191232-1212'])(
    'refuses %s (wrong check digit, date or shape)',
    (input) => {
      expect(parsePersonalIdentityNumber(input)).toBeNull();
    },
  );

  it('reads a coordination number and takes 60 off its day', () => {
    const pin = parsePersonalIdentityNumber('701063-2391');
    expect(pin?.coordinationNumber).toBe(true);
    expect(pin?.birthDate).toEqual({ year: 1970, month: 10, day: 3 });
  });

  it('counts age in whole years, the birthday itself included', () => {
    const birth = { year: 2011, month: 6, day: 15 };
    expect(ageOn(birth, { year: 2026, month: 6, day: 14 })).toBe(14);
    expect(ageOn(birth, { year: 2026, month: 6, day: 15 })).toBe(15);
    expect(ageOn(birth, { year: 2029, month: 6, day: 15 })).toBe(18);
  });
});

describe('who gives consent', () => {
  it.each([
    [40, 'person'],
    [18, 'person'],
    [17, 'guardians_and_child'],
    [15, 'guardians_and_child'],
    [14, 'guardians'],
    [0, 'guardians'],
    [null, null],
  ])('at age %s: %s', (age, giver) => {
    expect(requiredConsentGiver(age)).toBe(giver);
  });
});

describe('consent state', () => {
  const from = new Date('2026-01-01T00:00:00Z');
  const until = new Date('2026-12-31T00:00:00Z');
  it.each([
    ['2025-12-31T23:59:59Z', null, 'not_yet_valid'],
    ['2026-01-01T00:00:00Z', null, 'in_force'],
    ['2026-12-30T23:59:59Z', null, 'in_force'],
    ['2026-12-31T00:00:00Z', null, 'expired'],
    ['2026-06-01T00:00:00Z', '2026-05-01T00:00:00Z', 'withdrawn'],
    ['2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', 'in_force'],
  ])('at %s (withdrawn %s): %s', (now, withdrawn, state) => {
    expect(
      consentState(
        { validFrom: from, validUntil: until, withdrawnAt: withdrawn ? new Date(withdrawn) : null },
        new Date(now),
      ),
    ).toBe(state);
  });
});

describe('case references', () => {
  it.each([
    ['Växjö', 'VXJ'],
    ['Karlstad', 'KRL'],
    ['Lund', 'LND'],
    ['Åre', 'ARX'],
    ['Ö', 'OXX'],
    ['Norrköping', 'NRR'],
  ])('%s → %s', (place, prefix) => {
    expect(casePrefix(place)).toBe(prefix);
  });

  it('pads the number to four digits', () => {
    expect(formatCaseReference('VXJ', 2026, 42)).toBe('VXJ-2026-0042');
    expect(isCaseReference(' vxj-2026-0042 ')).toBe(true);
    expect(isCaseReference('VXJ-26-42')).toBe(false);
  });
});
