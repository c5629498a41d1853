/** Reports: an episode's report or a period recap as a Google Doc, its link, e-mailing it; the dashboard. */

import { reportTitle } from '../../domain/reports/email';
import { type PeriodKind, periodRange } from '../../domain/reports/periods';
import { MONTHS_ID, wibDate } from '../../domain/shared/dates';
import type { View } from '../app';
import { append, h, notice } from '../dom';
import { busy, type FormValues, field, onSubmit } from '../form';
import { call, type Data, now } from '../rpc';
import { checkbox, externalLink, failed, warned } from './common';

type ReportFile = Data<'generatePeriodReport'>;
const KINDS: Array<{ value: PeriodKind; label: string }> = [
  { value: 'month', label: 'Bulan' },
  { value: 'quarter', label: 'Triwulan' },
  { value: 'year', label: 'Tahun' },
];
const QUARTERS = ['I (Januari–Maret)', 'II (April–Juni)', 'III (Juli–September)', 'IV (Oktober–Desember)'];

/** This report's nomor surat; left empty, the report carries the one in Pengaturan. */
const numberField = (scope: string) =>
  field({
    scope,
    name: 'number',
    label: 'Nomor surat',
    hint: 'Kosongkan untuk memakai nomor di Pengaturan (atau titik-titik untuk diisi tangan).',
  });
const numberOf = (values: FormValues) => String(values.number ?? '').trim() || undefined;

/**
 * The e-mail announcing a report, shown before it goes: its subject and text, the team to choose from (the head
 * of office not ticked at first), who cannot open the folder, and an offer to share the folder with them.
 */
async function emailPanel(documentId: string, slot: HTMLElement): Promise<void> {
  const preview = await call('previewReportEmail', { documentId });
  if (!preview.ok) return void slot.replaceChildren(failed(preview.errors));
  const { subject, body, recipients } = preview.data;
  const status = h('div');
  const boxes = recipients.map((r) => {
    const input = h('input', {
      type: 'checkbox',
      name: 'recipient',
      value: r.address,
      checked: r.suggested,
      style: 'width:auto;margin-right:6px',
    });
    const label = h(
      'label',
      {},
      input,
      // One flex item beside the box: the address and its warning wrap together inside 300 px.
      h(
        'span',
        {},
        `${r.address} (${r.roles.join(', ')})`,
        r.canOpen ? '' : h('span', { class: 'hint', 'data-testid': 'no-access' }, ' — belum punya akses ke folder laporan'),
      ),
    );
    return { r, input, label };
  });
  const share = checkbox('shareFolder', 'Bagikan folder laporan (hanya lihat) kepada penerima terpilih yang belum punya akses');
  const closed = boxes.filter((b) => !b.r.canOpen);
  const send = h('button', { type: 'button', class: 'primary' }, 'Kirim email');
  const cancel = h('button', { type: 'button' }, 'Batal');
  cancel.addEventListener('click', () => slot.replaceChildren());
  send.addEventListener('click', () =>
    busy(send, async () => {
      const chosen = boxes.filter((b) => b.input.checked).map((b) => b.r.address);
      if (!chosen.length) return void status.replaceChildren(notice('fail', 'Pilih paling sedikit satu penerima.'));
      const sent = await call('emailReportLink', { documentId, recipients: chosen, share: share.input.checked });
      if (!sent.ok) return void status.replaceChildren(failed(sent.errors));
      slot.replaceChildren(
        notice(
          'ok',
          `Email dikirim ke ${sent.data.recipients.join(', ')}.`,
          sent.data.shared.length ? ` Folder laporan dibagikan kepada ${sent.data.shared.join(', ')}.` : '',
        ),
        warned(sent.warnings) ?? '',
      );
    }),
  );
  slot.replaceChildren(
    h(
      'div',
      { class: 'card', 'data-testid': 'email-preview' },
      h('h3', {}, 'Pratinjau email'),
      h('p', {}, h('strong', {}, 'Subjek: '), subject),
      h('pre', { class: 'mail-body' }, body),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Penerima'),
        recipients.length ? null : h('p', { class: 'muted' }, 'Belum ada alamat email tim di Pengaturan.'),
        ...boxes.map((b) => h('div', { class: 'field' }, b.label)),
      ),
      closed.length
        ? notice(
            'warn',
            `${closed.map((b) => b.r.address).join(', ')} belum dapat membuka folder laporan; tautan di email tidak akan terbuka bagi mereka.`,
          )
        : null,
      closed.length ? share.element : null,
      h('div', { class: 'actions' }, send, cancel),
      status,
    ),
  );
}

/** The made document: links to it (and its PDF) and a button that previews the e-mail announcing it. */
function made(file: ReportFile, warnings: string[]): HTMLElement {
  const slot = h('div');
  const email = h('button', { type: 'button' }, 'Kirim tautan ke tim');
  email.addEventListener('click', () => busy(email, () => emailPanel(file.documentId, slot)));
  return h(
    'div',
    { 'data-testid': 'report-result' },
    // The period in words; the Drive file keeps its dates, which sort it and name one document per period.
    notice('ok', 'Laporan siap: ', reportTitle(file.name)),
    warned(warnings),
    h('p', {}, externalLink(file.url, 'Buka laporan'), file.pdfUrl ? ' · ' : '', file.pdfUrl ? externalLink(file.pdfUrl, 'Buka PDF') : ''),
    h('div', { class: 'actions' }, email),
    slot,
  );
}

function episodeCard(list: Data<'listReports'>): HTMLElement {
  const result = h('div');
  const status = h('div');
  const pdf = checkbox('pdf', 'Buat juga salinan PDF');
  const button = h('button', { type: 'submit', class: 'primary' }, 'Buat laporan episode');
  const existing = h('p', { class: 'hint' });
  // The latest episode whose LIVE has passed is the one most likely to be reported on.
  const today = wibDate(now());
  const latest = list.episodes.find((e) => e.liveDate <= today) ?? list.episodes[0];
  const form = h(
    'form',
    {},
    field({
      name: 'episodeId',
      label: 'Episode',
      type: 'select',
      required: true,
      value: latest?.id,
      options: list.episodes.map((e) => ({
        value: e.id,
        label: `${e.label}${e.cancelled ? ' (dibatalkan)' : ''}${e.reportUrl ? ' ✓' : ''}`,
      })),
    }),
    existing,
    numberField('episode'),
    pdf.element,
    h('div', { class: 'actions' }, button),
    status,
  );
  const picker = form.querySelector('select') as HTMLSelectElement;
  const showExisting = () => {
    const url = list.episodes.find((e) => e.id === picker.value)?.reportUrl;
    existing.replaceChildren(
      ...(url ? ['Sudah ada laporan: ', externalLink(url, 'buka'), '. Membuat lagi akan memperbarui dokumen yang sama.'] : []),
    );
  };
  picker.addEventListener('change', showExisting);
  showExisting();
  onSubmit(
    form,
    status,
    button,
    (values) =>
      call('generateEpisodeReport', { episodeId: String(values.episodeId ?? ''), pdf: pdf.input.checked, number: numberOf(values) }),
    (file, warnings) => result.replaceChildren(made(file, warnings)),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'Laporan episode'),
    list.episodes.length ? form : h('p', { class: 'muted' }, 'Belum ada episode.'),
    result,
  );
}

function periodCard(list: Data<'listReports'>): HTMLElement {
  const result = h('div');
  const status = h('div');
  // By the server's clock (the list was just fetched), not the PC's.
  const [thisYear, thisMonth] = wibDate(now()).split('-').map(Number);
  const years = [...new Set([thisYear, ...list.episodes.map((e) => Number(e.liveDate.slice(0, 4)))])].sort((a, b) => b - a);
  const kind = h('select', { 'aria-label': 'Jenis periode', name: 'kind' }, ...KINDS.map((k) => h('option', { value: k.value }, k.label)));
  const year = h('select', { 'aria-label': 'Tahun', name: 'year' }, ...years.map((y) => h('option', { value: String(y) }, String(y))));
  // This year, not the newest: an episode scheduled into next year must not change the default.
  year.value = String(thisYear);
  const index = h('select', { 'aria-label': 'Bulan atau triwulan', name: 'index' });
  const fillIndex = () => {
    const labels = kind.value === 'month' ? [...MONTHS_ID] : kind.value === 'quarter' ? QUARTERS : [];
    index.replaceChildren(...labels.map((l, i) => h('option', { value: String(i + 1) }, l)));
    index.hidden = !labels.length;
    if (kind.value === 'month') index.value = String(thisMonth);
  };
  kind.addEventListener('change', fillIndex);
  fillIndex();
  const pdf = checkbox('pdfPeriod', 'Buat juga salinan PDF');
  const button = h('button', { type: 'submit', class: 'primary' }, 'Buat rekap');
  const form = h(
    'form',
    {},
    h('div', { class: 'field' }, h('label', {}, 'Periode'), kind, year, index),
    numberField('period'),
    pdf.element,
    h('div', { class: 'actions' }, button),
    status,
  );
  onSubmit(
    form,
    status,
    button,
    (values) =>
      call('generatePeriodReport', {
        ...periodRange(kind.value as PeriodKind, Number(year.value), Number(index.value) || 1),
        pdf: pdf.input.checked,
        number: numberOf(values),
      }),
    (file, warnings) => result.replaceChildren(made(file, warnings)),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'Rekap periode'),
    h('p', { class: 'hint' }, 'Rekap bulanan, triwulanan atau tahunan, termasuk angka untuk Indeks Inovasi Daerah.'),
    form,
    result,
  );
}

function dashboardCard(): HTMLElement {
  const status = h('div');
  const refresh = h('button', { type: 'button' }, 'Perbarui dasbor');
  refresh.addEventListener('click', () =>
    busy(refresh, async () => {
      const done = await call('refreshDashboard', {});
      status.replaceChildren(
        done.ok ? notice('ok', `Lembar "Dasbor" diperbarui (${done.data.overdue} tahap terlambat).`) : failed(done.errors),
      );
    }),
  );
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, 'Dasbor'),
    h('p', { class: 'hint' }, 'Lembar "Dasbor" juga diperbarui otomatis setiap jam bersama pengingat.'),
    h('div', { class: 'actions' }, refresh),
    status,
  );
}

export const reportsView: View = {
  id: 'laporan',
  title: 'Laporan',
  async render(root) {
    const list = await call('listReports', {});
    root.append(h('h1', {}, 'Laporan'));
    if (!list.ok) return void root.append(failed(list.errors));
    append(
      root,
      h('p', { class: 'muted' }, 'Laporan dibuat sebagai Google Dokumen dalam format naskah dinas di folder laporan Google Drive.'),
      list.data.folderUrl ? h('p', {}, externalLink(list.data.folderUrl, 'Buka folder laporan')) : null,
      episodeCard(list.data),
      periodCard(list.data),
      dashboardCard(),
    );
  },
};
