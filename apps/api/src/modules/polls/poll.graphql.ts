import { schema } from '@samlad/db';
import type { Context } from '../../context.ts';
import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { encodeGlobalId, parseId } from '../../schema/global-id.ts';
import { enumFromDb } from '../common/enums.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { Forum, visibleForumWhere } from '../forums/forum.graphql.ts';
import { MeetingMode } from '../meetings/meeting.graphql.ts';
import {
  answerPoll,
  bookPoll,
  type CandidateWithAnswers,
  createPoll,
  MAX_CANDIDATES,
  MIN_CANDIDATES,
  tally,
} from './poll.service.ts';

export const PollStatus = enumFromDb(
  'PollStatus',
  'Where a scheduling poll stands.',
  schema.pollStatus.enumValues,
  {
    open: 'Taking answers.',
    booked: 'A slot was booked as a meeting; no more answers.',
    closed: 'Closed without booking.',
  },
);

export const PollAnswerValue = enumFromDb(
  'PollAnswerValue',
  'An answer to one candidate slot.',
  schema.pollAnswerValue.enumValues,
  { prefer: 'Suits best.', yes: 'Can come.', no: 'Cannot come.' },
);

interface CandidateShape {
  id: string;
  startsAt: Date;
  endsAt: Date;
  prefer: number;
  yes: number;
  no: number;
  /** 1 for the best. */
  rank: number;
  myAnswer: (typeof schema.pollAnswerValue.enumValues)[number] | null;
}

const PollCandidate = builder.objectRef<CandidateShape>('PollCandidate').implement({
  description: 'A candidate slot of a scheduling poll, with how it was answered.',
  fields: (t) => ({
    id: t.id({
      description: 'The candidate’s id, for answering and booking.',
      resolve: (c) => encodeGlobalId('PollCandidate', c.id),
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When the meeting would start.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it would end.' }),
    preferCount: t.exposeInt('prefer', { description: 'How many prefer this slot.' }),
    yesCount: t.exposeInt('yes', { description: 'How many can come.' }),
    noCount: t.exposeInt('no', { description: 'How many cannot come.' }),
    rank: t.exposeInt('rank', {
      description:
        'Its place in the ranking, 1 for the best: most prefer-or-yes, then most prefer, then earliest.',
    }),
    myAnswer: t.field({
      type: PollAnswerValue,
      nullable: true,
      description: 'The viewer’s own answer, if given.',
      resolve: (c) => c.myAnswer,
    }),
  }),
});

/** The candidates with every answer, loaded with the poll in its own statement. */
const WITH_ANSWERS = {
  with: {
    candidates: {
      columns: { id: true, startsAt: true, endsAt: true },
      with: { answers: { columns: { userId: true, answer: true } } },
      orderBy: { startsAt: 'asc' },
    },
  },
} as const;

function ranked(candidates: readonly CandidateWithAnswers[], ctx: Context) {
  const { ranking, winner } = tally(candidates, ctx.now);
  const userId = ctx.viewer?.userId;
  const shapes = ranking.map(
    (entry, index): CandidateShape => ({
      id: entry.candidate.id,
      startsAt: entry.candidate.startsAt,
      endsAt: entry.candidate.endsAt,
      prefer: entry.prefer,
      yes: entry.yes,
      no: entry.no,
      rank: index + 1,
      myAnswer: entry.candidate.answers.find((a) => a.userId === userId)?.answer ?? null,
    }),
  );
  return { shapes, winner: shapes.find((s) => s.id === winner?.id) ?? null };
}

export const SchedulingPoll = builder.drizzleNode('schedulingPoll', {
  name: 'SchedulingPoll',
  description:
    'A poll of candidate slots for a forum’s first meeting. Members of the forum’s organisations answer prefer, yes or no; the host’s coordinators book the winner.',
  id: { column: (p) => p.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the meeting will be called.' }),
    durationMinutes: t.exposeInt('durationMinutes', { description: 'How long the meeting will be.' }),
    mode: t.expose('mode', { type: MeetingMode, description: 'In person, digital or hybrid.' }),
    place: t.exposeString('place', { nullable: true, description: 'Where, for in-person and hybrid.' }),
    videoUrl: t.exposeString('videoUrl', {
      nullable: true,
      description: 'The video link, for digital and hybrid.',
    }),
    status: t.expose('status', { type: PollStatus, description: 'Open, booked or closed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the poll was made.' }),
    forum: t.relation('forum', { description: 'The forum the meeting is for.' }),
    candidates: t.field({
      type: [PollCandidate],
      description: 'The candidate slots, earliest first, with their answers counted.',
      select: WITH_ANSWERS,
      resolve: (poll, _args, ctx) =>
        ranked(poll.candidates, ctx).shapes.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    }),
    ranking: t.field({
      type: [PollCandidate],
      description: 'The candidate slots, best first. Every answer counts the same; ties go to the earliest.',
      select: WITH_ANSWERS,
      resolve: (poll, _args, ctx) => ranked(poll.candidates, ctx).shapes,
    }),
    winner: t.field({
      type: PollCandidate,
      nullable: true,
      description:
        'What booking without a choice would take: the best-ranked slot that has not started. Null when the poll is not open or no slot is left.',
      select: { ...WITH_ANSWERS, columns: { status: true } },
      resolve: (poll, _args, ctx) => (poll.status === 'open' ? ranked(poll.candidates, ctx).winner : null),
    }),
    respondentCount: t.int({
      description: 'How many people have answered.',
      select: WITH_ANSWERS,
      resolve: (poll) => new Set(poll.candidates.flatMap((c) => c.answers.map((a) => a.userId))).size,
    }),
    bookedMeeting: t.relation('bookedMeeting', {
      nullable: true,
      description: 'The meeting booked from the poll, once booked.',
    }),
  }),
});

builder.drizzleObjectFields(Forum, (t) => ({
  polls: t.relation('polls', {
    description: 'The forum’s scheduling polls, newest first.',
    // Forums are only reached through fields that check membership; this checks again, cheaply.
    query: (_args, ctx) => ({
      where: { forum: visibleForumWhere(ctx) },
      orderBy: { createdAt: 'desc', id: 'desc' },
    }),
  }),
}));

const SchedulingPollInput = builder.inputType('SchedulingPollInput', {
  description: 'A poll of candidate slots for a meeting.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'What the meeting will be called.' }),
    durationMinutes: t.int({ required: true, description: 'How long it will be: 1 to 1440 minutes.' }),
    mode: t.field({ type: MeetingMode, required: true, description: 'In person, digital or hybrid.' }),
    place: t.string({ required: false, description: 'Where, for in-person and hybrid meetings.' }),
    videoUrl: t.string({
      required: false,
      description: 'The https video link, for digital and hybrid meetings.',
    }),
    candidates: t.field({
      type: ['DateTime'],
      required: true,
      description: `The candidate slots’ starts: ${MIN_CANDIDATES} to ${MAX_CANDIDATES}, all in the future, each once.`,
    }),
  }),
});

const PollAnswerInput = builder.inputType('PollAnswerInput', {
  description: 'An answer to one candidate slot.',
  fields: (t) => ({
    candidateId: t.id({ required: true, description: 'The candidate slot.' }),
    answer: t.field({ type: PollAnswerValue, required: true, description: 'Prefer, yes or no.' }),
  }),
});

const pollErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'poll', description: 'The poll.' },
});

builder.queryFields((t) => ({
  schedulingPoll: t.drizzleField({
    type: SchedulingPoll,
    nullable: true,
    description:
      'A scheduling poll, or null if there is none or the viewer’s organisation is not in its forum.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The poll’s id.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.schedulingPoll.findFirst(
        query({ where: { id: parseId(ctx, args.id, 'SchedulingPoll'), forum: visibleForumWhere(ctx) } }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  createSchedulingPoll: t.drizzleField({
    type: SchedulingPoll,
    description:
      'Starts a scheduling poll for a forum’s meeting. Coordinators and admins of its host organisation.',
    authScopes: { signedIn: true },
    args: {
      forumId: t.arg.id({ required: true, description: 'The forum.' }),
      input: t.arg({
        type: SchedulingPollInput,
        required: true,
        description: 'The meeting and its candidate slots.',
      }),
    },
    errors: pollErrors('CreateSchedulingPoll', 'Started'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const created = await createPoll(ctx, parseId(ctx, args.forumId, 'Forum', 'forumId'), args.input);
        return mustFind(ctx.db.query.schedulingPoll.findFirst(query({ where: { id: created.id } })), 'poll');
      }),
  }),
  answerSchedulingPoll: t.drizzleField({
    type: SchedulingPoll,
    description:
      'Answers a scheduling poll, replacing one’s earlier answers to it. Anyone acting for a member organisation of the forum, while the poll is open.',
    authScopes: { signedIn: true },
    args: {
      pollId: t.arg.id({ required: true, description: 'The poll.' }),
      answers: t.arg({
        type: [PollAnswerInput],
        required: true,
        description: 'One answer per candidate slot; slots left out count as unanswered.',
      }),
    },
    errors: pollErrors('AnswerSchedulingPoll', 'Answered'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.pollId, 'SchedulingPoll', 'pollId');
        await answerPoll(
          ctx,
          id,
          args.answers.map((a) => ({
            candidateId: parseId(ctx, String(a.candidateId), 'PollCandidate', 'answers'),
            answer: a.answer,
          })),
        );
        return mustFind(ctx.db.query.schedulingPoll.findFirst(query({ where: { id } })), 'poll');
      }),
  }),
  bookSchedulingPoll: t.drizzleField({
    type: SchedulingPoll,
    description:
      'Books a slot as a meeting with every member organisation invited: the one given, or the winner. Coordinators and admins of the host organisation.',
    authScopes: { signedIn: true },
    args: {
      pollId: t.arg.id({ required: true, description: 'The poll.' }),
      candidateId: t.arg.id({
        required: false,
        description: 'The slot to book; leave out to book the winner.',
      }),
    },
    errors: pollErrors('BookSchedulingPoll', 'Booked'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.pollId, 'SchedulingPoll', 'pollId');
        const candidateId = args.candidateId
          ? parseId(ctx, args.candidateId, 'PollCandidate', 'candidateId')
          : null;
        await bookPoll(ctx, id, candidateId);
        return mustFind(ctx.db.query.schedulingPoll.findFirst(query({ where: { id } })), 'poll');
      }),
  }),
}));
