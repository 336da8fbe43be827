import { DEMO, schema } from '@samlad/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

const o = DEMO.organisations;
const caseA = encodeGlobalId('SharedCase', DEMO.cases.vaxjoYoungPerson);

let api: TestApi;
let sara: TestClient;
let lina: TestClient;
let erik: TestClient;
let activityId: string;
beforeAll(async () => {
  api = await startTestApi();
  [sara, lina, erik] = await Promise.all([
    api.signIn(PEOPLE.vaxjoMember),
    api.signIn(PEOPLE.partner),
    api.signIn(PEOPLE.policeVaxjo),
  ]);
  const year = new Date().getFullYear() + 1;
  const [made] = await api.database.db
    .insert(schema.activity)
    .values({
      organisationId: o.vaxjoIdrott,
      title: 'Remissbar fotboll',
      description: 'Fotboll två kvällar i veckan.',
      category: 'sport',
      minAge: 13,
      maxAge: 18,
      municipalityCode: '0780',
      place: 'Sjöstadens IP',
      season: 'summer',
      startsOn: `${year}-06-01`,
      endsOn: `${year}-08-01`,
      signUp: 'Kom dit.',
      status: 'published',
      publishedAt: new Date(),
    })
    .returning({ id: schema.activity.id });
  activityId = encodeGlobalId('Activity', made?.id ?? '');
});
afterAll(() => api?.close());

const REFER = `mutation($c: ID!, $i: ReferralInput!) { referFromCase(caseId: $c, input: $i) { __typename ... on UserError { field message } ... on ReferFromCaseSuccess { referral { id status } } } }`;
const MOVE = `mutation($id: ID!, $step: ReferralStep!, $note: String) { moveReferral(referralId: $id, step: $step, note: $note) { __typename ... on UserError { field message } ... on MoveReferralSuccess { referral { status declineReason } } } }`;
const input = {
  alias: 'Sam',
  age: 16,
  contactPath: 'Via socialsekreteraren Sara, 0470-41 000',
  message: 'Vill gärna börja i juni.',
};

describe('a referral from a case to an association’s activity', () => {
  let referralId: string;

  it('is refused while no consent names the association, saving nothing', async () => {
    const before = await api.database.db.$count(schema.referral);
    const res = await sara.gql<{ referFromCase: { __typename: string; field: string; message: string } }>(
      REFER,
      {
        c: caseA,
        i: { ...input, activityId },
      },
    );
    expect(res.data?.referFromCase).toMatchObject({ __typename: 'InvalidInputError', field: 'activityId' });
    expect(res.data?.referFromCase.message).toContain('amtycke');
    expect(await api.database.db.$count(schema.referral)).toBe(before);
  });

  it('is sent once consent names it; the association sees only alias, age and contact path', async () => {
    const consent = await sara.gql<{ recordConsent: { __typename: string } }>(
      `mutation($c: ID!, $i: ConsentInput!) { recordConsent(caseId: $c, input: $i) { __typename ... on UserError { message field } } }`,
      {
        c: caseA,
        i: {
          givenBy: 'GUARDIANS_AND_CHILD',
          purpose: 'Remiss till fotbollen',
          scopes: ['IDENTITY'],
          organisationIds: [encodeGlobalId('Organisation', o.vaxjoIdrott)],
          validFrom: new Date(Date.now() - 60_000).toISOString(),
          form: 'WRITTEN',
        },
      },
    );
    expect(consent.data?.recordConsent.__typename, JSON.stringify(consent)).toBe('RecordConsentSuccess');
    const sent = await sara.gql<{
      referFromCase: { __typename: string; referral: { id: string; status: string } };
    }>(REFER, {
      c: caseA,
      i: { ...input, activityId },
    });
    expect(sent.data?.referFromCase.referral.status, JSON.stringify(sent)).toBe('SENT');
    referralId = sent.data?.referFromCase.referral.id ?? '';
    const inbox = await lina.gql<{
      referralsReceived: Array<{
        id: string;
        alias: string;
        age: number;
        contactPath: string;
        activity: { title: string };
      }>;
    }>(`{ referralsReceived { id alias age contactPath activity { title } } }`);
    expect(inbox.data?.referralsReceived).toContainEqual({
      id: referralId,
      alias: 'Sam',
      age: 16,
      contactPath: input.contactPath,
      activity: { title: 'Remissbar fotboll' },
    });
    // The police, who took no part in it, see nothing of it.
    const police = await erik.gql<{ referralsReceived: unknown[] }>(`{ referralsReceived { id } }`);
    expect(JSON.stringify(police.data)).not.toContain(referralId);
  });

  it('closes the loop: accepted, started, ended; the referrer sees each step on the case', async () => {
    const declineWithout = await lina.gql<{ moveReferral: { __typename: string; field: string } }>(MOVE, {
      id: referralId,
      step: 'DECLINED',
    });
    expect(declineWithout.data?.moveReferral).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'note',
    });
    const tooEarly = await lina.gql<{ moveReferral: { __typename: string; field: string } }>(MOVE, {
      id: referralId,
      step: 'STARTED',
    });
    expect(tooEarly.data?.moveReferral).toMatchObject({ __typename: 'InvalidInputError', field: 'status' });
    const notTheirs = await sara.gql<{ moveReferral: { __typename: string } }>(MOVE, {
      id: referralId,
      step: 'ACCEPTED',
    });
    expect(notTheirs.data?.moveReferral.__typename).toBe('NotAllowedError');
    for (const step of ['ACCEPTED', 'STARTED', 'ENDED']) {
      const res = await lina.gql<{ moveReferral: { __typename: string; referral: { status: string } } }>(
        MOVE,
        { id: referralId, step },
      );
      expect(res.data?.moveReferral.referral.status).toBe(step);
    }
    const seen = await sara.gql<{
      case: {
        referrals: Array<{
          id: string;
          status: string;
          answeredAt: string;
          startedAt: string;
          endedAt: string;
        }>;
      };
    }>(`query($id: ID!) { case(id: $id) { referrals { id status answeredAt startedAt endedAt } } }`, {
      id: caseA,
    });
    const step = seen.data?.case.referrals.find((r) => r.id === referralId);
    expect(step?.status).toBe('ENDED');
    expect(step?.answeredAt && step.startedAt && step.endedAt).toBeTruthy();
  });

  it('can be declined with a reason the referrer reads', async () => {
    const sent = await sara.gql<{ referFromCase: { referral: { id: string } } }>(REFER, {
      c: caseA,
      i: { ...input, activityId },
    });
    const declined = await lina.gql<{
      moveReferral: { referral: { status: string; declineReason: string } };
    }>(MOVE, {
      id: sent.data?.referFromCase.referral.id,
      step: 'DECLINED',
      note: 'Gruppen är full i sommar; prova läxhjälpen i stället.',
    });
    expect(declined.data?.moveReferral.referral).toEqual({
      status: 'DECLINED',
      declineReason: 'Gruppen är full i sommar; prova läxhjälpen i stället.',
    });
  });
});
