/** Recording the LIVE (issue 5) through the built bundle on the emulator. */

import type { Product } from '../tools/harness';
import { at, call, cellsRead, ok, type Result, refusedErrors, sheetRows, snapshot } from './calls';
import { registerWithEpisodes } from './fixtures/episodes';

interface Suggestion {
  stage: string;
  title: string;
}
interface Saved {
  id?: string;
  record: LiveRecord;
  suggestions: Suggestion[];
  replaced?: string;
}
interface LiveRecord {
  metrics: Record<string, unknown> | null;
  snapshots: { time: string; viewers: number; source: string }[];
  questions: Record<string, string>[];
  stats: { total: number; answered: number; answeredPercent: number | null };
  feedback: Record<string, string>[];
  evaluation: Record<string, string> | null;
  actions: Record<string, string>[];
  openEarlier: Record<string, string>[];
  stages: { key: string; status: string }[];
  items: { key: string; recorded: boolean; detail: string }[];
}
interface Imported {
  committed: boolean;
  needsMapping: boolean;
  headers: string[];
  counts: Record<string, number>;
  questions: { key: string; text: string; user: string }[];
  rejected: { line: number; reason: string }[];
  added?: { comments: number; questions: number; snapshots: number };
  remaining?: number;
  record?: LiveRecord;
  suggestions?: Suggestion[];
}

/** Text from the public that a sheet would otherwise turn into formulas, numbers or links. */
const HOSTILE = [
  '=IMPORTXML("http://x","//a")',
  '+62812 3456 7890',
  '@user',
  '-1+2',
  '\t=1+1',
  '=HYPERLINK("http://x","klik")',
  '<img src=x onerror=alert(1)>',
];

/** A register with one guest and weekly episodes EP-001 (27 Nov 2026), EP-002 (4 Dec), … scheduled a week ahead. */
const register = (weeks = 2): Product => registerWithEpisodes({ now: '2026-11-20T09:00:00+07:00', liveDate: '2026-11-27', weeks });

const csvCell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\n');
const HEADER = ['timestamp', 'type', 'unique_id', 'nickname', 'text', 'value', 'msg_id'];

describe('recordLiveMetrics', () => {
  const product = register();

  it('is refused before the LIVE has begun, and for contradicting figures, writing nothing', () => {
    const refusedMetrics = (input: Record<string, unknown>) =>
      refusedErrors(product, 'recordLiveMetrics', { episodeId: 'EP-001', ...input });
    /** Figures that agree, with the viewer counts under test. */
    const refusedCounts = (snapshots: unknown[]) => refusedMetrics({ totalViewers: 100, peakViewers: 50, snapshots });
    at(product, '2026-11-27T07:59');
    expect(refusedMetrics({ totalViewers: 10, peakViewers: 5 })[0].message).toBe(
      'LIVE episode EP-001 belum dimulai (Jumat, 27 November 2026 pukul 08.00 WIB). Catat setelah LIVE berlangsung.',
    );
    at(product, '2026-11-27T10:00');
    expect(refusedMetrics({ totalViewers: 100, peakViewers: 120, likes: -1 })).toEqual([
      { field: 'likes', message: 'Jumlah suka tidak boleh negatif.' },
    ]);
    expect(refusedMetrics({ totalViewers: 100, peakViewers: 120 })).toEqual([
      { field: 'peakViewers', message: 'Penonton puncak (120) tidak boleh lebih dari total penonton (100).' },
    ]);
    expect(
      refusedCounts([
        { time: '2026-11-28 08:10', viewers: 5 },
        { time: '08:70', viewers: 1.5 },
      ]),
    ).toEqual([{ field: 'snapshots.1.viewers', message: 'Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).' }]);
    expect(
      refusedCounts([
        { time: '2026-11-28 08:10', viewers: 5 },
        { time: '08:70', viewers: 1 },
        { time: '12:00', viewers: 1 },
      ]),
    ).toEqual([
      { field: 'snapshots.0.time', message: 'Waktu harus pada hari LIVE, 27 November 2026.' },
      { field: 'snapshots.1.time', message: 'Waktu harus berupa jam, mis. 08:15, atau tanggal dan jam, mis. 2026-11-27 08:15.' },
      { field: 'snapshots.2.time', message: 'Waktu 12:00 belum terjadi.' },
    ]);
  });

  it('records the figures and suggests completing stages 3 and 5 instead of doing it', () => {
    const result = call<Saved>(product, 'recordLiveMetrics', {
      episodeId: 'EP-001',
      totalViewers: 1250,
      peakViewers: 180,
      uniqueViewers: 900,
      likes: 3400,
      snapshots: [
        { time: '08:05', viewers: 120 },
        { time: '2026-11-27 08:20', viewers: 200 },
      ],
      evidenceUrl: 'https://drive.google.com/x',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual(['Jumlah penonton yang dicatat pukul 08.20 (200) lebih dari penonton puncak; periksa kembali.']);
    expect(result.data.suggestions.map((s) => s.stage)).toEqual(['live', 'pemantauan_penonton']);
    expect(result.data.record.stages.find((s) => s.key === 'pemantauan_penonton')?.status).not.toBe('selesai');
    expect(result.data.record.metrics).toMatchObject({
      totalViewers: 1250,
      peakViewers: 180,
      uniqueViewers: 900,
      likes: 3400,
      gifts: null,
    });
    expect(result.data.record.snapshots.map((s) => [s.time, s.viewers])).toEqual([
      ['2026-11-27 08:05', 120],
      ['2026-11-27 08:20', 200],
    ]);
  });

  it('replaces the figures when saved again, with the old values in the audit log', () => {
    const { record, replaced } = ok<Saved>(product, 'recordLiveMetrics', { episodeId: 'EP-001', totalViewers: 1300, peakViewers: 210 });
    expect(sheetRows(product, 'Angka LIVE')).toHaveLength(1);
    // What the sidebar shows as "Angka LIVE diperbarui (sebelumnya …)": the earlier value of each figure changed.
    expect(replaced).toBe('total penonton 1.250, penonton puncak 180, penonton unik 900, suka 3.400');
    expect(record.metrics).toMatchObject({ totalViewers: 1300, peakViewers: 210, uniqueViewers: null, evidenceUrl: '' });
    expect(record.snapshots).toHaveLength(2); // left out: kept
    const audit = sheetRows(product, 'Log Audit').filter((r) => r.Tindakan === 'ubah angka LIVE');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0].Sebelum)).metrics[0]).toMatchObject({ totalViewers: 1250, peakViewers: 180 });
    expect(JSON.parse(String(audit[0].Sesudah)).metrics).toMatchObject({ totalViewers: 1300 });

    ok(product, 'recordLiveMetrics', {
      episodeId: 'EP-001',
      totalViewers: 1300,
      peakViewers: 210,
      snapshots: [{ time: '08:10', viewers: 150 }],
    });
    expect(sheetRows(product, 'Jumlah Penonton').map((r) => r.Penonton)).toEqual([150]);
  });

  it('is one click away from completing the suggested stage', () => {
    const { suggestions } = ok<Saved>(product, 'recordLiveMetrics', { episodeId: 'EP-001', totalViewers: 1300, peakViewers: 210 });
    for (const s of suggestions) ok(product, 'completeStage', { episodeId: 'EP-001', stage: s.stage });
    expect(ok<Saved>(product, 'recordLiveMetrics', { episodeId: 'EP-001', totalViewers: 1300, peakViewers: 210 }).suggestions).toEqual([]);
  });

  it('refuses a cancelled episode', () => {
    ok(product, 'cancelEpisode', { episodeId: 'EP-002', reason: 'Narasumber berhalangan' });
    at(product, '2026-12-04T10:00');
    expect(refusedErrors(product, 'recordLiveMetrics', { episodeId: 'EP-002', totalViewers: 1, peakViewers: 1 })[0].message).toContain(
      'sudah dibatalkan',
    );
  });
});

describe('recordViewerCount (quick entry during the LIVE)', () => {
  const product = register();

  it('takes the current time when none is given; the same minute again corrects it', () => {
    at(product, '2026-11-27T08:12');
    expect(ok<Saved>(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 85 })).toMatchObject({ id: '2026-11-27 08:12' });
    const { record, suggestions, replaced } = ok<Saved>(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 95, time: '08:12' });
    expect(suggestions).toEqual([]);
    expect(replaced).toBe('85');
    expect(ok<Saved>(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '95', time: '08:12' }).replaced).toBe('');
    expect(record.snapshots.map((s) => [s.time, s.viewers, s.source])).toEqual([['2026-11-27 08:12', 95, 'manual']]);
    expect(record.items.find((i) => i.key === 'viewerCounts')?.detail).toBe('1 catatan, tertinggi 95 pukul 08.12');
    expect(
      sheetRows(product, 'Log Audit')
        .filter((r) => r.Tindakan === 'catat jumlah penonton')
        .map((r) => r.Sebelum !== ''),
    ).toEqual([false, true, true]);
  });

  it('refuses a time still to come, another day, a LIVE not yet begun, and a missing time on another day', () => {
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 1, time: '08:30' })[0].message).toBe(
      'Waktu 08:30 belum terjadi.',
    );
    ok(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 90, time: '08:17' }); // a user's clock a little ahead
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 1, time: '2026-11-26 08:00' })[0].field).toBe(
      'time',
    );
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-002', viewers: 1 })[0].message).toBe(
      'LIVE episode EP-002 belum dimulai (Jumat, 4 Desember 2026 pukul 08.00 WIB). Catat setelah LIVE berlangsung.',
    );
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: true })[0].message).toBe(
      'Jumlah penonton harus berupa angka.',
    );
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 'dua belas' })[0].message).toBe(
      'Jumlah penonton harus berupa angka bulat, mis. 1.250.',
    );
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '1,5' })[0].message).toBe(
      'Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).',
    );
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '1.000.001' })[0].message).toBe(
      'Jumlah penonton paling banyak 1.000.000; periksa kembali angkanya.',
    );
    expect(ok<Saved>(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '1.000.000', time: '08:01' }).replaced).toBeUndefined();
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '1.25' })[0].message).toBe(
      'Jumlah penonton harus berupa angka bulat, mis. 1.250.',
    );
    at(product, '2026-11-28T09:00');
    expect(refusedErrors(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 1 })[0].message).toBe(
      'Hari ini bukan hari LIVE episode EP-001 (Jumat, 27 November 2026); isi waktunya.',
    );
  });
});

describe('saveQuestion', () => {
  const product = register();
  at(product, '2026-11-27T09:10');

  it('records a question, then answers it by id; the share answered is per episode', () => {
    const first = ok<Saved>(product, 'saveQuestion', {
      episodeId: 'EP-001',
      question: 'gmn cara daftar NIB',
      askerHandle: 'budi_umkm',
      askedAt: '09:05',
    });
    expect(first.id).toBe('TJ-001');
    // A question shows the LIVE and its Q&A took place: both are offered.
    expect(first.suggestions.map((s) => s.stage)).toEqual(['live', 'tanya_jawab']);
    expect(first.record.questions[0]).toMatchObject({
      status: 'belum dijawab',
      topic: 'perizinan/legalitas',
      askedAt: '2026-11-27 09:05',
      source: 'manual',
    });
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Berapa simpanan pokok?' });
    const answered = ok<Saved>(product, 'saveQuestion', {
      id: 'TJ-001',
      episodeId: 'EP-001',
      answer: 'Lewat oss.go.id, gratis.',
      answeredBy: 'Ibu Siti',
    });
    expect(answered.record.questions[0]).toMatchObject({
      id: 'TJ-001',
      question: 'gmn cara daftar NIB',
      askerHandle: 'budi_umkm',
      answer: 'Lewat oss.go.id, gratis.',
      status: 'terjawab',
    });
    expect(answered.record.stats).toMatchObject({ total: 2, answered: 1, answeredPercent: 50 });
    expect(sheetRows(product, 'Tanya Jawab')).toHaveLength(2);
  });

  it('refuses "terjawab" without an answer, an unknown id, and a question of another episode', () => {
    expect(refusedErrors(product, 'saveQuestion', { episodeId: 'EP-001', question: 'x', status: 'terjawab' })).toEqual([
      { field: 'answer', message: 'Jawaban wajib diisi bila status "terjawab".' },
    ]);
    expect(refusedErrors(product, 'saveQuestion', { id: 'TJ-099', episodeId: 'EP-001', answer: 'y' })[0].message).toBe(
      'Pertanyaan TJ-099 tidak ditemukan.',
    );
    expect(refusedErrors(product, 'saveQuestion', { id: 'TJ-001', episodeId: 'EP-002', answer: 'y' })[0].message).toBe(
      'Pertanyaan TJ-001 tercatat pada episode EP-001, bukan EP-002.',
    );
    expect(refusedErrors(product, 'saveQuestion', { episodeId: 'EP-001' })).toEqual([
      { field: 'question', message: 'Pertanyaan wajib diisi.' },
    ]);
    // Every mistake at once (issue 15), not one more on each save.
    expect(
      refusedErrors(product, 'saveQuestion', { episodeId: 'EP-001', status: 'terjawab', askedAt: '25:00' }).map((e) => e.field),
    ).toEqual(['question', 'askedAt', 'answer']);
    expect(refusedErrors(product, 'saveQuestion', { episodeId: 'EP-001', question: 'x', topic: 'politik' })[0].field).toBe('topic');
  });
});

describe('saveFeedback', () => {
  it('records feedback by channel and suggests stage 6', () => {
    const product = register();
    at(product, '2026-11-30T10:00');
    const saved = ok<Saved>(product, 'saveFeedback', {
      episodeId: 'EP-001',
      channel: 'WhatsApp',
      text: 'Sangat membantu, terima kasih!',
      sentiment: 'positif',
    });
    expect(saved.id).toBe('UB-001');
    expect(saved.suggestions.map((s) => s.stage)).toEqual(['pengumpulan_feedback']);
    expect(saved.record.items.find((i) => i.key === 'feedback')).toMatchObject({ recorded: true, detail: '1 umpan balik' });
    expect(refusedErrors(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'Instagram', text: '   ' }).map((e) => e.field)).toEqual([
      'channel',
      'text',
    ]);
    // A list left at "Pilih…" says so plainly; a wrong value lists the choices as the form shows them.
    expect(refusedErrors(product, 'saveFeedback', { episodeId: 'EP-001', text: 'x' })).toEqual([
      { field: 'channel', message: 'Saluran wajib diisi.' },
    ]);
    expect(refusedErrors(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'Instagram', text: 'x' })[0].message).toBe(
      'Pilih salah satu saluran: Komentar TikTok, DM, WhatsApp, Formulir, Lainnya.',
    );
  });
});

describe('saveEvaluation and completeAction', () => {
  const product = register(3);

  it('records the evaluation with its actions and suggests stages 7 and 8', () => {
    at(product, '2026-12-03T14:00');
    expect(
      refusedErrors(product, 'saveEvaluation', {
        episodeId: 'EP-001',
        meetingDate: '2026-11-26',
        attendees: 'Tim',
        strengths: 'a',
        problems: 'b',
        actions: [{ action: 'x', pic: 'y', dueDate: '2026-11-20' }],
      }).map((e) => e.field),
    ).toEqual(['meetingDate', 'actions.0.dueDate']);
    const saved = ok<Saved>(product, 'saveEvaluation', {
      episodeId: 'EP-001',
      meetingDate: '2026-12-03',
      attendees: 'Pak Kabid, Tim Pubdisdok, Tim Humas',
      strengths: 'Narasumber komunikatif; 14 pertanyaan terjawab.',
      problems: 'Suara putus-putus pada menit ke-10.',
      actions: [
        { action: 'Pakai mikrofon clip-on', pic: 'Tim Pubdisdok', dueDate: '2026-12-04' },
        { action: 'Unggah rekaman ke Instagram', pic: 'Tim Humas', dueDate: '2026-12-08' },
      ],
    });
    expect(saved.suggestions.map((s) => s.stage)).toEqual(['evaluasi_bersama', 'pencatatan_evaluasi']);
    expect(saved.record.actions.map((a) => [a.id, a.status])).toEqual([
      ['TL-001', 'terbuka'],
      ['TL-002', 'terbuka'],
    ]);
    expect(saved.record.items.find((i) => i.key === 'evaluation')?.detail).toBe('Rapat 3 Desember 2026; 2 tindak lanjut, 2 terbuka');
  });

  it('replaces the evaluation when saved again, correcting listed actions by id', () => {
    const saved = ok<Saved>(product, 'saveEvaluation', {
      episodeId: 'EP-001',
      meetingDate: '2026-12-03',
      attendees: 'Tim',
      strengths: 'Baik',
      problems: 'Suara',
      actions: [{ id: 'TL-002', action: 'Unggah rekaman ke Instagram dan YouTube', pic: 'Tim Humas', dueDate: '2026-12-09' }],
    });
    expect(sheetRows(product, 'Evaluasi')).toHaveLength(1);
    expect(saved.record.evaluation).toMatchObject({ strengths: 'Baik' });
    expect(saved.record.actions.map((a) => [a.id, a.action, a.dueDate])).toEqual([
      ['TL-001', 'Pakai mikrofon clip-on', '2026-12-04'],
      ['TL-002', 'Unggah rekaman ke Instagram dan YouTube', '2026-12-09'],
    ]);
    expect(
      refusedErrors(product, 'saveEvaluation', {
        episodeId: 'EP-001',
        meetingDate: '2026-12-03',
        attendees: 'Tim',
        strengths: 'Baik',
        problems: 'Suara',
        actions: [{ id: 'TL-404', action: 'x', pic: 'y', dueDate: '2026-12-09' }],
      })[0],
    ).toEqual({ field: 'actions.0.id', message: 'Tindak lanjut TL-404 tidak ada pada episode EP-001.' });
  });

  it('shows the open actions of earlier episodes when the next evaluation is recorded, and completes them', () => {
    at(product, '2026-12-10T14:00');
    const next = ok<LiveRecord>(product, 'getLiveRecord', { episodeId: 'EP-002' });
    expect(next.openEarlier.map((a) => a.id)).toEqual(['TL-001', 'TL-002']);
    const done = ok<Saved>(product, 'completeAction', { actionId: 'TL-001', episodeId: 'EP-002' });
    expect(done.record.openEarlier.map((a) => a.id)).toEqual(['TL-002']);
    const action = sheetRows(product, 'Tindak Lanjut')[0];
    expect(action).toMatchObject({ Status: 'selesai', 'Selesai Oleh': 'pelaksana@example.go.id' });
    expect(refusedErrors(product, 'completeAction', { actionId: 'TL-001' })[0].message).toBe(
      'Tindak lanjut TL-001 sudah selesai pada 2026-12-10 14:00 oleh pelaksana@example.go.id.',
    );
    const saved = ok<Saved>(product, 'saveEvaluation', {
      episodeId: 'EP-002',
      meetingDate: '2026-12-10',
      attendees: 'Tim',
      strengths: 'Lancar',
      problems: '-',
      actions: [],
    });
    expect(saved.record.openEarlier.map((a) => a.id)).toEqual(['TL-002']);
    expect(saved.record.actions).toEqual([]);
  });
});

describe('importComments', () => {
  const product = register();
  const file = csv([
    HEADER,
    ['2026-11-27T07:50:00+07:00', 'comment', 'lama', 'Lama', 'diputar ulang dari sebelum LIVE', '', '100'],
    ['2026-11-27T08:01:00+07:00', 'comment', 'budi_umkm', 'Budi', 'gmn cara daftar koperasi', '', '101'],
    ['2026-11-27T08:01:30+07:00', 'comment', 'budi_umkm', 'Budi', 'gmn cara daftar koperasi', '', '101'],
    ['2026-11-27T08:02:00+07:00', 'comment', 'ani', 'Ani', 'mantap kak', '', ''],
    ['2026-11-27T08:02:40+07:00', 'comment', 'ani', 'Ani', 'mantap kak', '', ''],
    ['2026-11-27T08:03:00+07:00', 'question', 'siti', 'Siti', 'Modal awal koperasi berapa', '', '102'],
    ['2026-11-27T08:03:00+07:00', 'viewer_count', '', '', '', '210', ''],
    ['2026-11-27T08:03:20+07:00', 'viewer_count', '', '', '', '230', ''],
    ['2026-11-27T08:04:00+07:00', 'like', 'ani', 'Ani', '', '12', ''],
    ['2026-11-27T08:05:00+07:00', 'dance', 'x', 'X', 'y', '', ''],
  ]);

  it('previews without writing: counts, detected questions, rejected lines with reasons', () => {
    at(product, '2026-11-27T10:00');
    const before = snapshot(product);
    const { result, calls } = product.callFromSidebar<Result<Imported>>('importComments', {
      episodeId: 'EP-001',
      content: file,
      commit: false,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(snapshot(product)).toEqual(before);
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    expect(result.data).toMatchObject({
      committed: false,
      needsMapping: false,
      counts: {
        lines: 10,
        comments: 3,
        questions: 2,
        snapshots: 1,
        other: 1,
        beforeStart: 1,
        duplicates: 2,
        alreadyImported: 0,
        rejected: 1,
      },
      rejected: [{ line: 11, reason: 'jenis "dance" tidak dikenal' }],
    });
    expect(result.data.questions.map((q) => [q.user, q.text])).toEqual([
      ['@budi_umkm', 'gmn cara daftar koperasi'],
      ['@siti', 'Modal awal koperasi berapa'],
    ]);
  });

  it('commits in one write per sheet, leaving out the questions the user unticked', () => {
    const preview = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: file, commit: false });
    const { result, calls } = product.callFromSidebar<Result<Imported>>('importComments', {
      episodeId: 'EP-001',
      content: file,
      commit: true,
      skipQuestions: [preview.questions[1].key],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.added).toEqual({ comments: 3, questions: 1, snapshots: 1 });
    expect(result.data.suggestions?.map((s) => s.stage)).toEqual(['tanya_jawab', 'pemantauan_penonton']);
    // Komentar, Tanya Jawab, Jumlah Penonton, Impor Komentar, Log Audit
    expect(calls['Range.setValues']).toBe(5);
    expect(sheetRows(product, 'Komentar').map((r) => [r.Pengguna, r.Komentar, r['ID Pesan']])).toEqual([
      ['budi_umkm', 'gmn cara daftar koperasi', '101'],
      ['ani', 'mantap kak', ''],
      ['siti', 'Modal awal koperasi berapa', '102'],
    ]);
    expect(result.data.record?.questions.map((q) => [q.askerHandle, q.question, q.status, q.source, q.topic])).toEqual([
      ['@budi_umkm', 'gmn cara daftar koperasi', 'belum dijawab', 'impor', 'kelembagaan koperasi'],
    ]);
    expect(result.data.record?.snapshots.map((s) => [s.time, s.viewers, s.source])).toEqual([['2026-11-27 08:03', 230, 'impor']]);
    expect(result.data.record?.items.find((i) => i.key === 'comments')?.detail).toBe('3 komentar dari 1 kali impor');
  });

  it('adds nothing, and writes nothing, when the same file is imported again', () => {
    const before = snapshot(product);
    const { result, calls } = product.callFromSidebar<Result<Imported>>('importComments', {
      episodeId: 'EP-001',
      content: file,
      commit: true,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.added).toEqual({ comments: 0, questions: 0, snapshots: 0 });
    expect(result.data.counts).toMatchObject({ alreadyImported: 6, comments: 0 });
    expect(result.warnings?.[0]).toContain('Tidak ada data baru');
    expect(calls['Range.setValues'] ?? 0).toBe(0);
    expect(snapshot(product)).toEqual(before);
  });

  it('still adds nothing after rows were inserted above by hand (the whole key column is read instead)', () => {
    product.emu.spreadsheet.getSheetByName('Komentar')!.insertRowsBefore(2, 3);
    let result: Result<Imported> | undefined;
    const read = cellsRead(product, () => {
      result = product.callFromSidebar<Result<Imported>>('importComments', { episodeId: 'EP-001', content: file, commit: true }).result;
    });
    expect(result?.ok && result.data.added).toEqual({ comments: 0, questions: 0, snapshots: 0 });
    // Of "Komentar": its header; the 3 rows the import ledger names (2–4, now the blank rows inserted),
    // whose keys disagree with the ledger; then the key column of every row (2–7), nothing else.
    expect(read.Komentar).toBe(product.emu.spreadsheet.getSheetByName('Komentar')!.getLastColumn() + 3 + 6);
  });

  it('asks for a column mapping when the headers are not the canonical ones, then uses it', () => {
    const other = 'Kapan;Siapa;Tulisan\n08:10;rina;bisa daftar online?\n08:11;dodi;semangat\n';
    const preview = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: other, commit: false });
    expect(preview).toMatchObject({ needsMapping: true, headers: ['Kapan', 'Siapa', 'Tulisan'], counts: { comments: 0 } });
    expect(refusedErrors(product, 'importComments', { episodeId: 'EP-001', content: other, commit: true })[0].field).toBe('mapping');
    expect(
      refusedErrors(product, 'importComments', { episodeId: 'EP-001', content: other, commit: true, mapping: { text: 'Komentar' } }),
    ).toEqual([{ field: 'mapping.text', message: 'Kolom "Komentar" tidak ada di berkas.' }]);
    const mapping = { timestamp: 'Kapan', unique_id: 'Siapa', text: 'Tulisan' };
    const done = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: other, mapping, commit: true });
    expect(done.added).toEqual({ comments: 2, questions: 1, snapshots: 0 });
  });

  it('records the untyped viewer-count lines of a connector capture as viewer counts, once however often imported (issue 15)', () => {
    const ms = (hhmm: string) => Date.parse(`2026-11-27T${hhmm}:00+07:00`);
    const capture = [
      `{"type":"chat","uniqueId":"rudi","comment":"kapan pendaftaran dibuka","msgId":7312345678901234599,"createTime":${ms('08:30')}}`,
      `{"viewerCount":310,"createTime":${ms('08:30')}}`,
      `{"viewerCount":295,"createTime":${ms('08:31')}}`,
    ].join('\n');
    const done = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: capture, commit: true });
    expect(done).toMatchObject({ added: { comments: 1, questions: 1, snapshots: 2 }, rejected: [] });
    expect(done.record?.snapshots.filter((s) => s.time >= '2026-11-27 08:30').map((s) => [s.time, s.viewers, s.source])).toEqual([
      ['2026-11-27 08:30', 310, 'impor'],
      ['2026-11-27 08:31', 295, 'impor'],
    ]);
    const again = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: capture, commit: true });
    expect(again.added).toEqual({ comments: 0, questions: 0, snapshots: 0 });
    expect(sheetRows(product, 'Jumlah Penonton').filter((r) => String(r.Waktu).includes('08:3'))).toHaveLength(2);
  });

  it('reads a viewer count in the file as the forms read one: "1.250" taken, "1,5" and an impossible count refused', () => {
    const counts = csv([
      ['waktu', 'jenis', 'jumlah'],
      ['08:40', 'viewer_count', '1.250'],
      ['08:41', 'viewer_count', '1,5'],
      ['08:42', 'viewer_count', '2.000.000'],
    ]);
    const preview = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: counts, commit: false });
    expect(preview.counts.snapshots).toBe(1);
    expect(preview.rejected).toEqual([
      expect.objectContaining({ line: 3, reason: 'Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).' }),
      expect.objectContaining({ line: 4, reason: 'Jumlah penonton paling banyak 1.000.000; periksa kembali angkanya.' }),
    ]);
    const done = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: counts, commit: true });
    expect(done.record?.snapshots.find((s) => s.time === '2026-11-27 08:40')?.viewers).toBe(1250);
  });

  it('imports text pasted from the comment panel', () => {
    const pasted = '08:20 Wati: kak brp biaya sertifikat halal\n@joko_bogor: keren\nJoko bergabung\n';
    const done = ok<Imported>(product, 'importComments', { episodeId: 'EP-001', content: pasted, commit: true });
    expect(done.added).toEqual({ comments: 2, questions: 1, snapshots: 0 });
    expect(done.rejected).toEqual([{ line: 3, reason: 'bukan baris "nama: komentar"', content: 'Joko bergabung' }]);
    expect(done.record?.questions.at(-1)).toMatchObject({
      askerHandle: 'Wati',
      question: 'kak brp biaya sertifikat halal',
      topic: 'perizinan/legalitas',
    });
  });

  it('refuses empty content, an unknown format, and a LIVE not yet begun', () => {
    expect(
      refusedErrors(product, 'importComments', { episodeId: 'EP-001', content: '  ', commit: false, format: 'xlsx' }).map((e) => e.field),
    ).toEqual(['content', 'format']);
    expect(refusedErrors(product, 'importComments', { episodeId: 'EP-002', content: 'a: b', commit: false })[0].message).toContain(
      'belum dimulai',
    );
  });
});

describe('what the LIVE leaves waits for it to begin', () => {
  it('refuses viewer counts, questions and feedback before the LIVE has begun, writing nothing, and takes them from its start', () => {
    const product = register();
    const early = [
      ['recordViewerCount', { episodeId: 'EP-001', viewers: 10, time: '2026-11-20 08:30' }],
      ['saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?' }],
      ['saveFeedback', { episodeId: 'EP-001', channel: 'WhatsApp', text: 'Bermanfaat' }],
    ] as const;
    for (const [name, input] of early) {
      expect(refusedErrors(product, name, input)).toEqual([
        {
          field: 'episodeId',
          message: 'LIVE episode EP-001 belum dimulai (Jumat, 27 November 2026 pukul 08.00 WIB). Catat setelah LIVE berlangsung.',
        },
      ]);
    }
    // Nothing shows the LIVE's stages done before it.
    expect(ok<{ stages: { status: string }[] }>(product, 'getEpisode', { episodeId: 'EP-001' }).stages.map((s) => s.status)).not.toContain(
      'tercatat',
    );
    at(product, '2026-11-27T08:00');
    ok(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 10 });
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?' });
    ok(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'WhatsApp', text: 'Bermanfaat' });
  });
});

describe('a 10 000-comment import', () => {
  const product = register();
  at(product, '2026-12-04T10:00');
  const capture = (n: number, start: number, liveDate: string) =>
    csv([
      HEADER,
      ...Array.from({ length: n }, (_, i) => {
        const t = new Date(Date.parse(`${liveDate}T08:00:00+07:00`) + i * 150).toISOString();
        return [
          t,
          'comment',
          `user${i % 900}`,
          `Penonton ${i % 900}`,
          i % 10 === 0 ? `gmn cara daftar nomor ${i}` : `mantap ${i}`,
          '',
          String(start + i),
        ];
      }),
    ]);

  it('commits in calls of COMMIT_BATCH comments with flat service call counts and one batched write per sheet', () => {
    const small = product.callFromSidebar<Result<Imported>>('importComments', {
      episodeId: 'EP-001',
      content: capture(100, 1, '2026-11-27'),
      commit: true,
    });
    const big = capture(10_000, 1_000_000, '2026-12-04');
    const input = { episodeId: 'EP-002', content: big, commit: true };
    // The sidebar repeats the same input while comments remain: each call writes a batch, the last redraws the page.
    const started = Date.now();
    const parts: { result: Result<Imported>; calls: Record<string, number> }[] = [];
    do parts.push(product.callFromSidebar<Result<Imported>>('importComments', input));
    while (parts.at(-1)!.result.ok && (parts.at(-1)!.result as { data: Imported }).data.remaining);
    const ms = Date.now() - started;
    const data = parts.map(({ result }) => (result.ok ? result.data : undefined)!);
    expect(data.map((d) => [d.added?.comments, d.remaining])).toEqual([
      [3000, 7000],
      [3000, 4000],
      [3000, 1000],
      [1000, 0],
    ]);
    expect(data.map((d) => d.record === undefined)).toEqual([true, true, true, false]);
    expect(data.reduce((sum, d) => sum + (d.added?.questions ?? 0), 0)).toBe(1000);
    expect(data[3].record?.stats.total).toBe(1000);
    for (const { calls } of parts) expect(calls['Range.setValues']).toBe(4); // Komentar, Tanya Jawab, Impor Komentar, Log Audit
    // The same calls as for 100 comments, apart from growing the sheet, reading the episode's own
    // rows of a per-episode sheet where only one of the two episodes had rows yet (one read each
    // of the seven), and setting formats per group of like columns rather than as a grid for many rows.
    const last = parts[3];
    const skip = ['Sheet.insertRowsAfter', 'Range.getValues', 'Sheet.getRange', 'Range.setNumberFormat', 'Range.setNumberFormats'];
    const without = (calls: Record<string, number>) => Object.fromEntries(Object.entries(calls).filter(([k]) => !skip.includes(k)));
    const n = (calls: Record<string, number>, ...keys: string[]) => keys.reduce((sum, k) => sum + (calls[k] ?? 0), 0);
    expect(without(last.calls)).toEqual(without(small.calls));
    const reads = n(last.calls, 'Range.getValues') - n(small.calls, 'Range.getValues');
    expect(Math.abs(reads)).toBeLessThanOrEqual(7);
    expect(n(parts[0].calls, 'Range.getValues')).toBeLessThan(n(last.calls, 'Range.getValues'));
    const formats =
      n(last.calls, 'Range.setNumberFormat', 'Range.setNumberFormats') - n(small.calls, 'Range.setNumberFormat', 'Range.setNumberFormats');
    expect(formats).toBeLessThanOrEqual(4);
    expect(sheetRows(product, 'Komentar')).toHaveLength(10_100);

    // A repeat reads one column of that episode's rows and writes nothing.
    const started2 = Date.now();
    const again = product.callFromSidebar<Result<Imported>>('importComments', input);
    const ms2 = Date.now() - started2;
    expect(again.result.ok && again.result.data.counts.alreadyImported).toBe(10_000);
    expect(again.calls['Range.setValues'] ?? 0).toBe(0);
    console.log(
      `10 000 comments: import ${ms} ms in ${parts.length} calls, repeat ${ms2} ms; last call`,
      JSON.stringify(last.calls),
      'repeat',
      JSON.stringify(again.calls),
    );
  });
});

describe('untrusted text', () => {
  it('is stored as text and reads back exactly, in the sheets and through the API', () => {
    const product = register();
    at(product, '2026-11-27T10:00');
    for (const text of HOSTILE) {
      ok(product, 'saveQuestion', { episodeId: 'EP-001', question: text, askerHandle: text, answer: text, answeredBy: text });
      ok(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'komentar TikTok', text });
    }
    ok(product, 'saveEvaluation', {
      episodeId: 'EP-001',
      meetingDate: '2026-11-27',
      attendees: HOSTILE[0],
      strengths: HOSTILE[3],
      problems: HOSTILE[4],
      actions: HOSTILE.map((action) => ({ action, pic: 'Tim Humas', dueDate: '2026-12-04' })),
    });
    const file = csv([HEADER, ...HOSTILE.map((t, i) => [`2026-11-27T08:0${i}:00+07:00`, 'comment', t, t, t, '', `${i}`])]);
    ok(product, 'importComments', { episodeId: 'EP-001', content: file, commit: true });

    // getValues throws on a formula cell, so reading every sheet proves nothing became one.
    const record = ok<LiveRecord>(product, 'getLiveRecord', { episodeId: 'EP-001' });
    const manual = record.questions.filter((q) => q.source === 'manual');
    expect(manual.map((q) => [q.question, q.askerHandle, q.answer, q.answeredBy])).toEqual(HOSTILE.map((t) => [t, t, t, t]));
    expect(record.feedback.map((f) => f.text)).toEqual(HOSTILE);
    expect(record.actions.map((a) => a.action)).toEqual(HOSTILE);
    expect(record.evaluation).toMatchObject({ attendees: HOSTILE[0], strengths: HOSTILE[3], problems: HOSTILE[4] });
    expect(sheetRows(product, 'Komentar').map((r) => [r.Pengguna, r['Nama Tampilan'], r.Komentar])).toEqual(
      HOSTILE.map((t) => [t.replace(/^@/, '').trim(), t.trim(), t]),
    );
    expect(sheetRows(product, 'Umpan Balik').map((r) => r.Isi)).toEqual(HOSTILE);
    const sheet = product.emu.spreadsheet.getSheetByName('Tanya Jawab')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });
});
