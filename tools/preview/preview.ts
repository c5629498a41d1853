/**
 * The preview's HTTP server: the page, the sidebar with its google.script.run shim, the web app's
 * phone page (/hp), generated documents, and a small JSON API over the session. Loopback only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Assets, buildAssets } from './assets';
import { PreviewSession, Refused } from './session';

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1_000_000;

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the emulator's state is saved after every action. */
  stateDir: string;
}

export interface Preview {
  url: string;
  session: PreviewSession;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// The page runs no inline code; the sidebar is Google-style inline HTML; documents run no script at all.
const PAGE_CSP = "default-src 'self'; frame-src 'self'; img-src 'self' data:";
const SIDEBAR_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
// The phone page is a page of its own: it asks this server (its own origin) and nothing else.
const WEBAPP_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; form-action 'none'";
/** ?akses= of the phone page: the access to the register the preview gives its user first. */
const ACCESS = { edit: 'edit', lihat: 'view', tidak: 'none' } as const;

function send(res: ServerResponse, status: number, type: string, body: string, csp?: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(csp ? { 'content-security-policy': csp } : {}),
  });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Expected application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Expected a JSON object');
  return body;
}

type Route = (body: Record<string, unknown>) => unknown | Promise<unknown>;

function routes(session: PreviewSession): Record<string, Route> {
  return {
    '/api/open': () => session.open(),
    '/api/menu': (b) => session.menu(String(b.functionName), String(b.label ?? b.functionName)),
    '/api/run': (b) => session.sidebarCall(String(b.name), Array.isArray(b.args) ? b.args : []),
    '/api/clock': (b) => session.moveClock(typeof b.to === 'string' ? { to: b.to } : { addMinutes: Number(b.addMinutes) }),
    '/api/sidebar/close': () => session.closeSidebar(),
    '/api/reset': () => session.reset(),
    '/api/demo': () => session.demo(),
    '/api/webapp/run': (b) => session.webAppCall(String(b.name), Array.isArray(b.args) ? b.args : [], String(b.user)),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  session: PreviewSession,
  api: Record<string, Route>,
  assets: Assets,
  port: number,
): Promise<void> {
  // Refuse other host names (DNS rebinding): only the loopback address this server listens on.
  if (req.headers.host !== `${HOST}:${port}` && req.headers.host !== `localhost:${port}`) throw new HttpError(403, 'Forbidden host');
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (req.method === 'GET') {
    if (url.pathname === '/') return send(res, 200, 'text/html', assets.html, PAGE_CSP);
    if (url.pathname === '/page.js') return send(res, 200, 'text/javascript', assets.js);
    if (url.pathname === '/page.css') return send(res, 200, 'text/css', assets.css);
    if (url.pathname === '/sidebar') {
      const sidebar = session.sidebarHtml();
      if (sidebar === null) throw new HttpError(404, 'No sidebar is open');
      return send(res, 200, 'text/html', assets.sidebar(sidebar, session.functionNames()), SIDEBAR_CSP);
    }
    if (url.pathname === '/hp') {
      // /hp?as=<e-mail>&akses=edit|lihat|tidak: the phone page as that user, with that access to the register.
      const access = url.searchParams.get('akses');
      if (access !== null && !(access in ACCESS)) throw new HttpError(400, 'akses must be edit, lihat or tidak');
      // Nobody named: the register's owner.
      const user = url.searchParams.get('as') ?? session.emu.spreadsheet.getOwner()?.getEmail() ?? '';
      const outcome = session.webApp(user, access === null ? undefined : ACCESS[access as keyof typeof ACCESS]);
      if (!outcome.ok || outcome.value === null) throw new HttpError(500, outcome.ok ? 'doGet returned no page' : outcome.error);
      return send(res, 200, 'text/html', assets.webApp(outcome.value, session.functionNames(), user), WEBAPP_CSP);
    }
    const doc = /^\/doc\/([\w-]+)$/.exec(url.pathname);
    const html = doc ? session.documentHtml(doc[1]) : null;
    if (html !== null) return send(res, 200, 'text/html', html, DOCUMENT_CSP);
    throw new HttpError(404, 'Not found');
  }
  const route = req.method === 'POST' ? api[url.pathname] : undefined;
  if (!route) throw new HttpError(req.method === 'POST' ? 404 : 405, 'Not found');
  const result = await route(await readJson(req));
  send(res, 200, 'application/json', JSON.stringify({ view: session.view(), result }));
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const session = new PreviewSession(options.stateDir);
  const assets = await buildAssets();
  const api = routes(session);
  let port = options.port;
  const server = createServer((req, res) => {
    handle(req, res, session, api, assets, port).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof Refused || error instanceof SyntaxError ? 400 : 500;
      if (status === 500) console.error(error);
      send(res, status, 'application/json', JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, resolve);
  });
  port = (server.address() as AddressInfo).port;
  session.deployWebApp(`http://${HOST}:${port}/hp`);
  return {
    url: `http://${HOST}:${port}/`,
    session,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
