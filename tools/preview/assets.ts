/** The preview page's files, bundled in memory by esbuild when the server starts. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const PAGE_DIR = join(__dirname, 'page');
const SHIM_GLOBAL = '__previewShim';

export interface Assets {
  html: string;
  css: string;
  js: string;
  /** dist/Sidebar.html-like HTML with the google.script.run shim injected before its first script. */
  sidebar(html: string, functionNames: string[]): string;
  /**
   * The web app's page as doGet served it (HtmlOutput's content, with its title and meta tags in the head, where
   * Google puts them), with a google.script.run that calls the server as `user`.
   */
  webApp(
    page: { title: string; content: string; meta: Array<{ name: string; content: string }> },
    functionNames: string[],
    user: string,
  ): string;
}

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function buildAssets(): Promise<Assets> {
  const [js, shim] = await Promise.all([bundle('page.ts'), bundle('shim.ts', SHIM_GLOBAL)]);
  const shimScript = (install: string) => `<script>${shim.replace(/<\/script/gi, '<\\/script')}\n${SHIM_GLOBAL}.${install};</script>`;
  const inject = (html: string, script: string) => {
    const at = html.search(/<script\b/i);
    return at < 0 ? `${script}${html}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
  };
  return {
    html: readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'),
    css: readFileSync(join(PAGE_DIR, 'style.css'), 'utf8'),
    js,
    sidebar: (html, names) => inject(html, shimScript(`install(${scriptJson(names)})`)),
    webApp: (page, names, user) => {
      const head = [
        `<title>${escapeHtml(page.title)}</title>`,
        ...page.meta.map((m) => `<meta name="${escapeHtml(m.name)}" content="${escapeHtml(m.content)}">`),
      ].join('');
      const html = /<head>/i.test(page.content) ? page.content.replace(/<head>/i, (h) => h + head) : head + page.content;
      return inject(html, shimScript(`installWebApp(${scriptJson(names)}, ${scriptJson(user)})`));
    },
  };
}
