import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productionNodeOptions } from './node-options.ts';

describe('production Node options', () => {
  it('limit the heap, so a busy process stays within its memory', () => {
    expect(productionNodeOptions()).toContain('--max-old-space-size=160');
  });

  it('are the ones the container starts the API with', () => {
    const dockerfile = readFileSync(new URL('../../../docker/Dockerfile', import.meta.url), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd && JSON.parse(cmd)).toEqual(['node', ...productionNodeOptions(), 'apps/api/dist/main.js']);
  });
});
