/** The comment import: preview (with column mapping and the questions found), then a commit in parts. */
import { ALIASES, type CanonicalColumn, COLUMN_LABELS, FORMAT_LABELS, type Format } from '../../../domain/live/comment-file';
import { QUESTIONS_PER_PAGE } from '../../../domain/live/comment-import';
import { formatTimeId } from '../../../domain/shared/dates';
import { formatNumberId } from '../../../domain/shared/numbers';
import { append, clear, h, notice } from '../../dom';
import { busy, type FormValues, onSubmit, outcome } from '../../form';
import { call, type Data, type Input } from '../../rpc';
import { failed } from '../common';
import type { LivePage } from './page';

type Preview = Data<'importComments'>;

const FORMATS = [
  { value: '', label: 'Kenali otomatis' },
  ...(Object.entries(FORMAT_LABELS) as [Format, string][]).map(([value, label]) => ({ value, label })),
];
const COLUMNS = Object.entries(COLUMN_LABELS) as [CanonicalColumn, string][];
/** The start of a file the import reads as it is; the panel offers it, docs/contoh-komentar.csv is the same. */
const EXAMPLE_CSV = [
  'waktu,pengguna,komentar',
  '08:05,@budi_umkm,gmn cara daftar koperasi?',
  '08:06,@ani.bogor,mantap kak',
  '08:07,@siti,berapa biaya sertifikat halal',
].join('\n');

export function importSection(page: LivePage): HTMLElement {
  const f = page.scoped('impor');
  const content = h('textarea', {
    id: 'f-impor-content',
    name: 'content',
    rows: 6,
    'aria-describedby': 'e-impor-content',
    placeholder:
      'Tempel komentar: satu per baris, "nama: komentar" (boleh diawali jam, mis. "08:15 budi: …"). Atau pilih berkas CSV / JSON Lines.',
  });
  const file = h('input', { type: 'file', accept: '.csv,.txt,.jsonl,.json,text/*', 'aria-label': 'Berkas komentar' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen) content.value = await chosen.text();
  });
  const previewButton = h('button', { type: 'submit', class: 'primary' }, 'Pratinjau');
  const result = h('div', { 'aria-live': 'polite' });
  const formStatus = outcome();
  const useExample = h('button', { type: 'button' }, 'Pakai contoh ini');
  useExample.addEventListener('click', () => {
    content.value = EXAMPLE_CSV;
    content.focus();
  });
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Impor komentar' },
    f({ name: 'format', label: 'Format', type: 'select', options: FORMATS }),
    h(
      'div',
      { class: 'field', 'data-field': 'content' },
      h('label', { for: 'f-impor-content' }, 'Komentar'),
      file,
      content,
      h('div', { class: 'error', id: 'e-impor-content' }),
    ),
    h(
      'details',
      { class: 'hint', 'data-help': 'kolom' },
      h('summary', {}, 'Kolom yang dikenali'),
      h('p', {}, 'Berkas CSV atau JSON Lines, satu kejadian per baris. Nama kolom yang dikenali (huruf besar/kecil bebas):'),
      h('ul', {}, ...COLUMNS.map(([key, label]) => h('li', {}, h('strong', {}, label), `: ${ALIASES[key].join(', ')}`))),
      h(
        'p',
        {},
        'Hanya teks komentar yang wajib. Baris tanpa jenis dan tanpa teks tetapi berisi angka dibaca sebagai jumlah penonton. Kolom lain dapat dipilih sendiri setelah Pratinjau.',
      ),
      h('pre', {}, EXAMPLE_CSV),
      h('div', { class: 'actions' }, useExample),
    ),
    f({
      name: 'from',
      label: 'Abaikan komentar sebelum pukul',
      type: 'time',
      value: page.record.times.liveStart,
      hint: 'Awal LIVE: TikTok memutar ulang komentar lama saat tersambung.',
    }),
    h('div', { class: 'field', 'data-field': 'mapping' }, h('div', { class: 'error' })),
    h('div', { class: 'actions' }, previewButton),
    formStatus,
  );
  let mapping: Record<string, string> | undefined;
  // The questions unticked, on any page; a new preview (other content, format or mapping) starts them afresh.
  let skipped = new Set<string>();
  let questionPage = 1;
  let turningPage = false;
  const input = (values: FormValues, commit: boolean): Input<'importComments'> => ({
    episodeId: page.id,
    content: content.value,
    commit,
    ...(values.format ? { format: values.format as Input<'importComments'>['format'] } : {}),
    ...(values.from ? { from: String(values.from) } : {}),
    ...(mapping ? { mapping } : {}),
    ...(commit && skipped.size ? { skipQuestions: [...skipped] } : {}),
    ...(!commit && questionPage > 1 ? { questionPage } : {}),
  });
  const turnTo = (n: number) => {
    questionPage = n;
    turningPage = true;
    form.requestSubmit();
  };
  const show = (p: Preview, values: FormValues) => {
    clear(result);
    const c = p.counts;
    if (p.headers.length) {
      const selects = COLUMNS.map(([key, label]) => {
        const select = h(
          'select',
          { id: `f-impor-map-${key}`, name: `map-${key}` },
          h('option', { value: '' }, '— tidak dipakai —'),
          ...p.headers.map((hd) => h('option', { value: hd }, hd)),
        );
        select.value = p.mapping[key] ?? '';
        // The preview follows the mapping at once: what would be imported is always what is shown.
        select.addEventListener('change', () => {
          mapping = Object.fromEntries(
            COLUMNS.map(([k]) => [k, (result.querySelector<HTMLSelectElement>(`#f-impor-map-${k}`) as HTMLSelectElement).value]),
          );
          form.requestSubmit();
        });
        return h('div', { class: 'field' }, h('label', { for: `f-impor-map-${key}` }, label), select);
      });
      result.append(
        h(
          'fieldset',
          {},
          h('legend', {}, 'Kolom berkas'),
          p.needsMapping ? notice('warn', 'Kolom teks komentar tidak dikenali. Pilih kolom yang berisi teks komentar.') : null,
          ...selects,
        ),
      );
    }
    if (p.needsMapping) return;
    const totals = Object.entries(p.totals)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${formatNumberId(n)}`)
      .join(', ');
    result.append(
      h(
        'ul',
        { class: 'plain', 'aria-label': 'Ringkasan impor' },
        h(
          'li',
          {},
          h('strong', {}, `${formatNumberId(c.comments)} komentar baru`),
          `, ${formatNumberId(c.questions)} tampak seperti pertanyaan`,
        ),
        h('li', {}, `${formatNumberId(c.snapshots)} catatan jumlah penonton baru`),
        c.beforeStart ? h('li', {}, `${formatNumberId(c.beforeStart)} sebelum pukul ${formatTimeId(p.from)} (dilewati)`) : null,
        c.duplicates ? h('li', {}, `${formatNumberId(c.duplicates)} ganda dalam berkas (dilewati)`) : null,
        c.alreadyImported ? h('li', {}, `${formatNumberId(c.alreadyImported)} sudah pernah diimpor (dilewati)`) : null,
        p.alreadyTyped ? h('li', {}, `${formatNumberId(p.alreadyTyped)} pertanyaan sudah dicatat manual (dilewati)`) : null,
        totals ? h('li', { class: 'muted' }, `Tidak disimpan: ${totals}`) : null,
        c.rejected ? h('li', {}, `${formatNumberId(c.rejected)} baris ditolak`) : null,
      ),
    );
    const items = p.questions.map((q) => {
      const box = h('input', { type: 'checkbox', checked: !skipped.has(q.key), value: q.key, style: 'width:auto;margin-right:6px' });
      box.addEventListener('change', () => (box.checked ? skipped.delete(q.key) : skipped.add(q.key)));
      return h('li', {}, h('label', {}, box, h('span', {}, h('strong', {}, q.user || '—'), ': ', q.text)));
    });
    if (items.length) {
      const first = (p.questionPage - 1) * QUESTIONS_PER_PAGE + 1;
      const pager = (label: string, to: number) => {
        const button = h('button', { type: 'button' }, label);
        button.disabled = to < 1 || to > p.questionPages;
        button.addEventListener('click', () => turnTo(to));
        return button;
      };
      append(
        result,
        h('h2', {}, 'Pertanyaan yang akan dicatat'),
        h('p', { class: 'hint' }, 'Hapus centang pada yang bukan pertanyaan; centang di setiap halaman diingat sampai impor.'),
        h('ul', { class: 'plain', 'aria-label': 'Pertanyaan terdeteksi' }, ...items),
        p.questionPages > 1
          ? h(
              'div',
              { class: 'actions', role: 'navigation', 'aria-label': 'Halaman pertanyaan' },
              pager('‹ Sebelumnya', p.questionPage - 1),
              h(
                'span',
                { class: 'muted' },
                `${formatNumberId(first)}–${formatNumberId(first + items.length - 1)} dari ${formatNumberId(p.questionTotal)} ` +
                  `(halaman ${formatNumberId(p.questionPage)} dari ${formatNumberId(p.questionPages)})`,
              ),
              pager('Berikutnya ›', p.questionPage + 1),
            )
          : null,
      );
    }
    if (p.rejected.length) {
      result.append(
        h('h2', {}, 'Baris ditolak'),
        h(
          'ul',
          { class: 'plain', 'aria-label': 'Baris ditolak' },
          ...p.rejected.map((r) =>
            h('li', {}, h('strong', {}, `Baris ${r.line}: `), r.reason, r.content ? h('div', { class: 'muted' }, r.content) : null),
          ),
        ),
      );
    }
    const commit = h('button', { type: 'button', class: 'primary' }, `Impor ${formatNumberId(c.comments)} komentar`);
    commit.disabled = c.comments + c.snapshots === 0;
    commit.addEventListener('click', () =>
      busy(commit, async () => {
        const args = input(values, true);
        const total = { comments: 0, questions: 0, snapshots: 0 };
        const warnings: string[] = [];
        const progress = h('p', { class: 'muted', role: 'status' });
        result.append(progress);
        // A large file is written in parts, one call each; every call skips what is already on record.
        for (;;) {
          const r = await call('importComments', args);
          if (!r.ok) {
            progress.textContent = total.comments
              ? `${formatNumberId(total.comments)} komentar sudah tersimpan. Tekan tombol impor lagi untuk melanjutkan; yang sudah tersimpan tidak diulang.`
              : '';
            return result.append(failed(r.errors));
          }
          if (!r.data.committed) return;
          for (const k of ['comments', 'questions', 'snapshots'] as const) total[k] += r.data.added[k];
          warnings.push(...(r.warnings ?? []));
          if (r.data.record) {
            progress.remove();
            return page.saved(
              r.data,
              `Diimpor: ${formatNumberId(total.comments)} komentar, ${formatNumberId(total.questions)} pertanyaan, ${formatNumberId(total.snapshots)} jumlah penonton.`,
              warnings,
            );
          }
          progress.textContent = `Mengimpor… ${formatNumberId(total.comments)} komentar tersimpan, ${formatNumberId(r.data.remaining)} lagi.`;
        }
      }),
    );
    result.append(h('div', { class: 'actions' }, commit));
  };
  // New content starts from the columns recognised in it, not from the last file's mapping.
  content.addEventListener('input', () => (mapping = undefined));
  onSubmit(
    form,
    formStatus,
    previewButton,
    async (values) => {
      // A preview that failed leaves no earlier preview (nor its import button) behind.
      clear(result);
      if (!turningPage) {
        skipped = new Set();
        questionPage = 1;
      }
      turningPage = false;
      const r = await call('importComments', input(values, false));
      if (r.ok) show(r.data, values);
      return r;
    },
    () => undefined,
  );
  return page.section('impor', 'Impor komentar', form, result);
}
