import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'db', globalSetup: ['./src/test/global-setup.ts'], hookTimeout: 60_000, testTimeout: 30_000 },
});
