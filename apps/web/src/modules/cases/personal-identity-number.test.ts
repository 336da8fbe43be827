import { describe, expect, it } from 'vitest';
import { ageOn, parsePersonalIdentityNumber, requiredConsentGiver } from './personal-identity-number.ts';

const TODAY = { year: 2026, month: 12, day: 1 };

describe('parsePersonalIdentityNumber', () => {
  it.each([
    ['19811218-9876', '19811218-9876'],
    ['198112189876', '19811218-9876'],
    ['811218-9876', '19811218-9876'],
    [' 811218-9876 ', '19811218-9876'],
  ])('reads %s as %s', (input, display) => {
    expect(parsePersonalIdentityNumber(input)?.display).toBe(display);
  });

  it('gives the birth date', () => {
    expect(parsePersonalIdentityNumber('19811218-9876')?.birthDate).toEqual({
      year: 1981,
      month: 12,
      day: 18,
    });
  });

  it('reads a coordination number (day plus 60) with its real birth date', () => {
    // 1981-12-18 as a coordination number: day 78.
    const parsed = parsePersonalIdentityNumber('19811278-9873');
    expect(parsed?.birthDate).toEqual({ year: 1981, month: 12, day: 18 });
  });

  it('puts a short number within the last hundred years, and "+" a century before', () => {
    expect(parsePersonalIdentityNumber('100101-1236')?.birthDate.year).toBe(2010);
    expect(parsePersonalIdentityNumber('100101+1236')?.birthDate.year).toBe(1910);
  });

  it.each([
    ['19811218-9875', 'a wrong check digit'],
    ['19810231-1234', 'a day that does not exist'],
    ['1981121-9876', 'too few digits'],
    ['19811218-987', 'an unfinished number'],
    ['', 'nothing'],
    ['abc', 'letters'],
  ])('refuses %s (%s)', (input) => {
    expect(parsePersonalIdentityNumber(input)).toBeNull();
  });
});

describe('ageOn', () => {
  it('counts a birthday on the day itself', () => {
    expect(ageOn({ year: 2008, month: 12, day: 1 }, TODAY)).toBe(18);
    expect(ageOn({ year: 2008, month: 12, day: 2 }, TODAY)).toBe(17);
  });
});

describe('requiredConsentGiver', () => {
  it.each([
    [null, null],
    [9, 'GUARDIANS'],
    [14, 'GUARDIANS'],
    [15, 'GUARDIANS_AND_CHILD'],
    [17, 'GUARDIANS_AND_CHILD'],
    [18, 'PERSON'],
    [64, 'PERSON'],
  ] as const)('at %s is %s', (age, giver) => {
    expect(requiredConsentGiver(age)).toBe(giver);
  });
});
