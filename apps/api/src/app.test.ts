import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '@samlad/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from './app.ts';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
const webDist = mkdtempSync(join(tmpdir(), 'samlad-web-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="sv"><title>Samlad</title></html>');

beforeAll(async () => {
  database = await openTestDatabase(inject('dbTemplate'));
  ({ app } = await buildApp({ database, webDist }));
});
afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

const post = (payload: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    payload,
  });

describe('HTTP surface', () => {
  it('answers health and readiness', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('serves GraphQL over HTTP', async () => {
    const res = await post(JSON.stringify({ query: '{ counties { code } }' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.counties).toHaveLength(21);
  });

  it('answers a body that is not JSON with a GraphQL error, not a 500', async () => {
    const res = await post('{"query": "{ counties { code } ');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors[0].message).toMatch(/JSON/i);
    expect(res.body).not.toMatch(/\bat .+:\d+:\d+/);
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
    const root = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>Samlad</title>');
    const deep = await app.inject({ url: '/forum/abc', headers: { accept: 'text/html' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>Samlad</title>');
    const api = await app.inject({ url: '/no-such-thing.json', headers: { accept: 'application/json' } });
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
