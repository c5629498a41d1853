/**
 * `google.script.run` and `google.script.host` for dist/Sidebar.html in the preview, injected
 * before the sidebar's own script. Like Google's, the sidebar runs in a sandboxed frame and talks
 * to its parent with postMessage; the parent page asks the preview server to run the function.
 * The phone page (dist/Phone.html, the web app) gets `google.script.run` only, and asks the server itself.
 * Behaviours copied from Google's client:
 * - one property per global function of the bundle (an unknown name is undefined, not a call);
 * - asynchronous, handlers by chaining; each `with…` returns a new runner;
 * - `withUserObject(o)` reaches both handlers as their second argument;
 * - arguments follow the legal-value rule (../wire.ts): an illegal one throws synchronously and
 *   nothing reaches the server; a form element is legal as the only argument;
 * - a server exception reaches the failure handler as an Error with the server's message, or is
 *   thrown as an uncaught error when there is no failure handler; the page can make the next call
 *   fail as Google's does for a browser signed into several accounts, a missing authorization, or
 *   no connection (FAULTS in page.ts).
 */
import { transfer } from '../../emulator/script-run';

type Handler = (value: unknown, userObject: unknown) => void;
interface Options {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}
/** Messages between the sidebar frame and the preview page. */
export type SidebarMessage =
  | { type: 'gsr-call'; id: number; name: string; args: unknown[] }
  | { type: 'gsr-host'; action: 'close' }
  | { type: 'open-document'; id: string };
export type PageMessage =
  | { type: 'gsr-result'; id: number; ok: true; value: unknown }
  | { type: 'gsr-result'; id: number; ok: false; error: string; name?: string };

/** How a call reaches the server and its outcome comes back. */
type Outcome = { ok: true; value: unknown } | { ok: false; error: string; name?: string };
type Transport = (name: string, args: unknown[]) => Promise<Outcome>;

/** The sidebar's: through the preview page that frames it (postMessage), which asks the server. */
export function install(functionNames: string[]): void {
  const pending = new Map<number, (outcome: Outcome) => void>();
  let nextId = 1;
  const post = (message: SidebarMessage) => window.parent.postMessage(message, '*');
  window.addEventListener('message', (event: MessageEvent<PageMessage>) => {
    const message = event.data;
    if (event.source !== window.parent || message?.type !== 'gsr-result') return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  setUp(
    functionNames,
    (name, args) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        post({ type: 'gsr-call', id, name, args });
      }),
    post,
  );
}

/**
 * The phone page's (the web app): a top-level page of its own, so it asks the preview server itself, on its own
 * origin, as the user the page was opened for. A lost connection reaches the failure handler, as with Google.
 */
export function installWebApp(functionNames: string[], user: string): void {
  setUp(functionNames, async (name, args) => {
    try {
      const response = await fetch('/api/webapp/run', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, args, user }),
      });
      const body = (await response.json()) as { result?: Outcome; error?: string };
      return body.result ?? { ok: false, error: body.error ?? `HTTP ${response.status}` };
    } catch (error) {
      return {
        ok: false,
        name: 'NetworkError',
        error: `NetworkError: Connection failure due to HTTP 0 (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  });
}

function setUp(functionNames: string[], transport: Transport, post?: (message: SidebarMessage) => void): void {
  function invoke(name: string, args: unknown[], options: Options): void {
    const sent =
      args.length === 1 && args[0] instanceof HTMLFormElement ? [formValues(args[0])] : args.map((arg, i) => transfer(arg, String(i)));
    void transport(name, sent).then((outcome) => {
      if (outcome.ok) return options.success?.(outcome.value, options.userObject);
      const error = Object.assign(new Error(outcome.error), outcome.name ? { name: outcome.name } : {});
      if (options.failure) options.failure(error, options.userObject);
      else
        setTimeout(() => {
          throw error;
        });
    });
  }

  function runner(options: Options): Record<string, unknown> {
    const run: Record<string, unknown> = {
      withSuccessHandler: (fn: Handler) => runner({ ...options, success: fn }),
      withFailureHandler: (fn: Handler) => runner({ ...options, failure: fn }),
      withUserObject: (object: unknown) => runner({ ...options, userObject: object }),
    };
    for (const name of functionNames) run[name] = (...args: unknown[]) => invoke(name, args, options);
    return run;
  }

  if (!post) {
    Object.assign(window, { google: { script: { run: runner({}) } } });
    return;
  }
  const host = {
    close: () => post({ type: 'gsr-host', action: 'close' }),
    editor: { focus: () => undefined },
  };
  Object.assign(window, { google: { script: { run: runner({}), host } } });
  // A link to a Google Doc the product made opens the preview's rendering of it instead.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a');
      const id = link && /^https:\/\/docs\.google\.com\/document\/d\/([^/?#]+)/.exec(link.href)?.[1];
      if (!id) return;
      event.preventDefault();
      post({ type: 'open-document', id });
    },
    true,
  );
}

/** A form argument arrives on the server as an object of its named fields' values. */
function formValues(form: HTMLFormElement): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value !== 'string') throw new Error('Local preview: file fields in a form argument are not modelled.');
    const before = values[key];
    values[key] = before === undefined ? value : [...([] as string[]).concat(before), value];
  });
  return values;
}
