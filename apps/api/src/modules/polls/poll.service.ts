import { schema } from '@samlad/db';
import { type PollAnswerValue, type RankedCandidate, tallyPoll } from '@samlad/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { checkName } from '../admin/members.service.ts';
import { audit } from '../audit/audit.service.ts';
import { InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { loadManagedForum } from '../forums/forum.service.ts';
import { createMeeting } from '../meetings/meeting.service.ts';

type Mode = (typeof schema.meetingMode.enumValues)[number];
type Poll = typeof schema.schedulingPoll.$inferSelect;

export const MIN_CANDIDATES = 2;
export const MAX_CANDIDATES = 20;
/** As for meetings: at most a day. */
export const MAX_DURATION_MINUTES = 24 * 60;
const MINUTE_MS = 60_000;

export interface PollInput {
  title: string;
  durationMinutes: number;
  mode: Mode;
  place?: string | null;
  videoUrl?: string | null;
  /** The candidate slots' starts. */
  candidates: Date[];
}

/** The same rules as a meeting's: a place unless digital, an https link unless in person. */
function checkForm(ctx: Context, input: PollInput) {
  const place = input.place?.trim() || null;
  const videoUrl = input.videoUrl?.trim() || null;
  if (input.mode !== 'digital' && !place) throw new InvalidInputError(ctx, 'placeRequired', {}, 'place');
  if (input.mode !== 'in_person' && !(videoUrl && /^https:\/\/\S+$/.test(videoUrl))) {
    throw new InvalidInputError(ctx, 'videoRequired', {}, 'videoUrl');
  }
  return {
    place: input.mode === 'digital' ? null : place,
    videoUrl: input.mode === 'in_person' ? null : videoUrl,
  };
}

function checkCandidates(ctx: Context, starts: Date[]): Date[] {
  if (starts.length < MIN_CANDIDATES || starts.length > MAX_CANDIDATES) {
    throw new InvalidInputError(
      ctx,
      'pollCandidateCount',
      { min: MIN_CANDIDATES, max: MAX_CANDIDATES },
      'candidates',
    );
  }
  if (starts.some((start) => start.getTime() <= ctx.now.getTime())) {
    throw new InvalidInputError(ctx, 'pollCandidateInPast', {}, 'candidates');
  }
  if (new Set(starts.map((start) => start.getTime())).size !== starts.length) {
    throw new InvalidInputError(ctx, 'pollCandidateTwice', {}, 'candidates');
  }
  return [...starts].sort((a, b) => a.getTime() - b.getTime());
}

/** A poll of candidate slots for a forum's meeting. The host's coordinators and admins. */
export async function createPoll(ctx: Context, forumId: string, input: PollInput): Promise<Poll> {
  const forum = await loadManagedForum(ctx, forumId);
  if (forum.status !== 'active')
    throw new InvalidInputError(ctx, 'forumNotActive', { status: forum.status }, 'forumId');
  const title = checkName(ctx, input.title, 'title');
  const duration = input.durationMinutes;
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_DURATION_MINUTES) {
    throw new InvalidInputError(ctx, 'slotDuration', { maxMinutes: MAX_DURATION_MINUTES }, 'durationMinutes');
  }
  const form = checkForm(ctx, input);
  const starts = checkCandidates(ctx, input.candidates);
  const [created] = await ctx.db
    .insert(schema.schedulingPoll)
    .values({
      forumId,
      title,
      durationMinutes: duration,
      mode: input.mode,
      ...form,
      createdByUserId: ctx.viewer?.userId ?? null,
    })
    .returning();
  if (!created) throw new Error('poll insert returned nothing');
  await ctx.db.insert(schema.pollCandidate).values(
    starts.map((startsAt) => ({
      pollId: created.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration * MINUTE_MS),
    })),
  );
  await audit(ctx, {
    action: 'poll.created',
    recordType: 'scheduling_poll',
    recordId: created.id,
    details: { forumId, candidates: starts.length },
  });
  return created;
}

/**
 * The poll row, locked: booking takes it for update, answering for share, so an answer that races
 * a booking waits for it and then sees the poll booked.
 */
async function lockPoll(ctx: Context, pollId: string, strength: 'update' | 'share'): Promise<Poll | null> {
  const [poll] = await ctx.db
    .select()
    .from(schema.schedulingPoll)
    .where(eq(schema.schedulingPoll.id, pollId))
    .for(strength);
  return poll ?? null;
}

export interface AnswerInput {
  candidateId: string;
  answer: PollAnswerValue;
}

/**
 * Records the viewer's answers, replacing all their earlier ones to this poll. Anyone whose
 * active organisation is a member of the forum; only while the poll is open.
 */
export async function answerPoll(ctx: Context, pollId: string, answers: AnswerInput[]): Promise<Poll> {
  const userId = ctx.viewer?.userId;
  const organisationId = ctx.viewer?.membership?.organisationId;
  const poll = await lockPoll(ctx, pollId, 'share');
  const fm = schema.forumMember;
  const member =
    poll && organisationId
      ? await ctx.db.$count(fm, and(eq(fm.forumId, poll.forumId), eq(fm.organisationId, organisationId)))
      : 0;
  // A poll of another organisation's forum looks the same as one that does not exist.
  if (!userId || !poll || member === 0) throw new NotAllowedError(ctx, 'notForumMember', {}, 'pollId');
  if (poll.status === 'booked') throw new InvalidInputError(ctx, 'pollBooked', {}, 'pollId');
  if (poll.status !== 'open')
    throw new InvalidInputError(ctx, 'pollNotOpen', { status: poll.status }, 'pollId');
  const candidates = await ctx.db
    .select({ id: schema.pollCandidate.id })
    .from(schema.pollCandidate)
    .where(eq(schema.pollCandidate.pollId, pollId));
  const candidateIds = new Set(candidates.map((c) => c.id));
  if (answers.some((a) => !candidateIds.has(a.candidateId))) {
    throw new InvalidInputError(ctx, 'pollUnknownCandidate', {}, 'answers');
  }
  if (new Set(answers.map((a) => a.candidateId)).size !== answers.length) {
    throw new InvalidInputError(ctx, 'pollAnswerTwice', {}, 'answers');
  }
  const pa = schema.pollAnswer;
  await ctx.db.delete(pa).where(and(eq(pa.userId, userId), inArray(pa.candidateId, [...candidateIds])));
  if (answers.length > 0) {
    await ctx.db
      .insert(pa)
      .values(
        answers.map((a) => ({ candidateId: a.candidateId, userId, answer: a.answer, answeredAt: ctx.now })),
      );
  }
  await audit(ctx, {
    action: 'poll.answered',
    recordType: 'scheduling_poll',
    recordId: pollId,
    details: { answers: answers.length },
  });
  return poll;
}

export interface CandidateWithAnswers {
  id: string;
  startsAt: Date;
  endsAt: Date;
  answers: ReadonlyArray<{ userId: string; answer: PollAnswerValue }>;
}

export interface PollTallyResult {
  ranking: Array<RankedCandidate<CandidateWithAnswers & { start: Date }>>;
  /** The best-ranked candidate that has not started yet: what booking without a choice takes. */
  winner: (CandidateWithAnswers & { start: Date }) | null;
}

/**
 * Every answer counts the same and no one has a veto (every answerer is "optional" to
 * `tallyPoll`): most prefer-or-yes first, then most prefer, ties to the earliest.
 */
export function tally(candidates: readonly CandidateWithAnswers[], now: Date): PollTallyResult {
  const withStart = candidates.map((c) => ({ ...c, start: c.startsAt }));
  const { ranking } = tallyPoll(
    withStart,
    candidates.flatMap((c) =>
      c.answers.map((a) => ({ candidateId: c.id, inviteeId: a.userId, answer: a.answer, required: false })),
    ),
  );
  const winner = ranking.find((entry) => entry.candidate.startsAt.getTime() > now.getTime());
  return { ranking, winner: winner?.candidate ?? null };
}

/**
 * Books the poll: the candidate given, or the winner. Plans the meeting with every member
 * organisation of the forum invited, required (as `createMeeting` does by default).
 */
export async function bookPoll(ctx: Context, pollId: string, candidateId: string | null): Promise<Poll> {
  const poll = await lockPoll(ctx, pollId, 'update');
  if (!poll) throw new InvalidInputError(ctx, 'notFound', { what: 'poll' }, 'pollId');
  await loadManagedForum(ctx, poll.forumId);
  if (poll.status !== 'open')
    throw new InvalidInputError(ctx, 'pollNotOpen', { status: poll.status }, 'pollId');
  const candidates = await ctx.db.query.pollCandidate.findMany({
    where: { pollId },
    columns: { id: true, startsAt: true, endsAt: true },
    with: { answers: { columns: { userId: true, answer: true } } },
  });
  let chosen: { id: string; startsAt: Date; endsAt: Date } | null;
  if (candidateId) {
    chosen = candidates.find((c) => c.id === candidateId) ?? null;
    if (!chosen) throw new InvalidInputError(ctx, 'pollUnknownCandidate', {}, 'candidateId');
    if (chosen.startsAt.getTime() <= ctx.now.getTime())
      throw new InvalidInputError(ctx, 'pollCandidateStarted', {}, 'candidateId');
  } else {
    chosen = tally(candidates, ctx.now).winner;
    if (!chosen) throw new InvalidInputError(ctx, 'pollNothingLeft', {}, 'pollId');
  }
  const meeting = await createMeeting(ctx, poll.forumId, {
    title: poll.title,
    startsAt: chosen.startsAt,
    endsAt: chosen.endsAt,
    mode: poll.mode,
    place: poll.place,
    videoUrl: poll.videoUrl,
    invitees: null,
  });
  const [booked] = await ctx.db
    .update(schema.schedulingPoll)
    .set({ status: 'booked', bookedMeetingId: meeting.id })
    .where(eq(schema.schedulingPoll.id, pollId))
    .returning();
  await audit(ctx, {
    action: 'poll.booked',
    recordType: 'scheduling_poll',
    recordId: pollId,
    details: {
      candidateId: chosen.id,
      meetingId: meeting.id,
      chosenBy: candidateId ? 'coordinator' : 'tally',
    },
  });
  return booked ?? poll;
}
