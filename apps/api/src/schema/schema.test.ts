import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.ts';
import { printSchemaFile, schemaFile } from './print.ts';

describe('the published schema', () => {
  it('matches the committed schema.graphql (run `pnpm schema:print` after changing the API)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printSchemaFile());
  });

  it('describes every type and field, for the other agencies reading it', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name))
        continue;
      if (type.name === 'PageInfo' || type.name === 'Node') continue; // the relay plugin's own, documented by the Relay spec
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (['node', 'nodes', 'id', 'edges', 'pageInfo', 'cursor', 'totalCount'].includes(field.name))
            continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
