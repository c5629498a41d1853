/** The satisfaction survey: share the Google Form, type in a paper questionnaire, see the IKM. */
import { formatDayDateId } from '../../domain/shared/dates';
import { formatNumberId } from '../../domain/shared/numbers';
import { formatIkm, NOT_RATED, PROFILE, PROFILE_KEYS, UNSUR } from '../../domain/survey/skm';
import type { View } from '../app';
import { append, clear, h, notice } from '../dom';
import { busy, type FieldSpec, type FormValues, field, onSubmit } from '../form';
import { call, type Data, type Input } from '../rpc';
import { failed, warned } from './common';

type Episodes = Data<'listEpisodes'>['episodes'];
type Option = { value: string; label: string };

const episodeOptions = (episodes: Episodes, none: string): Option[] => [
  { value: '', label: none },
  ...episodes
    .filter((e) => e.status !== 'dibatalkan')
    .reverse()
    .map((e) => ({ value: e.id, label: `${e.id} · ${formatDayDateId(e.liveDate)}` })),
];

/** Copies from a text area; the sidebar's iframe may not grant the asynchronous clipboard API. */
function copyButton(area: HTMLTextAreaElement, status: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button' }, 'Salin teks');
  button.addEventListener('click', () => {
    area.select();
    const copied = document.execCommand('copy');
    status.replaceChildren(
      notice(copied ? 'ok' : 'warn', copied ? 'Teks disalin.' : 'Tekan Ctrl+C untuk menyalin teks yang sudah dipilih.'),
    );
  });
  return button;
}

/** The form's links and invitation; `imported` runs after responses were pulled from the form; `created`: it was just made. */
async function renderForm(root: HTMLElement, episodes: Episodes, imported: () => void, episodeId = '', created = false): Promise<void> {
  const result = await call('getSurveyForm', episodeId ? { episodeId } : {});
  clear(root);
  if (!result.ok) {
    root.append(failed(result.errors));
    if (episodeId) {
      const back = h('button', { type: 'button' }, 'Tampilkan tautan umum');
      back.addEventListener('click', () => void renderForm(root, episodes, imported));
      root.append(h('div', { class: 'actions' }, back));
    }
    return;
  }
  const status = h('div');
  const info = result.data;
  if (!info) {
    const create = h('button', { type: 'button', class: 'primary' }, 'Buat formulir survei');
    create.addEventListener('click', () =>
      busy(create, async () => {
        const made = await call('createSurveyForm');
        if (made.ok) await renderForm(root, episodes, imported, '', true);
        else status.replaceChildren(failed(made.errors));
      }),
    );
    append(
      root,
      warned(result.warnings),
      h(
        'p',
        { class: 'muted' },
        'Membuat Google Form berisi kuesioner SKM standar (9 unsur, profil responden, saran); cukup sekali, perlu sekitar 10 detik. Jawabannya masuk ke lembar "Survei Kepuasan".',
      ),
      h('div', { class: 'actions' }, create),
      status,
    );
    return;
  }
  const picker = h(
    'select',
    { 'aria-label': 'Episode untuk tautan' },
    ...episodeOptions(episodes, 'Tautan umum (tanpa episode)').map((o) => h('option', { value: o.value }, o.label)),
  );
  picker.value = episodeId;
  picker.addEventListener('change', () => void renderForm(root, episodes, imported, picker.value));
  // The link itself, to paste anywhere: a link that only opens the form is not one a user can share.
  const link = h('input', { type: 'text', readonly: true, 'aria-label': 'Tautan formulir survei' });
  link.value = info.episodeUrl ?? info.publishedUrl;
  const copyLink = h('button', { type: 'button' }, 'Salin tautan');
  copyLink.addEventListener('click', () => {
    link.select();
    const copied = document.execCommand('copy');
    status.replaceChildren(
      notice(copied ? 'ok' : 'warn', copied ? 'Tautan disalin.' : 'Tekan Ctrl+C untuk menyalin tautan yang sudah dipilih.'),
    );
  });
  const area = h('textarea', { readonly: true, rows: 6, 'aria-label': 'Teks ajakan' });
  area.value = info.invitation;
  const sync = h('button', { type: 'button' }, 'Ambil jawaban formulir');
  sync.addEventListener('click', () =>
    busy(sync, async () => {
      const synced = await call('syncSurveyResponses');
      if (!synced.ok) {
        status.replaceChildren(failed(synced.errors));
        return;
      }
      status.replaceChildren(notice('ok', `${synced.data.imported} jawaban baru dicatat.`));
      append(status, warned(synced.warnings));
      imported();
    }),
  );
  root.append(
    created ? notice('ok', 'Formulir survei sudah dibuat. Bagikan tautan di bawah ini kepada penonton LIVE.') : '',
    h('label', {}, 'Tautan formulir'),
    link,
    h('div', { class: 'actions' }, copyLink),
    h(
      'p',
      {},
      h('a', { href: info.episodeUrl ?? info.publishedUrl, target: '_blank', rel: 'noopener' }, 'Buka formulir'),
      ' · ',
      h('a', { href: info.editUrl, target: '_blank', rel: 'noopener' }, 'Ubah formulir'),
    ),
    // The form and its submit trigger belong to the account that made them: other editors should know whom to ask.
    info.importedBy
      ? h(
          'p',
          { class: 'muted', 'data-testid': 'survey-owner' },
          `Jawaban masuk ke register otomatis melalui pemicu milik ${info.importedBy}. `,
          'Formulir hanya dapat diubah oleh akun itu atau akun yang diberi akses olehnya.',
        )
      : '',
    h('label', {}, 'Ajakan untuk caption TikTok/WhatsApp'),
    picker,
    area,
    h('div', { class: 'actions' }, copyButton(area, status), sync),
    status,
  );
}

async function renderIkm(root: HTMLElement, episodeId: string): Promise<void> {
  const result = await call('getIkm', episodeId ? { episodeId } : {});
  clear(root);
  if (!result.ok) {
    root.append(failed(result.errors));
    return;
  }
  const r = result.data;
  const nrr = (x: number | null) => (x === null ? NOT_RATED : formatNumberId(x, 2));
  append(
    root,
    h('p', {}, `Responden: ${formatNumberId(r.respondents)}`),
    r.ikm === null
      ? notice(
          'warn',
          r.respondents
            ? 'IKM belum dapat dihitung: ada unsur yang belum dijawab sama sekali.'
            : 'Belum ada responden. IKM dihitung setelah kuesioner diisi lewat tautan formulir atau dicatat dari kertas.',
        )
      : h('p', {}, h('strong', {}, `IKM ${formatIkm(r.ikm)}`), ` — mutu ${r.mutu} (${r.kinerja})`),
    r.sampleTarget
      ? h(
          'p',
          { class: 'muted' },
          `Sampel minimal (Krejcie–Morgan) untuk ${formatNumberId(r.sampleTarget.population)} penonton: ` +
            `${formatNumberId(r.sampleTarget.sample)} responden — ${r.sampleTarget.reached ? 'tercapai' : 'belum tercapai'}.`,
        )
      : null,
    h(
      'table',
      { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Unsur'), h('th', {}, 'NRR'))),
      h('tbody', {}, ...r.perUnsur.map((u) => h('tr', {}, h('td', {}, `${u.unsur} ${u.name}`), h('td', {}, nrr(u.nrr))))),
    ),
  );
}

const ANSWER_FIELDS = UNSUR.map((_, i) => `u${i + 1}`);

function paperSpecs(episodes: Episodes): FieldSpec[] {
  return [
    { name: 'episodeId', label: 'Episode', type: 'select', options: episodeOptions(episodes, 'Tanpa episode') },
    { name: 'submittedAt', label: 'Tanggal pengisian', type: 'date', hint: 'Kosongkan jika hari ini.' },
    ...UNSUR.map(
      (u, i): FieldSpec => ({
        name: ANSWER_FIELDS[i],
        label: `${u.code} ${u.name}`,
        type: 'select',
        options: [{ value: '', label: '— tidak diisi —' }, ...u.labels.map((l, s) => ({ value: String(s + 1), label: `${s + 1} · ${l}` }))],
      }),
    ),
    ...PROFILE_KEYS.map(
      (key): FieldSpec => ({
        name: key,
        label: PROFILE[key].label,
        type: 'select',
        options: [{ value: '', label: '— tidak diisi —' }, ...PROFILE[key].options.map((o) => ({ value: o, label: o }))],
      }),
    ),
    { name: 'suggestion', label: 'Saran dan masukan', type: 'textarea' },
  ];
}

function paperInput(v: FormValues): Input<'saveSurveyResponse'> {
  const text = (name: string) => (v[name] === undefined ? undefined : String(v[name]));
  return {
    episodeId: text('episodeId'),
    submittedAt: text('submittedAt'),
    answers: ANSWER_FIELDS.map((name) => (v[name] === undefined ? null : Number(v[name]))) as Input<'saveSurveyResponse'>['answers'],
    profile: Object.fromEntries(PROFILE_KEYS.map((k) => [k, text(k)]).filter(([, value]) => value !== undefined)),
    suggestion: text('suggestion'),
  };
}

/** The server names `answers.3` and `profile.gender`; the form's fields are `u4` and `gender`. */
const toFormField = (field: string) =>
  field.replace(/^answers\.(\d+)$/, (_, i: string) => ANSWER_FIELDS[Number(i)] ?? field).replace(/^profile\./, '');

export const surveyView: View = {
  id: 'survei',
  title: 'Survei Kepuasan',
  async render(root) {
    root.append(h('h1', {}, 'Survei Kepuasan Masyarakat'));
    const listed = await call('listEpisodes');
    const episodes = listed.ok ? listed.data.episodes : [];
    const formBox = h('div');
    const ikmBox = h('div');
    const ikmFilter = h(
      'select',
      { 'aria-label': 'Episode untuk IKM' },
      ...episodeOptions(episodes, 'Semua responden').map((o) => h('option', { value: o.value }, o.label)),
    );
    const refreshIkm = () => void renderIkm(ikmBox, ikmFilter.value);
    ikmFilter.addEventListener('change', refreshIkm);

    const status = h('div');
    const save = h('button', { type: 'submit', class: 'primary' }, 'Simpan kuesioner');
    const paper = h('form', { novalidate: true }, ...paperSpecs(episodes).map(field), h('div', { class: 'actions' }, save));
    onSubmit(
      paper,
      status,
      save,
      async (values) => {
        const result = await call('saveSurveyResponse', paperInput(values));
        return result.ok ? result : { ok: false, errors: result.errors.map((e) => ({ ...e, field: toFormField(e.field) })) };
      },
      (data) => {
        paper.reset();
        status.replaceChildren(notice('ok', `Kuesioner tersimpan sebagai ${data.id}.`));
        refreshIkm();
      },
    );

    root.append(
      h('h2', {}, 'Formulir Google'),
      formBox,
      h('h2', {}, 'Indeks Kepuasan Masyarakat (IKM)'),
      ikmFilter,
      ikmBox,
      h('h2', {}, 'Catat kuesioner kertas'),
      paper,
      status,
    );
    await Promise.all([renderForm(formBox, episodes, refreshIkm), renderIkm(ikmBox, '')]);
  },
};
