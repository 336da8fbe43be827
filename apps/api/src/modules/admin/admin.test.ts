import { DEMO, schema } from '@samlad/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
let admin: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signIn(PEOPLE.vaxjoAdmin);
});
afterAll(() => api?.close());

const VAXJO_SOCIAL = encodeGlobalId('Organisation', DEMO.organisations.vaxjoSocial);
const INVITE = /* GraphQL */ `
  mutation($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      __typename
      ... on InviteMemberSuccess { invitation { email role invitationPath organisation { name } } }
      ... on UserError { message field }
    }
  }
`;
type Invite = {
  inviteMember: {
    __typename: string;
    message?: string;
    field?: string;
    invitation?: { email: string; role: string; invitationPath: string; organisation: { name: string } };
  };
};
const ACCEPT = `mutation($t: String!, $p: String) { acceptInvitation(token: $t, password: $p) { __typename ... on AcceptInvitationSuccess { viewer { role user { displayName } } } ... on UserError { message field } } }`;
type Accept = { acceptInvitation: { __typename: string; field?: string; message?: string } };
const DETAILS = `query($t: String!) { invitation(token: $t) { organisationName role needsPassword } }`;
const membershipRows = () => api.database.db.$count(schema.membership);
const tokenOf = (res: { data?: Invite | null }) =>
  res.data?.inviteMember.invitation?.invitationPath.split('/').pop() ?? '';
const invite = (email: string, role = 'MEMBER') =>
  admin.gql<Invite>(INVITE, {
    input: { organisationId: VAXJO_SOCIAL, email, displayName: 'Inskrivet Namn', role },
  });

describe('inviting members', () => {
  it('answers the same for an existing and a new account, revealing and granting nothing yet', async () => {
    const before = await membershipRows();
    const existing = await invite(PEOPLE.regionMember);
    const fresh = await invite('nora.ny@vaxjo.example');
    for (const res of [existing, fresh]) {
      expect(res.data?.inviteMember).toMatchObject({
        __typename: 'InviteMemberSuccess',
        invitation: { role: 'MEMBER', organisation: { name: 'Växjö kommun, socialförvaltningen' } },
      });
      expect(res.data?.inviteMember.invitation?.invitationPath).toMatch(/^\/inbjudan\/[\w-]{40,}$/);
    }
    expect(Object.keys(existing.data?.inviteMember.invitation ?? {})).toEqual(
      Object.keys(fresh.data?.inviteMember.invitation ?? {}),
    );
    expect(JSON.stringify(existing.data)).not.toContain('Omar');
    expect(await membershipRows()).toBe(before);
  });

  it('lets a new person choose a password with the link, and signs them in, once', async () => {
    const token = tokenOf(await invite('ny.handlaggare@vaxjo.example'));
    expect((await api.gql(DETAILS, { t: token })).data).toEqual({
      invitation: {
        organisationName: 'Växjö kommun, socialförvaltningen',
        role: 'MEMBER',
        needsPassword: true,
      },
    });
    const short = await api.gql<Accept>(ACCEPT, { t: token, p: 'kort' });
    expect(short.data?.acceptInvitation).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'password',
    });
    const ok = await api.gql(ACCEPT, { t: token, p: 'en lång och minnesvärd mening' });
    expect(ok.data).toMatchObject({
      acceptInvitation: {
        __typename: 'AcceptInvitationSuccess',
        viewer: { role: 'MEMBER', user: { displayName: 'Inskrivet Namn' } },
      },
    });
    expect(ok.cookies[0]).toMatch(/^samlad_session=/);
    const reused = await api.gql<Accept>(ACCEPT, { t: token, p: 'en annan lång mening här' });
    expect(reused.data?.acceptInvitation).toMatchObject({ __typename: 'InvalidInputError', field: 'token' });
    expect((await api.gql(DETAILS, { t: token })).data).toEqual({ invitation: null });
    await api.signIn('ny.handlaggare@vaxjo.example', 'en lång och minnesvärd mening');
  });

  it('makes a person with an account sign in as themselves before accepting', async () => {
    const token = tokenOf(await invite(PEOPLE.policeVaxjo, 'COORDINATOR'));
    expect((await api.gql(DETAILS, { t: token })).data).toMatchObject({
      invitation: { needsPassword: false },
    });
    const anonymous = await api.gql<Accept>(ACCEPT, { t: token, p: 'försöker ta över kontot' });
    expect(anonymous.data?.acceptInvitation).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'token',
    });
    expect(anonymous.data?.acceptInvitation.message).toContain('Logga in som den inbjudna personen');
    const someoneElse = await api.signIn(PEOPLE.vaxjoMember);
    expect((await someoneElse.gql<Accept>(ACCEPT, { t: token })).data?.acceptInvitation.__typename).toBe(
      'InvalidInputError',
    );
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    const ok = await erik.gql(ACCEPT, { t: token });
    expect(ok.data).toMatchObject({ acceptInvitation: { __typename: 'AcceptInvitationSuccess' } });
    const memberships = await erik.gql<{
      viewer: { memberships: Array<{ role: string; organisation: { name: string } }> };
    }>(`{ viewer { memberships { role organisation { name } } } }`);
    expect(memberships.data?.viewer.memberships).toContainEqual({
      role: 'COORDINATOR',
      organisation: { name: 'Växjö kommun, socialförvaltningen' },
    });
  });

  it('refuses, changing nothing: an existing member, a bad address, a role the organisation cannot have', async () => {
    const before = await membershipRows();
    const member = await admin.gql<Invite>(INVITE, {
      input: {
        organisationId: VAXJO_SOCIAL,
        email: PEOPLE.vaxjoMember,
        displayName: 'Sara Lund',
        role: 'MEMBER',
      },
    });
    expect(member.data?.inviteMember).toMatchObject({ __typename: 'ConflictError', field: 'email' });
    expect(member.data?.inviteMember.message).toContain('är redan medlem');
    const email = await admin.gql<Invite>(INVITE, {
      input: { organisationId: VAXJO_SOCIAL, email: 'inte-en-adress', displayName: 'X', role: 'MEMBER' },
    });
    expect(email.data?.inviteMember).toMatchObject({ __typename: 'InvalidInputError', field: 'email' });
    const role = await admin.gql<Invite>(INVITE, {
      input: { organisationId: VAXJO_SOCIAL, email: 'ny2@vaxjo.example', displayName: 'Y', role: 'OVERSEER' },
    });
    expect(role.data?.inviteMember).toMatchObject({ __typename: 'NotAllowedError', field: 'role' });
    const empty = await admin.gql<Invite>(INVITE, {
      input: { organisationId: VAXJO_SOCIAL, email: 'ny3@vaxjo.example', displayName: '   ', role: 'MEMBER' },
    });
    expect(empty.data?.inviteMember).toMatchObject({ __typename: 'InvalidInputError', field: 'displayName' });
    expect(await membershipRows()).toBe(before);
    const noUser = await api.database.db.$count(
      schema.userAccount,
      eq(schema.userAccount.email, 'ny2@vaxjo.example'),
    );
    expect(noUser).toBe(0);
  });

  it('lets only admins of the organisation invite', async () => {
    const coordinator = await api.signIn(PEOPLE.vaxjoCoordinator);
    const res = await coordinator.gql<Invite>(INVITE, {
      input: { organisationId: VAXJO_SOCIAL, email: 'ny4@vaxjo.example', displayName: 'Z', role: 'MEMBER' },
    });
    expect(res.data?.inviteMember.__typename).toBe('NotAllowedError');
    const karlstad = await admin.gql<Invite>(INVITE, {
      input: {
        organisationId: encodeGlobalId('Organisation', DEMO.organisations.karlstadSocial),
        email: 'ny5@karlstad.example',
        displayName: 'Z',
        role: 'MEMBER',
      },
    });
    expect(karlstad.data?.inviteMember.__typename).toBe('NotAllowedError');
  });
});

describe('roles and deactivation', () => {
  const MEMBERS = `query($org: ID!) { members(organisationId: $org, first: 50, includeDeactivated: true) { edges { node { id role status user { email } } } } }`;
  type Members = {
    members: {
      edges: Array<{ node: { id: string; role: string; status: string; user: { email: string } } }>;
    };
  };
  const membershipOf = async (email: string) =>
    (await admin.gql<Members>(MEMBERS, { org: VAXJO_SOCIAL })).data?.members.edges.find(
      (e) => e.node.user.email === email,
    )?.node;

  it('lists members to the admin and refuses others', async () => {
    expect((await membershipOf(PEOPLE.vaxjoMember))?.role).toBe('MEMBER');
    const member = await api.signIn(PEOPLE.vaxjoMember);
    const refused = await member.gql(MEMBERS, { org: VAXJO_SOCIAL });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('changes a role, refuses one’s own and never leaves the organisation without an admin', async () => {
    const sara = await membershipOf(PEOPLE.vaxjoMember);
    const CHANGE = `mutation($id: ID!, $role: MembershipRole!) { changeMemberRole(membershipId: $id, role: $role) { __typename ... on ChangeMemberRoleSuccess { membership { role } } ... on UserError { message field } } }`;
    const ok = await admin.gql(CHANGE, { id: sara?.id, role: 'COORDINATOR' });
    expect(ok.data).toMatchObject({
      changeMemberRole: { __typename: 'ChangeMemberRoleSuccess', membership: { role: 'COORDINATOR' } },
    });
    const events = await api.database.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, 'membership.role_changed'));
    expect(events.at(-1)?.details).toEqual({ from: 'member', to: 'coordinator' });

    const karin = await membershipOf(PEOPLE.vaxjoAdmin);
    const own = await admin.gql(CHANGE, { id: karin?.id, role: 'MEMBER' });
    expect(own.data).toMatchObject({ changeMemberRole: { __typename: 'NotAllowedError' } });
    const platform = await api.signIn(PEOPLE.platformAdmin);
    const last = await platform.gql(CHANGE, { id: karin?.id, role: 'MEMBER' });
    expect(last.data).toMatchObject({ changeMemberRole: { __typename: 'ConflictError', field: 'role' } });
    expect((await membershipOf(PEOPLE.vaxjoAdmin))?.role).toBe('ADMIN');
  });

  it('deactivates a membership: the person can no longer act for the organisation, at once', async () => {
    const sara = await api.signIn(PEOPLE.vaxjoMember);
    expect((await sara.gql(`{ forums { totalCount } }`)).data).toMatchObject({
      forums: { totalCount: expect.any(Number) },
    });
    const membership = await membershipOf(PEOPLE.vaxjoMember);
    const res = await admin.gql(
      `mutation($id: ID!) { deactivateMember(membershipId: $id) { __typename ... on DeactivateMemberSuccess { membership { status } } } }`,
      { id: membership?.id },
    );
    expect(res.data).toMatchObject({ deactivateMember: { membership: { status: 'DEACTIVATED' } } });
    const after = await sara.gql<{ viewer: { role: string | null } }>(
      `{ viewer { role } forums { totalCount } }`,
    );
    expect(after.data?.viewer.role).toBeNull();
    expect(after.data).toMatchObject({ forums: { totalCount: 0 } });
    const back = await admin.gql(
      `mutation($id: ID!) { reactivateMember(membershipId: $id) { __typename ... on ReactivateMemberSuccess { membership { status } } } }`,
      { id: membership?.id },
    );
    expect(back.data).toMatchObject({ reactivateMember: { membership: { status: 'ACTIVE' } } });
  });
});

describe('organisations and units', () => {
  it('creates a unit under the admin’s organisation, refusing a duplicate name', async () => {
    const CREATE = `mutation($p: ID!, $n: String!) { createOrganisationUnit(parentId: $p, name: $n) { __typename ... on CreateOrganisationUnitSuccess { organisation { name kind parent { name } municipality { code } } } ... on UserError { field } } }`;
    const res = await admin.gql(CREATE, { p: VAXJO_SOCIAL, n: 'Barn och familj' });
    expect(res.data).toMatchObject({
      createOrganisationUnit: {
        __typename: 'CreateOrganisationUnitSuccess',
        organisation: {
          name: 'Barn och familj',
          kind: 'MUNICIPALITY',
          parent: { name: 'Växjö kommun, socialförvaltningen' },
          municipality: { code: '0780' },
        },
      },
    });
    const again = await admin.gql(CREATE, { p: VAXJO_SOCIAL, n: 'barn och familj' });
    expect(again.data).toMatchObject({
      createOrganisationUnit: { __typename: 'ConflictError', field: 'name' },
    });
  });

  it('lets only platform admins create organisations, with codes that exist and fit together', async () => {
    const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { __typename ... on CreateOrganisationSuccess { organisation { name county { name } } } ... on UserError { message field } } }`;
    const input = {
      name: 'Föreningen Gemenskap',
      kind: 'CIVIL_SOCIETY',
      countyCode: '07',
      municipalityCode: '0780',
    };
    expect((await admin.gql(CREATE, { input })).data).toMatchObject({
      createOrganisation: { __typename: 'NotAllowedError' },
    });
    const platform = await api.signIn(PEOPLE.platformAdmin);
    const wrongCounty = await platform.gql<{
      createOrganisation: { __typename: string; field: string; message: string };
    }>(CREATE, {
      input: { ...input, countyCode: '17' },
    });
    expect(wrongCounty.data?.createOrganisation).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'municipalityCode',
    });
    expect(wrongCounty.data?.createOrganisation.message).toBe(
      'Kommunen Växjö ligger inte i län Värmlands län.',
    );
    const unknown = await platform.gql(CREATE, {
      input: { ...input, countyCode: '99', municipalityCode: null },
    });
    expect(unknown.data).toMatchObject({
      createOrganisation: { __typename: 'InvalidInputError', field: 'countyCode' },
    });
    const ok = await platform.gql(CREATE, { input });
    expect(ok.data).toMatchObject({
      createOrganisation: {
        __typename: 'CreateOrganisationSuccess',
        organisation: { county: { name: 'Kronobergs län' } },
      },
    });
  });
});

describe('the audit log', () => {
  const AUDIT = `query($org: ID!, $user: ID, $type: String) { auditEvents(organisationId: $org, userId: $user, recordType: $type, first: 100) { edges { node { action recordType actor { displayName } organisation { name } } } } }`;
  type Audit = {
    auditEvents: {
      edges: Array<{
        node: {
          action: string;
          recordType: string | null;
          actor: { displayName: string } | null;
          organisation: { name: string } | null;
        };
      }>;
    };
  };

  it('shows an admin their organisation’s events, filtered by person and record type', async () => {
    const all = await admin.gql<Audit>(AUDIT, { org: VAXJO_SOCIAL });
    const events = all.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['membership.invited', 'membership.role_changed', 'organisation.unit_created']),
    );
    expect(events.every((e) => e.organisation?.name === 'Växjö kommun, socialförvaltningen')).toBe(true);
    const onlyMemberships = await admin.gql<Audit>(AUDIT, { org: VAXJO_SOCIAL, type: 'membership' });
    expect(onlyMemberships.data?.auditEvents.edges.every((e) => e.node.recordType === 'membership')).toBe(
      true,
    );
    const karinId = encodeGlobalId('User', '00000000-0000-4000-8000-000000000302');
    const byKarin = await admin.gql<Audit>(AUDIT, { org: VAXJO_SOCIAL, user: karinId });
    expect(byKarin.data?.auditEvents.edges.length).toBeGreaterThan(0);
    expect(byKarin.data?.auditEvents.edges.every((e) => e.node.actor?.displayName === 'Karin Holm')).toBe(
      true,
    );
  });

  it('refuses another organisation’s log and non-admins', async () => {
    const other = await admin.gql(AUDIT, {
      org: encodeGlobalId('Organisation', DEMO.organisations.karlstadSocial),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await api.signIn(PEOPLE.vaxjoCoordinator);
    expect((await coordinator.gql(AUDIT, { org: VAXJO_SOCIAL })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
