import { DEMO, schema } from '@samlad/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SIGN_IN = /* GraphQL */ `
  mutation($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on SignInSuccess { viewer { role user { email } activeOrganisation { name } } }
      ... on SignInFailedError { message field retryAfterSeconds }
    }
  }
`;
const VIEWER = `{ viewer { role isPlatformAdmin user { displayName } activeOrganisation { name } memberships { organisation { id name } } } }`;
type SignIn = {
  signIn: { __typename: string; message?: string; field?: string; retryAfterSeconds?: number | null };
};

describe('signing in and out', () => {
  it('signs in with e-mail and password, case-insensitively, and knows who you are', async () => {
    const res = await api.gql(SIGN_IN, { email: 'Sara.Lund@Vaxjo.example', password: 'samlad-demo-2026' });
    expect(res.data).toMatchObject({
      signIn: {
        __typename: 'SignInSuccess',
        viewer: { role: 'MEMBER', user: { email: 'sara.lund@vaxjo.example' } },
      },
    });
    const me = api.withCookie(res.cookies[0]?.split(';')[0] ?? '');
    const viewer = await me.gql(VIEWER);
    expect(viewer.data).toMatchObject({
      viewer: {
        role: 'MEMBER',
        user: { displayName: 'Sara Lund' },
        activeOrganisation: { name: 'Växjö kommun, socialförvaltningen' },
      },
    });
  });

  it('answers a wrong password and an unknown user with the same clear message, in Swedish or English', async () => {
    const wrong = await api.gql<SignIn>(SIGN_IN, { email: PEOPLE.vaxjoMember, password: 'fel-lösenord' });
    const unknown = await api.gql<SignIn>(SIGN_IN, { email: 'ingen@nowhere.example', password: 'whatever' });
    expect(wrong.data?.signIn).toEqual(unknown.data?.signIn);
    expect(wrong.data?.signIn).toMatchObject({
      __typename: 'SignInFailedError',
      field: 'email',
      message: 'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.',
    });
    expect(wrong.cookies).toEqual([]);
    const en = await api.gql<SignIn>(
      SIGN_IN,
      { email: PEOPLE.vaxjoMember, password: 'x' },
      { 'accept-language': 'en' },
    );
    expect(en.data?.signIn.message).toBe(
      'Wrong e-mail address or password. Check the spelling and try again.',
    );
  });

  it('limits failed attempts per account, then per address, with the wait in the message', async () => {
    const email = PEOPLE.regionMember;
    for (let i = 0; i < 5; i++)
      await api.gql(SIGN_IN, { email, password: `wrong-${i}` }, { 'x-test-client-address': `10.0.0.${i}` });
    const limited = await api.gql<SignIn>(SIGN_IN, { email, password: 'samlad-demo-2026' });
    expect(limited.data?.signIn).toMatchObject({ __typename: 'SignInFailedError', retryAfterSeconds: 900 });
    expect(limited.data?.signIn.message).toContain('Vänta 15 minuter');

    const address = { 'x-test-client-address': '192.0.2.77' };
    for (let i = 0; i < 20; i++)
      await api.gql(SIGN_IN, { email: `nobody${i}@x.example`, password: 'x' }, address);
    const fromAddress = await api.gql<SignIn>(
      SIGN_IN,
      { email: PEOPLE.policeVaxjo, password: 'samlad-demo-2026' },
      address,
    );
    expect(fromAddress.data?.signIn.__typename).toBe('SignInFailedError');
    const elsewhere = await api.gql<SignIn>(SIGN_IN, {
      email: PEOPLE.policeVaxjo,
      password: 'samlad-demo-2026',
    });
    expect(elsewhere.data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('refuses a deactivated account', async () => {
    await api.database.db
      .update(schema.userAccount)
      .set({ deactivatedAt: new Date() })
      .where(eq(schema.userAccount.email, PEOPLE.partner));
    const res = await api.gql<SignIn>(SIGN_IN, { email: PEOPLE.partner, password: 'samlad-demo-2026' });
    expect(res.data?.signIn).toMatchObject({
      __typename: 'SignInFailedError',
      message: expect.stringContaining('avstängt'),
    });
  });

  it('treats a forged, expired or revoked session cookie as signed out, never as an error', async () => {
    const forged = api.withCookie('samlad_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await forged.gql(VIEWER)).data).toEqual({ viewer: null });
    const garbage = api.withCookie('samlad_session=%%%; other=1');
    expect((await garbage.gql(VIEWER)).data).toEqual({ viewer: null });

    const me = await api.signIn(PEOPLE.vaxjoCoordinator);
    await api.database.db.execute(
      sql`update session set expires_at = now() - interval '1 minute' where revoked_at is null and user_id = ${'00000000-0000-4000-8000-000000000303'}`,
    );
    const expired = await me.gql(VIEWER);
    expect(expired.data).toEqual({ viewer: null });
    const forums = await me.gql(`{ forums { totalCount } }`);
    expect(forums.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(forums.errors?.[0]?.message).toBe('Du behöver logga in för att se det här.');

    const again = await api.signIn(PEOPLE.vaxjoCoordinator);
    const out = await again.gql<{ signOut: boolean }>(`mutation { signOut }`);
    expect(out.data?.signOut).toBe(true);
    expect(out.cookies[0]).toMatch(/^samlad_session=;.*Max-Age=0/);
    expect((await again.gql(VIEWER)).data).toEqual({ viewer: null });
  });
});

describe('acting for one organisation at a time', () => {
  const FORUM_NAMES = `{ forums(first: 100) { edges { node { name } } } }`;
  const names = (res: { data?: unknown }) =>
    ((res.data as { forums: { edges: Array<{ node: { name: string } }> } }).forums.edges ?? []).map(
      (e) => e.node.name,
    );

  it('shows each organisation only its own forums', async () => {
    const vaxjo = names(await (await api.signIn(PEOPLE.vaxjoCoordinator)).gql(FORUM_NAMES));
    const karlstad = names(await (await api.signIn(PEOPLE.karlstadCoordinator)).gql(FORUM_NAMES));
    expect(vaxjo).toContain('Ledningsgrupp kommun–Arbetsförmedlingen Växjö');
    expect(vaxjo).not.toContain('SSPF Karlstad – skola, socialtjänst, polis och fritid');
    expect(karlstad).toContain('SSPF Karlstad – skola, socialtjänst, polis och fritid');
    expect(karlstad.filter((n) => vaxjo.includes(n))).toEqual([]);
  });

  it('switches to another of the person’s organisations, and refuses one they are not in', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const before = names(await ali.gql(FORUM_NAMES));
    const switched = await ali.gql<{
      switchOrganisation: {
        __typename: string;
        viewer?: { role: string; activeOrganisation: { name: string } };
      };
    }>(
      `mutation($id: ID!) { switchOrganisation(organisationId: $id) { __typename ... on SwitchOrganisationSuccess { viewer { role activeOrganisation { name } } } } }`,
      { id: encodeGlobalId('Organisation', DEMO.organisations.samordningsforbundVaxjo) },
    );
    expect(switched.data?.switchOrganisation).toMatchObject({
      __typename: 'SwitchOrganisationSuccess',
      viewer: { role: 'MEMBER' },
    });
    const after = names(await ali.gql(FORUM_NAMES));
    expect(after).not.toEqual(before);
    expect((await ali.gql(VIEWER)).data).toMatchObject({ viewer: { role: 'MEMBER' } });

    const refused = await ali.gql<{ switchOrganisation: { __typename: string; field?: string } }>(
      `mutation($id: ID!) { switchOrganisation(organisationId: $id) { __typename ... on NotAllowedError { field message } } }`,
      { id: encodeGlobalId('Organisation', DEMO.organisations.karlstadSocial) },
    );
    expect(refused.data?.switchOrganisation).toMatchObject({
      __typename: 'NotAllowedError',
      field: 'organisationId',
    });
  });
});

describe('audit trail of signing in', () => {
  it('records sign-in, failed sign-in and sign-out, keeping the address only on sign-in events', async () => {
    const a = schema.auditEvent;
    const rows = await api.database.db
      .select({ action: a.action, clientAddress: a.clientAddress, requestId: a.requestId })
      .from(a);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'auth.sign_in',
      'auth.sign_in_failed',
      'auth.sign_out',
      'auth.organisation_switched',
    ]) {
      expect(actions).toContain(action);
    }
    expect(rows.every((r) => r.requestId)).toBe(true);
    expect(rows.filter((r) => r.clientAddress && !r.action.startsWith('auth.sign_in'))).toEqual([]);
  });
});
