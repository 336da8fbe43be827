import { describe, expect, it } from 'vitest';
import {
  jaccard,
  MEMBER_WEIGHT,
  mergeCandidates,
  mergeSavings,
  type OverlapForum,
  scoreAllPairs,
  scorePair,
  THEME_WEIGHT,
} from './overlap.ts';

const forum = (
  id: string,
  members: string[],
  themes: string[],
  meetingsPerYear = 4,
  hoursPerMeeting = 1,
): OverlapForum => ({ id, members, themes, meetingsPerYear, hoursPerMeeting });

/** Candidate pairs as 'a/b', to compare orders at a glance. */
const ids = (pairs: readonly { a: string; b: string }[]): string[] => pairs.map((p) => `${p.a}/${p.b}`);

describe('jaccard', () => {
  it.each([
    [[1, 2, 3], [2, 3, 4], 0.5], // {2,3} of {1,2,3,4}
    [['a', 'a', 'b'], ['a'], 0.5], // distinct values: {a} of {a,b}
    [['a', 'b'], ['b', 'a'], 1],
    [['a'], ['b'], 0],
    [[], ['a'], 0],
    [[], [], 0],
    [[1, 2, 3, 4, 5], [5], 0.2], // {5} of five
  ])('%j and %j: %d', (a, b, expected) => {
    expect(jaccard<string | number>(a, b)).toBe(expected);
  });

  it('takes any iterable', () => {
    expect(jaccard(new Set(['x', 'y']), new Map([['y', 1]]).keys())).toBe(0.5);
  });
});

// F1 and F2 share B and C, and theme y. Annual hours: F1 6 × 2 = 12, F2 10 × 1.5 = 15.
const f1 = forum('f1', ['C', 'A', 'B'], ['y', 'x'], 6, 2);
const f2 = forum('f2', ['B', 'C', 'D'], ['y'], 10, 1.5);

describe('scorePair', () => {
  it('weighs members 0.7 and themes 0.3', () => {
    expect(MEMBER_WEIGHT).toBe(0.7);
    expect(THEME_WEIGHT).toBe(0.3);
    // members {B,C} of {A,B,C,D} = 0.5; themes {y} of {x,y} = 0.5; 0.7 × 0.5 + 0.3 × 0.5 = 0.5
    expect(scorePair(f1, f2)).toEqual({
      a: 'f1',
      b: 'f2',
      score: 0.5,
      memberSimilarity: 0.5,
      themeSimilarity: 0.5,
      sharedMembers: ['B', 'C'],
      sharedThemes: ['y'],
    });
  });

  it('keeps the order it is given', () => {
    const pair = scorePair(f2, f1);
    expect([pair.a, pair.b, pair.score]).toEqual(['f2', 'f1', 0.5]);
  });

  it('keeps full precision', () => {
    // members {A} of {A,B,C} = 1/3; themes equal = 1; 0.7 / 3 + 0.3 = 0.5333…
    const pair = scorePair(forum('p', ['A', 'B'], ['t']), forum('q', ['A', 'C'], ['t']));
    expect(pair.memberSimilarity).toBe(1 / 3);
    expect(pair.score).toBeCloseTo(0.7 / 3 + 0.3, 12);
    expect(pair.score).not.toBe(0.533);
  });

  it('scores two forums with nothing in common 0', () => {
    expect(scorePair(forum('p', ['A'], ['t']), forum('q', ['B'], ['u']))).toMatchObject({
      score: 0,
      sharedMembers: [],
      sharedThemes: [],
    });
  });
});

describe('scoreAllPairs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [4, 6], // 4 × 3 / 2
    [7, 21], // 7 × 6 / 2
  ])('%i forums make %i pairs', (n, pairs) => {
    const forums = Array.from({ length: n }, (_, i) => forum(`f${i}`, [`m${i}`], []));
    expect(scoreAllPairs(forums)).toHaveLength(pairs);
  });

  it('lists each pair once, in input order', () => {
    const forums = ['d', 'b', 'c', 'a'].map((id) => forum(id, ['A'], []));
    expect(ids(scoreAllPairs(forums))).toEqual(['d/b', 'd/c', 'd/a', 'b/c', 'b/a', 'c/a']);
  });
});

describe('mergeSavings', () => {
  it('saves min(hA, hB) for members of both, hA − M for the rest', () => {
    // M = max(12, 15) = 15. B, C: 12 + 15 − 15 = 12. D (F2 only): 15 − 15 = 0. A (F1 only): 12 − 15 = −3.
    expect(mergeSavings(f1, f2)).toEqual([
      { organisationId: 'B', hoursPerYear: 12 },
      { organisationId: 'C', hoursPerYear: 12 },
      { organisationId: 'D', hoursPerYear: 0 },
      { organisationId: 'A', hoursPerYear: -3 },
    ]);
  });

  it('rounds to one decimal, halves away from zero', () => {
    // hA = 3 × 0.75 = 2.25, hB = 2 × 0.5 = 1, M = 2.25.
    // X (both): 2.25 + 1 − 2.25 = 1. Y (A only): 0. Z (B only): 1 − 2.25 = −1.25 → −1.3.
    const a = forum('a', ['X', 'Y'], [], 3, 0.75);
    const b = forum('b', ['X', 'Z'], [], 2, 0.5);
    expect(mergeSavings(a, b)).toEqual([
      { organisationId: 'X', hoursPerYear: 1 },
      { organisationId: 'Y', hoursPerYear: 0 },
      { organisationId: 'Z', hoursPerYear: -1.3 },
    ]);
    // hA = 3 × 1.25 = 3.75, hB = 4 × 2 = 8, M = 8. X (both): 3.75 → 3.8. Y (B only): 0.
    // Z (A only): 3.75 − 8 = −4.25 → −4.3.
    expect(mergeSavings(forum('a', ['X', 'Z'], [], 3, 1.25), forum('b', ['X', 'Y'], [], 4, 2))).toEqual([
      { organisationId: 'X', hoursPerYear: 3.8 },
      { organisationId: 'Y', hoursPerYear: 0 },
      { organisationId: 'Z', hoursPerYear: -4.3 },
    ]);
  });

  it('never shows a saving as -0', () => {
    // hA = 10, hB = 1 × 10.04, M = 10.04: X (A only) saves 10 − 10.04 = −0.04, rounded 0; Y (B only) 0.
    const savings = mergeSavings(forum('a', ['X'], [], 1, 10), forum('b', ['Y'], [], 1, 10.04));
    expect(savings).toEqual([
      { organisationId: 'X', hoursPerYear: 0 },
      { organisationId: 'Y', hoursPerYear: 0 },
    ]);
    // toEqual tells 0 from −0 only through Object.is, so ask directly.
    expect(Object.is(savings[0]?.hoursPerYear, 0)).toBe(true);
  });

  it('counts a member listed twice once', () => {
    // hA = hB = 4 × 1 = 4, M = 4: X saves 4.
    expect(mergeSavings(forum('a', ['X', 'X'], []), forum('b', ['X'], []))).toEqual([
      { organisationId: 'X', hoursPerYear: 4 },
    ]);
  });
});

describe('mergeCandidates', () => {
  // F3 and F4 mirror F1 and F2 with other members: score 0.5.
  // Hours: F3 = F4 = 12 × 2 = 24, M = 24: Q, R save 24; P, S 0; total 48.
  // F1/F2 total: 12 + 12 + 0 − 3 = 21, so F3/F4 ranks above F1/F2 at the same score (ids would not).
  const f3 = forum('f3', ['P', 'Q', 'R'], ['x', 'y'], 12, 2);
  const f4 = forum('f4', ['Q', 'R', 'S'], ['y'], 12, 2);
  // F5 and F6 are the same group twice: score 0.7 × 1 + 0.3 × 1 = 1.
  // Hours: F5 4 × 1 = 4, F6 2 × 1 = 2, M = 4: K, L save 2 each; total 4.
  const f5 = forum('f5', ['K', 'L'], ['z'], 4, 1);
  const f6 = forum('f6', ['L', 'K'], ['z'], 2, 1);
  const forums = [f1, f2, f3, f4, f5, f6];

  it('ranks by score, then hours saved', () => {
    const candidates = mergeCandidates(forums);
    expect(ids(candidates)).toEqual(['f5/f6', 'f3/f4', 'f1/f2']);
    expect(candidates.map((c) => [c.score, c.hoursSavedPerYear])).toEqual([
      [1, 4],
      [0.5, 48],
      [0.5, 21],
    ]);
  });

  it('carries the pair score and the savings', () => {
    expect(mergeCandidates([f1, f2])).toEqual([
      { ...scorePair(f1, f2), savings: mergeSavings(f1, f2), hoursSavedPerYear: 21 },
    ]);
  });

  it('breaks full ties by the ids of a, then b, with a the earlier forum of the input', () => {
    // Same members, no themes, same cadence: every pair scores 0.7 and saves 4 + 4 (A and B, 4 h each).
    const same = (id: string) => forum(id, ['A', 'B'], []);
    const candidates = mergeCandidates([same('x'), same('z'), same('y')]);
    expect(candidates.map((c) => [c.score, c.hoursSavedPerYear])).toEqual([
      [0.7, 8],
      [0.7, 8],
      [0.7, 8],
    ]);
    expect(ids(candidates)).toEqual(['x/y', 'x/z', 'z/y']);
  });

  it('needs two shared members by default', () => {
    // Shares only C: members {C} of {A,B,C,D} = 0.25, themes equal = 1; 0.175 + 0.3 = 0.475 ≥ 0.4.
    const pair = [forum('p', ['A', 'B', 'C'], ['t']), forum('q', ['C', 'D'], ['t'])];
    expect(mergeCandidates(pair)).toEqual([]);
    const [candidate] = mergeCandidates(pair, { minimumSharedMembers: 1 });
    expect(candidate?.score).toBeCloseTo(0.475, 12);
    expect(candidate?.sharedMembers).toEqual(['C']);
    expect(mergeCandidates(pair, { minimumSharedMembers: 3 })).toEqual([]);
  });

  it('needs a score of 0.4 by default, inclusive despite float error', () => {
    // Members {A,B} of {A,B,C} = 2/3, no shared theme: 0.7 × 2/3 = 0.4667 passes 0.4.
    const passing = [forum('p', ['A', 'B', 'C'], ['t']), forum('q', ['A', 'B'], ['u'])];
    expect(ids(mergeCandidates(passing))).toEqual(['p/q']);
    // Members {A,B} of {A,B,C,D,E} = 0.4, no shared theme: 0.28 fails 0.4.
    const failing = [forum('p', ['A', 'B', 'C'], ['t']), forum('q', ['A', 'B', 'D', 'E'], ['u'])];
    expect(mergeCandidates(failing)).toEqual([]);
    // Members 0.5 and themes 1: 0.35 + 0.3, which is 0.6499999999999999 in floating point.
    const edge = [forum('p', ['A', 'B', 'C'], ['t']), forum('q', ['B', 'C', 'D'], ['t'])];
    expect(ids(mergeCandidates(edge, { minimumScore: 0.65 }))).toEqual(['p/q']);
    expect(mergeCandidates(edge, { minimumScore: 0.66 })).toEqual([]);
  });

  it('returns at most limit candidates, the best ones', () => {
    expect(ids(mergeCandidates(forums, { limit: 2 }))).toEqual(['f5/f6', 'f3/f4']);
    expect(mergeCandidates(forums, { limit: 0 })).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) =>
      forum(`f${String(i).padStart(2, '0')}`, ['A', 'B'], []),
    );
    expect(mergeCandidates(many)).toHaveLength(20);
    expect(() => mergeCandidates(forums, { limit: -1 })).toThrow(RangeError);
  });

  it('includes theme-only pairs when neither option rules them out', () => {
    // F1/F3 share themes {x,y} = 1 and no member: 0.3. Hours 12 and 24, M = 24: A, B, C 12 − 24 = −12
    // each, P, Q, R 0; total −36. F2/F4 share {y} = 1: 0.3. Hours 15 and 24, M = 24: B, C, D 15 − 24 = −9
    // each, Q, R, S 0; total −27. So F2/F4 ranks above F1/F3.
    const options = { minimumScore: 0.3, minimumSharedMembers: 0 };
    const candidates = mergeCandidates(forums, options);
    expect(ids(candidates)).toEqual(['f5/f6', 'f3/f4', 'f1/f2', 'f2/f4', 'f1/f3']);
    expect(candidates.slice(3).map((c) => [c.score, c.hoursSavedPerYear, c.sharedMembers])).toEqual([
      [0.3, -27, []],
      [0.3, -36, []],
    ]);
    // Just above THEME_WEIGHT no pair without a shared member can pass.
    expect(ids(mergeCandidates(forums, { ...options, minimumScore: 0.31 }))).toEqual([
      'f5/f6',
      'f3/f4',
      'f1/f2',
    ]);
    // With a shared member required, theme-only pairs stay out however low the score.
    expect(ids(mergeCandidates(forums, { minimumScore: 0, minimumSharedMembers: 1 }))).toEqual([
      'f5/f6',
      'f3/f4',
      'f1/f2',
    ]);
  });

  it('returns every pair when nothing is required', () => {
    // 6 × 5 / 2 = 15
    expect(mergeCandidates(forums, { minimumScore: 0, minimumSharedMembers: 0, limit: 100 })).toHaveLength(
      15,
    );
  });

  describe('at county scale', () => {
    /** A small seeded generator (mulberry32), so the forums are the same on every run. */
    const random = (seed: number) => () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const next = random(7);
    const pick = (pool: number, count: number, prefix: string): string[] =>
      Array.from({ length: count }, () => `${prefix}${Math.floor(next() * pool)}`);
    // 500 forums of 8 members from 120 organisations and 2 themes from 10, so there are real overlaps.
    const county = Array.from({ length: 500 }, (_, i) =>
      forum(`forum-${i}`, pick(120, 8, 'org-'), pick(10, 2, 'theme-'), 1 + (i % 12), 1 + (i % 3) * 0.5),
    );

    /** The same question answered the slow way, over all 124 750 pairs. */
    const bruteForce = (minimumScore: number, minimumSharedMembers: number) =>
      scoreAllPairs(county)
        .filter((p) => p.score >= minimumScore - 1e-9 && p.sharedMembers.length >= minimumSharedMembers)
        .map((p) => `${p.a}/${p.b}`)
        .sort();

    it.each([
      [0.4, 2],
      [0.2, 1],
      [0.25, 0],
    ])(
      'finds the same pairs as scoring all of them (minimumScore %d, minimumSharedMembers %i)',
      (score, shared) => {
        const expected = bruteForce(score, shared);
        expect(expected.length).toBeGreaterThan(0);
        const found = mergeCandidates(county, {
          minimumScore: score,
          minimumSharedMembers: shared,
          limit: Number.POSITIVE_INFINITY,
        });
        expect(ids(found).sort()).toEqual(expected);
      },
    );
  });
});
