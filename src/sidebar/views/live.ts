/**
 * "Catatan LIVE": one episode's records, usable during the LIVE — a viewer count in two taps with
 * the time filled in, questions and their answers, the comment import with its preview, the
 * figures from TikTok, feedback and the evaluation. Every save answers with the whole record, so
 * the page redraws without another call, and offers to mark the record's SOP stage done.
 */
import { addDays, formatTimeId, wibDate, wibTime } from '../../domain/shared/dates';
import { formatNumberId, formatPercentId } from '../../domain/shared/numbers';
import { EXCLUSIONS } from '../../domain/shared/schema';
import type { View, App } from '../app';
import { append, clear, h, notice } from '../dom';
import { busy, field, type FieldSpec, type FormValues } from '../form';
import { call, type Data, type Input } from '../rpc';
import { at, completeStage, confirmIn, failed, onSubmit, texts, warned, when } from './common';

type LiveRecord = Data<'getLiveRecord'>;
type Saved = Data<'saveQuestion'>;
type Preview = Data<'importComments'>;
type Item = LiveRecord['items'][number];
type Action = LiveRecord['actions'][number];

const options = (values: readonly string[], none?: string) =>
  [...(none === undefined ? [] : [{ value: '', label: none }]), ...values.map((v) => ({ value: v, label: v }))];
const TOPICS = options(['kelembagaan koperasi', 'perizinan/legalitas', 'permodalan', 'pemasaran', 'produksi', 'lainnya'], 'Tebak dari pertanyaan');
const STATUSES = options(['belum dijawab', 'terjawab', 'ditindaklanjuti']);
const CHANNELS = options(['komentar TikTok', 'DM', 'WhatsApp', 'formulir', 'lainnya']);
const SENTIMENTS = options(['positif', 'netral', 'negatif'], 'Tidak dinilai');
const FORMATS = [
  { value: '', label: 'Kenali otomatis' }, { value: 'text', label: 'Teks dari kolom komentar' },
  { value: 'csv', label: 'CSV' }, { value: 'jsonl', label: 'JSON Lines' },
];
const COLUMNS: ReadonlyArray<[string, string]> = [
  ['text', 'Teks komentar'], ['timestamp', 'Waktu'], ['unique_id', 'Akun (@)'], ['nickname', 'Nama tampilan'],
  ['type', 'Jenis kejadian'], ['value', 'Angka (jumlah penonton)'], ['msg_id', 'ID pesan'],
];
const FIGURES: ReadonlyArray<[string, string]> = [
  ['uniqueViewers', 'Penonton unik'], ['avgWatchSeconds', 'Rata-rata menonton (detik)'], ['durationMinutes', 'Durasi (menit)'],
  ['newFollowers', 'Pengikut baru'], ['comments', 'Komentar'], ['likes', 'Suka'], ['shares', 'Dibagikan'], ['gifts', 'Hadiah'],
];

const clock = (dateTime: string) => (dateTime ? formatTimeId(dateTime.slice(11)) : '');


/** "Sudah" / "Belum" / "Opsional" for a record item. */
function recordBadge(item: Item): HTMLElement {
  if (item.recorded) return h('span', { class: 'badge selesai' }, 'Sudah');
  // Grey, not red: whether a missing record is late is the stage timeline's business.
  return h('span', { class: 'badge' }, item.optional ? 'Opsional' : 'Belum');
}

/** What an episode has recorded and what is missing; the episode view shows it too. */
export function recordSummary(record: LiveRecord): HTMLElement {
  return h('ul', { class: 'plain', 'aria-label': 'Yang sudah dan belum dicatat' },
    ...record.items.map((i) => h('li', { 'data-record': i.key },
      recordBadge(i), ' ', h('strong', {}, i.label), h('div', { class: 'muted' }, i.detail))));
}

function chooser(root: HTMLElement, app: App): void {
  const status = h('div', {}, h('p', { class: 'muted' }, 'Memuat episode…'));
  root.append(h('h1', {}, 'Catatan LIVE'), status);
  const today = wibDate(new Date());
  void call('listEpisodes', { from: addDays(today, -28), to: addDays(today, 7) }).then((result) => {
    if (!result.ok) return status.replaceChildren(failed(result.errors));
    const episodes = result.data.episodes.filter((e) => e.status !== 'dibatalkan');
    if (!episodes.length) return status.replaceChildren(notice('warn', 'Tidak ada episode dalam 4 minggu terakhir atau minggu depan.'));
    // Today's LIVE, else the latest one held.
    const current = episodes.find((e) => e.liveDate === today) ?? [...episodes].reverse().find((e) => e.liveDate <= today) ?? episodes[0];
    const select = h('select', { id: 'f-live-episode', 'aria-label': 'Episode' },
      ...episodes.map((e) => h('option', { value: e.id }, `${e.id} · ${when(e.liveDate)}`)));
    select.value = current.id;
    const open = h('button', { type: 'button', class: 'primary' }, 'Buka');
    open.addEventListener('click', () => app.show('live', { id: select.value }));
    status.replaceChildren(h('label', { for: 'f-live-episode' }, 'Episode'), select, h('div', { class: 'actions' }, open));
  });
}

function livePage(root: HTMLElement, app: App, initial: LiveRecord): void {
  let record = initial;
  const status = h('div', { 'aria-live': 'polite' });
  const page = h('div');
  /** Sections stay open or closed across redraws; the viewer count is open for the LIVE. */
  const opened = new Set<string>(['penonton']);
  const id = record.episodeId;

  const completeButton = (s: { stage: Input<'completeStage'>['stage']; title: string }) => {
    const button = h('button', { type: 'button', class: 'primary', 'data-stage': s.stage }, `Tandai selesai: ${s.title}`);
    button.addEventListener('click', () => busy(button, async () => {
      const ask = h('div');
      button.after(ask);
      const result = await completeStage({ episodeId: id, stage: s.stage }, ask);
      ask.remove();
      if (!result) return;
      if (!result.ok) return status.replaceChildren(failed(result.errors));
      const done = new Map(result.data.stages.map((v) => [v.key, v.status]));
      record = { ...record, stages: record.stages.map((x) => ({ ...x, status: done.get(x.key) ?? x.status })) };
      // The other suggested stages stay offered (an evaluation suggests two).
      const others = Array.from(status.querySelectorAll('button[data-stage]')).filter((b) => b !== button);
      status.replaceChildren(notice('ok', `Tahap "${s.title}" ditandai selesai.`), others.length ? h('div', { class: 'actions' }, ...others) : '');
    }));
    return button;
  };
  /** After a save: the message, any warnings, and the stages it may complete (one click each). */
  const saved = (data: Saved, message: string, warnings: string[] = []) => {
    record = data.record;
    draw();
    status.replaceChildren(notice('ok', message), warned(warnings) ?? '',
      data.suggestions.length ? h('div', { class: 'actions' }, ...data.suggestions.map(completeButton)) : '');
    status.scrollIntoView?.({ block: 'nearest' });
  };

  /** A form whose success redraws the page with the record it answers. */
  const recordForm = (
    label: string, submit: string, children: (HTMLElement | null)[],
    send: (values: FormValues) => ReturnType<typeof call<'saveQuestion'>>, message: (data: Saved) => string,
  ) => {
    const formStatus = h('div');
    const button = h('button', { type: 'submit', class: 'primary' }, submit);
    const form = h('form', { novalidate: true, 'aria-label': label }, ...children, h('div', { class: 'actions' }, button), formStatus);
    onSubmit(form, formStatus, button, send, (data, warnings) => saved(data, message(data), warnings));
    return form;
  };
  const section = (key: string, title: string, ...content: (Node | string | null)[]) => {
    const details = h('details', { 'data-section': key }, h('summary', {}, h('strong', {}, title)), ...content);
    details.open = opened.has(key);
    details.addEventListener('toggle', () => (details.open ? opened.add(key) : opened.delete(key)));
    return details;
  };
  const scoped = (scope: string) => (spec: FieldSpec) => field({ ...spec, scope });

  /**
   * Leave a record out of reports and percentages (with a reason), count it again, or delete it; each
   * redraws the page. The audit log keeps every change.
   */
  const recordActions = (sheet: Input<'excludeRecord'>['sheet'], key: string, label: string, excluded: string) => {
    const slot = h('div');
    const run = (button: HTMLButtonElement, work: () => Promise<Saved | null>, message: string) =>
      button.addEventListener('click', () => busy(button, async () => {
        const data = await work();
        if (data) saved(data, message);
      }));
    const send = async (result: Promise<{ ok: true; data: Saved } | { ok: false; errors: { message: string }[] }>) => {
      const r = await result;
      if (!r.ok) status.replaceChildren(failed(r.errors));
      return r.ok ? r.data : null;
    };
    const remove = h('button', { type: 'button', 'aria-label': `Hapus ${label}` }, 'Hapus');
    run(remove, async () => ((await confirmIn(slot, `Hapus ${label}? Barisnya dihapus dari register; Log Audit tetap menyimpannya.`, 'Ya, hapus'))
      ? send(call('deleteRecord', { episodeId: id, sheet, id: key })) : null), `${label} dihapus.`);
    if (excluded) {
      const include = h('button', { type: 'button', 'aria-label': `Hitung lagi ${label}` }, 'Hitung lagi');
      run(include, () => send(call('excludeRecord', { episodeId: id, sheet, id: key, reason: '' })), `${label} dihitung lagi.`);
      return h('div', {}, h('div', { class: 'actions' }, include, remove), slot);
    }
    const reason = h('select', { 'aria-label': `Alasan mengecualikan ${label}` }, ...EXCLUSIONS[sheet].map((r) => h('option', { value: r }, r)));
    const exclude = h('button', { type: 'button', 'aria-label': `Kecualikan ${label}` }, 'Kecualikan');
    run(exclude, () => send(call('excludeRecord', { episodeId: id, sheet, id: key, reason: reason.value })), `${label} dikecualikan dari laporan.`);
    return h('div', {}, h('div', { class: 'actions' }, reason, exclude, remove), slot);
  };
  const excludedBadge = (excluded: string) => (excluded ? h('span', { class: 'badge' }, `dikecualikan: ${excluded}`) : null);

  function viewersSection(): HTMLElement {
    const f = scoped('penonton');
    const form = recordForm('Catat jumlah penonton', 'Catat', [
      f({ name: 'viewers', label: 'Jumlah penonton sekarang', type: 'number', required: true }),
      f({ name: 'time', label: 'Pukul', type: 'time', value: wibTime(new Date()), hint: 'Terisi jam sekarang (WIB); ubah bila mencatat yang tadi.' }),
    ], (v) => call('recordViewerCount', { episodeId: id, viewers: v.viewers as number, ...(v.time ? { time: String(v.time) } : {}) }),
    () => 'Jumlah penonton dicatat.');
    // The time follows the clock until the user changes it, so a count typed later is not filed under an old minute.
    const time = form.querySelector('input[name="time"]') as HTMLInputElement;
    let edited = false;
    time.addEventListener('input', () => (edited = true));
    const timer = setInterval(() => {
      if (!time.isConnected) clearInterval(timer);
      else if (!edited) time.value = wibTime(new Date());
    }, 15_000);
    const list = [...record.snapshots].reverse();
    return section('penonton', `Jumlah penonton (${record.snapshots.length})`, form,
      list.length ? h('ul', { class: 'plain', 'aria-label': 'Catatan jumlah penonton' }, ...list.map((s) =>
        h('li', { 'data-count': s.time }, `${clock(s.time)} · ${formatNumberId(s.viewers ?? 0)} penonton`, s.source === 'impor' ? h('span', { class: 'muted' }, ' (impor)') : null,
          ' ', excludedBadge(s.excluded), recordActions('viewerCounts', s.time, `Jumlah penonton pukul ${clock(s.time)}`, s.excluded))))
        : h('p', { class: 'muted' }, 'Belum ada catatan.'));
  }

  function questionItem(q: LiveRecord['questions'][number], slot: HTMLElement): HTMLElement {
    const answer = h('button', { type: 'button', 'aria-label': `Jawab ${q.id}` }, q.answer ? 'Ubah jawaban' : 'Jawab');
    const form = h('div');
    answer.addEventListener('click', () => {
      clear(slot);
      const f = scoped(`jawab-${q.id}`);
      form.replaceChildren(recordForm(`Jawaban ${q.id}`, 'Simpan jawaban', [
        f({ name: 'answer', label: 'Jawaban', type: 'textarea', value: q.answer }),
        f({ name: 'answeredBy', label: 'Dijawab oleh', value: q.answeredBy, placeholder: 'mis. narasumber' }),
        f({ name: 'status', label: 'Status', type: 'select', options: STATUSES, value: q.answer ? q.status : 'terjawab' }),
        f({ name: 'topic', label: 'Topik', type: 'select', options: TOPICS.slice(1), value: q.topic || 'lainnya' }),
      ], (v) => call('saveQuestion', { id: q.id, episodeId: id, ...texts(v, ['answer', 'answeredBy']), status: v.status as Input<'saveQuestion'>['status'], topic: v.topic as Input<'saveQuestion'>['topic'] }),
      () => `Jawaban ${q.id} disimpan.`));
      slot.append(form);
    });
    return h('li', { 'data-question': q.id },
      q.excluded ? excludedBadge(q.excluded) : h('span', { class: q.status === 'belum dijawab' ? 'badge terlambat' : 'badge selesai' }, q.status), ' ',
      h('strong', {}, q.question),
      h('div', { class: 'muted' }, [q.id, q.askerHandle, clock(q.askedAt), q.topic].filter(Boolean).join(' · ')),
      q.answer ? h('div', {}, 'Jawaban: ', q.answer) : null,
      q.excluded ? null : h('div', { class: 'actions' }, answer),
      recordActions('questions', q.id, `Pertanyaan ${q.id}`, q.excluded));
  }

  function questionsSection(): HTMLElement {
    const f = scoped('tanya');
    const { stats } = record;
    const form = recordForm('Pertanyaan baru', 'Simpan pertanyaan', [
      f({ name: 'question', label: 'Pertanyaan', type: 'textarea', required: true }),
      f({ name: 'askerHandle', label: 'Penanya (akun TikTok)', placeholder: '@akun' }),
      // Now during the LIVE's day; typed in later, the time is not known.
      f({ name: 'askedAt', label: 'Pukul', type: 'time', value: wibDate(new Date()) === record.liveDate ? wibTime(new Date()) : '' }),
      f({ name: 'answer', label: 'Jawaban (bila sudah dijawab)', type: 'textarea' }),
      f({ name: 'topic', label: 'Topik', type: 'select', options: TOPICS }),
    ], (v) => call('saveQuestion', {
      episodeId: id, question: String(v.question ?? ''),
      ...texts(v, ['askerHandle', 'askedAt', 'answer']), ...(v.topic ? { topic: v.topic as Input<'saveQuestion'>['topic'] } : {}),
    }), (data) => `Pertanyaan ${data.id} disimpan.`);
    // Unanswered first: during the Q&A they are the work; excluded ones last.
    const rank = (q: LiveRecord['questions'][number]) => (q.excluded ? 2 : Number(q.status !== 'belum dijawab'));
    const questions = [...record.questions].sort((a, b) => rank(a) - rank(b));
    return section('tanya', `Tanya jawab (${stats.total})`,
      h('p', { class: 'muted' }, stats.total
        ? `${formatNumberId(stats.answered)} dari ${formatNumberId(stats.total)} terjawab atau ditindaklanjuti (${formatPercentId(stats.answered, stats.total)}).`
        : 'Belum ada pertanyaan.'),
      form,
      h('ul', { class: 'plain', 'aria-label': 'Pertanyaan' }, ...questions.map((q) => {
        const slot = h('div');
        const li = questionItem(q, slot);
        li.append(slot);
        return li;
      })));
  }

  function importSection(): HTMLElement {
    const f = scoped('impor');
    const content = h('textarea', {
      id: 'f-impor-content', name: 'content', rows: 6, 'aria-describedby': 'e-impor-content',
      placeholder: 'Tempel komentar: satu per baris, "nama: komentar" (boleh diawali jam, mis. "08:15 budi: …"). Atau pilih berkas CSV / JSON Lines.',
    });
    const file = h('input', { type: 'file', accept: '.csv,.txt,.jsonl,.json,text/*', 'aria-label': 'Berkas komentar' });
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (chosen) content.value = await chosen.text();
    });
    const previewButton = h('button', { type: 'submit', class: 'primary' }, 'Pratinjau');
    const result = h('div', { 'aria-live': 'polite' });
    const formStatus = h('div');
    const form = h('form', { novalidate: true, 'aria-label': 'Impor komentar' },
      f({ name: 'format', label: 'Format', type: 'select', options: FORMATS }),
      h('div', { class: 'field', 'data-field': 'content' }, h('label', { for: 'f-impor-content' }, 'Komentar'), file, content,
        h('div', { class: 'error', id: 'e-impor-content' })),
      f({ name: 'from', label: 'Abaikan komentar sebelum pukul', type: 'time', value: record.times.liveStart, hint: 'Awal LIVE: TikTok memutar ulang komentar lama saat tersambung.' }),
      h('div', { class: 'field', 'data-field': 'mapping' }, h('div', { class: 'error' })),
      h('div', { class: 'actions' }, previewButton), formStatus);
    let mapping: Record<string, string> | undefined;
    const input = (values: FormValues, commit: boolean, skip: string[] = []): Input<'importComments'> => ({
      episodeId: id, content: content.value, commit,
      ...(values.format ? { format: values.format as Input<'importComments'>['format'] } : {}),
      ...(values.from ? { from: String(values.from) } : {}),
      ...(mapping ? { mapping } : {}), ...(skip.length ? { skipQuestions: skip } : {}),
    });
    const show = (p: Preview, values: FormValues) => {
      clear(result);
      const c = p.counts;
      if (p.headers.length) {
        const selects = COLUMNS.map(([key, label]) => {
          const select = h('select', { id: `f-impor-map-${key}`, name: `map-${key}` },
            h('option', { value: '' }, '— tidak dipakai —'), ...p.headers.map((hd) => h('option', { value: hd }, hd)));
          select.value = p.mapping[key as keyof typeof p.mapping] ?? '';
          select.addEventListener('change', () => {
            mapping = Object.fromEntries(COLUMNS.map(([k]) => [k, (result.querySelector<HTMLSelectElement>(`#f-impor-map-${k}`) as HTMLSelectElement).value]));
          });
          return h('div', { class: 'field' }, h('label', { for: `f-impor-map-${key}` }, label), select);
        });
        result.append(h('fieldset', {}, h('legend', {}, 'Kolom berkas'),
          p.needsMapping ? notice('warn', 'Kolom teks komentar tidak dikenali. Pilih kolomnya, lalu tekan Pratinjau lagi.') : null, ...selects));
      }
      if (p.needsMapping) return;
      const totals = Object.entries(p.totals).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${formatNumberId(n)}`).join(', ');
      result.append(h('ul', { class: 'plain', 'aria-label': 'Ringkasan impor' },
        h('li', {}, h('strong', {}, `${formatNumberId(c.comments)} komentar baru`), `, ${formatNumberId(c.questions)} tampak seperti pertanyaan`),
        h('li', {}, `${formatNumberId(c.snapshots)} catatan jumlah penonton baru`),
        c.beforeStart ? h('li', {}, `${formatNumberId(c.beforeStart)} sebelum pukul ${formatTimeId(p.from)} (dilewati)`) : null,
        c.duplicates ? h('li', {}, `${formatNumberId(c.duplicates)} ganda dalam berkas (dilewati)`) : null,
        c.alreadyImported ? h('li', {}, `${formatNumberId(c.alreadyImported)} sudah pernah diimpor (dilewati)`) : null,
        totals ? h('li', { class: 'muted' }, `Tidak disimpan: ${totals}`) : null,
        c.rejected ? h('li', {}, `${formatNumberId(c.rejected)} baris ditolak`) : null));
      const boxes = p.questions.map((q) => {
        const box = h('input', { type: 'checkbox', checked: true, value: q.key, style: 'width:auto;margin-right:6px' });
        return { box, li: h('li', {}, h('label', {}, box, h('span', {}, h('strong', {}, q.user || '—'), ': ', q.text))) };
      });
      if (boxes.length) {
        append(result, h('h2', {}, 'Pertanyaan yang akan dicatat'), h('p', { class: 'hint' }, 'Hapus centang pada yang bukan pertanyaan.'),
          h('ul', { class: 'plain', 'aria-label': 'Pertanyaan terdeteksi' }, ...boxes.map((b) => b.li)),
          c.questions > boxes.length ? h('p', { class: 'hint' }, `…dan ${formatNumberId(c.questions - boxes.length)} lainnya.`) : null);
      }
      if (p.rejected.length) {
        result.append(h('h2', {}, 'Baris ditolak'), h('ul', { class: 'plain', 'aria-label': 'Baris ditolak' },
          ...p.rejected.map((r) => h('li', {}, h('strong', {}, `Baris ${r.line}: `), r.reason, r.content ? h('div', { class: 'muted' }, r.content) : null))));
      }
      const commit = h('button', { type: 'button', class: 'primary' }, `Impor ${formatNumberId(c.comments)} komentar`);
      commit.disabled = c.comments + c.snapshots === 0;
      commit.addEventListener('click', () => busy(commit, async () => {
        const args = input(values, true, boxes.filter((b) => !b.box.checked).map((b) => b.box.value));
        const total = { comments: 0, questions: 0, snapshots: 0 };
        const warnings: string[] = [];
        const progress = h('p', { class: 'muted', role: 'status' });
        result.append(progress);
        // A large file is written in parts, one call each; every call skips what is already on record.
        for (;;) {
          const r = await call('importComments', args);
          if (!r.ok) {
            progress.textContent = total.comments ? `${formatNumberId(total.comments)} komentar sudah tersimpan. Tekan tombol impor lagi untuk melanjutkan; yang sudah tersimpan tidak diulang.` : '';
            return result.append(failed(r.errors));
          }
          if (!r.data.committed) return;
          for (const k of ['comments', 'questions', 'snapshots'] as const) total[k] += r.data.added[k];
          warnings.push(...(r.warnings ?? []));
          if (r.data.record) {
            progress.remove();
            return saved(r.data, `Diimpor: ${formatNumberId(total.comments)} komentar, ${formatNumberId(total.questions)} pertanyaan, ${formatNumberId(total.snapshots)} jumlah penonton.`, warnings);
          }
          progress.textContent = `Mengimpor… ${formatNumberId(total.comments)} komentar tersimpan, ${formatNumberId(r.data.remaining)} lagi.`;
        }
      }));
      result.append(h('div', { class: 'actions' }, commit));
    };
    onSubmit(form, formStatus, previewButton, async (values) => {
      const r = await call('importComments', input(values, false));
      if (r.ok) show(r.data, values);
      return r;
    }, () => undefined);
    return section('impor', 'Impor komentar', form, result);
  }

  function metricsSection(): HTMLElement {
    const f = scoped('angka');
    const m = record.metrics as Record<string, unknown> | null;
    const value = (k: string) => (m?.[k] as number | string | null | undefined) ?? null;
    return section('angka', 'Angka LIVE dari TikTok', recordForm('Angka LIVE', 'Simpan angka', [
      h('p', { class: 'hint' }, 'Dari TikTok Studio setelah LIVE. Menyimpan lagi mengganti angka sebelumnya.'),
      f({ name: 'totalViewers', label: 'Total penonton', type: 'number', required: true, value: value('totalViewers') }),
      f({ name: 'peakViewers', label: 'Penonton puncak (bersamaan)', type: 'number', required: true, value: value('peakViewers') }),
      ...FIGURES.map(([name, label]) => f({ name, label, type: 'number', value: value(name) })),
      f({ name: 'evidenceUrl', label: 'Tautan tangkapan layar (bukti)', type: 'url', value: value('evidenceUrl'), placeholder: 'https://…' }),
    ], (v) => call('recordLiveMetrics', {
      episodeId: id, totalViewers: v.totalViewers as number, peakViewers: v.peakViewers as number,
      ...Object.fromEntries(FIGURES.map(([k]) => [k, v[k]])), ...(v.evidenceUrl ? { evidenceUrl: String(v.evidenceUrl) } : {}),
    }), () => 'Angka LIVE disimpan.'));
  }

  function feedbackSection(): HTMLElement {
    const f = scoped('umpan');
    return section('umpan', `Umpan balik (${record.feedback.length})`, recordForm('Umpan balik baru', 'Simpan umpan balik', [
      f({ name: 'channel', label: 'Saluran', type: 'select', options: CHANNELS, required: true }),
      f({ name: 'text', label: 'Isi', type: 'textarea', required: true }),
      f({ name: 'sentiment', label: 'Sentimen', type: 'select', options: SENTIMENTS }),
    ], (v) => call('saveFeedback', { episodeId: id, ...(v as Omit<Input<'saveFeedback'>, 'episodeId'>) }), (d) => `Umpan balik ${d.id} disimpan.`),
    h('ul', { class: 'plain', 'aria-label': 'Umpan balik' }, ...record.feedback.map((fb) =>
      h('li', { 'data-feedback': fb.id }, h('div', { class: 'muted' }, [fb.id, fb.channel, fb.sentiment].filter(Boolean).join(' · ')), excludedBadge(fb.excluded), fb.text,
        recordActions('feedback', fb.id, `Umpan balik ${fb.id}`, fb.excluded)))));
  }

  const actionItem = (a: Action, label: string) => {
    const done = a.status === 'selesai';
    const button = h('button', { type: 'button', 'aria-label': `Tandai selesai: ${a.id}` }, 'Tandai selesai');
    button.addEventListener('click', () => busy(button, async () => {
      const r = await call('completeAction', { actionId: a.id, episodeId: id });
      if (r.ok) saved(r.data, `Tindak lanjut ${a.id} selesai.`);
      else status.replaceChildren(failed(r.errors));
    }));
    return h('li', { 'data-action': a.id },
      h('span', { class: done ? 'badge selesai' : 'badge' }, a.status), ' ', h('strong', {}, a.action),
      h('div', { class: 'muted' }, `${label}${a.pic} · batas ${a.dueDate ? when(a.dueDate) : '-'}`),
      done ? h('div', { class: 'muted' }, `Selesai ${at(a.doneAt)} oleh ${a.doneBy}`) : h('div', { class: 'actions' }, button));
  };

  function evaluationSection(): HTMLElement {
    const f = scoped('evaluasi');
    const e = record.evaluation;
    const today = wibDate(new Date());
    const rows = h('div', { 'data-field': 'actions' }, h('div', { class: 'error' }));
    const addRow = () => {
      const i = rows.querySelectorAll('fieldset').length;
      rows.append(h('fieldset', {}, h('legend', {}, `Tindak lanjut baru ${i + 1}`),
        f({ name: `actions.${i}.action`, label: 'Tindakan', type: 'textarea' }),
        f({ name: `actions.${i}.pic`, label: 'Penanggung jawab' }),
        f({ name: `actions.${i}.dueDate`, label: 'Batas waktu', type: 'date' })));
    };
    addRow();
    const more = h('button', { type: 'button' }, 'Tambah tindak lanjut');
    more.addEventListener('click', addRow);
    const form = recordForm('Hasil evaluasi', 'Simpan evaluasi', [
      f({ name: 'meetingDate', label: 'Tanggal rapat', type: 'date', required: true, value: e?.meetingDate ?? (today >= record.liveDate ? today : '') }),
      f({ name: 'attendees', label: 'Peserta rapat', type: 'textarea', required: true, value: e?.attendees }),
      f({ name: 'strengths', label: 'Hal yang berjalan baik', type: 'textarea', required: true, value: e?.strengths }),
      f({ name: 'problems', label: 'Kendala', type: 'textarea', required: true, value: e?.problems }),
      rows, h('div', { class: 'actions' }, more),
    ], (v) => {
      // Rows left empty are not sent; a half-filled row is, so the server names what is missing.
      const actions = Array.from(rows.querySelectorAll('fieldset'), (_, i) => texts(v, [`actions.${i}.action`, `actions.${i}.pic`, `actions.${i}.dueDate`]))
        .map((r, i) => ({ action: r[`actions.${i}.action`], pic: r[`actions.${i}.pic`], dueDate: r[`actions.${i}.dueDate`] }))
        .filter((a) => a.action || a.pic || a.dueDate);
      return call('saveEvaluation', { episodeId: id, ...texts(v, ['meetingDate', 'attendees', 'strengths', 'problems']), actions });
    }, () => 'Hasil evaluasi disimpan.');
    return section('evaluasi', 'Evaluasi',
      record.openEarlier.length ? h('div', { class: 'card' }, h('strong', {}, 'Tindak lanjut terbuka dari episode sebelumnya'),
        h('ul', { class: 'plain', 'aria-label': 'Tindak lanjut terbuka sebelumnya' }, ...record.openEarlier.map((a) => actionItem(a, `${a.episodeId} · `)))) : null,
      form,
      record.actions.length ? h('div', {}, h('h2', {}, 'Tindak lanjut episode ini'),
        h('ul', { class: 'plain', 'aria-label': 'Tindak lanjut episode ini' }, ...record.actions.map((a) => actionItem(a, '')))) : null);
  }

  function draw(): void {
    const back = h('button', { type: 'button' }, `Episode ${id}`);
    back.addEventListener('click', () => app.show('episode', { id }));
    clear(page);
    append(page,
      h('h1', {}, `Catatan LIVE ${id}`),
      h('p', {}, h('strong', {}, record.topic), h('div', { class: 'muted' }, when(record.liveDate, { start: record.times.liveStart, end: record.times.liveEnd }))),
      record.status === 'dibatalkan' ? notice('warn', 'Episode dibatalkan; catatannya tidak dapat diubah lagi.') : null,
      viewersSection(),
      h('h2', {}, 'Yang sudah dan belum dicatat'),
      recordSummary(record),
      questionsSection(), importSection(), metricsSection(), feedbackSection(), evaluationSection(),
      h('div', { class: 'actions' }, back));
  }

  draw();
  root.append(status, page);
}

export const liveView: View = {
  id: 'live',
  title: 'Catatan LIVE',
  async render(root, app) {
    const id = app.params.id;
    if (!id) return chooser(root, app);
    const result = await call('getLiveRecord', { episodeId: id });
    if (result.ok) livePage(root, app, result.data);
    else root.append(h('h1', {}, `Catatan LIVE ${id}`), failed(result.errors));
  },
};
