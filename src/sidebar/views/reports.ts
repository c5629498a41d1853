/** Reports: an episode's report or a period recap as a Google Doc, its link, e-mailing it; the dashboard. */
import { MONTHS_ID } from '../../domain/shared/dates';
import { periodRange, type PeriodKind } from '../../domain/reports/periods';
import type { View } from '../app';
import { append, h, notice } from '../dom';
import { busy, field } from '../form';
import { call, type Data } from '../rpc';
import { checkbox, externalLink, failed, onSubmit, warned } from './common';

type ReportFile = Data<'generatePeriodReport'>;
const KINDS: Array<{ value: PeriodKind; label: string }> = [
  { value: 'month', label: 'Bulan' }, { value: 'quarter', label: 'Triwulan' }, { value: 'year', label: 'Tahun' },
];
const QUARTERS = ['I (Januari–Maret)', 'II (April–Juni)', 'III (Juli–September)', 'IV (Oktober–Desember)'];

/** The made document: links to it (and its PDF) and a button that e-mails the link to the team. */
function made(file: ReportFile, warnings: string[]): HTMLElement {
  const status = h('div');
  const email = h('button', { type: 'button' }, 'Kirim tautan ke tim');
  email.addEventListener('click', () => busy(email, async () => {
    const sent = await call('emailReportLink', { documentId: file.documentId });
    status.replaceChildren(sent.ok ? notice('ok', `Tautan dikirim ke ${sent.data.recipients.join(', ')}.`) : failed(sent.errors));
  }));
  return h('div', { 'data-testid': 'report-result' },
    notice('ok', 'Laporan siap: ', file.name),
    warned(warnings),
    h('p', {}, externalLink(file.url, 'Buka laporan'), file.pdfUrl ? ' · ' : '', file.pdfUrl ? externalLink(file.pdfUrl, 'Buka PDF') : ''),
    h('div', { class: 'actions' }, email), status,
  );
}

function episodeCard(list: Data<'listReports'>): HTMLElement {
  const result = h('div');
  const status = h('div');
  const pdf = checkbox('pdf', 'Buat juga salinan PDF');
  const button = h('button', { type: 'submit', class: 'primary' }, 'Buat laporan episode');
  const existing = h('p', { class: 'hint' });
  // The latest episode whose LIVE has passed is the one most likely to be reported on.
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const latest = list.episodes.find((e) => e.liveDate <= today) ?? list.episodes[0];
  const form = h('form', {},
    field({
      name: 'episodeId', label: 'Episode', type: 'select', required: true, value: latest?.id,
      options: list.episodes.map((e) => ({ value: e.id, label: `${e.label}${e.cancelled ? ' (dibatalkan)' : ''}${e.reportUrl ? ' ✓' : ''}` })),
    }),
    existing, pdf.element, h('div', { class: 'actions' }, button), status,
  );
  const picker = form.querySelector('select') as HTMLSelectElement;
  const showExisting = () => {
    const url = list.episodes.find((e) => e.id === picker.value)?.reportUrl;
    existing.replaceChildren(...(url ? ['Sudah ada laporan: ', externalLink(url, 'buka'), '. Membuat lagi akan memperbarui dokumen yang sama.'] : []));
  };
  picker.addEventListener('change', showExisting);
  showExisting();
  onSubmit(form, status, button,
    (values) => call('generateEpisodeReport', { episodeId: String(values.episodeId ?? ''), pdf: pdf.input.checked }),
    (file, warnings) => result.replaceChildren(made(file, warnings)));
  return h('section', { class: 'card' }, h('h2', {}, 'Laporan episode'),
    list.episodes.length ? form : h('p', { class: 'muted' }, 'Belum ada episode.'), result);
}

function periodCard(list: Data<'listReports'>): HTMLElement {
  const result = h('div');
  const status = h('div');
  const thisYear = new Date().getFullYear();
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
    if (kind.value === 'month') index.value = String(new Date().getMonth() + 1);
  };
  kind.addEventListener('change', fillIndex);
  fillIndex();
  const pdf = checkbox('pdfPeriod', 'Buat juga salinan PDF');
  const button = h('button', { type: 'submit', class: 'primary' }, 'Buat rekap');
  const form = h('form', {}, h('div', { class: 'field' }, h('label', {}, 'Periode'), kind, year, index), pdf.element,
    h('div', { class: 'actions' }, button), status);
  onSubmit(form, status, button,
    () => call('generatePeriodReport', { ...periodRange(kind.value as PeriodKind, Number(year.value), Number(index.value) || 1), pdf: pdf.input.checked }),
    (file, warnings) => result.replaceChildren(made(file, warnings)));
  return h('section', { class: 'card' }, h('h2', {}, 'Rekap periode'),
    h('p', { class: 'hint' }, 'Rekap bulanan, triwulanan atau tahunan, termasuk angka untuk Indeks Inovasi Daerah.'), form, result);
}

function dashboardCard(): HTMLElement {
  const status = h('div');
  const refresh = h('button', { type: 'button' }, 'Perbarui dasbor');
  refresh.addEventListener('click', () => busy(refresh, async () => {
    const done = await call('refreshDashboard', {});
    status.replaceChildren(done.ok ? notice('ok', `Lembar "Dasbor" diperbarui (${done.data.overdue} tahap terlambat).`) : failed(done.errors));
  }));
  return h('section', { class: 'card' }, h('h2', {}, 'Dasbor'),
    h('p', { class: 'hint' }, 'Lembar "Dasbor" juga diperbarui otomatis setiap jam bersama pengingat.'),
    h('div', { class: 'actions' }, refresh), status);
}

export const reportsView: View = {
  id: 'laporan',
  title: 'Laporan',
  async render(root) {
    const list = await call('listReports', {});
    root.append(h('h1', {}, 'Laporan'));
    if (!list.ok) return void root.append(failed(list.errors));
    append(root,
      h('p', { class: 'muted' }, 'Laporan dibuat sebagai Google Dokumen dalam format naskah dinas di folder laporan Google Drive.'),
      list.data.folderUrl ? h('p', {}, externalLink(list.data.folderUrl, 'Buka folder laporan')) : null,
      episodeCard(list.data), periodCard(list.data), dashboardCard(),
    );
  },
};
