// Writes schema.graphql, the contract other agencies' systems build on. A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFile } from '../src/schema/print.ts';

writeFileSync(schemaFile, printSchemaFile());
console.log(`wrote ${schemaFile}`);
