/** Guests: a searchable list, and the form to add or edit one. */

import type { Guest } from '../../domain/guests/guests';
import { KECAMATAN } from '../../domain/guests/kecamatan';
import { GUEST_TYPES } from '../../domain/shared/schema';
import { optionLabel } from '../../domain/shared/validation';
import type { App, View } from '../app';
import { h, notice } from '../dom';
import { type FieldSpec, field, onSubmit } from '../form';
import { call, type Input } from '../rpc';
import { failed, texts, warned } from './common';

const SEARCH_DELAY_MS = 250;

/** A search box that calls `search` once typing pauses. */
export function searchBox(label: string, search: (query: string) => void): HTMLInputElement {
  const input = h('input', { type: 'search', 'aria-label': label, placeholder: 'Cari nama, organisasi, kecamatan, telepon…' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Enter searches; it must not submit the form the box sits in.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), SEARCH_DELAY_MS);
  });
  return input;
}

export const guestLabel = (g: Guest) => `${g.name} — ${g.organization} (${g.kecamatan})`;

function specs(g?: Guest): FieldSpec[] {
  return [
    { name: 'name', label: 'Nama narasumber', required: true, value: g?.name },
    { name: 'organization', label: 'Nama koperasi/UKM', required: true, value: g?.organization },
    {
      name: 'type',
      label: 'Jenis',
      type: 'select',
      required: true,
      value: g?.type ?? '',
      options: GUEST_TYPES.map((value) => ({ value, label: optionLabel(value) })),
    },
    {
      name: 'kecamatan',
      label: 'Kecamatan',
      type: 'select',
      required: true,
      value: g?.kecamatan ?? '',
      options: KECAMATAN.map((k) => ({ value: k, label: k })),
    },
    { name: 'role', label: 'Jabatan', value: g?.role, placeholder: 'Ketua, anggota, pemilik…' },
    {
      name: 'phone',
      label: 'Nomor telepon/WhatsApp',
      type: 'tel',
      value: g?.phone,
      hint: 'Contoh: 0812 3456 7890 atau +62 812 3456 7890.',
    },
    { name: 'email', label: 'Email', type: 'email', value: g?.email },
    { name: 'tiktok', label: 'Akun TikTok', value: g?.tiktok, placeholder: '@akun' },
    { name: 'products', label: 'Produk/layanan', type: 'textarea', value: g?.products },
  ];
}

function guestForm(root: HTMLElement, app: App, guest?: Guest): void {
  const fields = specs(guest);
  const status = h('div');
  const save = h('button', { type: 'submit', class: 'primary' }, 'Simpan narasumber');
  const back = h('button', { type: 'button' }, 'Daftar narasumber');
  back.addEventListener('click', () => app.show('narasumber'));
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Data narasumber' },
    ...fields.map(field),
    h('div', { class: 'actions' }, save, back),
  );
  onSubmit(
    form,
    status,
    save,
    (values) =>
      call('saveNarasumber', {
        ...(guest ? { id: guest.id } : {}),
        ...texts(
          values,
          fields.map((f) => f.name),
        ),
      } as Input<'saveNarasumber'>),
    ({ id }, warnings) => {
      const schedule = h('button', { type: 'button', class: 'primary' }, 'Jadwalkan episode dengan narasumber ini');
      schedule.addEventListener('click', () => app.show('jadwal', { narasumberId: id }));
      status.replaceChildren(
        notice('ok', `Narasumber tersimpan dengan ID ${id}.`),
        warned(warnings) ?? '',
        h('div', { class: 'actions' }, schedule),
      );
      if (!guest) form.querySelectorAll('input, textarea, select').forEach((el) => ((el as HTMLInputElement).value = ''));
    },
  );
  root.append(h('h1', {}, guest ? `Ubah narasumber ${guest.id}` : 'Tambah narasumber'), form, status);
}

function guestList(root: HTMLElement, app: App): void {
  const list = h('ul', { class: 'plain' });
  const info = h('p', { class: 'muted' });
  const add = h('button', { type: 'button', class: 'primary' }, 'Tambah narasumber');
  add.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
  const load = async (query: string) => {
    const result = await call('listNarasumber', { query });
    if (!result.ok) return list.replaceChildren(failed(result.errors));
    const { narasumber, total } = result.data;
    info.textContent =
      total > narasumber.length ? `Menampilkan ${narasumber.length} dari ${total}; persempit pencarian.` : `${total} narasumber.`;
    list.replaceChildren(
      ...narasumber.map((g) => {
        const edit = h('button', { type: 'button', 'aria-label': `Ubah ${g.name}` }, 'Ubah');
        edit.addEventListener('click', () => app.show('narasumber', { id: g.id }));
        return h(
          'li',
          {},
          h('strong', {}, g.name),
          ` · ${g.id}`,
          h('div', {}, `${optionLabel(g.type)} ${g.organization}`),
          h('div', { class: 'muted' }, [g.kecamatan, g.phone, g.email].filter(Boolean).join(' · ')),
          edit,
        );
      }),
    );
  };
  root.append(h('h1', {}, 'Narasumber'), h('div', { class: 'actions' }, add), searchBox('Cari narasumber', load), info, list);
  void load('');
}

export const guestsView: View = {
  id: 'narasumber',
  title: 'Narasumber',
  async render(root, app) {
    const { id, baru } = app.params;
    if (baru) return guestForm(root, app);
    if (!id) return guestList(root, app);
    const found = await call('listNarasumber', { query: id });
    const guest = found.ok ? found.data.narasumber.find((g) => g.id === id) : undefined;
    if (guest) return guestForm(root, app, guest);
    root.append(found.ok ? notice('fail', `Narasumber ${id} tidak ditemukan.`) : failed(found.errors));
  },
};
