/** Scheduling an episode (or a weekly series) with a searchable guest picker. */
import { formatNumberId } from '../../domain/shared/numbers';
import type { App, View } from '../app';
import { h, notice } from '../dom';
import { draftOf, field, keepDraft, onSubmit, outcome } from '../form';
import { call, type Input } from '../rpc';
import { checkbox, failed, texts, warned, when } from './common';
import { guestLabel, searchBox } from './guests';

const PICKER_ROWS = 6;
const TIMES = ['liveStart', 'liveEnd', 'qaStart', 'qaEnd'] as const;
const DRAFT = 'jadwal';

/** The guest field: a search box above a list box named `narasumberId`. */
function guestPicker(app: App, selected?: string): HTMLElement {
  const select = h('select', { id: 'f-narasumberId', name: 'narasumberId', size: PICKER_ROWS, 'aria-describedby': 'e-narasumberId' });
  const info = h('div', { class: 'hint' });
  // A list box cannot wrap: at 300 px a long organisation is cut, so the guest chosen is written out in full.
  const chosen = h('div', { class: 'hint' });
  const labels = new Map<string, string>();
  const showChosen = () => {
    chosen.textContent = select.value ? `Dipilih: ${labels.get(select.value) ?? select.value}` : '';
  };
  select.addEventListener('change', showChosen);
  const load = async (query: string) => {
    const result = await call('listNarasumber', { query });
    if (!result.ok) return info.replaceChildren(failed(result.errors));
    const keep = select.value || selected;
    const { narasumber, total } = result.data;
    for (const g of narasumber) labels.set(g.id, guestLabel(g));
    // The whole label is also each option's tooltip.
    select.replaceChildren(...narasumber.map((g) => h('option', { value: g.id, title: guestLabel(g) }, guestLabel(g))));
    if (keep && narasumber.some((g) => g.id === keep)) select.value = keep;
    showChosen();
    info.textContent =
      total > narasumber.length
        ? `Menampilkan ${formatNumberId(narasumber.length)} dari ${formatNumberId(total)}; ketik untuk mencari.`
        : total
          ? `${formatNumberId(total)} narasumber.`
          : 'Tidak ada narasumber yang cocok.';
  };
  const add = h('button', { type: 'button' }, 'Tambah narasumber baru');
  add.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
  void load(selected ?? '');
  return h(
    'div',
    { class: 'field', 'data-field': 'narasumberId' },
    h('label', { for: 'f-narasumberId' }, 'Narasumber *'),
    searchBox('Cari narasumber', load),
    select,
    chosen,
    info,
    h('div', { class: 'error', id: 'e-narasumberId' }),
    add,
  );
}

export const scheduleView: View = {
  id: 'jadwal',
  title: 'Jadwalkan episode',
  render(root, app) {
    const past = checkbox('pastOk', 'Episode sudah berlangsung (dicatat setelah terjadi)');
    const status = outcome();
    const save = h('button', { type: 'submit', class: 'primary' }, 'Jadwalkan');
    // A guest just added (the user left to add one) is chosen; the rest of what was typed is kept.
    const chosen = app.params.narasumberId ?? draftOf(DRAFT)?.narasumberId;
    const form = h(
      'form',
      { novalidate: true, 'aria-label': 'Jadwalkan episode' },
      guestPicker(app, chosen === undefined ? undefined : String(chosen)),
      field({
        name: 'liveDate',
        label: 'Tanggal LIVE',
        type: 'date',
        required: true,
        hint: 'Hari LIVE biasa dan jamnya diatur di Pengaturan.',
      }),
      field({ name: 'topic', label: 'Topik', required: true }),
      field({
        name: 'weeks',
        label: 'Jumlah minggu',
        type: 'number',
        value: 1,
        hint: 'Lebih dari 1: episode mingguan berturut-turut dengan narasumber dan topik yang sama.',
      }),
      past.element,
      h(
        'details',
        {},
        h('summary', {}, 'Jam khusus episode ini (opsional)'),
        h('p', { class: 'hint' }, 'Kosongkan untuk memakai jam di Pengaturan.'),
        field({ name: 'liveStart', label: 'Jam mulai LIVE', type: 'time' }),
        field({ name: 'liveEnd', label: 'Jam selesai LIVE', type: 'time' }),
        field({ name: 'qaStart', label: 'Jam mulai tanya jawab', type: 'time' }),
        field({ name: 'qaEnd', label: 'Jam selesai tanya jawab', type: 'time' }),
      ),
      h('div', { class: 'actions' }, save),
    );
    keepDraft(form, DRAFT, app.params.narasumberId ? { narasumberId: app.params.narasumberId } : {});
    onSubmit(
      form,
      status,
      save,
      (values) => {
        const times = Object.fromEntries(TIMES.filter((t) => values[t] !== undefined).map((t) => [t, String(values[t])]));
        return call('scheduleEpisode', {
          ...texts(values, ['narasumberId', 'liveDate', 'topic']),
          ...times,
          ...(values.weeks === undefined ? {} : { weeks: Number(values.weeks) }),
          pastOk: past.input.checked,
        } as Input<'scheduleEpisode'>);
      },
      ({ episodes }, warnings) => {
        const opens = episodes.map((e) => {
          const open = h('button', { type: 'button' }, `Buka ${e.id}`);
          open.addEventListener('click', () => app.show('episode', { id: e.id }));
          return h('li', {}, `${e.id} · ${when(e.liveDate)}`, ' ', open);
        });
        status.replaceChildren(
          notice('ok', episodes.length > 1 ? `${episodes.length} episode dijadwalkan.` : `Episode ${episodes[0].id} dijadwalkan.`),
          warned(warnings) ?? '',
          h('ul', { class: 'plain' }, ...opens),
        );
      },
    );
    root.append(h('h1', {}, 'Jadwalkan episode'), form, status);
  },
};
