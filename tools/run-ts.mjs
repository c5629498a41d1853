// Runs a TypeScript entry in Node without ts-node/tsx: `node tools/run-ts.mjs <entry.ts> [args…]`.
// esbuild bundles the entry (npm packages stay external) into node_modules/.cache/run-ts/, which
// is git-ignored and still resolves the project's packages; the bundle runs in this process and
// its file is removed once loaded.

import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node tools/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const entry = resolve(entryArg);
const outfile = join(root, 'node_modules/.cache/run-ts', `${basename(entry).replace(/\.[cm]?ts$/, '')}-${process.pid}.cjs`);

/**
 * The bundle lives elsewhere than its sources, so each source file gets its own `__dirname`,
 * `__filename` and `import.meta.url` (code finds dist/ and page assets relative to itself).
 */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href));
      const header = `var __dirname = ${JSON.stringify(dirname(args.path))}, __filename = ${JSON.stringify(args.path)};`;
      return { contents: `${header} ${source}`, loader: 'ts' };
    });
  },
};

mkdirSync(dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  plugins: [ownLocation],
});
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...args];
try {
  createRequire(import.meta.url)(outfile);
} finally {
  rmSync(outfile, { force: true });
}
