// The command line of `pnpm bench`, checked before anything is opened.
import { SCENARIO_NAMES } from './scenarios.ts';

export const USAGE = `usage: pnpm bench [--database postgres://…] [--scenario <name>]… [--duration <s>] [--connections <n>] [--out <file>]
  --database     a database holding the national data set (pnpm bench:seed); default DATABASE_URL
  --scenario     one of ${SCENARIO_NAMES.join(', ')}; repeatable; default all
  --duration     seconds of load per scenario and server, 1 to 120 (default 10)
  --connections  concurrent connections, 1 to 200 (default 10)
  --out          the report (default tests/bench/RESULTS.md)`;

export interface Options {
  database: string;
  scenarios: string[];
  duration: number;
  connections: number;
  out: string;
}

export class UsageError extends Error {}

const whole = (name: string, value: string | undefined, min: number, max: number) => {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`${name} takes a whole number from ${min} to ${max} (got ${value ?? 'nothing'}).`);
  return n;
};

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Options {
  let database = env.DATABASE_URL ?? '';
  const scenarios: string[] = [];
  let duration = 10;
  let connections = 10;
  let out = 'tests/bench/RESULTS.md';
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--database') database = value();
    else if (flag === '--scenario') {
      const name = value();
      if (!SCENARIO_NAMES.includes(name))
        throw new UsageError(`Unknown scenario "${name}": choose from ${SCENARIO_NAMES.join(', ')}.`);
      if (!scenarios.includes(name)) scenarios.push(name);
    } else if (flag === '--duration') duration = whole('--duration', value(), 1, 120);
    else if (flag === '--connections') connections = whole('--connections', value(), 1, 200);
    else if (flag === '--out') out = value();
    else throw new UsageError(`Unknown argument "${argv[i]}".`);
  }
  if (!database) throw new UsageError('No database: pass --database postgres://… or set DATABASE_URL.');
  let url: URL;
  try {
    url = new URL(database);
  } catch {
    throw new UsageError(
      `The database "${database}" is not a URL: expected postgres://user@host:port/database.`,
    );
  }
  if (!/^postgres(ql)?:$/.test(url.protocol))
    throw new UsageError(`The database must be a postgres:// URL (got ${url.protocol}//).`);
  return { database, scenarios: scenarios.length ? scenarios : SCENARIO_NAMES, duration, connections, out };
}
