// Prints the SQL that loads data/counties.csv and data/municipalities.csv.
// Used once to write the reference_data migration; the reference test checks the two agree.
import { readFileSync } from 'node:fs';

const read = (file: string) =>
  readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
const q = (s: string | undefined) => `'${(s ?? '').replaceAll("'", "''")}'`;

const counties = read('counties.csv').map(([code, name, short]) => `(${q(code)}, ${q(name)}, ${q(short)})`);
const municipalities = read('municipalities.csv').map(
  ([code, name, county]) => `(${q(code)}, ${q(name)}, ${q(county)})`,
);
process.stdout.write(
  `INSERT INTO "county" ("code", "name", "short_name") VALUES\n${counties.join(',\n')};\n--> statement-breakpoint\n` +
    `INSERT INTO "municipality" ("code", "name", "county_code") VALUES\n${municipalities.join(',\n')};\n`,
);
