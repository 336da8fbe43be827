/** The age groups the county reports activity figures in; ages 0–5 and 26–30 fall in none. */
export const AGE_GROUPS = [
  { key: 'age_6_12', min: 6, max: 12 },
  { key: 'age_13_15', min: 13, max: 15 },
  { key: 'age_16_18', min: 16, max: 18 },
  { key: 'age_19_25', min: 19, max: 25 },
] as const;

export type AgeGroupKey = (typeof AGE_GROUPS)[number]['key'];

/** Every group an activity's inclusive age range overlaps, so a 12–16 activity counts in three groups. */
export function ageGroupsOf(minAge: number, maxAge: number): AgeGroupKey[] {
  // Ages are whole years (the database holds integers), so 12.5 would be a bug upstream, not an age.
  if (!Number.isInteger(minAge) || !Number.isInteger(maxAge) || minAge < 0 || maxAge < minAge) {
    throw new RangeError(`Not an age range: ${minAge}–${maxAge}`);
  }
  return AGE_GROUPS.filter((g) => g.min <= maxAge && g.max >= minAge).map((g) => g.key);
}
