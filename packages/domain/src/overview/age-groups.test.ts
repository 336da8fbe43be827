import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, ageGroupsOf } from './age-groups.ts';

describe('ageGroupsOf', () => {
  it('has the four groups, without gaps between 6 and 25', () => {
    expect(AGE_GROUPS.map((g) => `${g.min}-${g.max}`)).toEqual(['6-12', '13-15', '16-18', '19-25']);
  });

  it.each([
    [6, 12, ['age_6_12']],
    [0, 5, []],
    [5, 5, []],
    [5, 6, ['age_6_12']],
    [12, 12, ['age_6_12']],
    [12, 13, ['age_6_12', 'age_13_15']],
    [13, 15, ['age_13_15']],
    [15, 16, ['age_13_15', 'age_16_18']],
    [12, 16, ['age_6_12', 'age_13_15', 'age_16_18']],
    [18, 19, ['age_16_18', 'age_19_25']],
    [25, 30, ['age_19_25']],
    [26, 30, []],
    [0, 30, ['age_6_12', 'age_13_15', 'age_16_18', 'age_19_25']],
  ])('%i–%i overlaps %j', (min, max, groups) => {
    expect(ageGroupsOf(min, max)).toEqual(groups);
  });

  it.each([
    [10, 9],
    [-1, 5],
    [6.5, 10],
    [6, Number.NaN],
  ])('refuses %d–%d', (min, max) => {
    expect(() => ageGroupsOf(min, max)).toThrow(RangeError);
  });
});
