// How the server delivers bytes: compressed when the client accepts it (pre-compressed assets,
// GraphQL answers, feeds), cached for a year where the name is a content hash, revalidated
// where it is not, and server-sent events streamed as they happen, never held in a compressor.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { DEMO, DEMO_PASSWORD } from '@samlad/db';
import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from './schema/global-id.ts';
import { serveForFile } from './test/harness.ts';

// A build as Vite and apps/web/precompress.ts leave it: hashed assets with .br and .gz copies
// (made here with other content than the original, so a test can tell which file was sent),
// one asset without copies, and index.html (with a copy: deep links are answered from the
// not-found handler, which on-the-fly compression does not reach).
const webDist = mkdtempSync(join(tmpdir(), 'samlad-web-'));
mkdirSync(join(webDist, 'assets'));
const INDEX = `<!doctype html><html lang="sv"><title>Samlad</title><script type="module" src="/assets/index-AbC123.js"></script></html>`;
const SCRIPT = `export const greeting = ${JSON.stringify('Hej! '.repeat(1000))};\n`;
const STYLE = `.card { margin: 0 }\n`.repeat(200);
writeFileSync(join(webDist, 'index.html'), INDEX);
writeFileSync(join(webDist, 'index.html.br'), brotliCompressSync(INDEX));
writeFileSync(join(webDist, 'assets', 'index-AbC123.js'), SCRIPT);
writeFileSync(join(webDist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(`${SCRIPT}// br`));
writeFileSync(join(webDist, 'assets', 'index-AbC123.js.gz'), gzipSync(`${SCRIPT}// gz`));
writeFileSync(join(webDist, 'assets', 'style-XyZ789.css'), STYLE);

const YEAR = 'public, max-age=31536000, immutable';

const server = serveForFile(webDist);

const asset = (url: string, acceptEncoding?: string) =>
  server.app.inject({
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('built assets', () => {
  it('sends the pre-compressed brotli copy to a client that accepts br, cached for a year', async () => {
    const res = await asset('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(`${SCRIPT}// br`);
  });

  it('sends the gzip copy to a client that accepts only gzip', async () => {
    const res = await asset('/assets/index-AbC123.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(gunzipSync(res.rawPayload).toString()).toBe(`${SCRIPT}// gz`);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const res = await asset('/assets/index-AbC123.js', acceptEncoding);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['cache-control']).toBe(YEAR);
      // A shared cache must not hand this copy to a client that asked for br, or the other way.
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body).toBe(SCRIPT);
    }
  });

  it('compresses an asset that has no pre-compressed copy as it sends it', async () => {
    const res = await asset('/assets/style-XyZ789.css', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(YEAR);
    expect(gunzipSync(res.rawPayload).toString()).toBe(STYLE);
  });

  it('answers a revalidation with 304', async () => {
    const first = await asset('/assets/index-AbC123.js', 'br');
    const again = await server.app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('serves no .br or .gz file under its own name', async () => {
    expect((await asset('/assets/index-AbC123.js.br')).statusCode).toBe(404);
    expect((await asset('/assets/index-AbC123.js.gz')).statusCode).toBe(404);
  });

  it('has the app shell revalidated on every use, so a release is seen at once', async () => {
    for (const url of ['/', '/index.html', '/aktiviteter']) {
      const res = await server.app.inject({ url, headers: { accept: 'text/html', 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX);
    }
  });
});

const INTROSPECTION = '{ __schema { types { name description fields { name description } } } }';

describe('API answers', () => {
  it('compresses a large GraphQL answer for a client that accepts it', async () => {
    const request = (acceptEncoding?: string) =>
      server.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
        },
        payload: JSON.stringify({ query: INTROSPECTION }),
      });
    const plain = await request();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(20_000);

    const br = await request('gzip, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    const decoded = brotliDecompressSync(br.rawPayload).toString();
    expect(br.rawPayload.length).toBeLessThan(decoded.length / 4);
    expect(JSON.parse(decoded)).toEqual(plain.json());
  });

  it('compresses the open feed and still answers If-None-Match with 304', async () => {
    const first = await server.app.inject({
      url: '/feeds/activities.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    const etag = first.headers.etag;
    // One validator for the gzipped and the plain copy, so it must be a weak one (RFC 9110, 8.8.3).
    const plain = await server.app.inject({ url: '/feeds/activities.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.etag).toBe(etag);
    expect(String(etag)).toMatch(/^W\/".+"$/);
    expect(JSON.parse(gunzipSync(first.rawPayload).toString())).toHaveProperty('contents');

    const again = await server.app.inject({
      url: '/feeds/activities.json',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });
});

describe('server-sent events', () => {
  it('streams a subscription event uncompressed while the response stays open', async () => {
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const gql = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { res, body: (await res.json()) as { data?: Record<string, unknown> } };
    };
    const signIn = async (email: string) => {
      const { res } = await gql(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
        { e: email, p: DEMO_PASSWORD },
      );
      return res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    };
    const erik = await signIn('erik.strand@polisen.example');
    const ali = await signIn('ali.nordin@vaxjo.example');

    const abort = new AbortController();
    const stream = await fetch(`${base}/graphql`, {
      method: 'POST',
      signal: abort.signal,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        'accept-encoding': 'gzip, deflate, br',
        cookie: erik,
      },
      body: JSON.stringify({ query: 'subscription { meetingChanged { kind meetingId } }' }),
    });
    try {
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      // yoga marks the stream `Content-Encoding: none` (so proxies pass it on as it comes).
      expect(stream.headers.get('content-encoding') ?? 'none').toBe('none');
      const reader = stream.body?.getReader();
      if (!reader) throw new Error('no body');
      const decoder = new TextDecoder();
      let received = '';
      const heard = (async () => {
        while (!received.includes('"kind":"CREATED"')) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended early: ${received}`);
          received += decoder.decode(value, { stream: true });
        }
        return received;
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));

      const start = new Date(Date.now() + 12 * 86_400_000);
      const created = await gql(
        'mutation($f: ID!, $i: MeetingInput!) { createMeeting(forumId: $f, input: $i) { __typename } }',
        {
          f: encodeGlobalId('Forum', DEMO.forums.vaxjoChildren),
          i: {
            title: 'Komprimerat?',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
            mode: 'DIGITAL',
            videoUrl: 'https://meet.example.se/live',
          },
        },
        ali,
      );
      expect(created.body.data?.createMeeting).toEqual({ __typename: 'CreateMeetingSuccess' });
      // A compressor would sit on this small event until the stream closed, which it does not.
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no event within 5 s; got: ${received}`)), 5000),
      );
      expect(await Promise.race([heard, timeout])).toContain('event: next');
    } finally {
      abort.abort();
    }
  });
});
