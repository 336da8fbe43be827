/** Scheduling polls for a first meeting: invitees answer each candidate slot; the best one wins. */

export type PollAnswerValue = 'prefer' | 'yes' | 'no';

export interface PollCandidate {
  id: string;
  start: Date;
}

export interface PollAnswer {
  candidateId: string;
  inviteeId: string;
  answer: PollAnswerValue;
  required: boolean;
}

export interface RankedCandidate<C extends PollCandidate = PollCandidate> {
  candidate: C;
  prefer: number;
  yes: number;
  no: number;
  /** Required invitees who answered no: the candidate cannot be booked without them. */
  requiredNo: number;
}

export interface PollTally<C extends PollCandidate = PollCandidate> {
  ranking: RankedCandidate<C>[];
  /** The first in the ranking, unless every candidate has a required invitee saying no. */
  winner: RankedCandidate<C> | null;
}

/**
 * Ranks the candidates: those no required invitee refused come first; then by most prefer-or-yes
 * answers, then most prefers, then the earliest start (ties go to the earliest). An invitee's
 * later answer to the same candidate replaces the earlier one; answers to unknown candidates are
 * ignored.
 */
export function tallyPoll<C extends PollCandidate>(
  candidates: readonly C[],
  answers: readonly PollAnswer[],
): PollTally<C> {
  const latest = new Map<string, PollAnswer>();
  for (const answer of answers) latest.set(JSON.stringify([answer.candidateId, answer.inviteeId]), answer);

  const byId = new Map<string, RankedCandidate<C>>(
    candidates.map((candidate) => [candidate.id, { candidate, prefer: 0, yes: 0, no: 0, requiredNo: 0 }]),
  );
  for (const answer of latest.values()) {
    const entry = byId.get(answer.candidateId);
    if (!entry) continue;
    entry[answer.answer] += 1;
    if (answer.answer === 'no' && answer.required) entry.requiredNo += 1;
  }

  const ranking = [...byId.values()].sort(
    (a, b) =>
      Number(a.requiredNo > 0) - Number(b.requiredNo > 0) ||
      b.prefer + b.yes - (a.prefer + a.yes) ||
      b.prefer - a.prefer ||
      a.candidate.start.getTime() - b.candidate.start.getTime() ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
  const first = ranking[0];
  return { ranking, winner: first && first.requiredNo === 0 ? first : null };
}
