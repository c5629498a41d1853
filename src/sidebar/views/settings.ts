import type { View } from '../app';
import { h, notice } from '../dom';
import { busy, field, readForm, showErrors, type FieldSpec } from '../form';
import { call, type Data } from '../rpc';
import { formatNip } from '../../domain/settings/nip';
import { phoneLink } from './phone-link';
import { REMINDER_DAYS, type ReminderDays } from '../../domain/settings/settings';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'].map((label, i) => ({ value: String(i), label }));
const NUMERIC = ['liveWeekday', 'evaluationWeekday', 'reminderHour', 'escalationDays'];

function groups(s: Data<'getSettings'>): Array<[string, FieldSpec[]]> {
  return [
    ['Instansi (kop laporan)', [
      { name: 'agencyName', label: 'Nama instansi', value: s.agencyName },
      { name: 'agencyAddress', label: 'Alamat', type: 'textarea', value: s.agencyAddress },
      { name: 'agencyPhone', label: 'Telepon', type: 'tel', value: s.agencyPhone },
      { name: 'agencyFax', label: 'Faksimile', type: 'tel', value: s.agencyFax },
      { name: 'dateCity', label: 'Kota pada tanggal surat', value: s.dateCity },
    ]],
    ['Pejabat penandatangan', [
      { name: 'officialName', label: 'Nama lengkap dan gelar', value: s.officialName },
      { name: 'officialPosition', label: 'Jabatan', value: s.officialPosition },
      { name: 'officialRank', label: 'Pangkat/golongan', value: s.officialRank, placeholder: 'Pembina Utama Muda' },
      { name: 'officialNip', label: 'NIP', value: s.officialNip ? formatNip(s.officialNip) : '', hint: '18 digit, boleh dengan spasi.' },
    ]],
    ['Email tim (pisahkan dengan koma)', [
      { name: 'emailPelaksana', label: 'Tim Pelaksana', value: s.emailPelaksana },
      { name: 'emailHumas', label: 'Tim Humas', value: s.emailHumas },
      { name: 'emailPubdisdok', label: 'Tim Pelaksana – Pubdisdok', value: s.emailPubdisdok },
      { name: 'emailKepala', label: 'Kepala Dinas', type: 'email', value: s.emailKepala },
    ]],
    ['Jadwal', [
      { name: 'liveWeekday', label: 'Hari LIVE', type: 'select', options: DAYS, value: s.liveWeekday },
      { name: 'evaluationWeekday', label: 'Hari evaluasi bersama', type: 'select', options: DAYS, value: s.evaluationWeekday },
      { name: 'liveStart', label: 'Jam mulai LIVE', type: 'time', value: s.liveStart },
      { name: 'liveEnd', label: 'Jam selesai LIVE', type: 'time', value: s.liveEnd },
      { name: 'qaStart', label: 'Jam mulai tanya jawab', type: 'time', value: s.qaStart },
      { name: 'qaEnd', label: 'Jam selesai tanya jawab', type: 'time', value: s.qaEnd },
      { name: 'reminderHour', label: 'Jam kirim pengingat (0–23)', type: 'number', value: s.reminderHour },
    ]],
    ['Pengingat', [
      {
        name: 'reminderDays', label: 'Hari kirim pengingat', type: 'select', value: s.reminderDays,
        options: (Object.keys(REMINDER_DAYS) as ReminderDays[]).map((value) => ({ value, label: REMINDER_DAYS[value] })),
        hint: 'Hari kerja: Senin–Jumat, kecuali hari libur nasional dan cuti bersama. Tenggat pada hari libur diingatkan pada hari kerja sebelumnya.',
      },
      {
        name: 'escalationDays', label: 'Teruskan ke Kepala Dinas setelah terlambat (hari kerja)', type: 'number', value: s.escalationDays,
        hint: 'Tahap yang terlambat diingatkan setiap hari kerja; setelah sekian hari kerja Kepala Dinas ikut menerimanya. 0: sejak hari pertama.',
      },
    ]],
    ['Laporan', [
      { name: 'reportFolderId', label: 'ID folder Google Drive', value: s.reportFolderId, hint: 'Kosongkan agar folder dibuat otomatis.' },
    ]],
  ];
}

export const settingsView: View = {
  id: 'pengaturan',
  title: 'Pengaturan',
  async render(root) {
    root.append(h('h1', {}, 'Pengaturan'));
    const loaded = await call('getSettings');
    if (!loaded.ok) {
      root.append(notice('fail', loaded.errors.map((e) => e.message).join(' ')));
      return;
    }
    const status = h('div');
    const save = h('button', { type: 'submit', class: 'primary' }, 'Simpan');
    const form = h('form', { novalidate: true },
      ...groups(loaded.data).map(([legend, specs]) => h('fieldset', {}, h('legend', {}, legend), ...specs.map(field))),
      h('div', { class: 'actions' }, save),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void busy(save, async () => {
        const values = readForm(form);
        const input: Record<string, string | number> = {};
        for (const spec of groups(loaded.data).flatMap(([, specs]) => specs)) {
          const v = values[spec.name];
          input[spec.name] = NUMERIC.includes(spec.name) ? Number(v) : v === undefined ? '' : String(v);
        }
        const result = await call('saveSettings', input);
        showErrors(form, status, result.ok ? [] : result.errors);
        if (result.ok) status.replaceChildren(notice('ok', 'Pengaturan tersimpan.'));
      });
    });
    root.append(form, status, phoneLink());
  },
};
