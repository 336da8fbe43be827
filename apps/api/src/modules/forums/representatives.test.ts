import { DEMO } from '@samlad/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../schema/global-id.ts';
import { PEOPLE, startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const user = (n: number) =>
  encodeGlobalId('User', `00000000-0000-4000-8000-000000000${(0x300 + n).toString(16)}`);
const SET = `mutation($f: ID!, $o: ID!, $r: [RepresentativeInput!]!) { setForumRepresentatives(forumId: $f, organisationId: $o, representatives: $r) { __typename ... on SetForumRepresentativesSuccess { forum { representatives { organisation { name } user { displayName } deputy } } } ... on UserError { field message } } }`;
const vars = (org: keyof typeof DEMO.organisations, r: Array<{ userId: string; deputy?: boolean }>) => ({
  f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
  o: encodeGlobalId('Organisation', DEMO.organisations[org]),
  r,
});

describe('forum representatives', () => {
  it('lets an organisation’s coordinator name its representatives and deputies', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const res = await ali.gql(
      SET,
      vars('vaxjoSocial', [{ userId: user(4) }, { userId: user(3), deputy: true }]),
    );
    expect(res.data).toEqual({
      setForumRepresentatives: {
        __typename: 'SetForumRepresentativesSuccess',
        forum: {
          representatives: [
            {
              organisation: { name: 'Växjö kommun, socialförvaltningen' },
              user: { displayName: 'Sara Lund' },
              deputy: false,
            },
            {
              organisation: { name: 'Växjö kommun, socialförvaltningen' },
              user: { displayName: 'Ali Nordin' },
              deputy: true,
            },
          ],
        },
      },
    });
  });

  it('refuses a representative from another organisation, and people who may not decide', async () => {
    const ali = await api.signIn(PEOPLE.vaxjoCoordinator);
    const outsider = await ali.gql(SET, vars('vaxjoSocial', [{ userId: user(5) }]));
    expect(outsider.data).toMatchObject({
      setForumRepresentatives: { __typename: 'InvalidInputError', field: 'representatives' },
    });
    const erik = await api.signIn(PEOPLE.policeVaxjo);
    expect((await erik.gql(SET, vars('polisVaxjo', [{ userId: user(5) }]))).data).toMatchObject({
      setForumRepresentatives: { __typename: 'NotAllowedError' },
    });
    const maria = await api.signIn(PEOPLE.karlstadCoordinator);
    expect((await maria.gql(SET, vars('vaxjoSocial', []))).data).toMatchObject({
      setForumRepresentatives: { __typename: 'NotAllowedError' },
    });
    // The forum's hosts may set any member organisation's list.
    expect((await ali.gql(SET, vars('polisVaxjo', [{ userId: user(5) }]))).data).toMatchObject({
      setForumRepresentatives: { __typename: 'SetForumRepresentativesSuccess' },
    });
  });
});
