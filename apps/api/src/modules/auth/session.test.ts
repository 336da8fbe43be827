import { queryRows } from '@samlad/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi } from '../../test/harness.ts';
import { runAsSession } from './session.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** The session token in a test client's cookie. */
const tokenOf = (cookie: string | null) => decodeURIComponent(cookie?.slice(cookie.indexOf('=') + 1) ?? '');

const settings = (api: TestApi, token: string | null) =>
  runAsSession(api.database.db, token, new Date(), async (tx, viewer) => {
    const [row] = await queryRows<{ who: string; user_id: string; org_id: string }>(
      tx,
      sql`select current_user as who, current_setting('app.user_id', true) as user_id, current_setting('app.org_id', true) as org_id`,
    );
    return { viewer, ...row };
  });

describe('finding the viewer and setting the role in one statement', () => {
  it('acts as the application role with the viewer’s user and organisation', async () => {
    const me = await api.signIn(PEOPLE.vaxjoCoordinator);
    const token = tokenOf(me.cookie);
    const statements = await api.countStatements(async () => {
      const seen = await settings(api, token);
      expect(seen.who).toBe('samlad_app');
      expect(seen.viewer?.userId).toBe(seen.user_id);
      expect(seen.viewer?.membership).toMatchObject({
        role: 'coordinator',
        organisationKind: 'municipality',
      });
      expect(seen.org_id).toBe(seen.viewer?.membership?.organisationId);
    });
    // The lookup with the settings, then the probe above.
    expect(statements).toBe(2);
  });

  it('still switches to the application role, with no viewer, for an unknown or revoked token', async () => {
    for (const token of ['not-a-session', '']) {
      const seen = await settings(api, token || null);
      expect(seen).toMatchObject({ viewer: null, who: 'samlad_app', user_id: '', org_id: '' });
    }
    const me = await api.signIn(PEOPLE.vaxjoMember);
    const token = tokenOf(me.cookie);
    await me.gql(`mutation { signOut }`);
    expect(await settings(api, token)).toMatchObject({ viewer: null, who: 'samlad_app', org_id: '' });
  });
});
