import { DEMO, queryRows, schema } from '@samlad/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

const o = DEMO.organisations;
const f = DEMO.forums;
const DAY = 86_400_000;
const isoDay = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);
/** The last twelve months up to today: the demo meetings fall in it. */
const PERIOD = { from: isoDay(new Date(Date.now() - 365 * DAY)), to: isoDay(new Date()) };

let api: TestApi;
let overseer: TestClient;
let coordinator: TestClient;
let member: TestClient;

beforeAll(async () => {
  api = await startTestApi();
  [overseer, coordinator, member] = await Promise.all([
    api.signIn(PEOPLE.overseer),
    api.signIn(PEOPLE.vaxjoCoordinator),
    api.signIn(PEOPLE.vaxjoMember),
  ]);
});
afterAll(() => api?.close());

interface Load {
  organisation: { id: string; name: string; kind: string };
  forumCount: number;
  meetingsInvited: number;
  meetingHours: number;
  flagged: boolean;
}
interface Count {
  value: number | null;
  fewerThanFive: boolean;
}

const LOAD = /* GraphQL */ `
  query($county: String!, $from: String!, $to: String!, $kind: OrganisationKind, $threshold: Int! = 8) {
    countyOverview(countyCode: $county, from: $from, to: $to, organisationKind: $kind, flagThreshold: $threshold) {
      countyName flagThreshold
      organisationLoad { organisation { id name kind } forumCount meetingsInvited meetingHours flagged }
    }
  }
`;

type LoadData = { countyOverview: { countyName: string; flagThreshold: number; organisationLoad: Load[] } };

describe('forum load', () => {
  it('counts each organisation’s forums and meetings, heaviest first, and flags those at the threshold', async () => {
    const res = await overseer.gql<LoadData>(LOAD, { county: '07', ...PERIOD });
    expect(res.errors).toBeUndefined();
    const loads = res.data?.countyOverview.organisationLoad ?? [];
    expect(res.data?.countyOverview.countyName).toBe('Kronobergs län');
    const social = loads.find((l) => l.organisation.name === 'Växjö kommun, socialförvaltningen');
    // Members of ten active or paused demo forums (the merged Teleborg group does not count).
    expect(social).toMatchObject({ forumCount: 10, flagged: true });
    expect(social?.meetingsInvited).toBeGreaterThan(10);
    expect(loads.filter((l) => l.flagged).map((l) => l.organisation.name)).toEqual([
      'Växjö kommun, socialförvaltningen',
    ]);
    const counts = loads.map((l) => l.forumCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The county's organisations only: nothing from Karlstad.
    expect(loads.some((l) => l.organisation.name.includes('Karlstad'))).toBe(false);
  });

  it('counts the hours of the meetings an organisation was invited to, once per meeting', async () => {
    const res = await overseer.gql<LoadData>(LOAD, { county: '07', ...PERIOD });
    const [row] = await queryRows<{ n: number; hours: number }>(
      api.database.db,
      sql`select count(*)::int as n, coalesce(sum(extract(epoch from m.ends_at - m.starts_at)), 0)::float8 / 3600 as hours
          from meeting m where m.status <> 'cancelled'
            and m.starts_at >= ((${PERIOD.from}::date)::timestamp at time zone 'Europe/Stockholm')
            and m.starts_at < ((${PERIOD.to}::date + 1)::timestamp at time zone 'Europe/Stockholm')
            and exists (select 1 from meeting_invitee i where i.meeting_id = m.id and i.organisation_id = ${o.polisVaxjo})`,
    );
    const police = res.data?.countyOverview.organisationLoad.find((l) =>
      l.organisation.name.startsWith('Polisen'),
    );
    expect(police?.meetingsInvited).toBe(row?.n);
    expect(police?.meetingHours).toBeCloseTo(Number(row?.hours), 1);
  });

  it('filters by kind and moves the threshold', async () => {
    const police = await overseer.gql<LoadData>(LOAD, { county: '07', ...PERIOD, kind: 'POLICE' });
    expect(police.data?.countyOverview.organisationLoad.map((l) => l.organisation.kind)).toEqual(['POLICE']);
    const low = await overseer.gql<LoadData>(LOAD, { county: '07', ...PERIOD, threshold: 5 });
    const flagged = low.data?.countyOverview.organisationLoad.filter((l) => l.flagged) ?? [];
    expect(flagged.every((l) => l.forumCount >= 5)).toBe(true);
    expect(flagged.length).toBeGreaterThan(1);
    expect(low.data?.countyOverview.flagThreshold).toBe(5);
  });
});

describe('bad input', () => {
  const ask = (client: TestClient, vars: Record<string, unknown>, locale = 'sv') =>
    client.gql(LOAD, { county: '07', ...PERIOD, ...vars }, { 'accept-language': locale });

  it.each([
    ['a period turned around', { from: '2026-06-01', to: '2026-05-31' }, 'to', /slutdatum ligger före/],
    ['a period over five years', { from: '2020-01-01', to: '2025-01-02' }, 'to', /högst fem år/],
    ['a date that does not exist', { from: '2026-02-30' }, 'from', /inget giltigt datum/],
    ['a threshold below 1', { threshold: 0 }, 'flagThreshold', /från 1 till 1000/],
    ['an unknown county', { county: '99' }, 'countyCode', /inget län med koden/],
  ])('refuses %s with a message that says what to do', async (_what, vars, field, message) => {
    const res = await ask(overseer, vars);
    expect(res.data?.countyOverview ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('refuses another county, in the person’s language', async () => {
    const res = await ask(overseer, { county: '17' }, 'en');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'countyCode' });
    expect(res.errors?.[0]?.message).toMatch(/county administrative board/);
  });

  it('refuses the county overview to anyone but the county board', async () => {
    for (const client of [coordinator, member]) {
      const res = await ask(client, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(LOAD, { county: '07', ...PERIOD });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const OVERLAP = /* GraphQL */ `
  query($from: String!, $to: String!, $min: Float! = 0.4) {
    countyOverview(countyCode: "07", from: $from, to: $to) {
      forumPairCount
      mergeCandidates(minimumScore: $min) {
        forumA { id name } forumB { id name } score memberSimilarity themeSimilarity
        sharedMembers { name } sharedThemes savings { organisation { name } hoursPerYear } hoursSavedPerYear
        openProposal { id status }
      }
      network { forums { id memberCount } organisations { id } links { forumId organisationId } }
    }
  }
`;
interface Candidate {
  forumA: { id: string; name: string };
  forumB: { id: string; name: string };
  score: number;
  memberSimilarity: number;
  themeSimilarity: number;
  sharedMembers: { name: string }[];
  sharedThemes: string[];
  savings: { organisation: { name: string }; hoursPerYear: number }[];
  hoursSavedPerYear: number;
  openProposal: { id: string; status: string } | null;
}
type OverlapData = {
  countyOverview: {
    forumPairCount: number;
    mergeCandidates: Candidate[];
    network: {
      forums: { id: string; memberCount: number }[];
      organisations: { id: string }[];
      links: { forumId: string; organisationId: string }[];
    };
  };
};

describe('overlap and merge candidates', () => {
  it('ranks the demo county’s most similar forums first, with why and what it saves', async () => {
    const res = await overseer.gql<OverlapData>(OVERLAP, PERIOD);
    expect(res.errors).toBeUndefined();
    const overview = res.data?.countyOverview;
    const [first] = overview?.mergeCandidates ?? [];
    // Barnahus {region, social services, police} and the violence network {county board, region,
    // social services, police, women's shelter}: members 3/5 = 0.6, themes 1/2 = 0.5 → 0.7·0.6 + 0.3·0.5.
    expect(first?.forumA.name).toBe('Barnahus Kronoberg, samråd');
    expect(first?.forumB.name).toBe('Länsnätverk mot våld i nära relationer, Kronoberg');
    expect(first).toMatchObject({ score: 0.57, memberSimilarity: 0.6, themeSimilarity: 0.5 });
    expect(first?.sharedThemes).toEqual(['VIOLENCE_IN_CLOSE_RELATIONSHIPS']);
    expect(first?.sharedMembers.map((m) => m.name).sort()).toEqual([
      'Polisen, lokalpolisområde Växjö',
      'Region Kronoberg',
      'Växjö kommun, socialförvaltningen',
    ]);
    expect(first?.savings).toHaveLength(5);
    expect(first?.hoursSavedPerYear).toBeCloseTo(
      (first?.savings ?? []).reduce((sum, s) => sum + s.hoursPerYear, 0),
      1,
    );
    const scores = (overview?.mergeCandidates ?? []).map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s >= 0.4)).toBe(true);
    const n = overview?.network.forums.length ?? 0;
    expect(overview?.forumPairCount).toBe((n * (n - 1)) / 2);
  });

  it('draws the network from the same memberships', async () => {
    const res = await overseer.gql<OverlapData>(OVERLAP, PERIOD);
    const network = res.data?.countyOverview.network;
    const forumIds = new Set(network?.forums.map((x) => x.id));
    const orgIds = new Set(network?.organisations.map((x) => x.id));
    expect(network?.links.length).toBe(network?.forums.reduce((sum, x) => sum + x.memberCount, 0));
    expect(network?.links.every((l) => forumIds.has(l.forumId) && orgIds.has(l.organisationId))).toBe(true);
    // Paused forums are in it, merged ones are not.
    expect(forumIds.has(encodeGlobalId('Forum', f.vaxjoSummer))).toBe(true);
    expect(forumIds.has(encodeGlobalId('Forum', f.vaxjoTeleborg))).toBe(false);
  });

  it('counts every candidate, and says which county a viewer oversees', async () => {
    const res = await overseer.gql<{
      countyOverview: { mergeCandidateCount: number; mergeCandidates: unknown[] };
    }>(
      `query($from: String!, $to: String!) { countyOverview(countyCode: "07", from: $from, to: $to) {
        mergeCandidateCount(minimumScore: 0.3) mergeCandidates(minimumScore: 0.3, first: 2) { score } } }`,
      PERIOD,
    );
    expect(res.data?.countyOverview.mergeCandidates).toHaveLength(2);
    expect(res.data?.countyOverview.mergeCandidateCount).toBeGreaterThan(2);
    const county = `{ viewer { overseenCounty { code } } }`;
    type Seen = { viewer: { overseenCounty: { code: string } | null } };
    expect((await overseer.gql<Seen>(county)).data?.viewer.overseenCounty).toEqual({ code: '07' });
    expect((await coordinator.gql<Seen>(county)).data?.viewer.overseenCounty).toBeNull();
  });

  it('refuses a minimum score outside 0–1', async () => {
    const res = await overseer.gql(OVERLAP, { ...PERIOD, min: 1.5 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minimumScore' });
  });
});

const MINE = /* GraphQL */ `
  query($from: String!, $to: String!) {
    organisationOverview(from: $from, to: $to) {
      organisation { name }
      load { forumCount flagged }
      hostsForums
      hostedForums { forum { name host { name } } heldMeetings plannedToDate }
      mergeCandidates(minimumScore: 0.3) { forumA { name host { name } } forumB { name host { name } } }
      mergeProposals { id status }
    }
  }
`;
type MineData = {
  organisationOverview: {
    organisation: { name: string };
    load: { forumCount: number; flagged: boolean };
    hostsForums: boolean;
    hostedForums: { forum: { name: string; host: { name: string } }; heldMeetings: number }[];
    mergeCandidates: { forumA: { host: { name: string } }; forumB: { host: { name: string } } }[];
    mergeProposals: { id: string; status: string }[];
  };
};

describe('the own organisation’s overview', () => {
  it('shows a coordinator its load, the forums it hosts and candidates involving them', async () => {
    const res = await coordinator.gql<MineData>(MINE, PERIOD);
    expect(res.errors).toBeUndefined();
    const mine = res.data?.organisationOverview;
    expect(mine?.organisation.name).toBe('Växjö kommun, socialförvaltningen');
    expect(mine?.load).toEqual({ forumCount: 10, flagged: true });
    expect(mine?.hostsForums).toBe(true);
    expect(mine?.hostedForums.map((d) => d.forum.name).sort()).toEqual([
      'ANDT-gruppen Växjö',
      'Samverkansgrupp barn och unga i riskmiljö, Växjö',
    ]);
    expect(mine?.mergeCandidates.length).toBeGreaterThan(0);
    for (const c of mine?.mergeCandidates ?? []) {
      expect([c.forumA.host.name, c.forumB.host.name]).toContain('Växjö kommun, socialförvaltningen');
    }
  });

  it('shows a member only its organisation’s load', async () => {
    const res = await member.gql<MineData>(MINE, PERIOD);
    const mine = res.data?.organisationOverview;
    expect(mine?.load.forumCount).toBe(10);
    expect(mine?.hostsForums).toBe(false);
    expect(mine?.hostedForums).toEqual([]);
    expect(mine?.mergeCandidates).toEqual([]);
  });
});

const PROPOSE = /* GraphQL */ `
  mutation($a: ID!, $b: ID!, $message: String) {
    proposeForumMerge(forumAId: $a, forumBId: $b, message: $message) {
      __typename
      ... on UserError { field message }
      ... on ProposeForumMergeSuccess { proposal { id status viewerMayAnswer viewerMayWithdraw answers { organisation { name } agrees }
        viewerAnswer { agrees } hostsAwaitingAnswer { name } } }
    }
  }
`;
const ANSWER = /* GraphQL */ `
  mutation($p: ID!, $agrees: Boolean!, $comment: String) {
    answerForumMergeProposal(proposalId: $p, agrees: $agrees, comment: $comment) {
      __typename
      ... on UserError { field message }
      ... on AnswerForumMergeProposalSuccess { proposal { id status answers { organisation { name } agrees comment } } }
    }
  }
`;
type ProposeData = {
  proposeForumMerge: {
    __typename: string;
    field?: string;
    message?: string;
    proposal?: {
      id: string;
      status: string;
      viewerMayWithdraw: boolean;
      answers: { organisation: { name: string }; agrees: boolean }[];
    };
  };
};
type AnswerData = {
  answerForumMergeProposal: { __typename: string; field?: string; proposal?: { status: string } };
};
const forumId = (id: string) => encodeGlobalId('Forum', id);
const proposals = async () => (await api.database.db.select().from(schema.forumMergeProposal)).length;

describe('merge proposals', () => {
  it('a host proposes, the other host sees it and agrees; both answers are kept', async () => {
    const made = await coordinator.gql<ProposeData>(PROPOSE, {
      a: forumId(f.vaxjoChildren),
      b: forumId(f.kronobergMentalHealth),
      message: 'Samma organisationer, samma unga.',
    });
    const proposal = made.data?.proposeForumMerge.proposal;
    expect(made.data?.proposeForumMerge.__typename).toBe('ProposeForumMergeSuccess');
    // The proposing host agrees by proposing; the region still has to answer.
    expect(proposal).toMatchObject({ status: 'OPEN', viewerMayWithdraw: true });
    expect(proposal?.answers).toEqual([
      { organisation: { name: 'Växjö kommun, socialförvaltningen' }, agrees: true },
    ]);

    const again = await coordinator.gql<ProposeData>(PROPOSE, {
      a: forumId(f.kronobergMentalHealth),
      b: forumId(f.vaxjoChildren),
    });
    expect(again.data?.proposeForumMerge).toMatchObject({ __typename: 'ConflictError', field: 'forumBId' });

    // Region Kronoberg hosts the other forum. Its member may not answer; its coordinator may.
    const region = await api.signIn(PEOPLE.regionMember);
    const refused = await region.gql<AnswerData>(ANSWER, { p: proposal?.id, agrees: true });
    expect(refused.data?.answerForumMergeProposal.__typename).toBe('NotAllowedError');
    await api.database.db
      .update(schema.membership)
      .set({ role: 'coordinator' })
      .where(
        and(eq(schema.membership.organisationId, o.regionKronoberg), eq(schema.membership.role, 'member')),
      );
    const regionCoordinator = await api.signIn(PEOPLE.regionMember);
    const seen = await regionCoordinator.gql<MineData>(MINE, PERIOD);
    expect(seen.data?.organisationOverview.mergeProposals).toEqual([{ id: proposal?.id, status: 'OPEN' }]);
    const agreed = await regionCoordinator.gql<AnswerData>(ANSWER, {
      p: proposal?.id,
      agrees: true,
      comment: 'Ja.',
    });
    expect(agreed.data?.answerForumMergeProposal.proposal?.status).toBe('AGREED');
    const late = await regionCoordinator.gql<AnswerData>(ANSWER, { p: proposal?.id, agrees: false });
    expect(late.data?.answerForumMergeProposal).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'proposalId',
    });
  });

  it('lets the county board propose; the candidate then carries the open proposal', async () => {
    const made = await overseer.gql<ProposeData>(PROPOSE, {
      a: forumId(f.kronobergBarnahus),
      b: forumId(f.kronobergViolence),
    });
    expect(made.data?.proposeForumMerge.proposal).toMatchObject({ status: 'OPEN', answers: [] });
    const res = await overseer.gql<OverlapData>(OVERLAP, PERIOD);
    const first = res.data?.countyOverview.mergeCandidates[0];
    expect(first?.openProposal).toEqual({ id: made.data?.proposeForumMerge.proposal?.id, status: 'OPEN' });
  });

  it.each([
    ['the same forum twice', f.vaxjoChildren, f.vaxjoChildren, 'InvalidInputError', 'forumBId'],
    ['forums in two counties', f.vaxjoChildren, f.karlstadSspf, 'InvalidInputError', 'forumBId'],
    ['a forum already merged', f.vaxjoAndt, f.vaxjoTeleborg, 'InvalidInputError', 'forumBId'],
    ['forums it hosts neither of', f.vaxjoLeadership, f.kronobergIntegration, 'NotAllowedError', null],
  ])('refuses %s and writes nothing', async (_what, a, b, type, field) => {
    const before = await proposals();
    const res = await coordinator.gql<ProposeData>(PROPOSE, { a: forumId(a), b: forumId(b) });
    expect(res.data?.proposeForumMerge.__typename).toBe(type);
    if (field) expect(res.data?.proposeForumMerge.field).toBe(field);
    expect(res.data?.proposeForumMerge.message).toBeTruthy();
    expect(await proposals()).toBe(before);
  });

  it('refuses a member of a host', async () => {
    const res = await member.gql<ProposeData>(PROPOSE, {
      a: forumId(f.vaxjoAndt),
      b: forumId(f.vaxjoSafety),
    });
    expect(res.data?.proposeForumMerge.__typename).toBe('NotAllowedError');
  });
});

const PULSE = /* GraphQL */ `
  mutation($m: ID!, $u: Int!, $t: Int!) {
    answerMeetingPulse(meetingId: $m, usefulness: $u, trust: $t) {
      __typename
      ... on UserError { field message }
      ... on AnswerMeetingPulseSuccess { pulse { state } }
    }
  }
`;
type PulseData = { answerMeetingPulse: { __typename: string; field?: string; pulse?: { state: string } } };

async function makeMeeting(forum: string, endedDaysAgo: number, invite: string) {
  const startsAt = new Date(Date.now() - endedDaysAgo * DAY - 3_600_000);
  const [made] = await api.database.db
    .insert(schema.meeting)
    .values({
      forumId: forum,
      title: 'Pulsmöte',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      mode: 'digital',
      videoUrl: 'https://meet.example.se/puls',
      status: endedDaysAgo > 0 ? 'held' : 'scheduled',
    })
    .returning({ id: schema.meeting.id });
  if (!made) throw new Error('no meeting');
  await api.database.db.insert(schema.meetingInvitee).values({ meetingId: made.id, organisationId: invite });
  return made.id;
}
const answersTo = async (meetingId: string) =>
  (
    await api.database.db
      .select()
      .from(schema.meetingPulseAnswer)
      .where(eq(schema.meetingPulseAnswer.meetingId, meetingId))
  ).length;

describe('meeting pulse', () => {
  it('takes one answer per participant, after the meeting and within 30 days', async () => {
    const id = await makeMeeting(f.vaxjoAndt, 1, o.vaxjoSocial);
    const m = encodeGlobalId('Meeting', id);
    const first = await member.gql<PulseData>(PULSE, { m, u: 3, t: 4 });
    expect(first.data?.answerMeetingPulse).toEqual({
      __typename: 'AnswerMeetingPulseSuccess',
      pulse: { state: 'ANSWERED' },
    });
    const twice = await member.gql<PulseData>(PULSE, { m, u: 1, t: 1 });
    expect(twice.data?.answerMeetingPulse.__typename).toBe('ConflictError');
    // Ali acts for the same invited organisation: he answers too.
    const state = await coordinator.gql<{ meeting: { pulse: { state: string } } }>(
      `query($m: ID!) { meeting(id: $m) { pulse { state } } }`,
      { m },
    );
    expect(state.data?.meeting.pulse.state).toBe('OPEN');
    expect(await answersTo(id)).toBe(1);

    const future = encodeGlobalId('Meeting', await makeMeeting(f.vaxjoAndt, -3, o.vaxjoSocial));
    expect(
      (await member.gql<PulseData>(PULSE, { m: future, u: 3, t: 3 })).data?.answerMeetingPulse.__typename,
    ).toBe('InvalidInputError');
    const old = encodeGlobalId('Meeting', await makeMeeting(f.vaxjoAndt, 31, o.vaxjoSocial));
    const closed = await member.gql<PulseData & { answerMeetingPulse: { message?: string } }>(PULSE, {
      m: old,
      u: 3,
      t: 3,
    });
    expect(closed.data?.answerMeetingPulse).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'meetingId',
    });
  });

  it('refuses values outside 1–4 and people who were not invited, writing nothing', async () => {
    const id = await makeMeeting(f.vaxjoAndt, 2, o.regionKronoberg);
    const m = encodeGlobalId('Meeting', id);
    const scale = await member.gql<PulseData>(PULSE, { m, u: 5, t: 2 });
    expect(scale.data?.answerMeetingPulse).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'usefulness',
    });
    const outsider = await member.gql<PulseData>(PULSE, { m, u: 2, t: 2 });
    expect(outsider.data?.answerMeetingPulse.__typename).toBe('NotAllowedError');
    expect(await answersTo(id)).toBe(0);
  });

  it('keeps answers apart from who gave them', async () => {
    const columns = await queryRows<{ column_name: string }>(
      api.database.db,
      sql`select column_name from information_schema.columns where table_name = 'meeting_pulse_answer' order by 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'meeting_id', 'trust', 'usefulness']);
  });

  it('shows a quarter’s pulse only from five answers', async () => {
    const [forum] = await api.database.db
      .insert(schema.forum)
      .values({
        name: 'Pulsforum',
        purpose: 'För pulstestet.',
        themes: ['safety'],
        level: 'municipal',
        countyCode: '07',
        hostOrganisationId: o.vaxjoKommun,
        meetingsPerYear: 4,
      })
      .returning({ id: schema.forum.id });
    if (!forum) throw new Error('no forum');
    const meetingId = await makeMeeting(forum.id, 3, o.vaxjoKommun);
    const query = /* GraphQL */ `query($from: String!, $to: String!) { countyOverview(countyCode: "07", from: $from, to: $to) {
      forums { forum { name } pulse { period answers { value fewerThanFive } usefulness trust } } } }`;
    type Data = {
      countyOverview: {
        forums: {
          forum: { name: string };
          pulse: { answers: Count; usefulness: number | null; trust: number | null }[];
        }[];
      };
    };
    const pulseOf = async () =>
      (await overseer.gql<Data>(query, PERIOD)).data?.countyOverview.forums.find(
        (d) => d.forum.name === 'Pulsforum',
      )?.pulse;
    const answer = (usefulness: number, trust: number) =>
      api.database.db.insert(schema.meetingPulseAnswer).values({ meetingId, usefulness, trust });
    for (const [u, t] of [
      [4, 3],
      [3, 3],
      [2, 4],
      [4, 4],
    ])
      await answer(u as number, t as number);
    expect(await pulseOf()).toEqual([
      expect.objectContaining({
        answers: { value: null, fewerThanFive: true },
        usefulness: null,
        trust: null,
      }),
    ]);
    await answer(2, 1);
    // (4 + 3 + 2 + 4 + 2) / 5 = 3; (3 + 3 + 4 + 4 + 1) / 5 = 3.
    expect(await pulseOf()).toEqual([
      expect.objectContaining({ answers: { value: 5, fewerThanFive: false }, usefulness: 3, trust: 3 }),
    ]);
  });
});

const CASES = /* GraphQL */ `
  query($from: String!, $to: String!) {
    countyOverview(countyCode: "07", from: $from, to: $to) {
      cases { total { value fewerThanFive } byStatus { status count { value fewerThanFive } }
        byTheme { theme count { value fewerThanFive } } followUpsOnTime { value fewerThanFive } followUpsLate { value fewerThanFive } }
    }
  }
`;
type CaseData = {
  countyOverview: {
    cases: {
      total: Count;
      byStatus: { status: string; count: Count }[];
      byTheme: { theme: string; count: Count }[];
      followUpsOnTime: Count;
      followUpsLate: Count;
    };
  };
};

describe('case figures', () => {
  it('counts the county’s cases, withholding every count below 5', async () => {
    const before = (await overseer.gql<CaseData>(CASES, PERIOD)).data?.countyOverview.cases;
    expect(before?.byStatus.find((s) => s.status === 'OPEN')?.count.fewerThanFive).toBe(true);
    expect(before?.followUpsOnTime).toEqual({ value: null, fewerThanFive: true });
    expect(before?.followUpsLate).toEqual({ value: null, fewerThanFive: true });
    const year = new Date().getFullYear();
    const made = await api.database.db
      .insert(schema.sharedCase)
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          reference: `VXJ-${year}-9${String(i).padStart(3, '0')}`,
          subjectKind: 'topic' as const,
          status: 'open' as const,
          themes: ['substance_use' as const],
          summary: 'Räknas i översikten',
          leadOrganisationId: o.vaxjoSocial,
        })),
      )
      .returning({ id: schema.sharedCase.id });
    await api.database.db.insert(schema.caseFollowUp).values(
      made.map((c) => ({
        caseId: c.id,
        dueOn: isoDay(new Date(Date.now() - 5 * DAY)),
        doneOn: isoDay(new Date(Date.now() - 6 * DAY)),
        recordedByOrganisationId: o.vaxjoSocial,
      })),
    );
    const after = (await overseer.gql<CaseData>(CASES, PERIOD)).data?.countyOverview.cases;
    const open = after?.byStatus.find((s) => s.status === 'OPEN')?.count;
    expect(open?.fewerThanFive).toBe(false);
    expect(open?.value).toBeGreaterThanOrEqual(6);
    expect(after?.byTheme.find((t) => t.theme === 'SUBSTANCE_USE')?.count.value).toBeGreaterThanOrEqual(6);
    // The demo's one on-time follow-up and these six.
    expect(after?.followUpsOnTime).toEqual({ value: 7, fewerThanFive: false });
    expect(after?.followUpsLate).toEqual({ value: null, fewerThanFive: true });
  });

  it('gives the county board nothing of a case through SQL either', async () => {
    const rows = await queryRows<{ n: number }>(
      api.database.db,
      sql`select count(*)::int as n from samlad_case_county_figures('17', '2020-01-01', '2030-01-01', '2026-12-01')`,
    );
    // Outside a request no organisation acts: the function answers nothing.
    expect(rows[0]?.n).toBe(0);
  });
});

const FOLLOW_UP = /* GraphQL */ `
  mutation($c: ID!, $done: String, $next: String) {
    recordCaseFollowUp(caseId: $c, doneOn: $done, nextFollowUpOn: $next) {
      __typename
      ... on UserError { field message }
      ... on RecordCaseFollowUpSuccess { case { nextFollowUpOn followUps { dueOn doneOn onTime recordedBy { name } } } }
    }
  }
`;
type FollowUpData = {
  recordCaseFollowUp: {
    __typename: string;
    field?: string;
    case?: { nextFollowUpOn: string | null; followUps: { dueOn: string; doneOn: string; onTime: boolean }[] };
  };
};

describe('case follow-ups', () => {
  const caseId = encodeGlobalId('SharedCase', DEMO.cases.vaxjoYoungPerson);

  it('the lead records one done and sets the next date in one step', async () => {
    const [before] = await api.database.db
      .select({ next: schema.sharedCase.nextFollowUpOn })
      .from(schema.sharedCase)
      .where(eq(schema.sharedCase.id, DEMO.cases.vaxjoYoungPerson));
    const today = isoDay(new Date());
    const next = isoDay(new Date(Date.now() + 60 * DAY));
    const res = await member.gql<FollowUpData>(FOLLOW_UP, { c: caseId, next });
    const saved = res.data?.recordCaseFollowUp.case;
    expect(saved?.nextFollowUpOn).toBe(next);
    expect(saved?.followUps[0]).toEqual({
      dueOn: before?.next,
      doneOn: today,
      onTime: today <= (before?.next ?? ''),
      recordedBy: { name: 'Växjö kommun, socialförvaltningen' },
    });
    // The plan carries the same date, so the next plan save keeps it.
    const [plan] = await api.database.db
      .select({ followUpOn: schema.casePlan.followUpOn })
      .from(schema.casePlan)
      .where(eq(schema.casePlan.caseId, DEMO.cases.vaxjoYoungPerson));
    expect(plan?.followUpOn).toBe(next);
  });

  it.each([
    ['done in the future', { done: '2099-01-01' }, 'doneOn'],
    ['a next date before the day it was done', { done: '2026-01-10', next: '2026-01-09' }, 'nextFollowUpOn'],
    ['a date that does not exist', { done: '2026-02-30' }, 'doneOn'],
  ])('refuses %s and changes nothing', async (_what, vars, field) => {
    const count = async () => (await api.database.db.select().from(schema.caseFollowUp)).length;
    const before = await count();
    const res = await member.gql<FollowUpData>(FOLLOW_UP, { c: caseId, ...vars });
    expect(res.data?.recordCaseFollowUp).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(await count()).toBe(before);
  });

  it('is for the lead only', async () => {
    const police = await api.signIn(PEOPLE.policeVaxjo);
    const res = await police.gql<FollowUpData>(FOLLOW_UP, { c: caseId });
    expect(res.data?.recordCaseFollowUp.__typename).toBe('NotAllowedError');
  });
});

describe('SQL statements', () => {
  const FULL = /* GraphQL */ `
    query($from: String!, $to: String!) {
      countyOverview(countyCode: "07", from: $from, to: $to) {
        organisationLoad { organisation { name } forumCount meetingHours }
        forums { forum { name host { name } } heldMeetings attendance { organisation { name } meetingsAttended } actions { open } pulse { usefulness } }
        delivery { heldMeetings pulse { usefulness } }
        mergeCandidates { forumA { name } forumB { name } sharedMembers { name } savings { hoursPerYear } openProposal { id answers { comment } } }
        forumPairCount
        network { forums { id } organisations { id } links { forumId } }
        cases { total { value } }
        activities { municipalityName byAgeGroup { activities } }
        mergeProposals { id answers { organisation { name } } }
      }
    }
  `;

  it('loads the whole county overview in a fixed number of statements, however many forums', async () => {
    const count = () =>
      api.countStatements(async () => {
        const res = await overseer.gql(FULL, PERIOD);
        expect(res.errors).toBeUndefined();
      });
    const before = await count();
    const made = await api.database.db
      .insert(schema.forum)
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          name: `Räkneforum ${i}`,
          purpose: 'Räknar SQL-satser.',
          themes: ['safety' as const, 'crime_prevention' as const],
          level: 'municipal' as const,
          countyCode: '07',
          hostOrganisationId: o.vaxjoKommun,
          meetingsPerYear: 6,
        })),
      )
      .returning({ id: schema.forum.id });
    await api.database.db.insert(schema.forumMember).values(
      made.flatMap((x) =>
        [o.vaxjoKommun, o.polisVaxjo, o.vaxjoSocial].map((organisationId) => ({
          forumId: x.id,
          organisationId,
        })),
      ),
    );
    for (const x of made.slice(0, 10)) await makeMeeting(x.id, 4, o.polisVaxjo);
    const after = await count();
    expect(after).toBe(before);
    // The session lookup that sets the role; the county, the access check and the light sections
    // (proposals, cases, activities); the heavy ones (load, deliveries, network).
    expect(after).toBe(1 + 1 + 1);
  });

  it('reads only what the selection asks for, through fragments too, and nothing past a refusal', async () => {
    const count = (client: TestClient, query: string) => api.countStatements(() => client.gql(query, PERIOD));
    const cases = `query($from: String!, $to: String!) { countyOverview(countyCode: "07", from: $from, to: $to) { cases { total { value } } } }`;
    // The session lookup, and the check with the case figures.
    expect(await count(overseer, cases)).toBe(2);
    const fragment = `query($from: String!, $to: String!) { countyOverview(countyCode: "07", from: $from, to: $to) { ...Parts } }
      fragment Parts on CountyOverview { ... on CountyOverview { forums { heldMeetings } } delivery { heldMeetings } organisationLoad { forumCount } }`;
    const res = await overseer.gql<{ countyOverview: { forums: unknown[]; organisationLoad: unknown[] } }>(
      fragment,
      PERIOD,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.countyOverview.forums.length).toBeGreaterThan(0);
    // The check, then the load and the deliveries together.
    expect(await count(overseer, fragment)).toBe(3);
    expect(await count(coordinator, fragment)).toBe(2);
  });
});

describe('pulses to answer', () => {
  it('lists the meetings of the last 30 days whose pulse the person has not answered', async () => {
    const id = await makeMeeting(f.vaxjoSafety, 2, o.vaxjoSocial);
    const m = encodeGlobalId('Meeting', id);
    const list = async (client: TestClient) =>
      (
        await client.gql<{ jointView: { pulsesToAnswer: { id: string; pulse: { state: string } }[] } }>(
          `{ jointView { pulsesToAnswer { id pulse { state } } } }`,
        )
      ).data?.jointView.pulsesToAnswer ?? [];
    const before = await list(coordinator);
    expect(before.find((x) => x.id === m)).toEqual({ id: m, pulse: { state: 'OPEN' } });
    expect(before.every((x) => x.pulse.state === 'OPEN')).toBe(true);
    await coordinator.gql(PULSE, { m, u: 4, t: 4 });
    expect((await list(coordinator)).some((x) => x.id === m)).toBe(false);
    // Not invited: the partner's association does not see it.
    const partner = await api.signIn(PEOPLE.partner);
    expect((await list(partner)).some((x) => x.id === m)).toBe(false);
  });
});
