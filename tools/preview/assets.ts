/** The preview page's files, bundled in memory by esbuild when the server starts. */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_DIR = join(__dirname, 'page');
const SHIM_GLOBAL = '__previewShim';

export interface Assets {
  html: string;
  css: string;
  js: string;
  /** dist/Sidebar.html-like HTML with the google.script.run shim injected before its first script. */
  sidebar(html: string, functionNames: string[]): string;
}

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, entry)], bundle: true, write: false, format: 'iife', globalName,
    target: 'es2020', charset: 'utf8', logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function buildAssets(): Promise<Assets> {
  const [js, shim] = await Promise.all([bundle('page.ts'), bundle('shim.ts', SHIM_GLOBAL)]);
  const shimScript = (names: string[]) =>
    `<script>${shim.replace(/<\/script/gi, '<\\/script')}\n${SHIM_GLOBAL}.install(${scriptJson(names)});</script>`;
  return {
    html: readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'),
    css: readFileSync(join(PAGE_DIR, 'style.css'), 'utf8'),
    js,
    sidebar(html, names) {
      const at = html.search(/<script\b/i);
      const script = shimScript(names);
      return at < 0 ? `${script}${html}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
    },
  };
}
