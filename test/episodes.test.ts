/** Episodes and the SOP timeline through the built bundle on the emulator. */

import type { Agenda, EpisodeSummary, EpisodeView } from '../src/domain/episodes/episodes';
import type { Invitation } from '../src/domain/episodes/invitation';
import { addDays } from '../src/domain/shared/dates';
import { loadProduct, type Product } from '../tools/harness';
import { at, call, ok, refused, sheetRows } from './calls';

const NOW = '2026-11-28T09:00:00+07:00';
const GUEST = {
  name: 'Ibu Siti Aminah',
  organization: 'Koperasi Wanita Mekar Sari',
  type: 'koperasi',
  kecamatan: 'Cibinong',
  role: 'Ketua',
  phone: '0812-3456-7890',
  email: 'siti@example.id',
};

/** A set-up register with one guest (NS-001). */
function fresh(now = NOW): Product {
  const product = loadProduct({ now });
  product.run('setupRegister', []);
  ok(product, 'saveNarasumber', GUEST);
  return product;
}

function schedule(product: Product, liveDate: string, extra: Record<string, unknown> = {}) {
  return ok<{ episodes: EpisodeView[] }>(product, 'scheduleEpisode', {
    liveDate,
    narasumberId: 'NS-001',
    topic: 'Cara mendirikan koperasi',
    ...extra,
  });
}

const dues = (view: EpisodeView) => Object.fromEntries(view.stages.map((s) => [s.key, s.dueDate]));
const statuses = (view: EpisodeView) => Object.fromEntries(view.stages.map((s) => [s.key, s.status]));
const episode = (product: Product, episodeId: string) => ok<EpisodeView>(product, 'getEpisode', { episodeId });

describe('scheduleEpisode', () => {
  it('plans the eight stages from H across a year end (H = Jumat 1 Januari 2027) and audits it', () => {
    const product = fresh();
    const { episodes } = schedule(product, '2027-01-01');
    expect(episodes.map((e) => e.id)).toEqual(['EP-001']);
    expect(episodes[0]).toMatchObject({
      liveDate: '2027-01-01',
      status: 'terjadwal',
      times: { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' },
    });
    expect(dues(episodes[0])).toEqual({
      hubungi_narasumber: '2026-12-18',
      persiapan_live: '2026-12-18',
      live: '2027-01-01',
      tanya_jawab: '2027-01-01',
      pemantauan_penonton: '2027-01-01',
      pengumpulan_feedback: '2027-01-04',
      evaluasi_bersama: '2027-01-07',
      pencatatan_evaluasi: '2027-01-07',
    });
    expect(episodes[0].stages.every((s) => s.status === 'belum')).toBe(true);
    expect(sheetRows(product, 'Episode')).toEqual([
      expect.objectContaining({ ID: 'EP-001', 'ID Narasumber': 'NS-001', Status: 'terjadwal', 'Mulai LIVE': '08:00' }),
    ]);
    const stages = sheetRows(product, 'Tahap SOP');
    expect(stages.map((s) => s['Kunci Tahap'])).toEqual(episodes[0].stages.map((s) => s.key));
    expect(stages[0]['Jatuh Tempo']).toBeInstanceOf(Date);
    const audit = sheetRows(product, 'Log Audit').at(-1)!;
    expect(audit).toMatchObject({ Tindakan: 'jadwalkan episode', 'ID Data': 'EP-001', Sebelum: '' });
    expect(JSON.parse(String(audit.Sesudah)).dueDates.evaluasi_bersama).toBe('2027-01-07');
  });

  it('schedules a weekly series across the year with sequential ids', () => {
    const product = fresh();
    const { episodes } = schedule(product, '2026-12-18', { weeks: 4 });
    expect(episodes.map((e) => `${e.id} ${e.liveDate}`)).toEqual([
      'EP-001 2026-12-18',
      'EP-002 2026-12-25',
      'EP-003 2027-01-01',
      'EP-004 2027-01-08',
    ]);
    expect(sheetRows(product, 'Tahap SOP')).toHaveLength(32);
    expect(schedule(product, '2027-01-15').episodes[0].id).toBe('EP-005');
  });

  it('allows another weekday with a warning, and puts the evaluation on the next Thursday', () => {
    const product = fresh();
    const result = schedule(product, '2026-12-02');
    expect(result.warnings).toEqual([
      'Rabu, 2 Desember 2026 bukan hari Jumat, hari LIVE yang biasa. Evaluasi bersama dijadwalkan pada Kamis, 10 Desember 2026.',
      'LIVE Rabu, 2 Desember 2026 tinggal 4 hari lagi, kurang dari 14 hari persiapan menurut SOP. ' +
        'Tahap 1 (Menghubungi narasumber) dan 2 (Mempersiapkan kebutuhan LIVE), menurut SOP Rabu, 18 November 2026, dijadwalkan pada Senin, 30 November 2026.',
    ]);
    expect(dues(result.episodes[0])).toMatchObject({ pengumpulan_feedback: '2026-12-05', evaluasi_bersama: '2026-12-10' });
  });

  it('takes the episode’s own time windows when given', () => {
    const product = fresh();
    const { episodes } = schedule(product, '2026-12-04', { liveStart: '10:00', liveEnd: '10:45' });
    expect(episodes[0].times).toEqual({ liveStart: '10:00', liveEnd: '10:45', qaStart: '09:00', qaEnd: '09:30' });
    expect(episodes[0].stages.find((s) => s.key === 'live')?.window).toEqual({ start: '10:00', end: '10:45' });
  });

  it('records an episode after the fact only when asked to', () => {
    const product = fresh();
    expect(refused(product, 'scheduleEpisode', { liveDate: '2026-11-27', narasumberId: 'NS-001', topic: 'Lalu' }).liveDate).toContain(
      'Tanggal LIVE Jumat, 27 November 2026 sudah lewat',
    );
    const { episodes } = schedule(product, '2026-11-27', { pastOk: true });
    expect(statuses(episodes[0])).toMatchObject({ hubungi_narasumber: 'terlambat', live: 'terlambat', pengumpulan_feedback: 'belum' });
  });

  it('refuses a taken date, an unknown guest and bad values, writing nothing', () => {
    const product = fresh();
    schedule(product, '2026-12-04');
    const base = { liveDate: '2026-12-11', narasumberId: 'NS-001', topic: 'Topik' };
    const series = call(product, 'scheduleEpisode', { ...base, liveDate: '2026-11-27', weeks: 2 });
    expect(series).toEqual({
      ok: false,
      errors: [
        {
          field: 'liveDate',
          message:
            'Tanggal LIVE Jumat, 27 November 2026 sudah lewat. Jika episode ini dicatat setelah berlangsung, centang "Episode sudah berlangsung".',
        },
        { field: 'liveDate', message: 'Tanggal LIVE Jumat, 4 Desember 2026 sudah dipakai episode EP-001 (Cara mendirikan koperasi).' },
      ],
    });
    expect(sheetRows(product, 'Episode')).toHaveLength(1);
    expect(refused(product, 'scheduleEpisode', { ...base, narasumberId: 'NS-404' })).toEqual({
      narasumberId: 'Narasumber NS-404 tidak ditemukan. Pilih narasumber dari daftar.',
    });
    expect(refused(product, 'scheduleEpisode', { ...base, liveDate: '2026-02-30' }).liveDate).toContain('tanggal yang sah');
    expect(refused(product, 'scheduleEpisode', { ...base, weeks: 0 }).weeks).toBe('Jumlah minggu paling sedikit 1.');
    expect(refused(product, 'scheduleEpisode', { ...base, weeks: 53 }).weeks).toBe('Jumlah minggu paling banyak 52.');
    expect(refused(product, 'scheduleEpisode', { ...base, qaStart: '10:00', qaEnd: '09:45' }).qaEnd).toContain('harus setelah');
    expect(refused(product, 'scheduleEpisode', { liveDate: '2026-12-11', narasumberId: 'NS-001' }).topic).toBe('Topik wajib diisi.');
  });

  it('names every mistake after one save: the guest, the date and the times together (issue 15)', () => {
    const product = fresh();
    const base = { liveDate: '2026-12-11', narasumberId: 'NS-001', topic: 'Topik' };
    expect(
      Object.keys(
        refused(product, 'scheduleEpisode', {
          ...base,
          narasumberId: 'NS-404',
          liveDate: '2020-01-03',
          liveStart: '09:00',
          liveEnd: '08:00',
        }),
      ),
    ).toEqual(['narasumberId', 'liveDate', 'liveEnd']);
    expect(refused(product, 'scheduleEpisode', { ...base, liveDate: '2026-02-30' }).liveDate).toBe('Tanggal LIVE bukan tanggal yang sah.');
  });

  it("names the register's refusals beside the form's in the same answer: a missing topic and a taken date", () => {
    const product = fresh();
    schedule(product, '2026-12-04');
    const cells = JSON.stringify(sheetRows(product, 'Episode'));
    expect(refused(product, 'scheduleEpisode', { liveDate: '2026-12-04', narasumberId: 'NS-404', liveEnd: '25:00' })).toEqual({
      narasumberId: 'Narasumber NS-404 tidak ditemukan. Pilih narasumber dari daftar.',
      liveDate: 'Tanggal LIVE Jumat, 4 Desember 2026 sudah dipakai episode EP-001 (Cara mendirikan koperasi).',
      topic: 'Topik wajib diisi.',
      liveEnd: 'Jam selesai LIVE bukan jam yang sah.',
    });
    expect(JSON.stringify(sheetRows(product, 'Episode'))).toBe(cells);
  });
});

describe('statuses, completion and reopening', () => {
  const product = fresh();
  schedule(product, '2026-12-04');

  it('derives statuses from the clock: windows on H, whole days otherwise', () => {
    at(product, '2026-12-04T08:20');
    expect(statuses(episode(product, 'EP-001'))).toMatchObject({ hubungi_narasumber: 'terlambat', live: 'belum', tanya_jawab: 'belum' });
    at(product, '2026-12-04T08:45');
    expect(statuses(episode(product, 'EP-001'))).toMatchObject({ live: 'terlambat', tanya_jawab: 'belum', pemantauan_penonton: 'belum' });
    at(product, '2026-12-04T09:31');
    expect(statuses(episode(product, 'EP-001'))).toMatchObject({ tanya_jawab: 'terlambat', pemantauan_penonton: 'belum' });
    at(product, '2026-12-05T00:01');
    expect(statuses(episode(product, 'EP-001')).pemantauan_penonton).toBe('terlambat');
  });

  it('completes a stage as the acting user with note and evidence, the LIVE at its scheduled end, and audits the click', () => {
    at(product, '2026-12-04T08:35');
    const view = ok<EpisodeView>(
      product,
      'completeStage',
      {
        episodeId: 'EP-001',
        stage: 'live',
        note: '120 penonton',
        evidenceUrl: 'https://www.tiktok.com/@diskopukm/live',
      },
      'pubdisdok@example.go.id',
    );
    expect(view.stages.find((s) => s.key === 'live')).toMatchObject({
      status: 'selesai',
      doneAt: '2026-12-04 08:30',
      doneBy: 'pubdisdok@example.go.id',
      note: '120 penonton',
    });
    const row = sheetRows(product, 'Tahap SOP').find((r) => r['Kunci Tahap'] === 'live')!;
    expect(row).toMatchObject({ 'Selesai Oleh': 'pubdisdok@example.go.id', Catatan: '120 penonton' });
    expect(row['Selesai Pada']).toBeInstanceOf(Date);
    const audit = sheetRows(product, 'Log Audit').at(-1)!;
    expect(audit).toMatchObject({ Pengguna: 'pubdisdok@example.go.id', Tindakan: 'tahap selesai', 'ID Data': 'EP-001 live' });
    expect(JSON.parse(String(audit.Sebelum)).doneAt).toBe('');
    expect(JSON.parse(String(audit.Sesudah)).doneAt).toBe('2026-12-04 08:30');
    // Who clicked, and when: the audit row itself.
    expect(audit.Waktu).toEqual(new Date('2026-12-04T08:35:00+07:00'));
  });

  it('refuses completing twice, unknown stages and bad links, writing nothing', () => {
    expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'live' }).stage).toBe(
      'Tahap "Pelaksanaan LIVE TikTok" sudah ditandai selesai oleh pubdisdok@example.go.id pada 4 Desember 2026 pukul 08.30.',
    );
    expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'siaran' }).stage).toContain('Pilih salah satu tahap: ');
    expect(
      refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab', evidenceUrl: 'javascript:alert(1)' }).evidenceUrl,
    ).toContain('http://');
    expect(refused(product, 'completeStage', { episodeId: 'EP-404', stage: 'live' }).episodeId).toBe('Episode EP-404 tidak ditemukan.');
  });

  it('reopens a stage: not done again, note kept, status from the clock', () => {
    const view = ok<EpisodeView>(product, 'reopenStage', { episodeId: 'EP-001', stage: 'live' });
    expect(view.stages.find((s) => s.key === 'live')).toMatchObject({ status: 'terlambat', doneAt: '', doneBy: '', note: '120 penonton' });
    expect(sheetRows(product, 'Log Audit').at(-1)).toMatchObject({ Tindakan: 'buka kembali tahap', 'ID Data': 'EP-001 live' });
    expect(refused(product, 'reopenStage', { episodeId: 'EP-001', stage: 'live' }).stage).toBe(
      'Tahap "Pelaksanaan LIVE TikTok" belum ditandai selesai.',
    );
  });

  it('restores a stage row deleted from the sheet when the stage changes', () => {
    const sheet = product.emu.spreadsheet.getSheetByName('Tahap SOP')!;
    sheet.deleteRow(3); // persiapan_live
    expect(episode(product, 'EP-001').stages.map((s) => s.key)).toContain('persiapan_live');
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'persiapan_live' });
    const rows = sheetRows(product, 'Tahap SOP').filter((r) => r['Kunci Tahap'] === 'persiapan_live');
    expect(rows).toHaveLength(1);
    expect(rows[0]['Selesai Oleh']).toBe('pelaksana@example.go.id');
  });
});

describe('calendar checks when scheduling (warnings, not refusals)', () => {
  it('warns of a LIVE on Christmas, an evaluation on cuti bersama, and of the same guest within four weeks', () => {
    // Fourteen days ahead: the SOP's preparation time, nothing to warn of.
    const product = fresh('2026-11-27T09:00:00+07:00');
    expect(schedule(product, '2026-12-11').warnings).toBeUndefined();
    const christmas = schedule(product, '2026-12-25');
    expect(christmas.episodes).toHaveLength(1);
    expect(christmas.warnings).toEqual([
      'Tanggal LIVE Jumat, 25 Desember 2026 bertepatan dengan hari libur nasional Kelahiran Yesus Kristus.',
      'Narasumber Ibu Siti Aminah dijadwalkan lebih dari sekali dalam empat minggu: Jumat, 11 Desember 2026 (EP-001); Jumat, 25 Desember 2026 (jadwal baru). Pastikan memang disengaja.',
    ]);
    const other = ok<{ id: string }>(product, 'saveNarasumber', { ...GUEST, name: 'Bapak Ahmad Fauzi', phone: '0813-1111-2222' });
    // LIVE Friday 18 December: the joint evaluation falls on Thursday 24 December, cuti bersama.
    expect(schedule(product, '2026-12-18', { narasumberId: other.id }).warnings).toEqual([
      'Evaluasi bersama episode LIVE Jumat, 18 Desember 2026 jatuh pada Kamis, 24 Desember 2026, bertepatan dengan Cuti Bersama Kelahiran Yesus Kristus.',
    ]);
  });

  it('warns when rescheduling onto a holiday, and of a year the holiday list does not know', () => {
    const product = fresh();
    schedule(product, '2027-03-19');
    const moved = ok<EpisodeView>(product, 'rescheduleEpisode', {
      episodeId: 'EP-001',
      liveDate: '2027-03-26',
      reason: 'Narasumber berhalangan',
    });
    expect(moved.liveDate).toBe('2027-03-26');
    expect(moved.warnings).toEqual(['Tanggal LIVE Jumat, 26 Maret 2027 bertepatan dengan hari libur nasional Wafat Yesus Kristus.']);
    expect(schedule(product, '2028-01-07').warnings).toEqual([
      'Daftar hari libur nasional dan cuti bersama register ini belum memuat tahun 2028; periksa sendiri apakah tanggalnya hari libur.',
    ]);
  });
});

describe('rescheduleEpisode', () => {
  const product = fresh();
  schedule(product, '2026-12-25');
  schedule(product, '2027-01-15');
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber', early: true });
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'persiapan_live', early: true });

  it('names in the short-notice warning only the stages still open', () => {
    const short = fresh();
    schedule(short, '2026-12-25');
    ok(short, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber', early: true });
    // Moved on Saturday 28 November to Friday 4 December: stages 1 and 2 were due on 20 November by the SOP.
    const moved = ok<EpisodeView>(short, 'rescheduleEpisode', { episodeId: 'EP-001', liveDate: '2026-12-04', reason: 'Dimajukan' });
    expect(moved.warnings).toEqual([
      'LIVE Jumat, 4 Desember 2026 tinggal 6 hari lagi, kurang dari 14 hari persiapan menurut SOP. ' +
        'Tahap 2 (Mempersiapkan kebutuhan LIVE), menurut SOP Jumat, 20 November 2026, dijadwalkan pada Senin, 30 November 2026.',
      '1 tahap yang sudah selesai tetap pada tanggalnya.',
    ]);
    expect(dues(moved)).toMatchObject({ hubungi_narasumber: '2026-12-11', persiapan_live: '2026-11-30' });
  });

  it('moves the stages not done across the year end and keeps the done ones', () => {
    const result = ok<EpisodeView>(product, 'rescheduleEpisode', {
      episodeId: 'EP-001',
      liveDate: '2027-01-08',
      reason: 'Narasumber berhalangan',
    });
    expect(result.warnings).toEqual([
      'Narasumber Ibu Siti Aminah dijadwalkan lebih dari sekali dalam empat minggu: Jumat, 8 Januari 2027 (jadwal baru); Jumat, 15 Januari 2027 (EP-002). Pastikan memang disengaja.',
      '2 tahap yang sudah selesai tetap pada tanggalnya.',
    ]);
    expect(result.liveDate).toBe('2027-01-08');
    expect(dues(result)).toEqual({
      hubungi_narasumber: '2026-12-11',
      persiapan_live: '2026-12-11',
      live: '2027-01-08',
      tanya_jawab: '2027-01-08',
      pemantauan_penonton: '2027-01-08',
      pengumpulan_feedback: '2027-01-11',
      evaluasi_bersama: '2027-01-14',
      pencatatan_evaluasi: '2027-01-14',
    });
    expect(statuses(result)).toMatchObject({ hubungi_narasumber: 'selesai', persiapan_live: 'selesai', live: 'belum' });
    expect(sheetRows(product, 'Tahap SOP')).toHaveLength(16);
    const audit = sheetRows(product, 'Log Audit').at(-1)!;
    expect(audit).toMatchObject({ Tindakan: 'jadwal ulang episode', 'ID Data': 'EP-001' });
    expect(JSON.parse(String(audit.Sebelum))).toMatchObject({ liveDate: '2026-12-25', dueDates: { live: '2026-12-25' } });
    expect(JSON.parse(String(audit.Sesudah))).toMatchObject({
      liveDate: '2027-01-08',
      dueDates: { live: '2027-01-08' },
      reason: 'Narasumber berhalangan',
    });
  });

  it('refuses the same date, a taken date, a past date and a missing reason, writing nothing', () => {
    const move = { episodeId: 'EP-001', reason: 'Bentrok acara dinas' };
    expect(refused(product, 'rescheduleEpisode', { ...move, liveDate: '2027-01-08' }).liveDate).toContain(
      'sudah dijadwalkan pada Jumat, 8 Januari 2027',
    );
    expect(refused(product, 'rescheduleEpisode', { ...move, liveDate: '2027-01-15' }).liveDate).toContain('sudah dipakai episode EP-002');
    expect(refused(product, 'rescheduleEpisode', { ...move, liveDate: '2026-11-20' }).liveDate).toContain('sudah lewat');
    expect(refused(product, 'rescheduleEpisode', { episodeId: 'EP-001', liveDate: '2027-01-22', reason: '  ' }).reason).toBe(
      'Alasan wajib diisi.',
    );
    // Both at once: the missing reason and the taken date.
    expect(refused(product, 'rescheduleEpisode', { episodeId: 'EP-001', liveDate: '2027-01-15' })).toEqual({
      liveDate: expect.stringContaining('sudah dipakai episode EP-002'),
      reason: 'Alasan wajib diisi.',
    });
  });
});

describe('cancelEpisode', () => {
  const product = fresh();
  schedule(product, '2026-12-04');
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber', early: true });

  it('keeps every record, frees the date, and its stages no longer apply: never late, never owed', () => {
    const view = ok<EpisodeView>(product, 'cancelEpisode', { episodeId: 'EP-001', reason: 'Narasumber sakit' });
    expect(view).toMatchObject({ status: 'dibatalkan', cancelReason: 'Narasumber sakit' });
    expect(sheetRows(product, 'Tahap SOP')).toHaveLength(8);
    expect(sheetRows(product, 'Episode')[0]).toMatchObject({ Status: 'dibatalkan', 'Alasan Pembatalan': 'Narasumber sakit' });
    at(product, '2026-12-31T12:00');
    expect(statuses(episode(product, 'EP-001'))).toMatchObject({
      hubungi_narasumber: 'selesai',
      persiapan_live: 'tidak_berlaku',
      live: 'tidak_berlaku',
      pencatatan_evaluasi: 'tidak_berlaku',
    });
    expect(sheetRows(product, 'Log Audit').at(-1)).toMatchObject({ Tindakan: 'batalkan episode', 'ID Data': 'EP-001' });
    at(product, '2026-11-28T09:00');
    expect(schedule(product, '2026-12-04').episodes[0].id).toBe('EP-002');
  });

  it('refuses changes to a cancelled episode, writing nothing', () => {
    const message = 'Episode EP-001 sudah dibatalkan; datanya tidak dapat diubah lagi.';
    expect(refused(product, 'cancelEpisode', { episodeId: 'EP-001', reason: 'lagi' }).episodeId).toBe(message);
    expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'live' }).episodeId).toBe(message);
    expect(refused(product, 'reopenStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber' }).episodeId).toBe(message);
    expect(refused(product, 'rescheduleEpisode', { episodeId: 'EP-001', liveDate: '2026-12-18', reason: 'x' }).episodeId).toBe(message);
    expect(refused(product, 'cancelEpisode', { episodeId: 'EP-002' }).reason).toBe('Alasan pembatalan wajib diisi.');
  });
});

describe('listEpisodes and getAgenda', () => {
  // Scheduled well ahead, on the SOP's dates; looked at on the first LIVE's day.
  const product = fresh('2026-11-01T10:00:00+07:00');
  schedule(product, '2026-11-27');
  schedule(product, '2026-12-04', { weeks: 2 });
  at(product, '2026-11-27T10:00');
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber' });
  schedule(product, '2026-11-20', { pastOk: true });
  ok(product, 'cancelEpisode', { episodeId: 'EP-004', reason: 'Tidak jadi' });

  it('lists episodes by date within the range, with progress and the next stage', () => {
    const all = ok<{ episodes: EpisodeSummary[] }>(product, 'listEpisodes', {}).episodes;
    expect(all.map((e) => `${e.id} ${e.liveDate} ${e.status}`)).toEqual([
      'EP-004 2026-11-20 dibatalkan',
      'EP-001 2026-11-27 terjadwal',
      'EP-002 2026-12-04 terjadwal',
      'EP-003 2026-12-11 terjadwal',
    ]);
    expect(all[1]).toMatchObject({
      guestName: 'Ibu Siti Aminah',
      organization: 'Koperasi Wanita Mekar Sari',
      done: 1,
      late: 3,
      total: 8,
      next: { key: 'persiapan_live', status: 'terlambat' },
    });
    const some = ok<{ episodes: EpisodeSummary[] }>(product, 'listEpisodes', { from: '2026-11-27', to: '2026-12-04' }).episodes;
    expect(some.map((e) => e.id)).toEqual(['EP-001', 'EP-002']);
    expect(refused(product, 'listEpisodes', { from: '2026-12-04', to: '2026-11-27' }).to).toContain('setelah Dari tanggal');
  });

  it('gives today’s agenda by role, without cancelled episodes', () => {
    const agenda = ok<Agenda>(product, 'getAgenda', {});
    expect(agenda).toMatchObject({ date: '2026-11-27', soonUntil: '2026-12-04', counts: { overdue: 3, today: 5, soon: 6 } });
    const lines = (list: Agenda['roles'][number]['today']) => list.map((i) => `${i.episodeId} ${i.stage} ${i.status}`);
    const byRole = Object.fromEntries(agenda.roles.map((g) => [g.role, g]));
    expect(Object.keys(byRole)).toEqual(['pelaksana', 'humas', 'pubdisdok']);
    expect(lines(byRole.humas.overdue)).toEqual(['EP-001 persiapan_live terlambat', 'EP-002 persiapan_live terlambat']);
    expect(lines(byRole.pelaksana.overdue)).toEqual(['EP-002 hubungi_narasumber terlambat']);
    expect(lines(byRole.pubdisdok.today)).toEqual(['EP-001 live terlambat', 'EP-001 tanya_jawab terlambat']);
    expect(lines(byRole.pelaksana.today)).toEqual(['EP-001 pemantauan_penonton belum', 'EP-003 hubungi_narasumber belum']);
    expect(agenda.roles.flatMap((g) => [...g.overdue, ...g.today, ...g.soon]).some((i) => i.episodeId === 'EP-004')).toBe(false);
  });

  it('gives the agenda of another day', () => {
    const agenda = ok<Agenda>(product, 'getAgenda', { date: '2026-12-03' });
    const today = agenda.roles.flatMap((g) => g.today.map((i) => `${i.episodeId} ${i.stage}`));
    expect(today).toEqual(['EP-001 evaluasi_bersama', 'EP-001 pencatatan_evaluasi']);
    expect(refused(product, 'getAgenda', { date: '3 Desember 2026' }).date).toContain('tanggal yang sah');
  });
});

describe('getInvitation', () => {
  it('gives the Indonesian invitation with WhatsApp and e-mail links', () => {
    const product = fresh();
    schedule(product, '2026-12-04');
    const inv = ok<Invitation & { phone: string }>(product, 'getInvitation', { episodeId: 'EP-001' });
    expect(inv.text).toContain('Hari, tanggal: Jumat, 4 Desember 2026');
    expect(inv.text).toContain('pukul 08.00–08.30 WIB');
    expect(inv.text).toContain('Topik: Cara mendirikan koperasi');
    expect(inv.whatsappUrl).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent(inv.text)}`);
    expect(inv.mailtoUrl.startsWith('mailto:siti@example.id?subject=Undangan%20narasumber%20HALO%20KOP-UKM')).toBe(true);
    expect(inv.warnings).toBeUndefined();
  });

  it('warns when the guest has no phone, and refuses for a cancelled episode', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', { id: 'NS-001', ...GUEST, phone: '', email: '' });
    schedule(product, '2026-12-04');
    const inv = ok<Invitation>(product, 'getInvitation', { episodeId: 'EP-001' });
    expect(inv.whatsappUrl.startsWith('https://wa.me/?text=')).toBe(true);
    expect(inv.warnings).toHaveLength(2);
    ok(product, 'cancelEpisode', { episodeId: 'EP-001', reason: 'Batal' });
    expect(call(product, 'getInvitation', { episodeId: 'EP-001' })).toMatchObject({ ok: false });
  });
});

describe('reads and writes per call, whatever the register’s size', () => {
  /** A register with `count` weekly episodes from 4 December 2026 (series of at most 50). */
  function register(count: number): Product {
    const product = fresh();
    for (let done = 0; done < count; done += 50) {
      schedule(product, addDays('2026-12-04', 7 * done), { weeks: Math.min(50, count - done) });
    }
    return product;
  }
  const OPERATIONS: Array<[string, Record<string, unknown>]> = [
    ['saveNarasumber', { ...GUEST, name: 'Bapak Ahmad', organization: 'UKM Sari Rasa', phone: '0857 1111 2222' }],
    ['listNarasumber', { query: 'siti' }],
    ['scheduleEpisode', { liveDate: '2026-12-03', narasumberId: 'NS-001', topic: 'Pemasaran digital' }],
    ['getEpisode', { episodeId: 'EP-002' }],
    ['listEpisodes', {}],
    ['getAgenda', {}],
    ['completeStage', { episodeId: 'EP-002', stage: 'persiapan_live', note: 'Lancar', early: true }],
    ['reopenStage', { episodeId: 'EP-002', stage: 'persiapan_live' }],
    ['rescheduleEpisode', { episodeId: 'EP-002', liveDate: '2026-12-02', reason: 'Bentrok' }],
    ['cancelEpisode', { episodeId: 'EP-003', reason: 'Batal' }],
    ['getInvitation', { episodeId: 'EP-001' }],
  ];

  /** Each operation's service call counts and the sheets it opened. */
  function measure(product: Product) {
    return OPERATIONS.map(([name, arg]) => {
      const opened: string[] = [];
      const off = product.emu.hooks.onCall((key, args) => {
        if (key === 'Spreadsheet.getSheetByName') opened.push(String(args[0]));
      });
      const { result, calls } = product.callFromSidebar<{ ok: boolean }>(name, arg);
      off();
      expect([name, result.ok]).toEqual([name, true]);
      return { name, calls, opened };
    });
  }

  it('opens each sheet once, reads it once, writes it at most once, and costs the same on 5 and 200 episodes', () => {
    const big = register(200);
    expect(sheetRows(big, 'Tahap SOP')).toHaveLength(1600);
    const small = measure(register(5));
    const large = measure(big);
    for (const [i, { name, calls, opened }] of small.entries()) {
      expect([name, new Set(opened).size]).toEqual([name, opened.length]);
      // One read per sheet; a sheet that grows by many rows per episode is read for some episodes only: its header,
      // its episode column and their rows (three reads, see Scope).
      expect([name, calls['Range.getValues'] <= 3 * opened.length]).toEqual([name, true]);
      expect([name, (calls['Range.setValues'] ?? 0) <= opened.length]).toEqual([name, true]);
      // A bigger sheet may need rows added before a write; nothing else may depend on its size.
      const { 'Sheet.insertRowsAfter': _grown, ...sizeFree } = large[i].calls;
      expect([name, sizeFree]).toEqual([name, calls]);
    }
  });
});
