import { describe, expect, it } from 'vitest';
import { type PollAnswer, type PollAnswerValue, tallyPoll } from './poll.ts';

const candidates = [
  { id: 'tue', start: new Date('2026-05-12T07:00:00Z') },
  { id: 'mon', start: new Date('2026-05-11T07:00:00Z') },
  { id: 'wed', start: new Date('2026-05-13T07:00:00Z') },
];
const answer = (
  candidateId: string,
  inviteeId: string,
  value: PollAnswerValue,
  required = false,
): PollAnswer => ({
  candidateId,
  inviteeId,
  answer: value,
  required,
});
const order = (answers: PollAnswer[]) => tallyPoll(candidates, answers).ranking.map((r) => r.candidate.id);

describe('tallyPoll', () => {
  it('ranks by the number of prefer-or-yes answers', () => {
    const answers = [answer('wed', 'a', 'yes'), answer('wed', 'b', 'yes'), answer('tue', 'a', 'prefer')];
    expect(order(answers)).toEqual(['wed', 'tue', 'mon']);
  });
  it('breaks a tie by prefers', () => {
    const answers = [answer('wed', 'a', 'prefer'), answer('tue', 'a', 'yes')];
    expect(order(answers)).toEqual(['wed', 'tue', 'mon']);
  });
  it('gives a full tie to the earliest start, whatever the input order', () => {
    expect(order([])).toEqual(['mon', 'tue', 'wed']);
    const answers = [answer('wed', 'a', 'yes'), answer('tue', 'a', 'yes')];
    expect(tallyPoll(candidates, answers).winner?.candidate.id).toBe('tue');
  });
  it('puts a candidate a required invitee refused after every other, however popular', () => {
    const answers = [
      answer('mon', 'a', 'prefer'),
      answer('mon', 'b', 'prefer'),
      answer('mon', 'c', 'no', true),
      answer('wed', 'a', 'yes'),
    ];
    expect(order(answers)).toEqual(['wed', 'tue', 'mon']);
  });
  it('lets an optional invitee’s no count only as a missing yes', () => {
    const answers = [answer('mon', 'a', 'yes'), answer('mon', 'b', 'no'), answer('tue', 'a', 'yes')];
    expect(order(answers)).toEqual(['mon', 'tue', 'wed']);
    expect(tallyPoll(candidates, answers).ranking[0]).toMatchObject({ yes: 1, no: 1, requiredNo: 0 });
  });
  it('ranks refused candidates among themselves by the same rules', () => {
    const answers = [
      answer('mon', 'x', 'no', true),
      answer('tue', 'x', 'no', true),
      answer('tue', 'a', 'yes'),
      answer('wed', 'a', 'yes'),
    ];
    expect(order(answers)).toEqual(['wed', 'tue', 'mon']);
  });
  it('has no winner when every candidate is refused by a required invitee, or there are none', () => {
    const answers = candidates.map((c) => answer(c.id, 'x', 'no', true));
    expect(tallyPoll(candidates, answers).winner).toBeNull();
    expect(tallyPoll([], [])).toEqual({ ranking: [], winner: null });
  });
  it('counts each kind of answer', () => {
    const answers = [
      answer('tue', 'a', 'prefer'),
      answer('tue', 'b', 'yes'),
      answer('tue', 'c', 'yes', true),
      answer('tue', 'd', 'no'),
    ];
    expect(tallyPoll(candidates, answers).winner).toEqual({
      candidate: candidates[0],
      prefer: 1,
      yes: 2,
      no: 1,
      requiredNo: 0,
    });
  });
  it('uses an invitee’s latest answer to a candidate', () => {
    const answers = [answer('wed', 'a', 'no', true), answer('wed', 'a', 'prefer', true)];
    expect(tallyPoll(candidates, answers).winner).toMatchObject({
      candidate: { id: 'wed' },
      prefer: 1,
      no: 0,
    });
  });
  it('ignores answers to candidates not in the poll', () => {
    expect(order([answer('fri', 'a', 'prefer')])).toEqual(['mon', 'tue', 'wed']);
  });
});
