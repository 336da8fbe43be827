/**
 * Forums that overlap: the same organisations meeting about the same themes in two places. The county
 * uses the scores to suggest merges, and the savings to show what a merge would give back in hours.
 */
import { compareStrings, roundTo } from './rounding.ts';

/** Members weigh more than themes: the same people in two rooms is the cost a merge removes. */
export const MEMBER_WEIGHT = 0.7;
export const THEME_WEIGHT = 0.3;

/**
 * Float slack for comparing a score with a threshold: 0.7 × 0.5 + 0.3 × 1 is 0.6499999999999999, and a
 * pair that scores exactly the minimum must not drop out for that.
 */
const SCORE_SLACK = 1e-9;

/** |A ∩ B| / |A ∪ B| over distinct values; 0 when both are empty (nothing in common to speak of). */
export function jaccard<T>(a: Iterable<T>, b: Iterable<T>): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const value of left) if (right.has(value)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface OverlapForum {
  id: string;
  members: readonly string[];
  themes: readonly string[];
  meetingsPerYear: number;
  hoursPerMeeting: number;
}

export interface ForumPairScore {
  a: string;
  b: string;
  score: number;
  memberSimilarity: number;
  themeSimilarity: number;
  sharedMembers: string[];
  sharedThemes: string[];
}

function sharedSorted(a: readonly string[], b: readonly string[]): string[] {
  const right = new Set(b);
  return [...new Set(a)].filter((value) => right.has(value)).sort(compareStrings);
}

/** Full precision; callers round for display. */
export function scorePair(a: OverlapForum, b: OverlapForum): ForumPairScore {
  const memberSimilarity = jaccard(a.members, b.members);
  const themeSimilarity = jaccard(a.themes, b.themes);
  return {
    a: a.id,
    b: b.id,
    score: MEMBER_WEIGHT * memberSimilarity + THEME_WEIGHT * themeSimilarity,
    memberSimilarity,
    themeSimilarity,
    sharedMembers: sharedSorted(a.members, b.members),
    sharedThemes: sharedSorted(a.themes, b.themes),
  };
}

/** Every unordered pair once, the earlier forum of the input as `a`. */
export function scoreAllPairs(forums: readonly OverlapForum[]): ForumPairScore[] {
  const scores: ForumPairScore[] = [];
  forums.forEach((a, i) => {
    for (const b of forums.slice(i + 1)) scores.push(scorePair(a, b));
  });
  return scores;
}

export interface MergeSaving {
  organisationId: string;
  hoursPerYear: number;
}

const annualHours = (forum: OverlapForum): number => forum.meetingsPerYear * forum.hoursPerMeeting;

/**
 * Hours per year each organisation gets back if the two forums become one. The merged forum is assumed
 * to meet as the busier of the two (M = max(hA, hB)): an organisation in both stops attending one of
 * them and saves hA + hB − M = min(hA, hB); one in only A saves hA − M, which is zero or negative, since
 * the merged forum may ask more of it than its old one did.
 */
export function mergeSavings(a: OverlapForum, b: OverlapForum): MergeSaving[] {
  const hoursA = annualHours(a);
  const hoursB = annualHours(b);
  const merged = Math.max(hoursA, hoursB);
  const inA = new Set(a.members);
  const inB = new Set(b.members);
  return [...new Set([...inA, ...inB])]
    .map((organisationId) => {
      const before = (inA.has(organisationId) ? hoursA : 0) + (inB.has(organisationId) ? hoursB : 0);
      return { organisationId, hoursPerYear: roundTo(before - merged, 1) };
    })
    .sort((x, y) => y.hoursPerYear - x.hoursPerYear || compareStrings(x.organisationId, y.organisationId));
}

export interface MergeCandidate extends ForumPairScore {
  savings: MergeSaving[];
  hoursSavedPerYear: number;
}

export interface CandidateOptions {
  minimumScore?: number;
  minimumSharedMembers?: number;
  limit?: number;
}

/**
 * How many values each pair of forums shares, keyed i × n + j (i < j), from an inverted index value →
 * forums. Only pairs that share something appear, so the cost follows the overlaps rather than n².
 */
function sharedCounts(forums: readonly OverlapForum[], valuesOf: (forum: OverlapForum) => readonly string[]) {
  const forumsOf = new Map<string, number[]>();
  forums.forEach((forum, index) => {
    for (const value of new Set(valuesOf(forum))) {
      const list = forumsOf.get(value);
      if (list) list.push(index);
      else forumsOf.set(value, [index]);
    }
  });
  const n = forums.length;
  const counts = new Map<number, number>();
  for (const indices of forumsOf.values()) {
    // Indices were pushed in input order, so the earlier forum of each pair comes first.
    for (let x = 0; x < indices.length; x += 1) {
      for (let y = x + 1; y < indices.length; y += 1) {
        const key = (indices[x] ?? 0) * n + (indices[y] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Index pairs [i, j] (i < j) worth scoring; ~500 forums of ~8 members make 124 750 pairs, of which only
 * a small share have anyone in common. A pair that shares no member scores at most THEME_WEIGHT, so
 * usually the pairs sharing a member are enough. When minimumScore ≤ THEME_WEIGHT and
 * minimumSharedMembers ≤ 0, theme-only pairs can pass too, so pairs sharing a theme are added; and
 * when minimumScore ≤ 0 even pairs sharing nothing (score 0) pass, so every pair is scored.
 */
function pairsToScore(
  forums: readonly OverlapForum[],
  minimumScore: number,
  minimumSharedMembers: number,
): Array<[number, number]> {
  const n = forums.length;
  const themeOnlyPasses = minimumSharedMembers <= 0 && minimumScore <= THEME_WEIGHT + SCORE_SLACK;
  if (themeOnlyPasses && minimumScore <= SCORE_SLACK) {
    const all: Array<[number, number]> = [];
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) all.push([i, j]);
    return all;
  }
  const keys = new Set<number>();
  for (const [key, count] of sharedCounts(forums, (f) => f.members)) {
    if (count >= minimumSharedMembers) keys.add(key);
  }
  if (themeOnlyPasses) for (const key of sharedCounts(forums, (f) => f.themes).keys()) keys.add(key);
  return [...keys].map((key): [number, number] => [Math.floor(key / n), key % n]);
}

function rankCandidates(x: MergeCandidate, y: MergeCandidate): number {
  return (
    y.score - x.score ||
    y.hoursSavedPerYear - x.hoursSavedPerYear ||
    compareStrings(x.a, y.a) ||
    compareStrings(x.b, y.b)
  );
}

/** The pairs most worth merging, best first: score, then hours saved, then ids (so the order is stable). */
export function mergeCandidates(
  forums: readonly OverlapForum[],
  options: CandidateOptions = {},
): MergeCandidate[] {
  const { minimumScore = 0.4, minimumSharedMembers = 2, limit = 20 } = options;
  if (Number.isNaN(minimumScore) || Number.isNaN(minimumSharedMembers) || !(limit >= 0)) {
    throw new RangeError(`Bad candidate options: ${JSON.stringify(options)}`);
  }
  const candidates: MergeCandidate[] = [];
  for (const [i, j] of pairsToScore(forums, minimumScore, minimumSharedMembers)) {
    const a = forums[i];
    const b = forums[j];
    if (!a || !b) continue;
    const pair = scorePair(a, b);
    if (pair.score < minimumScore - SCORE_SLACK || pair.sharedMembers.length < minimumSharedMembers) continue;
    const savings = mergeSavings(a, b);
    // The sum of the rounded entries, so the total a reader sees adds up to the rows beneath it.
    const hoursSavedPerYear = roundTo(
      savings.reduce((sum, s) => sum + s.hoursPerYear, 0),
      1,
    );
    candidates.push({ ...pair, savings, hoursSavedPerYear });
  }
  return candidates.sort(rankCandidates).slice(0, limit);
}
