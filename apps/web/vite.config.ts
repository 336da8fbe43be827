import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/feeds': api,
      '/calendar': api,
      '/auth': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
