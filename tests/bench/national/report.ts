// RESULTS.md: the machine, the versions, one table per scenario, the ratios and the targets.
import type { LoadResult } from './load-child.ts';

export interface Measured {
  name: string;
  description: string;
  samlad: LoadResult;
  statementsPerRequest: number;
  rssAtRest: number;
  rssPeak: number;
  /** Samlad on just the rows the limit and the peer return: what the ratios are taken on. */
  rowsOnly?: { result: LoadResult; statementsPerRequest: number; rssPeak: number };
  limit?: LoadResult;
  peer?: { result: LoadResult; rssPeak: number; sameRows: string } | { missing: string };
  /** How the rows were shown equal before timing. */
  sameRows?: string;
}

export interface WebFigures {
  initialJsGzip: number;
  initialCssGzip: number;
  lighthouse: Record<string, { performance: number; accessibility: number }>;
}

export interface ReportInput {
  date: Date;
  /** Set when the machine was busy with other work: the figures are then noisy. */
  busy?: string;
  machine: string[];
  versions: Array<[string, string]>;
  settings: string;
  /** The API process's resident memory just after it started, before any scenario. */
  apiRssAtStart?: number;
  measured: Measured[];
  /** Scenarios that could not be measured, and why. */
  failures: Array<{ name: string; message: string }>;
  web: WebFigures | { missing: string };
  peerNote: string;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '–');
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function loadRow(who: string, r: LoadResult, statements: string, rss: string) {
  const codes = Object.entries(r.statusCodes)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  return row([
    who,
    r.requestsPerSecond.toFixed(1),
    r.total,
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.errors,
    codes,
    statements,
    rss,
  ]);
}

/** What the ratios are taken on: Samlad answering just the compared rows when measured. */
const compared = (m: Measured) => m.rowsOnly?.result ?? m.samlad;
const statementsOf = (m: Measured) =>
  Math.max(
    Number.isFinite(m.statementsPerRequest) ? m.statementsPerRequest : 0,
    m.rowsOnly?.statementsPerRequest ?? 0,
  );
const peakOf = (m: Measured) => Math.max(m.rssPeak, m.rowsOnly?.rssPeak ?? 0);

function scenarioSection(m: Measured): string[] {
  const lines = [`### ${m.name}`, '', m.description, ''];
  if (m.samlad.seconds) lines.push(`${m.samlad.seconds} s of load.`, '');
  lines.push(
    row([
      'server',
      'req/s',
      'requests',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'errors',
      'status codes',
      'SQL / request',
      'RSS rest → peak',
    ]),
  );
  lines.push('|---|--:|--:|--:|--:|--:|--:|---|--:|---|');
  if (m.samlad.total === 0)
    lines.push(`No response completed within the duration: every one took longer under this load.`, '');
  lines.push(
    loadRow(
      m.rowsOnly ? 'Samlad, the page' : 'Samlad',
      m.samlad,
      fixed(m.statementsPerRequest),
      `${mb(m.rssAtRest)} → ${mb(m.rssPeak)}`,
    ),
  );
  if (m.rowsOnly)
    lines.push(
      loadRow(
        'Samlad, the same rows only',
        m.rowsOnly.result,
        fixed(m.rowsOnly.statementsPerRequest),
        `peak ${mb(m.rowsOnly.rssPeak)}`,
      ),
    );
  if (m.limit)
    lines.push(
      loadRow(
        'raw SQL (postgres.js, node:http)',
        m.limit,
        '2 (set_config + query)',
        "– (in the benchmark's process)",
      ),
    );
  if (m.peer && 'result' in m.peer)
    lines.push(loadRow('peer (PostGraphile)', m.peer.result, '–', `peak ${mb(m.peer.rssPeak)}`));
  lines.push('');
  if (m.sameRows) lines.push(`Same rows: ${m.sameRows}.`);
  const same = compared(m);
  if (m.limit)
    lines.push(`Samlad's p50 (the same rows) is ${ratio(same.p50, m.limit.p50)} the raw-SQL limit's.`);
  if (m.peer && 'result' in m.peer)
    lines.push(
      `Samlad's throughput (the same rows) is ${ratio(same.requestsPerSecond, m.peer.result.requestsPerSecond)} the peer's; the peer's rows: ${m.peer.sameRows}.`,
    );
  else if (m.peer) lines.push(`Peer: not measured (${m.peer.missing}).`);
  const samples = m.samlad.samples;
  if (samples.length > 0)
    lines.push('', 'Sample error responses:', '', ...samples.map((s) => `    ${s.replace(/\n/g, ' ')}`));
  lines.push('');
  return lines;
}

function targets(input: ReportInput): string[] {
  const joint = input.measured.find((m) => m.name === 'joint-view');
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'met' : 'not met');
  const rows: Array<[string, string, boolean | null]> = [];
  if (joint?.peer && 'result' in joint.peer)
    rows.push([
      "the joint view's throughput is at least the peer's",
      `${compared(joint).requestsPerSecond.toFixed(1)} vs ${joint.peer.result.requestsPerSecond.toFixed(1)} req/s (the same rows; the whole page ${joint.samlad.requestsPerSecond.toFixed(1)})`,
      compared(joint).requestsPerSecond >= joint.peer.result.requestsPerSecond,
    ]);
  else
    rows.push([
      "the joint view's throughput is at least the peer's",
      joint ? 'no peer' : 'joint-view not run',
      null,
    ]);
  rows.push(
    joint?.limit
      ? [
          "the joint view's p50 is within 1.5× of the raw-SQL limit",
          `${ms(compared(joint).p50)} vs ${ms(joint.limit.p50)} ms (${ratio(compared(joint).p50, joint.limit.p50)}; the whole page ${ms(joint.samlad.p50)} ms)`,
          compared(joint).p50 <= 1.5 * joint.limit.p50,
        ]
      : ["the joint view's p50 is within 1.5× of the raw-SQL limit", 'joint-view not run', null],
  );
  const worst = [...input.measured].sort((a, b) => statementsOf(b) - statementsOf(a))[0];
  const over = input.measured
    .filter((m) => statementsOf(m) > 5)
    .map((m) => `${m.name} ${statementsOf(m).toFixed(2)}`);
  rows.push([
    'no scenario exceeds 5 SQL statements per request',
    worst
      ? over.length
        ? `over 5: ${over.join(', ')}`
        : `most: ${worst.name} ${fixed(statementsOf(worst))}`
      : 'nothing run',
    worst ? over.length === 0 : null,
  ]);
  const peak = Math.max(0, ...input.measured.map(peakOf));
  rows.push([
    'the API stays under 300 MB resident',
    `peak ${mb(peak)} (the API's own process)`,
    input.measured.length ? peak < 300 * 2 ** 20 : null,
  ]);
  if ('missing' in input.web) {
    rows.push(['initial JavaScript under 200 kB gzipped', input.web.missing, null]);
    rows.push(['Lighthouse accessibility 100, performance at least 90', input.web.missing, null]);
  } else {
    const web = input.web;
    rows.push([
      'initial JavaScript under 200 kB gzipped',
      kb(web.initialJsGzip),
      web.initialJsGzip < 200_000,
    ]);
    const pages = Object.entries(web.lighthouse);
    rows.push([
      'Lighthouse accessibility 100, performance at least 90',
      pages
        .map(([page, s]) => `${page}: accessibility ${s.accessibility}, performance ${s.performance}`)
        .join('; '),
      pages.length > 0 && pages.every(([, s]) => s.accessibility >= 100 && s.performance >= 90),
    ]);
  }
  return [
    '## Targets (issue 8, item 8)',
    '',
    row(['target', 'measured', 'verdict']),
    '|---|---|---|',
    ...rows.map(([target, measured, ok]) => row([target, measured, verdict(ok)])),
    '',
  ];
}

function webSection(web: ReportInput['web']): string[] {
  if ('missing' in web) return ['## Web', '', `Not measured: ${web.missing}.`, ''];
  return [
    '## Web',
    '',
    `Initial JavaScript ${kb(web.initialJsGzip)} gzipped, CSS ${kb(web.initialCssGzip)} gzipped.`,
    '',
    row(['page', 'Lighthouse performance', 'accessibility']),
    '|---|--:|--:|',
    ...Object.entries(web.lighthouse).map(([page, s]) => row([page, s.performance, s.accessibility])),
    '',
  ];
}

export function renderReport(input: ReportInput): string {
  const lines = [
    '# Benchmarks at national scale',
    '',
    `Written by \`pnpm bench\` (tests/bench/national/run.ts) on ${input.date.toISOString().replace('T', ' ').slice(0, 16)} UTC. Benchmarks measure; no test asserts these times.`,
    '',
    '## Machine and versions',
    '',
    ...input.machine.map((m) => `- ${m}`),
    ...(input.busy ? [`- **${input.busy}**`] : []),
    `- ${input.versions.map(([name, version]) => `${name} ${version}`).join(', ')}`,
    `- ${input.settings}`,
    '',
    ...targets(input),
    '## Scenarios',
    '',
    'Errors are responses with an unexpected status, GraphQL errors or error results (sampled below when there are any), socket errors and timeouts. SQL / request is the statements drizzle sent from the API process during the run divided by the requests sent (those still in flight when the time was up ran their statements too).',
    '',
    `RSS is the resident memory of the API's own process and nothing else: the API runs in a child process of its own, started as production starts it (compiled to JavaScript by apps/api/scripts/bundle.ts and run by plain \`node\` with apps/api's start-script options, NODE_ENV=production, the same \`buildApp\`), which reports \`process.memoryUsage.rss()\` over IPC, sampled every 100 ms. The load generator (autocannon), the raw-SQL endpoint and the benchmark's own bookkeeping run in other processes and are not in it; the peer's RSS is its own process's too.${input.apiRssAtStart === undefined ? '' : ` Just after it started, before any scenario, the API process held ${mb(input.apiRssAtStart)}.`}`,
    '',
    ...input.measured.flatMap(scenarioSection),
    ...(input.failures.length
      ? [
          '### Not measured',
          '',
          ...input.failures.map((f) => `- ${f.name}: ${f.message.replace(/\n/g, ' ')}`),
          '',
        ]
      : []),
    ...webSection(input.web),
    '## Peer',
    '',
    input.peerNote,
    '',
  ];
  return `${lines.join('\n')}\n`;
}
