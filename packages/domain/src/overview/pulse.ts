/**
 * A two-question pulse after a meeting: how useful it was and how much the participants trust each
 * other, each on 1–4 (an even scale, so there is no neutral middle to hide in). Answers are anonymous
 * and only ever shown as aggregates of at least PULSE_MIN_ANSWERS, so no one's answer can be read off.
 */
import { compareStrings, roundTo } from './rounding.ts';
import { type ProtectedCount, protectCount } from './small-counts.ts';

export const PULSE_MIN_ANSWERS = 5;
export const PULSE_SCALE = { min: 1, max: 4 } as const;

export function isPulseValue(n: unknown): n is 1 | 2 | 3 | 4 {
  return typeof n === 'number' && Number.isInteger(n) && n >= PULSE_SCALE.min && n <= PULSE_SCALE.max;
}

/** Answers and sums for one period, as a GROUP BY returns them (the single answers never leave SQL). */
export interface PulseGroup {
  period: string;
  answers: number;
  usefulnessSum: number;
  trustSum: number;
}

export interface PulseFigure {
  period: string;
  answers: ProtectedCount;
  usefulness: number | null;
  trust: number | null;
}

function checkSum(group: PulseGroup, name: 'usefulnessSum' | 'trustSum'): void {
  const sum = group[name];
  // A sum outside answers×min … answers×max cannot come from valid answers: the query is wrong, and an
  // average computed from it would be shown as if it were true.
  if (
    !Number.isInteger(sum) ||
    sum < group.answers * PULSE_SCALE.min ||
    sum > group.answers * PULSE_SCALE.max
  ) {
    throw new RangeError(`${name} ${sum} is impossible for ${group.answers} answers in ${group.period}`);
  }
}

export function pulseFigures(groups: readonly PulseGroup[]): PulseFigure[] {
  return groups
    .map((group): PulseFigure => {
      const answers = protectCount(group.answers);
      checkSum(group, 'usefulnessSum');
      checkSum(group, 'trustSum');
      const shown = group.answers >= PULSE_MIN_ANSWERS;
      return {
        period: group.period,
        answers,
        usefulness: shown ? roundTo(group.usefulnessSum / group.answers, 2) : null,
        trust: shown ? roundTo(group.trustSum / group.answers, 2) : null,
      };
    })
    .sort((a, b) => compareStrings(a.period, b.period));
}
