import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@samlad/db';
import { openTestDatabase } from '@samlad/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { buildApp, GRAPHQL_BODY_LIMIT } from './app.ts';
import { serveForFile } from './test/harness.ts';

const webDist = mkdtempSync(join(tmpdir(), 'samlad-web-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="sv"><title>Samlad</title></html>');

const server = serveForFile(webDist);

const post = (payload: string, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    payload,
  });

describe('HTTP surface', () => {
  it('sends security headers', async () => {
    const res = await server.app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers health and readiness', async () => {
    expect((await server.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await server.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('serves GraphQL over HTTP, with the session in an HttpOnly, SameSite=Lax cookie', async () => {
    const signIn = await post(
      JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
        variables: { e: 'sara.lund@vaxjo.example', p: DEMO_PASSWORD },
      }),
    );
    expect(signIn.json().data.signIn.__typename).toBe('SignInSuccess');
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/^samlad_session=[\w-]+;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure'); // plain http here; https requests get Secure
    const res = await post(JSON.stringify({ query: '{ counties { code } }' }), {
      cookie: setCookie.split(';')[0] ?? '',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.counties).toHaveLength(21);
  });

  it('refuses mutations over GET', async () => {
    const res = await server.app.inject({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent('mutation { signOut }')}`,
      headers: { accept: 'application/json', 'x-samlad-csrf': '1' },
    });
    expect(res.statusCode).toBe(405);
  });

  it('refuses a simple cross-site request without the CSRF header', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.statusCode).toBe(403);
  });

  it('lets no page on another origin read answers or send credentials, not even a sibling subdomain', async () => {
    // A sibling subdomain is the same site to the SameSite=Lax cookie, so only CORS keeps it out.
    const origin = 'https://annan.samlad.example';
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-samlad-csrf',
      },
    });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    const res = await post(JSON.stringify({ query: '{ counties { code } }' }), {
      origin,
      'x-samlad-csrf': '1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.counties).toHaveLength(21);
    for (const response of [preflight, res]) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('answers a body that is not JSON with a GraphQL error, not a 500', async () => {
    const res = await post('{"query": "{ counties { code } ');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors[0].message).toMatch(/JSON/i);
    expect(res.body).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('refuses a body over the limit with 413 and says so in Swedish and English, and takes one just under it', async () => {
    const padded = (bytes: number) => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return body.replace('"pad":""', `"pad":"${'x'.repeat(bytes - body.length)}"`);
    };
    const over = await post(padded(GRAPHQL_BODY_LIMIT + 1));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({
      error: 'too_large',
      message: expect.stringMatching(/för stor.*too large/),
    });
    const under = await post(padded(GRAPHQL_BODY_LIMIT));
    expect(under.statusCode).toBe(200);
    expect(under.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a query that does not parse with a GraphQL syntax error', async () => {
    const res = await post(JSON.stringify({ query: '{ counties { code ' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/Syntax Error/);
  });

  it('names an unknown field', async () => {
    const res = await post(JSON.stringify({ query: '{ counties { code population } }' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('Cannot query field "population" on type "County"');
  });

  it('answers a missing query with a GraphQL error', async () => {
    const res = await post(JSON.stringify({ variables: {} }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/query/i);
  });

  it('serves the web app, with deep links falling back to the app shell', async () => {
    const root = await server.app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>Samlad</title>');
    const deep = await server.app.inject({ url: '/forum/abc', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>Samlad</title>');
    const api = await server.app.inject({
      url: '/no-such-thing.json',
      headers: { accept: 'application/json' },
    });
    expect(api.statusCode).toBe(404);
  });

  it('says not ready when the database is gone', async () => {
    const other = await openTestDatabase(inject('dbTemplate'));
    const { app: lonely } = await buildApp({ database: other });
    await other.destroy();
    const res = await lonely.inject('/readyz');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable' });
    await lonely.close();
  });
});
