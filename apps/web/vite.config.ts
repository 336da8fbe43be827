import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    react(),
    // A .br (quality 11) and a .gz (level 9) beside every text asset, so the API's static serving
    // (preCompressed) sends the smallest form without compressing per request, at levels too slow
    // to use on the fly; only where the copy is smaller.
    compression({
      include: /\.(?:js|mjs|css|html|svg|json|txt|map)$/,
      threshold: 1024,
      skipIfLargerOrEqual: true,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
  ],
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
