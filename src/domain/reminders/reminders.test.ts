import { episodeView, plannedEpisode, type StageRow } from '../episodes/episodes';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { StageKey } from '../shared/sop';
import { type Action, digests, plan } from './reminders';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  emailPelaksana: 'pelaksana@x.go.id',
  emailHumas: 'humas@x.go.id',
  emailPubdisdok: 'pubdisdok@x.go.id',
  emailKepala: 'kepala@x.go.id',
};

/** An episode with LIVE on `liveDate`, every stage done except `open`. */
function episode(liveDate: string, open: StageKey[]) {
  const { episode: row, stages } = plannedEpisode(
    { id: 'EP-001', liveDate, guestId: 'NS-001', topic: 'Topik', recordedBy: 'a@x.go.id', recordedAt: '2026-11-01 09:00' },
    { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' },
    4,
  );
  const rows: StageRow[] = stages.map((s) =>
    open.includes(s.stage as StageKey) ? s : { ...s, doneAt: '2026-11-01 10:00', doneBy: 'a@x.go.id' },
  );
  return (now: Date) => episodeView(row, rows, undefined, settings, now);
}

const at = (wib: string) => new Date(`${wib}:00+07:00`);
const owed = (view: ReturnType<typeof episode>, wib: string, s: Settings = settings) => plan([view(at(wib))], [], s, at(wib));

describe('overdue reminders', () => {
  // LIVE Friday 4 December 2026: feedback (H+3) due Monday 7 December, left undone.
  const feedback = episode('2026-12-04', ['pengumpulan_feedback']);

  it('come every working day, each day under its own key, and never on weekends or holidays', () => {
    const days = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14'];
    const sent = days.map((d) => owed(feedback, `${d}T07:00`).filter((r) => r.recipient === 'pubdisdok@x.go.id'));
    expect(sent.map((rs) => rs.length)).toEqual([1, 1, 1, 1, 0, 0, 1]);
    const keys = sent.flat().map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sent[0][0]).toMatchObject({ kind: 'terlambat', tag: 'Terlambat 1 hari kerja' });
    expect(sent[3][0].tag).toBe('Terlambat 4 hari kerja');
    expect(owed(feedback, '2026-12-25T07:00')).toEqual([]);
    expect(owed(feedback, '2026-12-24T07:00')).toEqual([]);
    // Before the reminder hour nothing is owed yet; after it, the same key all day.
    expect(owed(feedback, '2026-12-09T06:59')).toEqual([]);
    expect(owed(feedback, '2026-12-09T15:00').map((r) => r.key)).toEqual(sent[1].map((r) => r.key));
  });

  it("reach the head of office after the settings' number of working days, daily", () => {
    const day5 = owed(feedback, '2026-12-14T07:00');
    expect(day5.map((r) => r.recipient)).toEqual(['pubdisdok@x.go.id']);
    const day6 = owed(feedback, '2026-12-15T07:00');
    expect(day6.map((r) => r.recipient).sort()).toEqual(['kepala@x.go.id', 'pubdisdok@x.go.id']);
    expect(day6[0]).toMatchObject({ kind: 'eskalasi', tag: 'Masih terlambat 6 hari kerja' });
    expect(owed(feedback, '2026-12-16T07:00').map((r) => r.recipient)).toContain('kepala@x.go.id');
    expect(owed(feedback, '2026-12-08T07:00', { ...settings, escalationDays: 0 }).map((r) => r.recipient)).toContain('kepala@x.go.id');
  });

  it('keep one key for the team on the day escalation starts, whatever the kind', () => {
    const before = owed(feedback, '2026-12-15T07:00', { ...settings, escalationDays: 6 });
    const after = owed(feedback, '2026-12-15T08:00');
    expect(before[0].key).toBe(after.find((r) => r.recipient === 'pubdisdok@x.go.id')!.key);
  });

  it('gather six overdue stages in one digest to the head of office', () => {
    const six = episode('2026-11-27', [
      'hubungi_narasumber',
      'persiapan_live',
      'pemantauan_penonton',
      'pengumpulan_feedback',
      'evaluasi_bersama',
      'pencatatan_evaluasi',
    ]);
    const mails = digests(owed(six, '2026-12-14T07:00'), 'https://sheet', '2026-12-14');
    const head = mails.find((m) => m.recipient === 'kepala@x.go.id')!;
    expect(head.keys).toHaveLength(6);
    expect(head.subject).toBe('[HALO KOP-UKM] Pengingat 6 tugas (6 terlambat) – Senin, 14 Desember 2026');
  });

  it('come every day when the office chooses every day, still saying the working days late, as the sidebar does', () => {
    expect(owed(feedback, '2026-12-12T07:00', { ...settings, reminderDays: 'setiap' })).toHaveLength(1);
    const view = feedback(at('2026-12-12T07:00')).stages.find((s) => s.key === 'pengumpulan_feedback')!;
    expect(view.daysLate).toBe(4);
    expect(owed(feedback, '2026-12-12T07:00', { ...settings, reminderDays: 'setiap' })[0].tag).toBe('Terlambat 4 hari kerja');
  });
});

describe('reminders on days off', () => {
  it('a stage due on a holiday is reminded on the working day before', () => {
    // LIVE Monday 21 December 2026: feedback due Thursday 24 December (cuti bersama).
    const view = episode('2026-12-21', ['pengumpulan_feedback']);
    const wednesday = owed(view, '2026-12-23T07:00');
    expect(wednesday).toHaveLength(1);
    expect(wednesday[0]).toMatchObject({ kind: 'jatuh_tempo', tag: 'Jatuh tempo Kamis', dueDate: '2026-12-24' });
    expect(owed(view, '2026-12-24T07:00')).toEqual([]);
    expect(owed(view, '2026-12-28T07:00')[0]).toMatchObject({ kind: 'terlambat', tag: 'Terlambat 1 hari kerja' });
  });

  it('the team hears of a Monday LIVE on the Friday before, not on Sunday', () => {
    const view = episode('2026-12-07', [
      'live',
      'tanya_jawab',
      'pemantauan_penonton',
      'pengumpulan_feedback',
      'evaluasi_bersama',
      'pencatatan_evaluasi',
    ]);
    const friday = owed(view, '2026-12-04T07:00').filter((r) => r.kind === 'pemberitahuan');
    expect(friday.map((r) => r.recipient).sort()).toEqual(['humas@x.go.id', 'pelaksana@x.go.id', 'pubdisdok@x.go.id']);
    expect(friday[0].tag).toBe('Pemberitahuan: Senin');
    expect(owed(view, '2026-12-06T07:00')).toEqual([]);
  });

  it('name a stage due on a holiday once in the e-mail of its team, though it comes as due and as notice the same day', () => {
    // LIVE Friday 18 December 2026: the evaluation is due Thursday 24 December (cuti bersama), so on Wednesday
    // it is both due (the working day before) and tomorrow's notice to every team.
    const view = episode('2026-12-18', ['evaluasi_bersama']);
    const wednesday = owed(view, '2026-12-23T07:00');
    const mails = digests(wednesday, 'https://sheet', '2026-12-23');
    const team = mails.find((m) => m.recipient === 'pelaksana@x.go.id')!;
    expect(team.body.split('7. Evaluasi bersama')).toHaveLength(2);
    expect(team.body).toContain('[Jatuh tempo Kamis] 7. Evaluasi bersama');
    expect(team.subject).toBe('[HALO KOP-UKM] Pengingat 1 tugas – Rabu, 23 Desember 2026');
    // Both reminders are sent with it, so the notice does not come again on its own.
    expect(team.keys.sort()).toEqual(
      wednesday
        .filter((r) => r.recipient === 'pelaksana@x.go.id')
        .map((r) => r.key)
        .sort(),
    );
    expect(team.keys).toHaveLength(2);
    expect(mails.find((m) => m.recipient === 'humas@x.go.id')!.body).toContain('[Pemberitahuan: besok] 7. Evaluasi bersama');
  });

  it('name the Pubdisdok team without nested parentheses', () => {
    const view = episode('2026-12-07', ['live']);
    const mails = digests(owed(view, '2026-12-07T07:00'), 'https://sheet', '2026-12-07');
    expect(mails[0].body).toContain('3. Pelaksanaan LIVE TikTok (Tim Pelaksana – Pubdisdok)');
  });
});

describe('follow-up actions', () => {
  it('are reminded daily on working days once overdue, and reach the head of office as the settings say', () => {
    const action: Action = {
      id: 'TL-001',
      episodeId: 'EP-001',
      action: 'Perbaiki pencahayaan',
      pic: 'Humas',
      dueDate: '2026-12-04',
      status: 'terbuka',
      doneAt: '',
      doneBy: '',
    };
    const on = (wib: string) => plan([], [action], settings, at(wib));
    expect(on('2026-12-05T07:00')).toEqual([]);
    expect(on('2026-12-07T07:00').map((r) => r.recipient)).toEqual(['pelaksana@x.go.id']);
    expect(on('2026-12-14T07:00').map((r) => r.recipient)).toEqual(['pelaksana@x.go.id', 'kepala@x.go.id']);
  });
});
