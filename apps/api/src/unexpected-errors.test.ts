// What a person sees when something fails that is nobody's input: a message in their language
// with a reference to quote, never the database's words. Here the database refuses the
// application role a table, so the statement fails inside the request's transaction.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from './test/harness.ts';

let api: TestApi;
let ali: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  ali = await api.signIn(PEOPLE.vaxjoCoordinator);
  await api.database.db.execute(sql`revoke select on meeting from samlad_app`);
});
afterAll(async () => {
  await api?.database.db.execute(sql`grant select on meeting to samlad_app`);
  await api?.close();
});

const window = { from: new Date().toISOString(), to: new Date(Date.now() + 90 * 86_400_000).toISOString() };

describe('a failure in the database', () => {
  // The planned read answers the first; the executor the second (a directive is not planned).
  const documents = {
    planned: `query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to) { edges { node { id } } } }`,
    executor: `query($from: DateTime!, $to: DateTime!) { meetings(from: $from, to: $to) @include(if: true) { edges { node { id } } } }`,
  };
  for (const [path, document] of Object.entries(documents)) {
    it(`is answered, by the ${path}, with a masked error in the person's language and a reference`, async () => {
      for (const [locale, words] of [
        ['sv', /Något gick fel/],
        ['en', /Something went wrong/],
      ] as const) {
        const res = await ali.gql(document, window, { 'accept-language': locale });
        expect(res.status, JSON.stringify(res)).toBe(200);
        const error = res.errors?.[0];
        expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(error?.message).toMatch(words);
        expect(error?.message).toContain(String(error?.extensions?.requestId));
        expect(JSON.stringify(res)).not.toMatch(/permission|denied|meeting"|transaction|rolled back/i);
      }
    });
  }
});
