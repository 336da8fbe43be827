import { DEMO } from '@samlad/db';
import { stockholmTime } from '@samlad/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let ali: TestClient;
const ids: { first?: string; second?: string } = {};
const org = (key: keyof typeof DEMO.organisations) => encodeGlobalId('Organisation', DEMO.organisations[key]);
const year = new Date().getFullYear() + 1;

async function plan(day: number): Promise<string> {
  const res = await ali.gql<{ createMeeting: { meeting: { id: string } } }>(
    `mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { ... on CreateMeetingSuccess { meeting { id } } } }`,
    {
      f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
      i: {
        title: `Möte ${day}`,
        startsAt: stockholmTime(year, 4, day, 9, 0).toISOString(),
        endsAt: stockholmTime(year, 4, day, 10, 0).toISOString(),
        mode: 'DIGITAL',
        videoUrl: 'https://meet.example.se/x',
      },
    },
  );
  return res.data?.createMeeting.meeting.id ?? '';
}

beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
  ids.first = await plan(6);
  ids.second = await plan(13);
});
afterAll(() => api?.close());

describe('agenda, minutes and decisions', () => {
  it('keeps agenda items in order and reorders them', async () => {
    const ADD = `mutation($m: ID!, $t: String!, $p: ID) { addAgendaItem(meetingId: $m, title: $t, presenterOrganisationId: $p) { __typename ... on AddAgendaItemSuccess { meeting { agendaItems { id position title presenter { name } } } } ... on UserError { field } } }`;
    type Agenda = {
      addAgendaItem: { meeting: { agendaItems: Array<{ id: string; position: number; title: string }> } };
    };
    await ali.gql(ADD, { m: ids.first, t: 'Lägesbild' });
    const res = await ali.gql<Agenda>(ADD, { m: ids.first, t: 'Polisens rapport', p: org('polisVaxjo') });
    const items = res.data?.addAgendaItem.meeting.agendaItems ?? [];
    expect(items.map((i) => [i.position, i.title])).toEqual([
      [1, 'Lägesbild'],
      [2, 'Polisens rapport'],
    ]);
    const outsider = await ali.gql(ADD, { m: ids.first, t: 'X', p: org('lundSocial') });
    expect(outsider.data).toEqual({
      addAgendaItem: { __typename: 'InvalidInputError', field: 'presenterOrganisationId' },
    });
    const REORDER = `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { ... on ReorderAgendaSuccess { meeting { agendaItems { title } } } ... on UserError { field } } }`;
    const reordered = await ali.gql(REORDER, { m: ids.first, ids: items.map((i) => i.id).reverse() });
    expect(reordered.data).toEqual({
      reorderAgenda: { meeting: { agendaItems: [{ title: 'Polisens rapport' }, { title: 'Lägesbild' }] } },
    });
    const partial = await ali.gql(REORDER, { m: ids.first, ids: [items[0]?.id] });
    expect(partial.data).toEqual({ reorderAgenda: { field: 'itemIds' } });
  });

  it('records minutes, attendance and decisions', async () => {
    const res = await ali.gql(
      `mutation($m: ID!, $o: [ID!]) { recordMinutes(meetingId: $m, minutes: "Genomgång av läget.", attendedOrganisationIds: $o, decisions: ["Kartlägga mötesplatser"]) { ... on RecordMinutesSuccess { meeting { minutes decisions { text } invitees { organisation { name } attended } } } } }`,
      { m: ids.first, o: [org('polisVaxjo')] },
    );
    expect(res.data).toMatchObject({
      recordMinutes: {
        meeting: { minutes: 'Genomgång av läget.', decisions: [{ text: 'Kartlägga mötesplatser' }] },
      },
    });
    const invitees = (
      res.data as {
        recordMinutes: {
          meeting: { invitees: Array<{ organisation: { name: string }; attended: boolean }> };
        };
      }
    ).recordMinutes.meeting.invitees;
    expect(invitees.find((i) => i.organisation.name.startsWith('Polisen'))?.attended).toBe(true);
    expect(
      invitees.filter((i) => !i.organisation.name.startsWith('Polisen')).every((i) => i.attended === false),
    ).toBe(true);
  });
});

/** The actions this file records; the demo data has others. */
const MINE = ['Redan sen', 'Ta fram lägesbild för Araby'];

describe('actions', () => {
  const CREATE = `mutation($m: ID!, $t: String!, $o: ID!, $d: String) { createAction(meetingId: $m, title: $t, ownerOrganisationId: $o, dueDate: $d) { __typename ... on CreateActionSuccess { action { id title status overdue owner { name } } } ... on UserError { field message } } }`;
  type Created = {
    createAction: { __typename: string; field?: string; action?: { id: string; overdue: boolean } };
  };
  let overdueId = '';

  it('records actions for member organisations only, with a proper due date', async () => {
    const ok = await ali.gql<Created>(CREATE, {
      m: ids.first,
      t: 'Ta fram lägesbild för Araby',
      o: org('polisVaxjo'),
      d: `${year}-05-01`,
    });
    expect(ok.data?.createAction).toMatchObject({
      __typename: 'CreateActionSuccess',
      action: { overdue: false },
    });
    const late = await ali.gql<Created>(CREATE, {
      m: ids.first,
      t: 'Redan sen',
      o: org('polisVaxjo'),
      d: '2020-01-01',
    });
    expect(late.data?.createAction.action?.overdue).toBe(true);
    overdueId = late.data?.createAction.action?.id ?? '';
    expect(
      (await ali.gql<Created>(CREATE, { m: ids.first, t: 'X', o: org('lundSocial') })).data?.createAction,
    ).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'ownerOrganisationId',
    });
    expect(
      (await ali.gql<Created>(CREATE, { m: ids.first, t: 'X', o: org('polisVaxjo'), d: '1 maj' })).data
        ?.createAction,
    ).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'dueDate',
    });
  });

  it('carries open actions over to the forum’s next meeting, and lists them per organisation, overdue first', async () => {
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const list = await erik.gql<{ organisationActions: Array<{ title: string; overdue: boolean }> }>(
      `{ organisationActions { title overdue } }`,
    );
    const all = list.data?.organisationActions ?? [];
    const ours = all.filter((a) => MINE.includes(a.title));
    expect(ours.map((a) => a.title)).toEqual(['Redan sen', 'Ta fram lägesbild för Araby']);
    expect(ours[0]?.overdue).toBe(true);
    // Overdue ones (the demo data has some too) come before every one that is not.
    const firstNotOverdue = all.findIndex((a) => !a.overdue);
    expect(all.slice(firstNotOverdue).some((a) => a.overdue)).toBe(false);
    const carried = await ali.gql<{
      meetings: { edges: Array<{ node: { id: string; carriedOverActions: Array<{ title: string }> } }> };
    }>(
      `query($f: DateTime!, $t: DateTime!) { meetings(from: $f, to: $t, first: 50) { edges { node { id carriedOverActions { title } } } } }`,
      {
        f: stockholmTime(year, 4, 13, 0, 0).toISOString(),
        t: stockholmTime(year, 4, 14, 0, 0).toISOString(),
      },
    );
    const second = carried.data?.meetings.edges.find((e) => e.node.id === ids.second);
    expect(second?.node.carriedOverActions.map((a) => a.title).filter((t) => MINE.includes(t))).toEqual([
      'Redan sen',
      'Ta fram lägesbild för Araby',
    ]);
  });

  it('lets the responsible organisation close an action, and no one else', async () => {
    const SET = `mutation($id: ID!, $s: ActionStatus!) { setActionStatus(actionId: $id, status: $s) { __typename ... on SetActionStatusSuccess { action { status completedAt } } } }`;
    const omar = await api.signIn(PEOPLE.regionMember);
    expect((await omar.gql(SET, { id: overdueId, s: 'DONE' })).data).toEqual({
      setActionStatus: { __typename: 'NotAllowedError' },
    });
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const done = await erik.gql<{
      setActionStatus: { action: { status: string; completedAt: string | null } };
    }>(SET, { id: overdueId, s: 'DONE' });
    expect(done.data?.setActionStatus.action.status).toBe('DONE');
    expect(done.data?.setActionStatus.action.completedAt).not.toBeNull();
    const list = await erik.gql<{ organisationActions: Array<{ title: string }> }>(
      `{ organisationActions { title } }`,
    );
    expect(list.data?.organisationActions.map((a) => a.title).filter((t) => MINE.includes(t))).toEqual([
      'Ta fram lägesbild för Araby',
    ]);
  });
});
