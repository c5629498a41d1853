import type { Guest } from '../guests/guests';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { wibInstant } from '../shared/dates';
import { STAGES, type StageKey, stage } from '../shared/sop';
import {
  agenda,
  calendarWarnings,
  daysLate,
  deadline,
  defaultDoneAt,
  doneAtProblem,
  dueDate,
  type Episode,
  episodeSummary,
  episodeView,
  isOwed,
  liveDateErrors,
  liveStarted,
  liveStartWords,
  plannedDueDate,
  plannedEpisode,
  progressText,
  recordedStages,
  rescheduledStages,
  type StageRow,
  seriesDates,
  shortNoticeWarnings,
  stageRowsOf,
  stageStatus,
  timesOf,
  tookPlace,
  weekdayWarning,
} from './episodes';

const THURSDAY = 4;
const times = { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' };
const settings = { ...times, evaluationWeekday: THURSDAY };
const recorded = { recordedBy: 'a@x.id', recordedAt: '2026-11-01 09:00' };

const dues = (liveDate: string, evaluationWeekday = THURSDAY) =>
  Object.fromEntries(STAGES.map((s) => [s.key, dueDate(s, liveDate, evaluationWeekday)]));

function planned(id: string, liveDate: string) {
  return plannedEpisode({ id, liveDate, guestId: 'NS-001', topic: `Topik ${id}`, ...recorded }, times, THURSDAY);
}

const guest: Guest = {
  id: 'NS-001',
  name: 'Siti Aminah',
  organization: 'Koperasi Maju',
  type: 'koperasi',
  kecamatan: 'Cibinong',
  role: 'Ketua',
  phone: '+6281234567890',
  email: '',
  tiktok: '',
  products: '',
  ...recorded,
  archivedAt: '',
};

describe('due dates from H', () => {
  it('follow the SOP worked example: H = Jumat 27 November 2026', () => {
    expect(dues('2026-11-27')).toEqual({
      hubungi_narasumber: '2026-11-13',
      persiapan_live: '2026-11-13',
      live: '2026-11-27',
      tanya_jawab: '2026-11-27',
      pemantauan_penonton: '2026-11-27',
      pengumpulan_feedback: '2026-11-30',
      evaluasi_bersama: '2026-12-03',
      pencatatan_evaluasi: '2026-12-03',
    });
  });

  it('cross month and year ends: H = Jumat 1 Januari 2027', () => {
    expect(dues('2027-01-01')).toMatchObject({
      hubungi_narasumber: '2026-12-18',
      pengumpulan_feedback: '2027-01-04',
      evaluasi_bersama: '2027-01-07',
    });
  });

  it('put the joint evaluation of a non-Friday LIVE on the first Thursday on or after H+6', () => {
    expect(dues('2026-12-02').evaluasi_bersama).toBe('2026-12-10'); // Rabu: H+6 is a Tuesday
    expect(dues('2026-11-30').pencatatan_evaluasi).toBe('2026-12-10'); // Senin: H+6 is a Sunday
    expect(dues('2026-12-03').evaluasi_bersama).toBe('2026-12-10'); // Kamis: H+6 is a Wednesday
    expect(dues('2026-12-02').pengumpulan_feedback).toBe('2026-12-05'); // other stages keep their offsets
  });

  it('follow a configured evaluation weekday', () => {
    expect(dues('2026-11-27', 5).evaluasi_bersama).toBe('2026-12-04');
  });

  it('plan a weekly series across a year end', () => {
    const dates = seriesDates('2026-12-18', 4);
    expect(dates).toEqual(['2026-12-18', '2026-12-25', '2027-01-01', '2027-01-08']);
    const { episode, stages } = planned('EP-003', dates[2]);
    expect(episode).toMatchObject({ status: 'terjadwal', liveStart: '08:00', qaEnd: '09:30' });
    expect(stages.map((s) => s.dueDate)).toEqual(Object.values(dues('2027-01-01')));
    expect(stages.every((s) => s.episodeId === 'EP-003' && s.doneAt === '')).toBe(true);
  });
});

describe('weekday warning', () => {
  const calendar = { liveWeekday: 5, evaluationWeekday: THURSDAY };
  it('is silent for a Friday and explains a different day', () => {
    expect(weekdayWarning('2026-11-27', calendar)).toBeNull();
    expect(weekdayWarning('2026-12-02', calendar)).toBe(
      'Rabu, 2 Desember 2026 bukan hari Jumat, hari LIVE yang biasa. Evaluasi bersama dijadwalkan pada Kamis, 10 Desember 2026.',
    );
  });
});

describe('statuses from the clock', () => {
  const row = (key: StageKey, liveDate = '2026-11-27'): StageRow =>
    planned('EP-001', liveDate).stages.find((s) => s.stage === key) as StageRow;
  const at = (date: string, time: string) => wibInstant(date, time);

  it('a stage with a window is late after the window ends on H', () => {
    expect(stageStatus(stage('live'), row('live'), times, false, at('2026-11-27', '08:30'))).toBe('belum');
    expect(stageStatus(stage('live'), row('live'), times, false, at('2026-11-27', '08:31'))).toBe('terlambat');
    expect(stageStatus(stage('tanya_jawab'), row('tanya_jawab'), times, false, at('2026-11-27', '09:15'))).toBe('belum');
    expect(stageStatus(stage('tanya_jawab'), row('tanya_jawab'), times, false, at('2026-11-27', '09:31'))).toBe('terlambat');
  });

  it('other stages are late once their due date is over (WIB)', () => {
    const contact = row('hubungi_narasumber');
    expect(stageStatus(stage('hubungi_narasumber'), contact, times, false, at('2026-11-13', '23:59'))).toBe('belum');
    expect(stageStatus(stage('hubungi_narasumber'), contact, times, false, at('2026-11-14', '00:01'))).toBe('terlambat');
    expect(stageStatus(stage('pemantauan_penonton'), row('pemantauan_penonton'), times, false, at('2026-11-27', '20:00'))).toBe('belum');
  });

  it('done is done, and the stages of a cancelled episode no longer apply, before and after their date', () => {
    const done = { ...row('live'), doneAt: '2026-11-27 08:35', doneBy: 'a@x.id' };
    expect(stageStatus(stage('live'), done, times, false, at('2026-12-31', '00:00'))).toBe('selesai');
    expect(stageStatus(stage('live'), done, times, true, at('2026-12-31', '00:00'))).toBe('selesai');
    expect(stageStatus(stage('live'), row('live'), times, true, at('2026-12-31', '00:00'))).toBe('tidak_berlaku');
    expect(stageStatus(stage('live'), row('live'), times, true, at('2026-11-01', '00:00'))).toBe('tidak_berlaku');
  });

  it('uses the episode’s own windows, falling back to the settings for a mistyped cell', () => {
    const { episode } = planned('EP-001', '2026-11-27');
    expect(timesOf({ ...episode, liveEnd: '10:00', qaStart: 'pagi' }, DEFAULT_SETTINGS)).toEqual({
      liveStart: '08:00',
      liveEnd: '10:00',
      qaStart: '09:00',
      qaEnd: '09:30',
    });
  });
});

describe('the timeline', () => {
  it('is complete even when a stage row was deleted from the sheet', () => {
    const { episode, stages } = planned('EP-001', '2026-11-27');
    const rows = stageRowsOf(
      episode,
      stages.filter((s) => s.stage !== 'persiapan_live'),
      THURSDAY,
    );
    expect(rows.map((r) => r.stage)).toEqual(STAGES.map((s) => s.key));
    expect(rows[1]).toEqual(stages[1]);
  });

  it('shows each stage with its role, window and status', () => {
    const { episode, stages } = planned('EP-001', '2026-11-27');
    stages[0] = { ...stages[0], doneAt: '2026-11-12 10:00', doneBy: 'a@x.id' };
    const view = episodeView(episode, stages, guest, settings, wibInstant('2026-11-27', '09:00'));
    expect(view.guest).toEqual({ id: 'NS-001', name: 'Siti Aminah', organization: 'Koperasi Maju' });
    expect(view.stages.map((s) => s.status)).toEqual(['selesai', 'terlambat', 'terlambat', 'belum', 'belum', 'belum', 'belum', 'belum']);
    expect(view.stages[2]).toMatchObject({ key: 'live', window: { start: '08:00', end: '08:30' }, roleLabel: 'Tim Pelaksana – Pubdisdok' });
    expect(episodeSummary(view)).toMatchObject({ done: 1, late: 2, total: 8, next: { key: 'persiapan_live', status: 'terlambat' } });
    expect(progressText(episodeSummary(view))).toBe('1 dari 8 tahap selesai');
    expect(progressText({ done: 0, total: 8, recorded: 4 })).toBe('0 dari 8 tahap selesai; data 4 tahap sudah tercatat');
    expect(episodeView(episode, stages, undefined, settings, new Date()).guest).toBeNull();
  });
});

describe('rescheduling', () => {
  it('moves the stages not done and keeps the done ones, across a year end', () => {
    const { stages } = planned('EP-001', '2026-12-25');
    stages[0] = { ...stages[0], doneAt: '2026-12-10 10:00', doneBy: 'a@x.id' };
    stages[1] = { ...stages[1], doneAt: '2026-12-11 10:00', doneBy: 'b@x.id' };
    const moved = rescheduledStages(stages, '2027-01-08', THURSDAY, '2026-12-11');
    expect(moved.slice(0, 2)).toEqual(stages.slice(0, 2));
    expect(moved.slice(2).map((s) => s.dueDate)).toEqual(Object.values(dues('2027-01-08')).slice(2));
    expect(moved[6].dueDate).toBe('2027-01-14');
  });
});

describe('LIVE dates that cannot be used', () => {
  const episodes: Episode[] = [
    planned('EP-001', '2026-12-04').episode,
    { ...planned('EP-002', '2026-12-11').episode, status: 'dibatalkan' },
  ];

  it('refuses a date another episode holds; a cancelled episode frees its date', () => {
    const errors = liveDateErrors(['2026-12-04', '2026-12-11'], episodes, '2026-11-28', false);
    expect(errors).toEqual([
      { field: 'liveDate', message: 'Tanggal LIVE Jumat, 4 Desember 2026 sudah dipakai episode EP-001 (Topik EP-001).' },
    ]);
    expect(liveDateErrors(['2026-12-04'], episodes, '2026-11-28', false, 'EP-001')).toEqual([]);
  });

  it('refuses a past date unless recorded after the fact', () => {
    expect(liveDateErrors(['2026-11-27'], episodes, '2026-11-28', false)[0].message).toContain('sudah lewat');
    expect(liveDateErrors(['2026-11-27'], episodes, '2026-11-28', true)).toEqual([]);
    expect(liveDateErrors(['2026-11-28'], episodes, '2026-11-28', false)).toEqual([]);
  });
});

describe('the agenda', () => {
  it('lists what is overdue, due on the day and due in the next 7 days, by role, without cancelled episodes', () => {
    const now = wibInstant('2026-11-27', '10:00');
    const one = planned('EP-001', '2026-11-27');
    one.stages[0] = { ...one.stages[0], doneAt: '2026-11-13 09:00', doneBy: 'a@x.id' };
    const two = planned('EP-002', '2026-12-04');
    const three = planned('EP-003', '2026-12-11');
    const cancelled = planned('EP-004', '2026-11-20');
    cancelled.episode.status = 'dibatalkan';
    const views = [one, two, three, cancelled].map((p) => episodeView(p.episode, p.stages, guest, settings, now));
    const result = agenda(views, '2026-11-27');
    expect(result.soonUntil).toBe('2026-12-04');
    const pelaksana = result.roles.find((g) => g.role === 'pelaksana');
    const humas = result.roles.find((g) => g.role === 'humas');
    const pubdisdok = result.roles.find((g) => g.role === 'pubdisdok');
    expect(humas?.overdue.map((i) => `${i.episodeId} ${i.stage} ${i.status}`)).toEqual([
      'EP-001 persiapan_live terlambat',
      'EP-002 persiapan_live terlambat',
    ]);
    expect(pelaksana?.overdue.map((i) => `${i.episodeId} ${i.stage}`)).toEqual(['EP-002 hubungi_narasumber']);
    expect(humas?.today.map((i) => i.episodeId)).toEqual(['EP-003']);
    expect(pelaksana?.today.map((i) => `${i.episodeId} ${i.stage}`)).toEqual(['EP-001 pemantauan_penonton', 'EP-003 hubungi_narasumber']);
    expect(pubdisdok?.today.map((i) => `${i.stage} ${i.status}`)).toEqual(['live terlambat', 'tanya_jawab terlambat']);
    expect(pubdisdok?.soon.map((i) => `${i.episodeId} ${i.stage} ${i.dueDate}`)).toEqual([
      'EP-001 pengumpulan_feedback 2026-11-30',
      'EP-002 live 2026-12-04',
      'EP-002 tanya_jawab 2026-12-04',
    ]);
    expect(pelaksana?.soon.map((i) => `${i.episodeId} ${i.stage}`)).toEqual([
      'EP-001 evaluasi_bersama',
      'EP-001 pencatatan_evaluasi',
      'EP-002 pemantauan_penonton',
    ]);
    expect(result.roles.flatMap((g) => [...g.overdue, ...g.today, ...g.soon]).some((i) => i.episodeId === 'EP-004')).toBe(false);
    expect(result.roles.map((g) => g.role)).toEqual(['pelaksana', 'humas', 'pubdisdok']);
    expect(result.counts).toEqual({ overdue: 3, today: 5, soon: 6 });
  });
});

describe('the one rule: recorded data shows a stage done', () => {
  const { episode, stages } = planned('EP-001', '2026-11-27');
  const after = wibInstant('2026-12-10', '12:00');

  it('names the stages each kind of record shows done; the LIVE by its own data only', () => {
    expect(recordedStages({ questions: true })).toEqual(['live', 'tanya_jawab']);
    expect(recordedStages({ metrics: true, feedback: true })).toEqual(['live', 'pemantauan_penonton', 'pengumpulan_feedback']);
    expect(recordedStages({ evaluation: true })).toEqual(['evaluasi_bersama', 'pencatatan_evaluasi']);
    expect(recordedStages({})).toEqual([]);
  });

  it('makes such a stage recorded: never late, owed nothing, and the LIVE held', () => {
    const bare = episodeView(episode, stages, guest, settings, after);
    const shown = episodeView(episode, stages, guest, settings, after, recordedStages({ metrics: true }));
    expect([tookPlace(bare), tookPlace(shown)]).toEqual([false, true]);
    const live = shown.stages.find((s) => s.key === 'live')!;
    expect([live.status, isOwed(live), isOwed(bare.stages.find((s) => s.key === 'live')!)]).toEqual(['tercatat', false, true]);
    expect(agenda([shown], '2026-12-10').roles.flatMap((r) => r.overdue.map((i) => i.stage))).not.toContain('live');
    expect(episodeSummary(shown)).toMatchObject({ done: 0, recorded: 2 });
    // A stage marked done stays done, a cancelled episode never took place.
    expect(tookPlace({ ...shown, status: 'dibatalkan' })).toBe(false);
  });

  it('takes the LIVE and the Q&A as done at their scheduled end once it has passed, other stages now', () => {
    const live = stage('live');
    expect(defaultDoneAt(live, '2026-11-27', times, wibInstant('2026-11-27', '09:05'))).toBe('2026-11-27 08:30');
    expect(defaultDoneAt(live, '2026-11-27', times, wibInstant('2026-11-27', '08:20'))).toBe('2026-11-27 08:20');
    expect(defaultDoneAt(stage('pengumpulan_feedback'), '2026-11-30', times, wibInstant('2026-12-01', '10:00'))).toBe('2026-12-01 10:00');
  });
});

describe('calendarWarnings', () => {
  const booked = (id: string, liveDate: string, extra: Partial<Episode> = {}): Episode => ({ ...planned(id, liveDate).episode, ...extra });
  const warn = (dates: string[], episodes: Episode[], movingId?: string) => calendarWarnings(dates, guest, episodes, THURSDAY, movingId);

  it('count four weeks apart as fine, less as a repeat, and ignore cancelled or moving episodes', () => {
    expect(warn(['2027-01-29'], [booked('EP-001', '2027-01-01')])).toEqual([]);
    expect(warn(['2027-01-22'], [booked('EP-001', '2027-01-01')])).toHaveLength(1);
    expect(warn(['2027-01-22'], [booked('EP-001', '2027-01-01', { status: 'dibatalkan' })])).toEqual([]);
    expect(warn(['2027-01-22'], [booked('EP-001', '2027-01-01')], 'EP-001')).toEqual([]);
    expect(warn(['2027-01-22'], [booked('EP-001', '2027-01-15', { guestId: 'NS-002' })])).toEqual([]);
  });

  it('see a weekly series with one guest as repeats, in one warning', () => {
    const [w] = warn(seriesDates('2027-01-08', 2), []);
    expect(w).toBe(
      'Narasumber Siti Aminah dijadwalkan lebih dari sekali dalam empat minggu: Jumat, 8 Januari 2027 (jadwal baru); Jumat, 15 Januari 2027 (jadwal baru). Pastikan memang disengaja.',
    );
  });

  it('name national holidays and cuti bersama on the LIVE or the joint evaluation', () => {
    expect(warn(['2026-08-17'], [])).toEqual([
      'Tanggal LIVE Senin, 17 Agustus 2026 bertepatan dengan hari libur nasional Proklamasi Kemerdekaan.',
    ]);
    expect(warn(['2026-05-22'], [])).toEqual([
      'Evaluasi bersama episode LIVE Jumat, 22 Mei 2026 jatuh pada Kamis, 28 Mei 2026, bertepatan dengan Cuti Bersama Iduladha 1447 Hijriah.',
    ]);
  });
});

describe('an episode scheduled at short notice', () => {
  // LIVE Friday 8 January 2027: the SOP wants its preparation done by Friday 25 December 2026 (H−14).
  const live = '2027-01-08';
  const sop = dueDate(stage('hubungi_narasumber'), live, THURSDAY);
  const schedule = (on: string) =>
    plannedEpisode({ id: 'EP-001', liveDate: live, guestId: 'NS-001', topic: 'x', ...recorded }, times, THURSDAY, on);

  it('plans a stage whose SOP date has passed on the next working day, skipping holidays, never after the LIVE', () => {
    expect(sop).toBe('2026-12-25');
    expect(plannedDueDate(sop, live, '2026-12-25')).toBe('2026-12-25');
    // Thursday 31 December: 1 January is a holiday, then a weekend.
    expect(plannedDueDate(sop, live, '2026-12-31')).toBe('2027-01-04');
    expect(plannedDueDate(sop, live, '2027-01-07')).toBe(live);
    expect(plannedDueDate(sop, live, live)).toBe(live);
    // Recorded after the LIVE: the SOP's dates stand.
    expect(plannedDueDate(sop, live, '2027-01-11')).toBe(sop);
    const { stages } = schedule('2026-12-31');
    expect(stages.map((s) => s.dueDate)).toEqual(['2027-01-04', '2027-01-04', ...Object.values(dues(live)).slice(2)]);
    expect(rescheduledStages(schedule('2026-12-01').stages, live, THURSDAY, '2026-12-31').map((s) => s.dueDate)).toEqual(
      stages.map((s) => s.dueDate),
    );
  });

  it('is not late before its planned date, and shows the SOP date beside it', () => {
    const { episode, stages } = schedule('2026-12-31');
    const view = episodeView(episode, stages, guest, settings, wibInstant('2027-01-04', '16:00'));
    expect(view.stages[0]).toMatchObject({ dueDate: '2027-01-04', sopDate: sop, status: 'belum', daysLate: 0 });
    expect(view.stages[2].sopDate).toBeUndefined();
    const later = episodeView(episode, stages, guest, settings, wibInstant('2027-01-06', '09:00'));
    // Tuesday 5 January 2027 is a holiday (Isra Mikraj): one working day late on the Wednesday.
    expect(later.stages[0]).toMatchObject({ status: 'terlambat', daysLate: 1 });
  });

  it('warns that the lead time is shorter than the SOP’s, naming the stages and their days', () => {
    expect(shortNoticeWarnings([live], '2026-12-25', THURSDAY)).toEqual([]);
    // A series: only the LIVE whose SOP date has passed is warned of.
    expect(shortNoticeWarnings([live, '2027-01-15'], '2026-12-31', THURSDAY)).toEqual([
      'LIVE Jumat, 8 Januari 2027 tinggal 8 hari lagi, kurang dari 14 hari persiapan menurut SOP. ' +
        'Tahap 1 (Menghubungi narasumber) dan 2 (Mempersiapkan kebutuhan LIVE), menurut SOP Jumat, 25 Desember 2026, dijadwalkan pada Senin, 4 Januari 2027.',
    ]);
    expect(shortNoticeWarnings([live], live, THURSDAY)[0]).toMatch(/^LIVE Jumat, 8 Januari 2027 diadakan hari ini, kurang dari 14 hari/);
    // Rescheduled with both moved stages already done: nothing left to move, nothing to warn of.
    expect(shortNoticeWarnings([live], '2026-12-31', THURSDAY, new Set(['hubungi_narasumber', 'persiapan_live']))).toEqual([]);
  });
});

describe('days late, in working days', () => {
  const at = (date: string, time = '10:00') => wibInstant(date, time);

  it('counts the working days after the last day on time, leaving out weekends, holidays and cuti bersama', () => {
    // Due Monday 21 December 2026: on time through that day.
    const due = deadline(stage('hubungi_narasumber'), '2026-12-21', times);
    expect(daysLate(due, at('2026-12-21', '23:59'))).toBe(0);
    expect(daysLate(due, at('2026-12-22'))).toBe(1);
    expect(daysLate(due, at('2026-12-23'))).toBe(2);
    // 24 December cuti bersama, 25 December Christmas, then a weekend.
    expect(daysLate(due, at('2026-12-27'))).toBe(2);
    expect(daysLate(due, at('2026-12-28'))).toBe(3);
  });

  it('a stage with a window is late the same day but a whole working day late only from the next', () => {
    const due = deadline(stage('live'), '2026-12-18', times);
    expect(daysLate(due, at('2026-12-18', '09:00'))).toBe(0);
    expect(daysLate(due, at('2026-12-21'))).toBe(1);
  });

  it('a stage done late keeps the days it was late when done', () => {
    const { episode, stages } = planned('EP-001', '2026-11-27');
    stages[6] = { ...stages[6], doneAt: '2026-12-07 09:00', doneBy: 'a@x.id' };
    const view = episodeView(episode, stages, guest, settings, wibInstant('2026-12-31', '12:00'));
    // Evaluation due Thursday 3 December; done the next Monday: one working day late (Friday), and Monday.
    expect(view.stages[6]).toMatchObject({ dueDate: '2026-12-03', status: 'selesai', daysLate: 2 });
  });
});

describe('the LIVE and the stages after it wait for the LIVE', () => {
  const live = '2026-11-27';
  const due = (key: StageKey) => dueDate(stage(key), live, THURSDAY);
  const problem = (key: StageKey, doneAt: string, now: Date) => doneAtProblem(stage(key), due(key), live, times, doneAt, now, true);

  it('counts the LIVE started from its start time on, in the times given', () => {
    const start = wibInstant(live, '08:00').getTime();
    expect(liveStarted(live, times, new Date(start - 1))).toBe(false);
    expect(liveStarted(live, times, new Date(start))).toBe(true);
    expect(liveStarted(live, { ...times, liveStart: '19:30' }, new Date(start))).toBe(false);
    expect(liveStartWords(live, { ...times, liveStart: '19:30' })).toBe('Jumat, 27 November 2026 pukul 19.30 WIB');
  });

  it('refuses them before the LIVE has started, naming the stage; allows the preparation', () => {
    const before = wibInstant(live, '07:59');
    for (const key of [
      'live',
      'tanya_jawab',
      'pemantauan_penonton',
      'pengumpulan_feedback',
      'evaluasi_bersama',
      'pencatatan_evaluasi',
    ] as const) {
      expect(problem(key, '2026-11-27 07:59', before)).toEqual({
        field: 'stage',
        message: `Tahap "${stage(key).title}" belum dapat ditandai selesai: LIVE episode ini baru dimulai Jumat, 27 November 2026 pukul 08.00 WIB.`,
      });
    }
    expect(problem('hubungi_narasumber', '2026-11-27 07:59', before)).toBeNull();
    expect(problem('persiapan_live', '2026-11-27 07:59', before)).toBeNull();
    expect(problem('live', '2026-11-27 08:00', wibInstant(live, '08:00'))).toBeNull();
  });

  it('refuses a completion time before the LIVE started, even confirmed as early', () => {
    expect(problem('pengumpulan_feedback', '2026-11-26 10:00', wibInstant('2026-11-28', '10:00'))).toEqual({
      field: 'doneAt',
      message:
        'Waktu selesai 26 November 2026 pukul 10.00 sebelum LIVE dimulai (27 November 2026 pukul 08.00); tahap "Pengumpulan umpan balik dari sasaran program" dikerjakan setelah LIVE dimulai.',
    });
  });
});
