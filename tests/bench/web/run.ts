// The web app's initial JavaScript and CSS (gzip -9) and Lighthouse's performance and
// accessibility scores on the joint view (signed in) and the public activity catalogue.
// Builds nothing: serves the already built app (apps/web/dist, or WEB_DIST) from the API on a
// fresh PGlite demo database in a temporary folder, on loopback.
//   pnpm build && node --import tsx tests/bench/web/run.ts [mobile|desktop] [runs]
// LIGHTHOUSE_REPORTS=<folder> also writes each page's median report there as JSON.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../apps/api/src/app.ts';
import { DEMO_PASSWORD, ensureReady } from '../../../packages/db/src/index.ts';
import { elapsed, fail, log, machine, openBenchDatabase, signInOver } from '../support.ts';
import { measureWeb, type WebPage } from './index.ts';

const USER = 'ali.nordin@vaxjo.example';
/** Targets of issue 8. */
const TARGETS = { initialJsGzip: 200_000, performance: 90, accessibility: 100 };

const presetArg = process.argv[2] ?? 'mobile';
const preset =
  presetArg === 'mobile' || presetArg === 'desktop'
    ? presetArg
    : fail(`Unknown preset "${presetArg}": choose mobile or desktop.`, 2);
const runs = Number(process.argv[3] ?? 3);
if (!Number.isInteger(runs) || runs < 1 || runs > 9) fail('runs must be a whole number from 1 to 9.', 2);
if (!existsSync('/usr/bin/chromium')) fail('No chromium at /usr/bin/chromium: apt-get install -y chromium.');
const webDist = resolve(
  process.env.WEB_DIST ?? fileURLToPath(new URL('../../../apps/web/dist', import.meta.url)),
);
if (!existsSync(join(webDist, 'index.html'))) {
  fail(`${webDist} has no built web app: run \`pnpm build\` first (this benchmark builds nothing).`);
}

const started = performance.now();
const bench = await openBenchDatabase(null, 'web');
try {
  await ensureReady(bench.handle);
  // Lighthouse loads a page and its GraphQL requests many times over: no rate limit in the way.
  const { app } = await buildApp({ database: bench.handle, webDist, requestsPerMinute: 1_000_000 });
  try {
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await signInOver(`${baseUrl}/graphql`, USER, DEMO_PASSWORD);
    log(`serving ${webDist} at ${baseUrl}; Lighthouse ${preset}, ${runs} run(s) per page`);
    const failing: string[] = [];
    const result = await measureWeb(baseUrl, {
      cookie,
      preset,
      runs,
      onReport: (page: WebPage, report) => {
        const folder = process.env.LIGHTHOUSE_REPORTS;
        if (folder) {
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, `${page}.json`), JSON.stringify(report, null, 2));
        }
        for (const audit of Object.values(report.audits)) {
          // Audits that cost points: a binary fail, or a metric well below its best.
          if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') {
            const value = audit.displayValue ? ` (${audit.displayValue})` : '';
            failing.push(`${page}: ${audit.id} score ${audit.score}${value}`);
          }
        }
      },
    });
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    const mark = (ok: boolean) => (ok ? 'yes' : 'NO');
    console.log(`\nWeb app (${preset}, median of ${runs} Lighthouse runs), ${machine()}\n`);
    console.log('| measure | value | target | met |');
    console.log('|---|---|---|---|');
    console.log(
      `| initial JS, gzip -9 | ${kb(result.initialJsGzip)} | < ${kb(TARGETS.initialJsGzip)} | ${mark(result.initialJsGzip < TARGETS.initialJsGzip)} |`,
    );
    console.log(`| initial CSS, gzip -9 | ${kb(result.initialCssGzip)} | – | – |`);
    for (const [page, scores] of Object.entries(result.lighthouse)) {
      console.log(
        `| ${page} performance | ${scores.performance} | ≥ ${TARGETS.performance} | ${mark(scores.performance >= TARGETS.performance)} |`,
      );
      console.log(
        `| ${page} accessibility | ${scores.accessibility} | ${TARGETS.accessibility} | ${mark(scores.accessibility >= TARGETS.accessibility)} |`,
      );
    }
    if (failing.length > 0)
      console.log(`\nAudits below 0.9:\n${failing.map((line) => `- ${line}`).join('\n')}`);
    log(`done in ${elapsed(started)}`);
  } finally {
    await app.close();
  }
} finally {
  await bench.drop();
}
