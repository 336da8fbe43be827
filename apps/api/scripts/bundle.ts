// The API compiled to plain JavaScript for production: one ES module per entry point, with our
// workspace packages (@samlad/*) bundled in and every other package left to Node, imported by a
// path relative to the output so the tree can move as a whole. Running the TypeScript through
// tsx's loader in production cost about 100 MB resident (the loader's own thread and caches) for
// nothing the server needs.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Bare imports outside the workspace stay imports, of the file Node would have loaded. */
const packagesStayExternal = (outdir: string): Plugin => ({
  name: 'packages-stay-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@samlad/') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      let path = relative(outdir, found.path).split('\\').join('/');
      if (!path.startsWith('.')) path = `./${path}`;
      return { path, external: true };
    });
  },
});

/**
 * Source files that find things next to themselves (`new URL('../migrations', import.meta.url)`)
 * keep finding them: each one's `import.meta.url` becomes its own original location, relative to
 * where the bundle runs.
 */
const ownUrls = (outdir: string): Plugin => ({
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/(apps|packages)\/[^/]+\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromOut = relative(outdir, args.path).split('\\').join('/');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
});

/** Writes each entry (name → TypeScript file) as `<outdir>/<name>.js`. */
export async function bundle(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  const out = resolve(outdir);
  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [packagesStayExternal(out), ownUrls(out)],
  });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const api = dirname(dirname(fileURLToPath(import.meta.url)));
  await bundle({ main: resolve(api, 'src/main.ts') }, resolve(api, 'dist'));
  process.stdout.write('wrote apps/api/dist/main.js\n');
}
