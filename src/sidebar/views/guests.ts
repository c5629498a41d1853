/** Guests: a searchable list, and the form to add or edit one. */

import { type Guest, organizationLabel } from '../../domain/guests/guests';
import { KECAMATAN } from '../../domain/guests/kecamatan';
import { formatDateTimeId } from '../../domain/shared/dates';
import { formatNumberId } from '../../domain/shared/numbers';
import { GUEST_TYPES } from '../../domain/shared/schema';
import { optionLabel } from '../../domain/shared/validation';
import type { App, View } from '../app';
import { h, notice } from '../dom';
import { busy, type FieldSpec, field, onSubmit } from '../form';
import { call, type Input } from '../rpc';
import { checkbox, failed, texts, warned } from './common';

const SEARCH_DELAY_MS = 250;

/** A search box that calls `search` once typing pauses. */
export function searchBox(label: string, search: (query: string) => void): HTMLInputElement {
  const input = h('input', { type: 'search', 'aria-label': label, placeholder: 'Nama, organisasi, kecamatan, telepon' });
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
  const status = h('div');
  const add = h('button', { type: 'button', class: 'primary' }, 'Tambah narasumber');
  add.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
  const showArchive = checkbox('showArchive', 'Tampilkan narasumber yang diarsipkan');
  const archive = showArchive.input;
  const search = searchBox('Cari narasumber', (query) => void load(query));
  // Archiving hides a guest from the pickers; restoring brings them back. Both keep every record.
  const toggle = (g: Guest, button: HTMLButtonElement) =>
    busy(button, async () => {
      const archived = g.archivedAt !== '';
      const result = await call(archived ? 'restoreNarasumber' : 'archiveNarasumber', { id: g.id });
      if (!result.ok) return void status.replaceChildren(failed(result.errors));
      status.replaceChildren(
        notice(
          'ok',
          archived ? `${g.name} (${g.id}) dipulihkan dan dapat dipilih lagi.` : `${g.name} (${g.id}) diarsipkan; datanya tetap tersimpan.`,
        ),
        warned(result.warnings) ?? '',
      );
      await load(search.value);
    });
  async function load(query: string): Promise<void> {
    const result = await call('listNarasumber', { query, scope: archive.checked ? 'arsip' : 'aktif' });
    if (!result.ok) return void list.replaceChildren(failed(result.errors));
    const { narasumber, total } = result.data;
    const what = archive.checked ? 'narasumber diarsipkan' : 'narasumber';
    info.textContent =
      total > narasumber.length
        ? `Menampilkan ${formatNumberId(narasumber.length)} dari ${formatNumberId(total)}; persempit pencarian.`
        : `${formatNumberId(total)} ${what}.`;
    list.replaceChildren(
      ...narasumber.map((g) => {
        const archived = g.archivedAt !== '';
        const edit = h('button', { type: 'button', 'aria-label': `Ubah ${g.name}` }, 'Ubah');
        edit.addEventListener('click', () => app.show('narasumber', { id: g.id }));
        const flip = h(
          'button',
          { type: 'button', 'aria-label': `${archived ? 'Pulihkan' : 'Arsipkan'} ${g.name}` },
          archived ? 'Pulihkan' : 'Arsipkan',
        );
        flip.addEventListener('click', () => void toggle(g, flip));
        return h(
          'li',
          {},
          h('strong', {}, g.name),
          ` · ${g.id}`,
          h('div', {}, organizationLabel(g)),
          h('div', { class: 'muted' }, [g.kecamatan, g.phone, g.email].filter(Boolean).join(' · ')),
          archived ? h('div', { class: 'muted' }, `Diarsipkan ${formatDateTimeId(g.archivedAt)}`) : null,
          h('div', { class: 'actions' }, edit, flip),
        );
      }),
    );
  }
  archive.addEventListener('change', () => void load(search.value));
  root.append(h('h1', {}, 'Narasumber'), h('div', { class: 'actions' }, add), search, showArchive.element, status, info, list);
  void load('');
}

export const guestsView: View = {
  id: 'narasumber',
  title: 'Narasumber',
  async render(root, app) {
    const { id, baru } = app.params;
    if (baru) return guestForm(root, app);
    if (!id) return guestList(root, app);
    const found = await call('listNarasumber', { query: id, scope: 'semua' });
    const guest = found.ok ? found.data.narasumber.find((g) => g.id === id) : undefined;
    if (guest) return guestForm(root, app, guest);
    root.append(found.ok ? notice('fail', `Narasumber ${id} tidak ditemukan.`) : failed(found.errors));
  },
};
