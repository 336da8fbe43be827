import { DEMO, schema } from '@samlad/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let ali: TestClient;
let erik: TestClient;
let sara: TestClient;
let maria: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
  erik = await api.signIn(PEOPLE.policeVaxjo);
  sara = await api.signIn(PEOPLE.vaxjoMember);
  maria = await api.signIn(PEOPLE.karlstadCoordinator);
});
afterAll(() => api?.close());

const CHILDREN = encodeGlobalId('Forum', DEMO.forums.vaxjoChildren);
const HOUR = 3_600_000;
/** Whole hours, some weeks ahead, so no test runs into "now". */
const base = Math.ceil((Date.now() + 50 * 24 * HOUR) / HOUR) * HOUR;
const at = (hours: number) => new Date(base + hours * HOUR).toISOString();

const pollInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Uppstartsmöte',
  durationMinutes: 90,
  mode: 'HYBRID',
  place: 'Stadshuset, Växjö',
  videoUrl: 'https://meet.example.se/uppstart',
  candidates: [at(0), at(24), at(48)],
  ...overrides,
});

const POLL_FIELDS = `id title status durationMinutes respondentCount
  candidates { id startsAt endsAt preferCount yesCount noCount rank myAnswer }
  ranking { startsAt }
  winner { id startsAt }
  bookedMeeting { id startsAt endsAt title invitees { organisation { id } required } }`;
const ERROR_FIELDS = `... on UserError { message field }`;

interface PollShape {
  id: string;
  status: string;
  respondentCount: number;
  candidates: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    preferCount: number;
    yesCount: number;
    noCount: number;
    rank: number;
    myAnswer: string | null;
  }>;
  ranking: Array<{ startsAt: string }>;
  winner: { id: string; startsAt: string } | null;
  bookedMeeting: {
    id: string;
    startsAt: string;
    endsAt: string;
    title: string;
    invitees: Array<{ organisation: { id: string }; required: boolean }>;
  } | null;
}
type Outcome = { __typename: string; field?: string; message?: string; poll?: PollShape };

const CREATE = `mutation($forum: ID!, $input: SchedulingPollInput!) { createSchedulingPoll(forumId: $forum, input: $input) { __typename ${ERROR_FIELDS} ... on CreateSchedulingPollSuccess { poll { ${POLL_FIELDS} } } } }`;
const ANSWER = `mutation($poll: ID!, $answers: [PollAnswerInput!]!) { answerSchedulingPoll(pollId: $poll, answers: $answers) { __typename ${ERROR_FIELDS} ... on AnswerSchedulingPollSuccess { poll { ${POLL_FIELDS} } } } }`;
const BOOK = `mutation($poll: ID!, $candidate: ID) { bookSchedulingPoll(pollId: $poll, candidateId: $candidate) { __typename ${ERROR_FIELDS} ... on BookSchedulingPollSuccess { poll { ${POLL_FIELDS} } } } }`;
const READ = `query($id: ID!) { schedulingPoll(id: $id) { ${POLL_FIELDS} } }`;

async function create(input = pollInput(), client = ali) {
  return (await client.gql<{ createSchedulingPoll: Outcome }>(CREATE, { forum: CHILDREN, input })).data
    ?.createSchedulingPoll;
}
async function answer(client: TestClient, poll: string, answers: Array<[string, string]>) {
  const res = await client.gql<{ answerSchedulingPoll: Outcome }>(ANSWER, {
    poll,
    answers: answers.map(([candidateId, value]) => ({ candidateId, answer: value })),
  });
  return res.data?.answerSchedulingPoll;
}
async function book(client: TestClient, poll: string, candidate?: string) {
  return (await client.gql<{ bookSchedulingPoll: Outcome }>(BOOK, { poll, candidate })).data
    ?.bookSchedulingPoll;
}
async function read(client: TestClient, id: string) {
  return (await client.gql<{ schedulingPoll: PollShape | null }>(READ, { id })).data?.schedulingPoll;
}
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1] ?? '';
const audited = (action: string, recordId: string) =>
  api.database.db.$count(
    schema.auditEvent,
    and(eq(schema.auditEvent.action, action), eq(schema.auditEvent.recordId, recordId)),
  );

describe('starting a poll', () => {
  it('starts a poll for the host’s coordinator, slots in order, nothing answered', async () => {
    const made = await create(pollInput({ candidates: [at(48), at(0), at(24)] }));
    expect(made?.__typename).toBe('CreateSchedulingPollSuccess');
    const poll = made?.poll;
    expect(poll?.status).toBe('OPEN');
    expect(poll?.candidates.map((c) => c.startsAt)).toEqual([at(0), at(24), at(48)]);
    expect(poll?.candidates[0]?.endsAt).toBe(new Date(base + 1.5 * HOUR).toISOString());
    expect(poll?.candidates.every((c) => c.preferCount + c.yesCount + c.noCount === 0)).toBe(true);
    expect(poll?.winner?.startsAt).toBe(at(0));
    expect(poll?.respondentCount).toBe(0);
    expect(await audited('poll.created', uuidOf(poll?.id ?? ''))).toBe(1);
  });

  it('refuses bad input, naming the field and saving nothing', async () => {
    const before = await api.database.db.$count(schema.schedulingPoll);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ candidates: [at(0)] }, 'candidates', 'mellan 2 och 20'],
      [{ candidates: Array.from({ length: 21 }, (_, i) => at(i)) }, 'candidates', 'mellan 2 och 20'],
      [{ candidates: [at(0), new Date(Date.now() - HOUR).toISOString()] }, 'candidates', 'framåt i tiden'],
      [{ candidates: [at(0), at(0)] }, 'candidates', 'mer än en gång'],
      [{ durationMinutes: 0 }, 'durationMinutes', 'längd'],
      [{ durationMinutes: 24 * 60 + 1 }, 'durationMinutes', 'längd'],
      [{ mode: 'DIGITAL', videoUrl: 'http://osäker' }, 'videoUrl', 'videolänk'],
      [{ mode: 'IN_PERSON', place: ' ' }, 'place', 'plats'],
      [{ title: '  ' }, 'title', 'tomt'],
    ];
    for (const [overrides, field, text] of cases) {
      const res = await create(pollInput(overrides));
      expect(res, JSON.stringify(overrides)).toMatchObject({ __typename: 'InvalidInputError', field });
      expect(res?.message).toContain(text);
    }
    expect(await api.database.db.$count(schema.schedulingPoll)).toBe(before);
  });

  it('is only for the host’s coordinators and admins, and only in an active forum', async () => {
    expect((await create(pollInput(), erik))?.__typename).toBe('NotAllowedError');
    expect((await create(pollInput(), sara))?.__typename).toBe('NotAllowedError');
    expect((await create(pollInput(), maria))?.__typename).toBe('NotAllowedError');
    const f = schema.forum;
    await api.database.db.update(f).set({ status: 'paused' }).where(eq(f.id, DEMO.forums.vaxjoChildren));
    try {
      expect(await create()).toMatchObject({ __typename: 'InvalidInputError', field: 'forumId' });
    } finally {
      await api.database.db.update(f).set({ status: 'active' }).where(eq(f.id, DEMO.forums.vaxjoChildren));
    }
  });
});

describe('answering and booking', () => {
  let poll: PollShape;
  const slot = (i: number) => poll.candidates[i]?.id ?? '';

  beforeAll(async () => {
    const made = await create();
    if (!made?.poll) throw new Error(JSON.stringify(made));
    poll = made.poll;
  });

  it('records answers for anyone in a member organisation, replacing their earlier ones', async () => {
    const first = await answer(erik, poll.id, [
      [slot(0), 'NO'],
      [slot(1), 'PREFER'],
    ]);
    expect(first?.__typename).toBe('AnswerSchedulingPollSuccess');
    expect(first?.poll?.candidates.map((c) => c.myAnswer)).toEqual(['NO', 'PREFER', null]);
    // A second answer replaces the whole first one: slot 0 is no longer answered.
    const second = await answer(erik, poll.id, [
      [slot(1), 'YES'],
      [slot(2), 'YES'],
    ]);
    expect(second?.poll?.candidates.map((c) => [c.myAnswer, c.preferCount, c.yesCount, c.noCount])).toEqual([
      [null, 0, 0, 0],
      ['YES', 0, 1, 0],
      ['YES', 0, 1, 0],
    ]);
    await answer(sara, poll.id, [
      [slot(0), 'YES'],
      [slot(1), 'NO'],
      [slot(2), 'YES'],
    ]);
    const seen = await read(ali, poll.id);
    expect(seen?.respondentCount).toBe(2);
    expect(seen?.candidates.map((c) => c.myAnswer)).toEqual([null, null, null]);
    expect(await audited('poll.answered', uuidOf(poll.id))).toBe(3);
  });

  it('ranks by prefer-or-yes, then prefer, ties going to the earliest', async () => {
    // Slot 2 has two yes; slots 0 and 1 one each, tied, so the earlier (0) ranks above 1.
    const seen = await read(sara, poll.id);
    expect(seen?.ranking.map((c) => c.startsAt)).toEqual([at(48), at(0), at(24)]);
    expect(seen?.candidates.map((c) => c.rank)).toEqual([2, 3, 1]);
    expect(seen?.winner?.startsAt).toBe(at(48));
    // A prefer breaks the tie between equal prefer-or-yes counts.
    await answer(erik, poll.id, [
      [slot(0), 'PREFER'],
      [slot(1), 'YES'],
      [slot(2), 'YES'],
    ]);
    expect((await read(sara, poll.id))?.winner?.startsAt).toBe(at(0));
    await answer(erik, poll.id, [
      [slot(1), 'YES'],
      [slot(2), 'YES'],
    ]);
  });

  it('refuses answers to slots of another poll, twice to one slot, or from outside the forum', async () => {
    const other = await create(pollInput({ candidates: [at(100), at(101)] }));
    const foreign = other?.poll?.candidates[0]?.id ?? '';
    expect(await answer(erik, poll.id, [[foreign, 'YES']])).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'answers',
    });
    expect(
      await answer(erik, poll.id, [
        [slot(0), 'YES'],
        [slot(0), 'NO'],
      ]),
    ).toMatchObject({ __typename: 'InvalidInputError', field: 'answers' });
    expect(await answer(maria, poll.id, [[slot(0), 'YES']])).toMatchObject({
      __typename: 'NotAllowedError',
      field: 'pollId',
    });
    expect(await read(maria, poll.id)).toBeNull();
    expect((await read(erik, poll.id))?.candidates.map((c) => c.myAnswer)).toEqual([null, 'YES', 'YES']);
  });

  it('is booked by the host’s coordinators only: the winner, as a meeting inviting every member', async () => {
    expect(await book(erik, poll.id)).toMatchObject({ __typename: 'NotAllowedError', field: 'forumId' });
    expect(await book(maria, poll.id)).toMatchObject({ __typename: 'NotAllowedError' });
    const booked = await book(ali, poll.id);
    expect(booked?.__typename).toBe('BookSchedulingPollSuccess');
    expect(booked?.poll?.status).toBe('BOOKED');
    expect(booked?.poll?.winner).toBeNull();
    const meeting = booked?.poll?.bookedMeeting;
    expect(meeting).toMatchObject({
      title: 'Uppstartsmöte',
      startsAt: at(48),
      endsAt: new Date(base + 49.5 * HOUR).toISOString(),
    });
    const members = await api.database.db
      .select({ id: schema.forumMember.organisationId })
      .from(schema.forumMember)
      .where(eq(schema.forumMember.forumId, DEMO.forums.vaxjoChildren));
    expect(meeting?.invitees.map((i) => i.organisation.id).sort()).toEqual(
      members.map((m) => encodeGlobalId('Organisation', m.id)).sort(),
    );
    expect(meeting?.invitees.every((i) => i.required)).toBe(true);
    expect(await audited('poll.booked', uuidOf(poll.id))).toBe(1);
    expect(await audited('meeting.created', uuidOf(meeting?.id ?? ''))).toBe(1);
  });

  it('refuses an answer after booking, naming the poll, and a second booking', async () => {
    const late = await answer(sara, poll.id, [[slot(0), 'PREFER']]);
    expect(late).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'pollId',
      message: 'Omröstningen är redan bokad, så den tar inte emot fler svar. Se det bokade mötet.',
    });
    const meetings = await api.database.db.$count(schema.meeting);
    expect(await book(ali, poll.id)).toMatchObject({ __typename: 'InvalidInputError', field: 'pollId' });
    expect(await api.database.db.$count(schema.meeting)).toBe(meetings);
    expect((await read(sara, poll.id))?.candidates.find((c) => c.id === slot(0))?.myAnswer).toBe('YES');
  });
});

describe('booking a chosen slot', () => {
  it('books the slot the coordinator picks, whatever the ranking', async () => {
    const made = await create(pollInput({ candidates: [at(200), at(201)] }));
    const [first, second] = made?.poll?.candidates ?? [];
    await answer(erik, made?.poll?.id ?? '', [[first?.id ?? '', 'PREFER']]);
    const booked = await book(ali, made?.poll?.id ?? '', second?.id);
    expect(booked?.poll?.bookedMeeting?.startsAt).toBe(at(201));
  });

  it('refuses a slot of another poll, a slot that has passed, and a poll with nothing left', async () => {
    const made = await create(pollInput({ candidates: [at(300), at(301)] }));
    const other = await create(pollInput({ candidates: [at(302), at(303)] }));
    expect(await book(ali, made?.poll?.id ?? '', other?.poll?.candidates[0]?.id)).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'candidateId',
    });
    // Time passes: move the slots into the past, as the clock would.
    const pc = schema.pollCandidate;
    const pollId = uuidOf(made?.poll?.id ?? '');
    await api.database.db
      .update(pc)
      .set({ startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR) })
      .where(eq(pc.pollId, pollId));
    expect(await book(ali, made?.poll?.id ?? '', made?.poll?.candidates[0]?.id)).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'candidateId',
    });
    expect(await book(ali, made?.poll?.id ?? '')).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'pollId',
    });
    expect((await read(ali, made?.poll?.id ?? ''))?.winner).toBeNull();
  });
});

describe('a forum’s polls', () => {
  it('are listed on the forum, newest first, for its members', async () => {
    const res = await sara.gql<{ forum: { polls: Array<{ id: string; title: string }> } | null }>(
      `query($id: ID!) { forum(id: $id) { polls { id title } } }`,
      { id: CHILDREN },
    );
    const polls = res.data?.forum?.polls ?? [];
    expect(polls.length).toBeGreaterThan(3);
    const created = await api.database.db
      .select({ id: schema.schedulingPoll.id, createdAt: schema.schedulingPoll.createdAt })
      .from(schema.schedulingPoll)
      .where(eq(schema.schedulingPoll.forumId, DEMO.forums.vaxjoChildren));
    const newestFirst = [...created]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((p) => encodeGlobalId('SchedulingPoll', p.id));
    expect(polls.map((p) => p.id)).toEqual(newestFirst);
  });
});

describe('statements', () => {
  it('loads a forum’s polls with their slots, answers and meetings in one data statement', async () => {
    const query = `query($id: ID!) { forum(id: $id) { polls { id status respondentCount forum { id } candidates { id preferCount myAnswer } ranking { id } winner { id } bookedMeeting { id title } } } }`;
    const count = async () => {
      let polls = 0;
      const statements = await api.countStatements(async () => {
        const res = await sara.gql<{ forum: { polls: unknown[] } }>(query, { id: CHILDREN });
        polls = res.data?.forum.polls.length ?? 0;
      });
      return { polls, statements };
    };
    const made = await create(pollInput({ candidates: [at(400), at(401)] }));
    await answer(erik, made?.poll?.id ?? '', [[made?.poll?.candidates[0]?.id ?? '', 'YES']]);
    const few = await count();
    for (const hours of [410, 420, 430]) {
      const more = await create(pollInput({ candidates: [at(hours), at(hours + 1)] }));
      await answer(sara, more?.poll?.id ?? '', [[more?.poll?.candidates[1]?.id ?? '', 'PREFER']]);
      await book(ali, more?.poll?.id ?? '');
    }
    const many = await count();
    expect(many.polls).toBe(few.polls + 3);
    // One per signed-in request (the session with the transaction's role), one for the data.
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBe(2);
  });
});
