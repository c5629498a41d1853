/**
 * The preview page: a small Google Sheets window over the emulator, plus developer panels.
 * Every text that comes from the register or an e-mail is inserted as text, never as HTML.
 */
import type { ActionView, Cell, MenuView, SheetView, View } from '../view';
import type { PageMessage, SidebarMessage } from './shim';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
const TOAST_MS = 5000;

let view: View | undefined;
let selectedSheet = '';
let seenSeq = -1;
let sidebarOpened = 0;

/** Builds an element; strings become text nodes. */
function h(tag: string, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

async function api(path: string, body?: unknown): Promise<{ view: View; result?: { ok: boolean; value?: unknown; error?: string } }> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error ?? response.statusText);
  return answer;
}

/** Runs a preview action with the page's buttons disabled until it answers. */
async function act(path: string, body: unknown = {}): Promise<void> {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.preview-bar button, .menu button')];
  buttons.forEach((b) => (b.disabled = true));
  try {
    render((await api(path, body)).view);
  } catch (error) {
    alertBox('Pratinjau', String(error instanceof Error ? error.message : error));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function render(next: View): void {
  view = next;
  document.title = `${next.title} · Pratinjau lokal`;
  $('doc-title').textContent = next.title;
  $('clock-label').textContent = next.clock.label;
  const clockTo = $<HTMLInputElement>('clock-to');
  if (document.activeElement !== clockTo) clockTo.value = next.clock.local;
  renderMenus(next.menus);
  if (!next.sheets.some((s) => s.name === selectedSheet)) selectedSheet = next.sheets[0]?.name ?? '';
  renderTabs(next.sheets);
  renderGrid(next.sheets.find((s) => s.name === selectedSheet));
  renderSidebar(next.sidebar);
  renderAction(next.last);
  renderOutbox(next);
  renderDrive(next);
  renderTriggers(next);
}

function renderMenus(menus: MenuView[]): void {
  const bar = $('menubar');
  bar.querySelectorAll('.menu').forEach((m) => m.remove());
  for (const menu of menus) {
    const list = h('ul', { role: 'menu' });
    for (const item of menu.items) {
      if (!item) {
        list.append(h('li', { class: 'separator', role: 'separator' }));
        continue;
      }
      const button = h('button', { type: 'button', role: 'menuitem' }, item.caption);
      button.addEventListener('click', () => {
        closeMenus();
        void act('/api/menu', { functionName: item.functionName, label: `${menu.title} › ${item.caption}` });
      });
      list.append(h('li', {}, button));
    }
    const opener = h('button', { type: 'button', 'aria-haspopup': 'menu' }, menu.title);
    const wrap = h('div', { class: 'menu' }, opener, list);
    opener.addEventListener('click', (event) => {
      event.stopPropagation();
      const open = !wrap.classList.contains('open');
      closeMenus();
      wrap.classList.toggle('open', open);
    });
    bar.append(wrap);
  }
}

function closeMenus(): void {
  document.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
}

function renderTabs(sheets: SheetView[]): void {
  $('tabs').replaceChildren(
    ...sheets.map((sheet) => {
      const tab = h('button', { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === selectedSheet) }, sheet.name);
      tab.addEventListener('click', () => {
        selectedSheet = sheet.name;
        if (view) render(view);
      });
      return tab;
    }),
  );
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function renderGrid(sheet: SheetView | undefined): void {
  const cells = sheet?.cells ?? [];
  const columns = Math.max(MIN_COLUMNS, ...cells.map((r) => r.length));
  // Empty rows below the data, as in Sheets; none when rows were left out (the notice ends the grid).
  const rows = sheet?.hiddenRows ? cells.length : Math.max(MIN_ROWS, cells.length + 10);
  const frozen = sheet?.frozenRows ?? 0;
  const head = h('tr', {}, h('th', {}), ...Array.from({ length: columns }, (_, c) => h('th', {}, columnName(c))));
  const body = Array.from({ length: rows }, (_, r) => {
    const tr = h('tr', {}, h('th', {}, String(r + 1)));
    if (r < frozen) tr.classList.add('frozen');
    if (r === frozen - 1) tr.classList.add('frozen-last');
    for (let c = 0; c < columns; c++) tr.append(cellElement(cells[r]?.[c] ?? '', `${columnName(c)}${r + 1}`));
    return tr;
  });
  if (sheet?.hiddenRows) {
    body.push(
      h(
        'tr',
        {},
        h('th', {}),
        h('td', { colspan: String(columns), class: 'empty' }, `… ${sheet.hiddenRows} baris lagi tidak ditampilkan di pratinjau.`),
      ),
    );
  }
  $('grid').replaceChildren(h('thead', {}, head), h('tbody', {}, ...body));
  // Frozen rows stay under the column letters while scrolling.
  $('grid')
    .querySelectorAll<HTMLElement>('tr.frozen')
    .forEach((tr, i) => tr.querySelectorAll('td').forEach((td) => (td.style.top = `${23 * (i + 1)}px`)));
}

function cellElement(cell: Cell, a1: string): HTMLElement {
  const text = typeof cell === 'string' ? cell : cell.formula;
  const td = h('td', { title: text }, text);
  if (typeof cell !== 'string') td.classList.add('formula');
  else if (/^-?[\d.,]+%?$/.test(cell)) td.classList.add('number');
  td.addEventListener('click', () => {
    document.querySelectorAll('.grid td.selected').forEach((s) => s.classList.remove('selected'));
    td.classList.add('selected');
    $('cell-name').textContent = a1;
    $('cell-content').textContent = text;
  });
  return td;
}

function renderSidebar(sidebar: View['sidebar']): void {
  const aside = $('sidebar');
  aside.hidden = !sidebar;
  if (!sidebar) return;
  $('sidebar-title').textContent = sidebar.title;
  // Showing a sidebar again reloads it, as in Sheets.
  if (sidebar.opened !== sidebarOpened) {
    sidebarOpened = sidebar.opened;
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?opened=${sidebar.opened}`;
  }
}

function renderAction(last: ActionView | null): void {
  const label = $('action-label');
  label.textContent = last ? `${last.ok ? '✓' : '✗'} ${last.label}` : 'Belum ada aksi.';
  label.dataset.seq = String(last?.seq ?? 0);
  label.classList.toggle('fail', !!last && !last.ok);
  $('action-outcome').textContent = last?.outcome ?? '';
  $('action-logs').textContent = last?.logs.join('\n') ?? '';
  const ran = last?.ran ?? [];
  $('action-ran').replaceChildren(
    ...(ran.length
      ? [
          h('h3', {}, 'Pemicu yang berjalan'),
          table(
            ['Waktu', 'Fungsi', 'Hasil'],
            ran.map((r) => [r.at, r.handler, r.outcome]),
          ),
        ]
      : []),
  );
  $('calls').replaceChildren(
    ...(last?.calls.length
      ? last.calls.map(([name, count]) => h('tr', {}, h('td', {}, name), h('td', {}, String(count))))
      : [h('tr', {}, h('td', { class: 'empty' }, 'Tidak ada panggilan.'))]),
  );
  if (!last || last.seq === seenSeq) return;
  const first = seenSeq === -1;
  seenSeq = last.seq;
  if (first) return; // the page just loaded: that action's messages were already shown
  for (const toast of last.toasts) showToast(toast.title, toast.message);
  for (const alert of last.alerts) alertBox(alert.title, alert.message);
}

function table(headers: string[], rows: string[][]): HTMLElement {
  return h(
    'table',
    { class: 'list' },
    h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((x) => h('td', {}, x))))),
  );
}

function renderOutbox(v: View): void {
  $('outbox-count').textContent = `(${v.outbox.length})`;
  $('panel-outbox').replaceChildren(
    ...(v.outbox.length
      ? [...v.outbox]
          .reverse()
          .map((mail) =>
            h(
              'article',
              { class: 'mail' },
              h('strong', {}, mail.subject || '(tanpa subjek)'),
              h(
                'div',
                { class: 'meta' },
                `${mail.at} · dari ${mail.from} · kepada ${mail.to}${mail.cc ? ` · cc ${mail.cc}` : ''}${mail.bcc ? ` · bcc ${mail.bcc}` : ''}`,
              ),
              h('pre', { class: 'body' }, mail.body),
            ),
          )
      : [h('p', { class: 'empty' }, 'Belum ada email terkirim.')]),
  );
}

function renderDrive(v: View): void {
  $('drive-count').textContent = `(${v.drive.length})`;
  const kinds = { folder: 'Folder', document: 'Google Dokumen', spreadsheet: 'Google Spreadsheet', file: 'Berkas' };
  $('panel-drive').replaceChildren(
    v.drive.length
      ? h(
          'table',
          { class: 'list' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Nama'), h('th', {}, 'Jenis'), h('th', {}, 'Lokasi'))),
          h(
            'tbody',
            {},
            ...v.drive.map((item) =>
              h(
                'tr',
                {},
                h('td', {}, item.href ? h('a', { href: item.href, target: '_blank', rel: 'noopener' }, item.name) : item.name),
                h('td', {}, kinds[item.kind]),
                h('td', {}, item.path),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'Drive masih kosong.'),
  );
}

function renderTriggers(v: View): void {
  $('trigger-count').textContent = `(${v.triggers.length})`;
  $('panel-triggers').replaceChildren(
    v.triggers.length
      ? table(
          ['Fungsi', 'Jadwal', 'Berikutnya'],
          v.triggers.map((t) => [t.handler, t.description, t.next]),
        )
      : h('p', { class: 'empty' }, 'Belum ada pemicu terpasang.'),
  );
}

function showToast(title: string, message: string): void {
  const toast = h('div', { class: 'toast', role: 'status' }, h('strong', {}, title), message);
  $('toasts').append(toast);
  setTimeout(() => toast.remove(), TOAST_MS);
}

function alertBox(title: string, message: string): void {
  const dialog = $<HTMLDialogElement>('alert');
  $('alert-title').textContent = title;
  $('alert-message').textContent = message;
  if (!dialog.open) dialog.showModal();
}

/**
 * Failures of google.script.run the page can simulate for the next call, as Google's client reports them
 * (as public issue threads report them; https://issuetracker.google.com/issues/69270374 for the several-accounts one).
 */
const FAULTS: Record<string, { name: string; error: string } | undefined> = {
  accounts: {
    name: 'ScriptError',
    error: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
  },
  authorization: { name: 'ScriptError', error: 'Authorization is required to perform that action.' },
  network: { name: 'NetworkError', error: 'NetworkError: Connection failure due to HTTP 0' },
};

/** The sidebar's google.script.run calls, relayed to the server (see shim.ts). */
window.addEventListener('message', async (event: MessageEvent<SidebarMessage>) => {
  const frame = $<HTMLIFrameElement>('sidebar-frame');
  if (event.source !== frame.contentWindow) return;
  const message = event.data;
  if (message?.type === 'open-document') {
    window.open(`/doc/${encodeURIComponent(message.id)}`, '_blank', 'noopener');
    return;
  }
  if (message?.type === 'gsr-host') {
    render((await api('/api/sidebar/close', {})).view);
    return;
  }
  if (message?.type !== 'gsr-call') return;
  const fault = FAULTS[$<HTMLSelectElement>('rpc-fault').value];
  if (fault) {
    // Once: the next call fails as Google's client reports it, without reaching the server.
    $<HTMLSelectElement>('rpc-fault').value = '';
    frame.contentWindow?.postMessage({ type: 'gsr-result', id: message.id, ok: false, ...fault } satisfies PageMessage, '*');
    return;
  }
  let reply: PageMessage;
  try {
    const { view: next, result } = await api('/api/run', { name: message.name, args: message.args });
    reply = result?.ok
      ? { type: 'gsr-result', id: message.id, ok: true, value: result.value }
      : { type: 'gsr-result', id: message.id, ok: false, error: result?.error ?? 'Unknown error' };
    frame.contentWindow?.postMessage(reply, '*');
    render(next);
  } catch (error) {
    reply = { type: 'gsr-result', id: message.id, ok: false, error: `NetworkError: ${error instanceof Error ? error.message : error}` };
    frame.contentWindow?.postMessage(reply, '*');
  }
});

document.addEventListener('click', closeMenus);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenus();
});
document
  .querySelectorAll<HTMLButtonElement>('[data-advance]')
  .forEach((button) => button.addEventListener('click', () => void act('/api/clock', { addMinutes: Number(button.dataset.advance) })));
$('clock-jump').addEventListener('submit', (event) => {
  event.preventDefault();
  void act('/api/clock', { to: $<HTMLInputElement>('clock-to').value });
});
$('demo').addEventListener('click', () => {
  if (confirm('Ganti isi pratinjau dengan data demo satu triwulan (sampai jam simulasi sekarang)?')) void act('/api/demo');
});
$('reset').addEventListener('click', () => {
  if (confirm('Kosongkan seluruh isi pratinjau (register, email, Drive, pemicu)?')) void act('/api/reset');
});
$('sidebar-close').addEventListener('click', () => void act('/api/sidebar/close'));
document.querySelectorAll<HTMLButtonElement>('.devtools-tabs button').forEach((tab, _, tabs) =>
  tab.addEventListener('click', () => {
    tabs.forEach((t) => {
      t.setAttribute('aria-selected', String(t === tab));
      $(t.dataset.panel ?? '').hidden = t !== tab;
    });
  }),
);

// Loading the page opens the spreadsheet: the simple trigger onOpen builds the menus.
void act('/api/open');
