/** Episodes: the list, and one episode's SOP timeline with completion, rescheduling, cancelling, invitation. */
import type { ApiResult } from '../../api/endpoint';
import { type EpisodeSummary, type EpisodeView, progressText, type StageView } from '../../domain/episodes/episodes';
import { addDays, formatDateTimeId, formatTimeRangeId, wibDate, wibTime } from '../../domain/shared/dates';
import type { App, View } from '../app';
import { append, clear, h, notice } from '../dom';
import { busy, field, onSubmit } from '../form';
import { call, type Input, now, serverNow } from '../rpc';
import { badge, checkbox, completeStage, externalLink, failed, texts, warned, when } from './common';
import { recordSummary } from './live/live';
import type { LiveRecord } from './live/page';

/**
 * The completion time offered: the LIVE and its Q&A at their scheduled end once it has passed (as the
 * server assumes), other stages now (the server's clock, as the sidebar last heard it). `YYYY-MM-DDTHH:MM`
 * for a date-and-time field.
 */
function defaultDoneAt(s: StageView): string {
  const at = now();
  const nowText = `${wibDate(at)}T${wibTime(at)}`;
  const end = s.window ? `${s.dueDate}T${s.window.end}` : null;
  return end && end <= nowText ? end : nowText;
}

/** The list opens on the last month and everything after it. */
const LIST_FROM_DAYS = -30;

function summaryItem(app: App, e: EpisodeSummary): HTMLElement {
  const open = h('button', { type: 'button', 'aria-label': `Buka ${e.id}` }, 'Buka');
  open.addEventListener('click', () => app.show('episode', { id: e.id }));
  const cancelled = e.status === 'dibatalkan';
  return h(
    'li',
    { 'data-episode': e.id },
    h('strong', {}, `${e.id} · ${when(e.liveDate)}`),
    h('div', {}, e.topic),
    h('div', { class: 'muted' }, [e.guestName, e.organization].filter(Boolean).join(' · ')),
    h(
      'div',
      {},
      cancelled ? badge('dibatalkan') : progressText(e),
      !cancelled && e.late ? h('span', {}, ' ', badge('terlambat'), ` ${e.late} tahap`) : null,
    ),
    !cancelled && e.next ? h('div', { class: 'muted' }, `Berikutnya: ${e.next.title}, ${when(e.next.dueDate)}`) : null,
    open,
  );
}

async function episodeList(root: HTMLElement, app: App): Promise<void> {
  const today = wibDate(await serverNow());
  const list = h('ul', { class: 'plain' });
  const status = h('div');
  const show = h('button', { type: 'submit', class: 'primary' }, 'Tampilkan');
  const schedule = h('button', { type: 'button' }, 'Jadwalkan episode');
  schedule.addEventListener('click', () => app.show('jadwal'));
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Saring episode' },
    field({ name: 'from', label: 'Dari tanggal', type: 'date', value: addDays(today, LIST_FROM_DAYS) }),
    field({ name: 'to', label: 'Sampai tanggal', type: 'date', hint: 'Kosongkan untuk semua episode sesudahnya.' }),
    h('div', { class: 'actions' }, show, schedule),
  );
  onSubmit(
    form,
    status,
    show,
    (values) => call('listEpisodes', values as Input<'listEpisodes'>),
    ({ episodes }) =>
      list.replaceChildren(
        ...(episodes.length
          ? episodes.map((e) => summaryItem(app, e))
          : [h('li', { class: 'muted' }, 'Belum ada episode pada rentang ini.')]),
      ),
  );
  root.append(h('h1', {}, 'Episode'), form, status, list);
  show.click();
}

/** One episode's page. Every action answers with the updated episode, so the page redraws without another call. */
function episodePage(root: HTMLElement, app: App, initial: EpisodeView): void {
  let view = initial;
  const status = h('div');
  const page = h('div');
  // What the LIVE has recorded and what is missing: loaded once, drawn again with the stages (a cancellation changes them).
  const records = h('section', { 'aria-label': 'Catatan LIVE' }, h('p', { class: 'muted' }, 'Memuat catatan LIVE…'));
  let items: LiveRecord['items'] | undefined;
  const drawRecords = () => items && records.replaceChildren(recordSummary(items, view.stages));
  void call('getLiveRecord', { episodeId: initial.id }).then((r) => {
    if (!r.ok) return records.replaceChildren(failed(r.errors));
    items = r.data.items;
    drawRecords();
  });
  /** The one open form (at most one, so field ids stay unique). */
  let openSlot: HTMLElement | null = null;
  const open = (slot: HTMLElement, ...content: HTMLElement[]) => {
    openSlot?.replaceChildren();
    openSlot = slot;
    const close = h('button', { type: 'button' }, 'Tutup');
    close.addEventListener('click', () => slot.replaceChildren());
    slot.replaceChildren(h('div', { class: 'card' }, ...content, h('div', { class: 'actions' }, close)));
  };
  const updated = (next: EpisodeView, message: string, warnings: string[] = []) => {
    view = next;
    status.replaceChildren(notice('ok', message), warned(warnings) ?? '');
    draw();
  };
  /**
   * `work` answers null when the user called it off (a confirmation declined): nothing to show. A refusal is
   * shown in `where`: beside the button clicked, not at the top of a page longer than the sidebar.
   */
  const oneClick = (
    label: string,
    ariaLabel: string,
    work: () => Promise<ApiResult<EpisodeView> | null>,
    message: string,
    where: HTMLElement = status,
  ) => {
    const button = h('button', { type: 'button', 'aria-label': ariaLabel }, label);
    button.addEventListener('click', () =>
      busy(button, async () => {
        const result = await work();
        if (!result) return;
        if (result.ok) updated(result.data, message, result.warnings);
        else where.replaceChildren(failed(result.errors));
      }),
    );
    return button;
  };
  /** A form in a slot whose success redraws the page. */
  const actionForm = (
    label: string,
    submit: string,
    children: HTMLElement[],
    send: (values: Record<string, string | number | undefined>) => Promise<ApiResult<EpisodeView> | null>,
    message: string,
  ) => {
    const formStatus = h('div');
    const button = h('button', { type: 'submit', class: 'primary' }, submit);
    const form = h('form', { novalidate: true, 'aria-label': label }, ...children, h('div', { class: 'actions' }, button));
    // A send called off by the user leaves the form as it is.
    onSubmit<EpisodeView | null>(
      form,
      formStatus,
      button,
      async (values) => (await send(values)) ?? { ok: true, data: null },
      (data, warnings) => data && updated(data, message, warnings),
    );
    return h('div', {}, h('h2', {}, label), form, formStatus);
  };

  const stageItem = (s: StageView, cancelled: boolean) => {
    const slot = h('div');
    const buttons: HTMLElement[] = [];
    const ids = { episodeId: view.id, stage: s.key };
    // A cancelled episode offers no actions; its records stay as they are.
    if (!cancelled && s.doneAt) {
      buttons.push(
        oneClick('Buka kembali', `Buka kembali: ${s.title}`, () => call('reopenStage', ids), `Tahap "${s.title}" dibuka kembali.`),
      );
    } else if (!cancelled) {
      const withNote = h('button', { type: 'button', 'aria-label': `Waktu, catatan dan bukti: ${s.title}` }, 'Dengan waktu dan catatan…');
      withNote.addEventListener('click', () => {
        const ask = h('div');
        open(
          slot,
          actionForm(
            `Selesaikan: ${s.title}`,
            'Simpan dan tandai selesai',
            [
              field({
                name: 'doneAt',
                label: 'Selesai pada',
                type: 'datetime-local',
                value: defaultDoneAt(s),
                required: true,
                hint: 'Waktu tahap ini benar-benar selesai (WIB), bukan saat Anda mencatatnya; ketepatan waktu dihitung dari sini.',
              }),
              field({ name: 'note', label: 'Catatan', type: 'textarea' }),
              field({ name: 'evidenceUrl', label: 'Tautan bukti', type: 'url', placeholder: 'https://…' }),
              ask,
            ],
            (values) => completeStage({ ...ids, ...texts(values, ['doneAt', 'note', 'evidenceUrl']) }, ask),
            `Tahap "${s.title}" selesai.`,
          ),
        );
      });
      buttons.push(
        oneClick('Tandai selesai', `Tandai selesai: ${s.title}`, () => completeStage(ids, slot), `Tahap "${s.title}" selesai.`, slot),
        withNote,
      );
    }
    return h(
      'li',
      { 'data-stage': s.key },
      h('div', {}, badge(s.status, s.daysLate), ' ', h('strong', {}, `${s.no}. ${s.title}`)),
      h('div', { class: 'muted' }, `${when(s.dueDate, s.window)} · ${s.roleLabel}`),
      s.sopDate
        ? h(
            'div',
            { class: 'hint' },
            `Tanggal menurut SOP: ${when(s.sopDate)}. Episode dijadwalkan mendadak, sehingga tahap ini dijadwalkan pada hari kerja setelah penjadwalan.`,
          )
        : null,
      s.doneAt
        ? h('div', { class: 'muted' }, `Selesai ${formatDateTimeId(s.doneAt)} (ditandai oleh ${s.doneBy})`)
        : h('div', { class: 'hint' }, s.task),
      s.status === 'tercatat' ? h('div', { class: 'hint' }, 'Datanya sudah tercatat. Tandai selesai beserta waktu selesainya.') : null,
      s.note ? h('div', {}, `Catatan: ${s.note}`) : null,
      s.evidenceUrl ? h('div', {}, 'Bukti: ', externalLink(s.evidenceUrl, 'buka tautan')) : null,
      buttons.length ? h('div', { class: 'actions' }, ...buttons) : null,
      slot,
    );
  };

  const invitationPanel = async (slot: HTMLElement) => {
    open(slot, h('p', { class: 'muted' }, 'Menyiapkan undangan…'));
    const result = await call('getInvitation', { episodeId: view.id });
    if (!result.ok) return open(slot, failed(result.errors));
    const inv = result.data;
    const text = h('textarea', { name: 'invitationText', 'aria-label': 'Teks undangan', readonly: true, rows: 14 });
    text.value = inv.text;
    const copy = h('button', { type: 'button', class: 'primary' }, 'Salin teks');
    copy.addEventListener('click', () => {
      text.select();
      // execCommand works inside the sidebar's iframe, where the Clipboard API may be blocked.
      copy.textContent = document.execCommand('copy') ? 'Tersalin' : 'Tekan Ctrl+C untuk menyalin';
    });
    open(
      slot,
      h('h2', {}, `Undangan untuk ${inv.guestName}`),
      warned(result.warnings) ?? h('span'),
      text,
      h(
        'div',
        { class: 'actions' },
        copy,
        h('a', { href: inv.whatsappUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Kirim lewat WhatsApp'),
        h('a', { href: inv.mailtoUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Kirim lewat email'),
      ),
      h('p', { class: 'hint' }, 'Setelah undangan terkirim, tandai tahap 1 selesai.'),
    );
  };

  function draw(): void {
    const cancelled = view.status === 'dibatalkan';
    drawRecords();
    const slot = h('div');
    openSlot = null;
    const actions = h('div', { class: 'actions' });
    if (!cancelled) {
      const invite = h('button', { type: 'button' }, 'Undangan narasumber');
      invite.addEventListener('click', () => void invitationPanel(slot));
      const move = h('button', { type: 'button' }, 'Jadwal ulang');
      move.addEventListener('click', () => {
        const past = checkbox('pastOk', 'Tanggal baru sudah lewat (dicatat setelah terjadi)');
        open(
          slot,
          actionForm(
            'Jadwal ulang',
            'Simpan jadwal baru',
            [
              field({ name: 'liveDate', label: 'Tanggal LIVE baru', type: 'date', required: true, value: view.liveDate }),
              field({ name: 'reason', label: 'Alasan', type: 'textarea', required: true }),
              past.element,
            ],
            (values) =>
              call('rescheduleEpisode', { episodeId: view.id, ...texts(values, ['liveDate', 'reason']), pastOk: past.input.checked }),
            'Jadwal episode dipindahkan; tahap yang belum selesai ikut pindah.',
          ),
        );
      });
      const cancel = h('button', { type: 'button' }, 'Batalkan episode');
      cancel.addEventListener('click', () =>
        open(
          slot,
          actionForm(
            'Batalkan episode',
            'Batalkan episode ini',
            [
              h('p', { class: 'hint' }, 'Semua catatan episode tetap disimpan; tanggalnya bisa dipakai episode lain.'),
              field({ name: 'reason', label: 'Alasan pembatalan', type: 'textarea', required: true }),
            ],
            (values) => call('cancelEpisode', { episodeId: view.id, ...texts(values, ['reason']) }),
            'Episode dibatalkan.',
          ),
        ),
      );
      actions.append(invite, move, cancel);
    } else {
      const restore = h('button', { type: 'button' }, 'Pulihkan episode');
      restore.addEventListener('click', () =>
        open(
          slot,
          actionForm(
            'Pulihkan episode',
            'Pulihkan episode ini',
            [
              h(
                'p',
                { class: 'hint' },
                'Episode dijadwalkan lagi pada tanggalnya dengan semua catatannya. Pembatalan tetap tercatat di Log Audit.',
              ),
            ],
            () => call('restoreEpisode', { episodeId: view.id }),
            'Episode dipulihkan dan terjadwal kembali.',
          ),
        ),
      );
      actions.append(restore);
    }
    const record = h('button', { type: 'button' }, 'Catatan LIVE');
    record.addEventListener('click', () => app.show('live', { id: view.id }));
    const back = h('button', { type: 'button' }, 'Daftar episode');
    back.addEventListener('click', () => app.show('episode'));
    actions.append(record, back);
    const phases = [...new Set(view.stages.map((s) => s.phaseLabel))];
    const t = view.times;
    clear(page);
    append(
      page,
      h('h1', {}, `Episode ${view.id}`),
      h('p', {}, h('strong', {}, view.topic)),
      h(
        'div',
        {},
        when(view.liveDate),
        h(
          'div',
          { class: 'muted' },
          `LIVE ${formatTimeRangeId({ start: t.liveStart, end: t.liveEnd })} · tanya jawab ${formatTimeRangeId({ start: t.qaStart, end: t.qaEnd })}`,
        ),
      ),
      h(
        'p',
        {},
        'Narasumber: ',
        view.guest ? `${view.guest.name} (${view.guest.organization})` : `${view.narasumberId} (data tidak ditemukan)`,
      ),
      cancelled ? notice('warn', `Episode dibatalkan. Alasan: ${view.cancelReason}`) : null,
      actions,
      slot,
      h('h2', {}, 'Catatan LIVE'),
      records,
      ...phases.flatMap((phase) => [
        h('h2', {}, phase),
        h('ul', { class: 'plain' }, ...view.stages.filter((s) => s.phaseLabel === phase).map((s) => stageItem(s, cancelled))),
      ]),
    );
  }

  draw();
  root.append(status, page);
}

export const episodesView: View = {
  id: 'episode',
  title: 'Episode',
  async render(root, app) {
    const id = app.params.id;
    if (!id) return episodeList(root, app);
    const result = await call('getEpisode', { episodeId: id });
    if (result.ok) episodePage(root, app, result.data);
    else root.append(h('h1', {}, `Episode ${id}`), failed(result.errors));
  },
};
