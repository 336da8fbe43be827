// The national-scale data set for benchmarks (generate.ts), from the command line:
//   pnpm bench:seed [--scale 0.1] [--seed 42] [--anchor 2026-12-01] [--pglite <dir>]
// With DATABASE_URL it writes to that PostgreSQL server's database (which must exist), otherwise
// to a PGlite data folder (default ./.bench-data/national). Migrates, loads the demo data into an
// empty database, then the national data in one transaction; refuses a database that has it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import cliProgress from 'cli-progress';
import { createDatabase, type DatabaseHandle } from '../../../packages/db/src/index.ts';
import {
  DEFAULT_ANCHOR,
  type NationalSummary,
  SeedError,
  type SeedProgress,
  seedNational,
} from './generate.ts';

const USAGE =
  'usage: pnpm bench:seed [--scale 0.1] [--seed 42] [--anchor 2026-12-01] [--pglite <dir>]\n' +
  '  --scale   multiplies the default counts (3,000 organisations, 30,000 users, 5,000 forums, 150,000 meetings,\n' +
  '            100,000 cases, 20,000 activities); more than 0, at most 10 (default 1)\n' +
  '  --seed    whole number from 0 to 4294967295 (default 42); the same seed gives the same rows\n' +
  '  --anchor  the date everything is reckoned from, YYYY-MM-DD (default 2026-12-01)\n' +
  '  --pglite  PGlite data folder (default ./.bench-data/national); without DATABASE_URL only\n' +
  '  DATABASE_URL=postgres://user@host:port/database writes to that (existing) database instead';
const DEFAULT_DIR = './.bench-data/national';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

interface Args {
  scale: number;
  seed: number;
  anchor: Date;
  pglite: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { scale: 1, seed: 42, anchor: DEFAULT_ANCHOR, pglite: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (!['--scale', '--seed', '--anchor', '--pglite'].includes(flag))
      fail(`Unknown argument "${arg}".\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') fail(`${flag} needs a value.\n${USAGE}`);
    const text = value as string;
    if (flag === '--scale') {
      const n = Number(text);
      if (!/^\d*\.?\d+$/.test(text) || !(n > 0) || n > 10) {
        fail(`Bad --scale "${text}": a number more than 0 and at most 10 (for example 0.1).`);
      }
      args.scale = n;
    } else if (flag === '--seed') {
      const n = Number(text);
      if (!/^\d+$/.test(text) || n > 0xffffffff)
        fail(`Bad --seed "${text}": a whole number from 0 to 4294967295.`);
      args.seed = n;
    } else if (flag === '--anchor') {
      const date = new Date(`${text}T00:00:00Z`);
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== text
      ) {
        fail(`Bad --anchor "${text}": a date as YYYY-MM-DD.`);
      }
      args.anchor = date;
    } else {
      args.pglite = text;
    }
  }
  return args;
}

const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms).unref(),
    ),
  ]);

/** Opens the target database, or says clearly why not and exits. */
async function open(args: Args): Promise<{ handle: DatabaseHandle; label: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (args.pglite !== null)
      fail('Choose one: DATABASE_URL (a PostgreSQL server) or --pglite <dir>, not both.');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail('DATABASE_URL is not a URL: expected postgres://user@host:port/database');
    }
    if (!/^postgres(ql)?:$/.test(parsed.protocol))
      fail(`DATABASE_URL must start with postgres:// (got ${parsed.protocol}//)`);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database) fail('DATABASE_URL names no database: expected postgres://user@host:port/database');
    const where = `${parsed.hostname}:${parsed.port || '5432'}`;
    const handle = await createDatabase({ url, maxConnections: 2 });
    try {
      await withTimeout(handle.ping(), 10_000, 'connecting');
    } catch (error) {
      await handle.close().catch(() => {});
      const code = (error as { code?: string }).code;
      if (code === '3D000') {
        return fail(
          `The database "${database}" does not exist on ${where}. Create it first, e.g. psql -h ${parsed.hostname} -U ${parsed.username || 'postgres'} -c 'create database ${database}'`,
        );
      }
      return fail(
        `Cannot reach the PostgreSQL server at ${where} (DATABASE_URL): ${(error as Error).message}`,
      );
    }
    return { handle, label: `PostgreSQL ${where}/${database}` };
  }
  const dir = resolve(args.pglite ?? DEFAULT_DIR);
  if (args.pglite === null && !existsSync(dirname(dir))) {
    // The default folder sits in the work tree: keep it out of git without touching .gitignore.
    await mkdir(dirname(dir), { recursive: true });
    await writeFile(resolve(dirname(dir), '.gitignore'), '*\n');
  }
  try {
    return { handle: await createDatabase({ dataDir: dir }), label: `PGlite ${dir}` };
  } catch (error) {
    return fail(`Cannot open a PGlite database in ${dir}: ${(error as Error).message}`);
  }
}

/** Progress bars on a terminal; a line per finished table otherwise (a log stays readable). */
function progressReporter(): { onProgress: (event: SeedProgress) => void; stop: () => void } {
  const tty = process.stderr.isTTY === true;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: ' {table} |{bar}| {percentage}% {value}/{total}',
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = new Map<string, cliProgress.SingleBar>();
  let width = 0;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    onProgress: (event) => {
      if (event.type === 'phase') {
        if (event.phase === 'analysing' && tty) bars.stop();
        if (event.phase !== 'inserting') process.stderr.write(`${event.phase}… (${elapsed()})\n`);
      } else if (event.type === 'tables') {
        width = Math.max(...event.tables.map((t) => t.table.length));
        process.stderr.write(
          `inserting ${event.tables.reduce((sum, t) => sum + t.total, 0).toLocaleString('en')} rows into ${event.tables.length} tables (${elapsed()})\n`,
        );
        if (tty) {
          for (const t of event.tables) {
            if (!bar.has(t.table))
              bar.set(t.table, bars.create(Math.max(1, t.total), 0, { table: t.table.padEnd(width) }));
          }
        }
      } else if (tty) {
        bar.get(event.table)?.update(event.done);
      } else if (event.done === event.total) {
        process.stderr.write(
          `  ${event.table.padEnd(width)} ${event.done.toLocaleString('en')} rows (${elapsed()})\n`,
        );
      }
    },
    stop: () => {
      if (tty) bars.stop();
    },
  };
}

function printSummary(summary: NationalSummary, label: string): void {
  const rows = summary.inserted.map((t) => [
    t.table,
    t.rows.toLocaleString('en'),
    (summary.totals[t.table] ?? 0).toLocaleString('en'),
  ]);
  const header = ['table', 'inserted', 'rows now'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const total = summary.inserted.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `\nNational data set in ${label}: scale ${summary.scale}, seed ${summary.seed}, anchor ${summary.anchor.slice(0, 10)}`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`${total.toLocaleString('en')} rows in ${summary.seconds.toFixed(1)} s, analysed.`);
  if (!summary.pulse)
    console.log(
      'Meeting pulse answers: not seeded (no meeting_pulse_response / meeting_pulse_answer tables).',
    );
}

/**
 * The plan of the whole data set stays in memory while it is inserted: about 300 MB of heap per unit
 * of scale, and as much again while rows are built. Past Node's default heap (about 4 GB here), run
 * again in a child process with room enough; returns whether it did.
 */
function rerunWithLargerHeap(scale: number): boolean {
  const neededMb = Math.ceil(1_024 + 600 * scale);
  if (process.env.SAMLAD_BENCH_SEED_CHILD || getHeapStatistics().heap_size_limit / 2 ** 20 >= neededMb)
    return false;
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${neededMb}`, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, SAMLAD_BENCH_SEED_CHILD: '1' } },
  );
  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
  return true;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (rerunWithLargerHeap(args.scale)) return;
  const { handle, label } = await open(args);
  process.stderr.write(`seeding ${label}: scale ${args.scale}, seed ${args.seed}\n`);
  const progress = progressReporter();
  let closing = false;
  const interrupt = () => {
    if (closing) return;
    closing = true;
    progress.stop();
    console.error(
      '\nInterrupted: the national data set is written in one transaction, so none of it was committed.',
    );
    // A server rolls back when the connection drops; PGlite is closed so its folder stays consistent.
    if (handle.kind === 'postgres') process.exit(130);
    void withTimeout(handle.close(), 10_000, 'closing PGlite')
      .catch(() => {})
      .finally(() => process.exit(130));
  };
  // Until the inserting starts, nothing national is written and an interrupt may simply end the
  // process (planning runs for a while without yielding, so a handler would only run at its end).
  const catchInterrupts = () => {
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', interrupt);
  };
  try {
    const summary = await seedNational(handle, {
      scale: args.scale,
      seed: args.seed,
      anchor: args.anchor,
      onProgress: (event) => {
        if (event.type === 'phase' && event.phase === 'inserting') catchInterrupts();
        if (!closing) progress.onProgress(event);
      },
    });
    progress.stop();
    printSummary(summary, label);
  } catch (error) {
    progress.stop();
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof SeedError
        ? `bench:seed: ${message}`
        : `bench:seed failed: ${(error as Error).stack ?? message}`,
    );
    process.exitCode = 1;
  } finally {
    if (!closing) await handle.close().catch(() => {});
  }
}

await main();
