import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql ships CJS (main) and ESM (module); Node loads the CJS build for our dependencies,
  // so our own files must get the same copy or `instanceof GraphQLError` fails across realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    name: 'api',
    globalSetup: ['./src/test/global-setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
