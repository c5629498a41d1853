import { formatNip } from '../../domain/settings/nip';
import { REMINDER_DAYS, type ReminderDays } from '../../domain/settings/settings';
import { ROLES } from '../../domain/shared/sop';
import type { View } from '../app';
import { h, notice } from '../dom';
import { type FieldSpec, field, onSubmit, outcome } from '../form';
import { call, type Data } from '../rpc';
import { failed } from './common';
import { phoneLink } from './phone-link';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'].map((label, i) => ({ value: String(i), label }));
const NUMERIC = ['liveWeekday', 'evaluationWeekday', 'reminderHour', 'escalationDays'];

function groups(s: Data<'getSettings'>): Array<[string, FieldSpec[]]> {
  return [
    [
      'Instansi (kop laporan)',
      [
        { name: 'governmentName', label: 'Pemerintah daerah (baris pertama kop)', value: s.governmentName },
        { name: 'agencyName', label: 'Nama instansi', value: s.agencyName, required: true },
        { name: 'agencyAddress', label: 'Alamat', type: 'textarea', value: s.agencyAddress },
        { name: 'agencyPhone', label: 'Telepon', type: 'tel', value: s.agencyPhone },
        { name: 'agencyFax', label: 'Faksimile', type: 'tel', value: s.agencyFax },
        { name: 'dateCity', label: 'Kota pada tanggal surat', value: s.dateCity },
      ],
    ],
    [
      'Pejabat penandatangan',
      [
        { name: 'officialName', label: 'Nama lengkap dan gelar', value: s.officialName },
        { name: 'officialPosition', label: 'Jabatan', value: s.officialPosition },
        { name: 'officialRank', label: 'Pangkat/golongan', value: s.officialRank, placeholder: 'Pembina Utama Muda' },
        { name: 'officialNip', label: 'NIP', value: s.officialNip ? formatNip(s.officialNip) : '', hint: '18 digit, boleh dengan spasi.' },
      ],
    ],
    [
      'Email tim (pisahkan dengan koma)',
      [
        { name: 'emailPelaksana', label: ROLES.pelaksana, value: s.emailPelaksana },
        { name: 'emailHumas', label: ROLES.humas, value: s.emailHumas },
        { name: 'emailPubdisdok', label: ROLES.pubdisdok, value: s.emailPubdisdok },
        { name: 'emailKepala', label: ROLES.kepala, type: 'email', value: s.emailKepala },
      ],
    ],
    [
      'Jadwal',
      [
        { name: 'liveWeekday', label: 'Hari LIVE', type: 'select', options: DAYS, value: s.liveWeekday },
        { name: 'evaluationWeekday', label: 'Hari evaluasi bersama', type: 'select', options: DAYS, value: s.evaluationWeekday },
        { name: 'liveStart', label: 'Jam mulai LIVE', type: 'time', value: s.liveStart },
        { name: 'liveEnd', label: 'Jam selesai LIVE', type: 'time', value: s.liveEnd },
        { name: 'qaStart', label: 'Jam mulai tanya jawab', type: 'time', value: s.qaStart },
        { name: 'qaEnd', label: 'Jam selesai tanya jawab', type: 'time', value: s.qaEnd },
        { name: 'reminderHour', label: 'Jam kirim pengingat (0–23)', type: 'number', value: s.reminderHour },
      ],
    ],
    [
      'Pengingat',
      [
        {
          name: 'reminderDays',
          label: 'Hari kirim pengingat',
          type: 'select',
          value: s.reminderDays,
          options: (Object.keys(REMINDER_DAYS) as ReminderDays[]).map((value) => ({ value, label: REMINDER_DAYS[value] })),
          hint: 'Hari kerja: Senin–Jumat, kecuali hari libur nasional dan cuti bersama. Tenggat pada hari libur diingatkan pada hari kerja sebelumnya.',
        },
        {
          name: 'escalationDays',
          label: 'Teruskan ke Kepala Dinas setelah terlambat (hari kerja)',
          type: 'number',
          value: s.escalationDays,
          hint: 'Tahap yang terlambat diingatkan setiap hari kerja; setelah sekian hari kerja Kepala Dinas ikut menerimanya. 0: sejak hari pertama.',
        },
      ],
    ],
    [
      'Laporan',
      [
        {
          name: 'reportFolderId',
          label: 'Folder laporan (tautan atau ID Google Drive)',
          value: s.reportFolderId,
          hint: 'Tempel tautan folder dari Google Drive (Bagikan › Salin link). Kosongkan agar folder dibuat otomatis.',
        },
        {
          name: 'logoFileId',
          label: 'Logo kop (tautan gambar di Google Drive)',
          value: s.logoFileId,
          hint: 'Tidak wajib. Gambar PNG atau JPEG lambang daerah, dicetak di atas kop.',
        },
        {
          name: 'reportNumber',
          label: 'Nomor surat laporan',
          value: s.reportNumber,
          placeholder: '000.1.2/…/Diskopukm/2026',
          hint: 'Dicetak di bawah judul. Kosongkan agar dibiarkan titik-titik untuk diisi tangan.',
        },
      ],
    ],
  ];
}

export const settingsView: View = {
  id: 'pengaturan',
  title: 'Pengaturan',
  async render(root, app) {
    root.append(h('h1', {}, 'Pengaturan'));
    const loaded = await call('getSettings');
    if (!loaded.ok) {
      root.append(failed(loaded.errors));
      return;
    }
    // Opened by "Siapkan register": the next steps of a new register are said here.
    const guided = app.params.mulai === '1';
    const status = outcome();
    const save = h('button', { type: 'submit', class: 'primary' }, 'Simpan');
    const form = h(
      'form',
      { novalidate: true, 'aria-label': 'Pengaturan' },
      ...groups(loaded.data).map(([legend, specs]) => h('fieldset', {}, h('legend', {}, legend), ...specs.map(field))),
      h('div', { class: 'actions' }, save),
      status,
    );
    onSubmit(
      form,
      status,
      save,
      (values) => {
        const input: Record<string, string | number> = {};
        for (const spec of groups(loaded.data).flatMap(([, specs]) => specs)) {
          const v = values[spec.name];
          input[spec.name] = NUMERIC.includes(spec.name) ? Number(v) : v === undefined ? '' : String(v);
        }
        return call('saveSettings', input);
      },
      () => {
        const next = h('button', { type: 'button', class: 'primary' }, 'Lanjut: Pasang pengingat otomatis');
        next.addEventListener('click', () => app.show('pengingat', { mulai: '1' }));
        status.replaceChildren(notice('ok', 'Pengaturan tersimpan.'), guided ? h('div', { class: 'actions' }, next) : '');
        if (guided) next.focus();
      },
    );
    root.append(
      guided
        ? notice(
            'ok',
            'Register sudah disiapkan',
            app.params.dibuat ? ` (lembar dibuat: ${app.params.dibuat})` : '',
            '. Langkah berikutnya: isi email tim dan pejabat penandatangan, tekan Simpan, lalu pasang pengingat otomatis.',
          )
        : '',
      form,
      phoneLink(),
    );
  },
};
