// Builds exactly what `clasp push` uploads: dist/Code.js, dist/Sidebar.html, dist/Phone.html, dist/appsscript.json.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = '__app';
const common = { bundle: true, target: 'es2020', charset: 'utf8', legalComments: 'none', logLevel: 'error' };

/** The entry's real export list, read from an ESM build's metafile (never typed by hand). */
async function exportedNames(entry) {
  const result = await esbuild.build({ ...common, entryPoints: [entry], format: 'esm', write: false, metafile: true, outfile: 'x.js' });
  return Object.values(result.metafile.outputs)[0].exports;
}

async function buildServer() {
  const entry = join(root, 'src/main.ts');
  const names = await exportedNames(entry);
  const result = await esbuild.build({
    ...common,
    entryPoints: [entry],
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    minifySyntax: true,
    minifyWhitespace: true,
  });
  // Apps Script finds triggers, menu items and google.script.run targets by top-level declaration.
  const globals = names.map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`).join('\n');
  writeFileSync(join(dist, 'Code.js'), `${result.outputFiles[0].text}\n${globals}\n`);
  return names;
}

/** One page: its entry's script and its style sheets inlined into src/sidebar/index.html. */
async function buildPage(name, entry, styles) {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/sidebar', entry)],
    format: 'iife',
    write: false,
    minify: true,
  });
  // A literal "</script" inside the inlined code would end the script element early.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = styles.map((s) => readFileSync(join(root, 'src/sidebar', s), 'utf8')).join('\n');
  const html = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8')
    .replace('/* STYLE */', () => css)
    .replace('/* SCRIPT */', () => script);
  writeFileSync(join(dist, `${name}.html`), html);
}

function buildManifest() {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  // "//" holds the manifest's notes for developers: Apps Script refuses unknown fields.
  delete manifest['//'];
  writeFileSync(join(dist, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

mkdirSync(dist, { recursive: true });
const names = await buildServer();
await buildPage('Sidebar', 'main.ts', ['style.css']);
// The web app's page for phones (doGet).
await buildPage('Phone', 'phone.ts', ['style.css', 'phone.css']);
buildManifest();
console.log(`dist/: Code.js (${names.length} global functions), Sidebar.html, Phone.html, appsscript.json`);
