// The Node options production runs the API with, read from apps/api's start script so that the
// start script stays their one home: the end-to-end server and the benchmark start the API with
// them, and a test holds the Dockerfile's CMD to them.
import { readFileSync } from 'node:fs';

/** The options between `node` and `dist/main.js` in apps/api's start script. */
export function productionNodeOptions(): string[] {
  const file = new URL('../package.json', import.meta.url);
  const start = (JSON.parse(readFileSync(file, 'utf8')) as { scripts: { start: string } }).scripts.start;
  const options = /^node((?: --[\w-]+(?:=\S+)?)*) dist\/main\.js$/.exec(start)?.[1];
  if (options === undefined)
    throw new Error(`apps/api's start script is not "node [--options] dist/main.js": ${start}`);
  return options.split(' ').filter(Boolean);
}
