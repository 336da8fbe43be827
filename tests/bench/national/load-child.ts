// The load generator: autocannon in its own process (so it never competes with the API's event
// loop), against loopback only, bounded by the spec's duration. The parent sends the spec as JSON
// in argv and reads one JSON line from stdout. Every connection (and every reconnect after
// `reconnectRate` requests) comes from its own 127.1.x.y address: the feeds allow 1,200 requests
// a minute per address, and we measure the server, not its limiter.
import { createRequire } from 'node:module';
import type { connect } from 'node:net';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  label: string;
  origin: string;
  /** Cycled through by every connection. */
  requests: LoadRequest[];
  duration: number;
  connections: number;
  reconnectRate: number;
  /** Status codes that count as success (default: 2xx). */
  expectStatus?: number[];
  /** A regular expression: a body that matches is an error (GraphQL errors, result unions' errors). */
  errorPattern: string;
}

export interface LoadResult {
  label: string;
  seconds: number;
  total: number;
  /** Requests sent, answered or not: those still in flight when the time is up reached the API too. */
  sent: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statusCodes: Record<string, number>;
  /** Responses with an unexpected status, error bodies, socket errors and timeouts. */
  errors: number;
  /** 2xx responses whose body matched the error pattern. */
  graphqlErrors: number;
  unexpectedStatus: number;
  socketErrors: number;
  timeouts: number;
  /** A few bodies of failed responses, shortened, to say what went wrong. */
  samples: string[];
}

/** The parts of autocannon 9 we use (it ships no types; @types/autocannon stops at 7). */
interface AutocannonResult {
  duration: number;
  requests: { average: number; total: number; sent: number };
  latency: { max: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => { stop(): void; on(event: string, listener: (...args: unknown[]) => void): void };

const log = (line: string) => process.stderr.write(`${line}\n`);
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

async function main(specText: string | undefined) {
  const spec = JSON.parse(specText ?? '') as LoadSpec;
  const target = new URL(spec.origin);
  if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
    log(`refusing to load ${spec.origin}: only http on 127.0.0.1`);
    process.exit(2);
  }
  const require = createRequire(import.meta.url);
  const net = require('node:net') as { connect: typeof connect };
  const original = net.connect;
  let addresses = 0;
  net.connect = ((port: number, host: string) => {
    addresses++;
    const localAddress = `127.${1 + (addresses >> 16)}.${(addresses >> 8) & 255}.${addresses & 255}`;
    return original({ port, host, localAddress });
  }) as unknown as typeof connect;
  const autocannon = require('autocannon') as Autocannon;

  const expected = new Set(spec.expectStatus ?? []);
  const ok = (status: number) => (expected.size > 0 ? expected.has(status) : status >= 200 && status < 300);
  const errorPattern = new RegExp(spec.errorPattern);
  let graphqlErrors = 0;
  let unexpectedStatus = 0;
  const samples: string[] = [];
  const sample = (status: number, body: string) => {
    if (samples.length < 3) samples.push(`${status}: ${body.slice(0, 300)}`);
  };
  const onResponse = (status: number, body: string) => {
    if (!ok(status)) {
      unexpectedStatus++;
      sample(status, body);
    } else if (errorPattern.test(body)) {
      graphqlErrors++;
      sample(status, body);
    }
  };
  const times: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    let responses = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: spec.origin,
        duration: spec.duration,
        connections: spec.connections,
        pipelining: 1,
        reconnectRate: spec.reconnectRate,
        // Long enough for the county overview under load; a request still open at the end is not counted.
        timeout: 60,
        requests: spec.requests.map((r) => ({ ...r, onResponse })),
      },
      (error, done) => {
        clearInterval(ticker);
        if (error) reject(error);
        else resolve(done);
      },
    );
    // Our own percentiles from every response time: autocannon's summary has no p95.
    instance.on('response', (_client, _status, _bytes, ms) => {
      responses++;
      times.push(ms as number);
    });
    const ticker = setInterval(() => {
      const seconds = Math.min(spec.duration, Math.round((performance.now() - started) / 1000));
      log(`  ${spec.label}: ${seconds}/${spec.duration} s, ${responses} responses`);
    }, 2_000);
    process.once('SIGTERM', () => instance.stop());
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  const out: LoadResult = {
    label: spec.label,
    seconds: result.duration,
    total: result.requests.total,
    sent: result.requests.sent,
    requestsPerSecond: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: result.latency.max,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([c, s]) => [c, s.count])),
    errors: unexpectedStatus + graphqlErrors + result.errors + result.timeouts,
    graphqlErrors,
    unexpectedStatus,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    samples,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main(process.argv[2]).catch((error: unknown) => {
  log(`load generator failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
