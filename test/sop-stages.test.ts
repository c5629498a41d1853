/**
 * The SOP stages as a new user meets them in a month of use: an episode scheduled at short notice, lateness in
 * working days, stages that wait for the LIVE, and a cancelled episode, seen the same in the timeline, the
 * agenda, the reminders and the dashboard.
 */

import type { Agenda, EpisodeView } from '../src/domain/episodes/episodes';
import { loadProduct, type Product } from '../tools/harness';
import { at, ok, refused } from './calls';

const TEAM = {
  emailPelaksana: 'pelaksana@kopukm.example.go.id',
  emailHumas: 'humas@kopukm.example.go.id',
  emailPubdisdok: 'pubdisdok@kopukm.example.go.id',
  emailKepala: 'kepala@kopukm.example.go.id',
};

/** A register with the team's addresses and one guest, on Wednesday 25 November 2026 at 10.00 WIB. */
function fresh(): Product {
  const product = loadProduct({ now: '2026-11-25T10:00:00+07:00' });
  product.run('setupRegister', []);
  ok(product, 'saveSettings', TEAM);
  ok(product, 'saveNarasumber', {
    name: 'Ibu Siti Aminah',
    organization: 'Koperasi Wanita Mekar Sari',
    type: 'koperasi',
    kecamatan: 'Cibinong',
  });
  return product;
}

const view = (product: Product, episodeId = 'EP-001') => ok<EpisodeView>(product, 'getEpisode', { episodeId });
const stage = (product: Product, key: string) => view(product).stages.find((s) => s.key === key)!;
const overdue = (product: Product) => ok<Agenda>(product, 'getAgenda', {}).counts.overdue;
const dashboardOverdue = (product: Product) => ok<{ overdue: number }>(product, 'refreshDashboard', {}).overdue;
/** The reminders the hourly run sends now, as "recipient: tag title" lines. */
function reminded(product: Product): string[] {
  const before = product.emu.outbox.length;
  product.run('runReminders', [{}], { kind: 'trigger' });
  return product.emu.outbox
    .slice(before)
    .flatMap((m) => [...m.body.matchAll(/• \[([^\]]+)\] (\d)\./g)].map((x) => `${m.to}: ${x[1]} ${x[2]}`));
}

describe('an episode scheduled at short notice', () => {
  // LIVE Friday 4 December 2026, scheduled on Wednesday 25 November: its H−14 (20 November) has passed.
  const product = fresh();
  const scheduled = ok<{ episodes: EpisodeView[] }>(product, 'scheduleEpisode', {
    liveDate: '2026-12-04',
    narasumberId: 'NS-001',
    topic: 'Cara mendirikan koperasi',
  });

  it('warns that the lead time is shorter than the SOP asks, and plans the passed stages on the next working day', () => {
    expect(scheduled.warnings).toEqual([
      'LIVE Jumat, 4 Desember 2026 tinggal 9 hari lagi, kurang dari 14 hari persiapan menurut SOP. ' +
        'Tahap 1 (Menghubungi narasumber) dan 2 (Mempersiapkan kebutuhan LIVE), menurut SOP Jumat, 20 November 2026, dijadwalkan pada Kamis, 26 November 2026.',
    ]);
    const [contact, prepare, live] = scheduled.episodes[0].stages;
    expect(contact).toMatchObject({ dueDate: '2026-11-26', sopDate: '2026-11-20', status: 'belum', daysLate: 0 });
    expect(prepare).toMatchObject({ dueDate: '2026-11-26', sopDate: '2026-11-20', status: 'belum' });
    expect(live.sopDate).toBeUndefined();
    // Nothing is late on the day it was scheduled: not in the agenda, the dashboard or the reminders.
    expect([overdue(product), dashboardOverdue(product), reminded(product)]).toEqual([0, 0, []]);
  });

  it('is due on its planned day, and late from the day after it, in working days, the same everywhere', () => {
    at(product, '2026-11-26T08:00');
    expect(reminded(product)).toEqual([`${TEAM.emailHumas}: Jatuh tempo hari ini 2`, `${TEAM.emailPelaksana}: Jatuh tempo hari ini 1`]);
    at(product, '2026-11-26T23:59');
    expect(stage(product, 'hubungi_narasumber').status).toBe('belum');
    // Friday 27 November, then the weekend: one working day late, on the Saturday and the Monday still two.
    at(product, '2026-11-27T08:00');
    expect(stage(product, 'hubungi_narasumber')).toMatchObject({ status: 'terlambat', daysLate: 1 });
    expect(reminded(product)).toEqual([`${TEAM.emailHumas}: Terlambat 1 hari kerja 2`, `${TEAM.emailPelaksana}: Terlambat 1 hari kerja 1`]);
    at(product, '2026-11-30T08:00');
    expect(stage(product, 'persiapan_live')).toMatchObject({ status: 'terlambat', daysLate: 2 });
    expect([overdue(product), dashboardOverdue(product)]).toEqual([2, 2]);
    const dashboard = product.emu.displayValues('Dasbor') as string[][];
    expect(dashboard.find((r) => r.includes('Terlambat (hari kerja)'))).toBeDefined();
    expect(dashboard.find((r) => r[2] === '1. Menghubungi narasumber' && r[0] === 'EP-001')?.[4]).toBe('2');
  });

  it('moved again at short notice, plans the stages not done from the day of the move', () => {
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber' });
    const moved = ok<EpisodeView>(product, 'rescheduleEpisode', {
      episodeId: 'EP-001',
      liveDate: '2026-12-09',
      reason: 'Narasumber berhalangan',
    });
    // Stage 1 is done and keeps its date: the warning names only stage 2.
    expect(moved.warnings).toContain(
      'LIVE Rabu, 9 Desember 2026 tinggal 9 hari lagi, kurang dari 14 hari persiapan menurut SOP. ' +
        'Tahap 2 (Mempersiapkan kebutuhan LIVE), menurut SOP Rabu, 25 November 2026, dijadwalkan pada Selasa, 1 Desember 2026.',
    );
    expect(moved.stages.slice(0, 2).map((s) => [s.dueDate, s.status])).toEqual([
      ['2026-11-26', 'selesai'],
      ['2026-12-01', 'belum'],
    ]);
  });
});

describe('the LIVE and the stages after it wait for the LIVE', () => {
  const product = fresh();
  ok(product, 'scheduleEpisode', { liveDate: '2026-12-11', narasumberId: 'NS-001', topic: 'Pemasaran digital' });

  it('refuses them before the LIVE has started, naming the stage, writing nothing; the preparation may be done early', () => {
    at(product, '2026-12-11T07:59');
    for (const key of ['live', 'tanya_jawab', 'pemantauan_penonton', 'pengumpulan_feedback', 'evaluasi_bersama', 'pencatatan_evaluasi']) {
      const title = stage(product, key).title;
      expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: key, early: true })).toEqual({
        stage: `Tahap "${title}" belum dapat ditandai selesai: LIVE episode ini baru dimulai Jumat, 11 Desember 2026 pukul 08.00 WIB.`,
      });
    }
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'persiapan_live', early: true });
    expect(stage(product, 'persiapan_live').status).toBe('selesai');
  });

  it('allows them once the LIVE has started, but not with a completion time before it', () => {
    at(product, '2026-12-11T08:00');
    expect(
      refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'pemantauan_penonton', doneAt: '2026-12-10 16:00', early: true }),
    ).toEqual({
      doneAt:
        'Waktu selesai 10 Desember 2026 pukul 16.00 sebelum LIVE dimulai (11 Desember 2026 pukul 08.00); tahap "Pemantauan jumlah penonton" dikerjakan setelah LIVE dimulai.',
    });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'pemantauan_penonton', early: true });
    expect(stage(product, 'pemantauan_penonton').status).toBe('selesai');
  });
});

describe('a cancelled episode', () => {
  it('shows its stages not done as not applying, and is never reminded or counted late', () => {
    const product = fresh();
    ok(product, 'scheduleEpisode', { liveDate: '2026-12-11', narasumberId: 'NS-001', topic: 'Pemasaran digital' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'hubungi_narasumber', early: true });
    ok(product, 'cancelEpisode', { episodeId: 'EP-001', reason: 'Narasumber sakit' });
    at(product, '2026-12-21T08:00');
    expect(view(product).stages.map((s) => s.status)).toEqual(['selesai', ...Array.from({ length: 7 }, () => 'tidak_berlaku')]);
    expect([overdue(product), dashboardOverdue(product), reminded(product)]).toEqual([0, 0, []]);
  });
});
