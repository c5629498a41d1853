/**
 * Records that agree with each other and that the office can correct (issues 15 and 17), through the built
 * bundle on the emulator: one rule for "the LIVE took place", real completion times, junk and duplicates
 * left out, one SKM population, Indonesian numbers.
 */

import { loadProduct, type Product } from '../tools/harness';
import { at, call, ok, refused, sheetRows } from './calls';

interface Stage {
  key: string;
  status: string;
  doneAt: string;
}
interface EpisodeView {
  stages: Stage[];
}
interface Saved {
  id?: string;
  record: { questions: { id: string; excluded: string }[]; stats: { total: number; answered: number } };
  suggestions: { stage: string }[];
}
interface ReportFile {
  documentId: string;
}

const TEAM = {
  emailPelaksana: 'pelaksana@kopukm.example.go.id',
  emailHumas: 'humas@kopukm.example.go.id',
  emailPubdisdok: 'pubdisdok@kopukm.example.go.id',
  emailKepala: 'kepala@kopukm.example.go.id',
};
const statuses = (product: Product) =>
  Object.fromEntries(ok<EpisodeView>(product, 'getEpisode', { episodeId: 'EP-001' }).stages.map((s) => [s.key, s.status]));
const reportText = (product: Product) =>
  product.emu.document(ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' }).documentId).text;
const recapText = (product: Product) =>
  product.emu.document(ok<ReportFile>(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' }).documentId).text;
const dashboardRow = (product: Product, label: string) => {
  ok(product, 'refreshDashboard', {});
  return (product.emu.displayValues('Dasbor') as string[][]).find((r) => r[0] === label)?.slice(1, 3);
};

/** EP-001 on Jumat 27 November 2026 (LIVE 08.00–08.30, Q&A 09.00–09.30); stages 1 and 2 marked done in time. */
function scheduled(): Product {
  const product = loadProduct({ now: '2026-11-12T09:00:00+07:00' });
  product.run('setupRegister', []);
  ok(product, 'saveSettings', TEAM);
  const { id } = ok<{ id: string }>(product, 'saveNarasumber', {
    name: 'Ibu Siti Aminah',
    organization: 'Koperasi Wanita Mekar Sari',
    type: 'koperasi',
    kecamatan: 'Cibinong',
  });
  ok(product, 'scheduleEpisode', { liveDate: '2026-11-27', narasumberId: id, topic: 'Cara mendirikan koperasi' });
  at(product, '2026-11-13T10:00');
  for (const stage of ['hubungi_narasumber', 'persiapan_live']) ok(product, 'completeStage', { episodeId: 'EP-001', stage });
  return product;
}

/** The LIVE's data recorded as a new user would, without one click on "Tandai selesai" for stages 3–8. */
function recordedWithoutClicks(): Product {
  const product = scheduled();
  at(product, '2026-11-27T10:00');
  ok(product, 'recordLiveMetrics', { episodeId: 'EP-001', totalViewers: '1.250', peakViewers: 180, uniqueViewers: 640 });
  ok(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: '1.050', time: '08:15' });
  ok(product, 'saveQuestion', {
    episodeId: 'EP-001',
    question: 'Bagaimana cara mendaftar koperasi?',
    askerHandle: '@warga1',
    answer: 'Melalui dinas.',
  });
  at(product, '2026-11-30T10:00');
  ok(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'komentar TikTok', text: 'Sangat bermanfaat', sentiment: 'positif' });
  ok(product, 'saveSurveyResponse', { episodeId: 'EP-001', answers: [4, 4, 3, 4, 4, 3, 4, 4, 4] });
  at(product, '2026-12-03T10:00');
  ok(product, 'saveEvaluation', {
    episodeId: 'EP-001',
    meetingDate: '2026-12-03',
    attendees: 'Tim Pelaksana',
    strengths: 'Narasumber siap',
    problems: 'Sinyal putus',
    actions: [],
  });
  at(product, '2026-12-04T09:00');
  return product;
}

describe('one rule: recorded LIVE data shows the LIVE took place (issue 15, point 1)', () => {
  const product = recordedWithoutClicks();

  it('shows the stages with data as recorded, not late, and leaves them out of the agenda and reminders', () => {
    expect(statuses(product)).toEqual({
      hubungi_narasumber: 'selesai',
      persiapan_live: 'selesai',
      live: 'tercatat',
      tanya_jawab: 'tercatat',
      pemantauan_penonton: 'tercatat',
      pengumpulan_feedback: 'tercatat',
      evaluasi_bersama: 'tercatat',
      pencatatan_evaluasi: 'tercatat',
    });
    expect(ok<{ counts: Record<string, number> }>(product, 'getAgenda', { date: '2026-12-04' }).counts).toEqual({
      overdue: 0,
      today: 0,
      soon: 0,
    });
    expect(ok<{ emails: unknown[] }>(product, 'previewReminders', {}).emails).toEqual([]);
  });

  it('has the report say the LIVE took place, beside its figures, and which stages still await their mark', () => {
    const text = reportText(product);
    expect(text).toContain('Status episode\tTerlaksana');
    expect(text).toContain('Episode EP-001 dengan narasumber Ibu Siti Aminah (Koperasi Wanita Mekar Sari) telah dilaksanakan');
    expect(text).not.toContain('belum tercatat');
    expect(text).not.toContain('Terlambat, belum selesai');
    expect(text).toContain('Total penonton\t1.250');
    expect(text).toContain('6 datanya sudah tercatat tetapi belum ditandai selesai');
    expect(text).toContain(
      '3\tPelaksanaan LIVE TikTok\tTim Pelaksana – Pubdisdok\t27 November 2026\tBelum selesai\tDatanya tercatat, belum ditandai selesai',
    );
  });

  it('has the recap and the dashboard count the same episode, viewers and questions', () => {
    const recap = recapText(product);
    expect(recap).toContain('dijadwalkan 1 episode: 1 terlaksana, 0 dibatalkan, dan 0 belum terlaksana');
    expect(recap).toContain('Total penonton 1.250 dari 1 episode');
    expect(recap).toContain('Pertanyaan masyarakat yang diterima: 1; dijawab: 1 (100,0%).');
    expect(recap).toContain('6 tahap datanya sudah tercatat tetapi belum ditandai selesai');
    expect(dashboardRow(product, 'Episode terlaksana')).toEqual(['0', '1']);
    expect(dashboardRow(product, 'Total penonton')).toEqual(['0', '1.250']);
    expect(dashboardRow(product, 'Pertanyaan diterima')).toEqual(['0', '1']);
    expect(dashboardRow(product, 'Tahap SOP terlambat (belum selesai)')).toEqual(['0', '0']);
    // The one questionnaire (4,4,3,4,4,3,4,4,4): index 34/9 = 3,7778 (4 decimals), × 25 = 94,445 → 94,45 in the report, the recap and the dashboard alike.
    expect(reportText(product)).toMatch(/IKM[^\n]*94,45/);
    expect(recap).toMatch(/IKM[^\n]*94,45/);
    expect(dashboardRow(product, 'Indeks Kepuasan Masyarakat (IKM)')).toEqual(['–', '94,45']);
  });

  it('offers the matching stages after each record, and uses one SKM population (the beneficiaries) everywhere', () => {
    const saved = ok<Saved>(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'DM', text: 'Terima kasih' });
    expect(saved.suggestions.map((s) => s.stage)).toEqual(['pengumpulan_feedback']);
    const population =
      'Populasi survei adalah penerima manfaat LIVE, yaitu penonton unik (atau total penonton bila penonton unik tidak dicatat): 640 orang.';
    expect(reportText(product)).toContain(population);
    expect(recapText(product)).toContain(population);
    expect(ok<{ sampleTarget: { population: number } }>(product, 'getIkm', { episodeId: 'EP-001' }).sampleTarget.population).toBe(640);
  });
});

describe('real completion times (issue 17, point 2)', () => {
  it('takes the LIVE and the Q&A as done at their scheduled end, so a late click is still on time', () => {
    const product = scheduled();
    at(product, '2026-11-27T09:05');
    const view = ok<EpisodeView>(product, 'completeStage', { episodeId: 'EP-001', stage: 'live' });
    expect(view.stages.find((s) => s.key === 'live')!.doneAt).toBe('2026-11-27 08:30');
    at(product, '2026-11-27T11:00');
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'pemantauan_penonton', doneAt: '2026-11-27T08:45' });
    expect(reportText(product)).toContain(
      '3\tPelaksanaan LIVE TikTok\tTim Pelaksana – Pubdisdok\t27 November 2026\t27 November 2026 pukul 08.30\tTepat waktu',
    );
    const audit = sheetRows(product, 'Log Audit')
      .filter((r) => r.Tindakan === 'tahap selesai')
      .map((r) => [r.Waktu, JSON.parse(String(r.Sesudah)).doneAt]);
    expect(audit.slice(-3)).toEqual([
      [new Date('2026-11-27T09:05:00+07:00'), '2026-11-27 08:30'],
      [new Date('2026-11-27T11:00:00+07:00'), '2026-11-27 09:30'],
      [new Date('2026-11-27T11:00:00+07:00'), '2026-11-27 08:45'],
    ]);
    expect(recapText(product)).toContain(
      'Dari 5 tahap yang sudah jatuh tempo pada episode yang tidak dibatalkan, 5 (100,0%) selesai tepat waktu',
    );
  });

  it('asks before a stage is completed ahead of its date, and refuses a time still to come', () => {
    const product = scheduled();
    // The LIVE has started; its Q&A session has not.
    at(product, '2026-11-27T08:10');
    expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab' })).toEqual({
      early:
        'Tahap "Sesi tanya jawab melalui kolom komentar" dijadwalkan 27 November 2026 pukul 09.00. Tandai selesai lebih awal, pada 27 November 2026 pukul 08.10?',
    });
    expect(
      refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'pengumpulan_feedback', doneAt: '2026-11-28 10:00', early: true }),
    ).toEqual({
      doneAt: 'Waktu selesai 28 November 2026 pukul 10.00 belum terjadi.',
    });
    expect(refused(product, 'completeStage', { episodeId: 'EP-001', stage: 'live', doneAt: '27/11/2026 08.30' })).toEqual({
      doneAt: 'Waktu selesai bukan tanggal dan jam yang sah.',
    });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab', early: true });
    expect(statuses(product).tanya_jawab).toBe('selesai');
  });
});

describe('junk and duplicates (issue 17, point 3)', () => {
  function withQuestions(): Product {
    const product = scheduled();
    at(product, '2026-11-27T09:10');
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?', askerHandle: '@warga1', answer: 'KTP dan NIB.' });
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Beli followers murah di sini!!!', askerHandle: '@spam' });
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'x'.repeat(2000), askerHandle: '@panjang' });
    return product;
  }

  it('skips an imported question already typed by hand, and warns', () => {
    const product = withQuestions();
    const content = [
      'timestamp,type,unique_id,nickname,text,msg_id',
      '2026-11-27T09:05:00+07:00,comment,warga1,Warga,apa  syarat KUR?,m1',
      '2026-11-27T09:06:00+07:00,comment,warga2,Warga Dua,Bagaimana cara daftar NIB?,m2',
    ].join('\n');
    const preview = call<{ questions: { text: string }[]; alreadyTyped: number; counts: { questions: number } }>(
      product,
      'importComments',
      { episodeId: 'EP-001', content, commit: false },
    );
    expect(preview.ok && [preview.data.alreadyTyped, preview.data.counts.questions, preview.data.questions.map((q) => q.text)]).toEqual([
      1,
      1,
      ['Bagaimana cara daftar NIB?'],
    ]);
    const result = call<Saved>(product, 'importComments', { episodeId: 'EP-001', content, commit: true });
    expect(result.ok && result.warnings).toEqual([
      '1 pertanyaan di berkas sudah dicatat manual (akun dan isi sama) dan tidak dicatat lagi: @warga1 "apa  syarat KUR?".',
    ]);
    expect(sheetRows(product, 'Tanya Jawab').map((r) => r.Pertanyaan)).toEqual([
      'Apa syarat KUR?',
      'Beli followers murah di sini!!!',
      'x'.repeat(2000),
      'Bagaimana cara daftar NIB?',
    ]);
  });

  it('excludes or deletes junk, which leaves the report, the recap and the share answered', () => {
    const product = withQuestions();
    let saved = ok<Saved>(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-002', reason: 'spam' });
    expect(saved.record.stats).toMatchObject({ total: 2, answered: 1 });
    saved = ok<Saved>(product, 'deleteRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-003' });
    expect(saved.record.questions.map((q) => [q.id, q.excluded])).toEqual([
      ['TJ-001', ''],
      ['TJ-002', 'spam'],
    ]);
    expect(
      sheetRows(product, 'Log Audit')
        .filter((r) => r.Tindakan === 'hapus data')
        .map((r) => JSON.parse(String(r.Sebelum)).question),
    ).toEqual(['x'.repeat(2000)]);
    ok(product, 'recordViewerCount', { episodeId: 'EP-001', viewers: 99999, time: '08:10' });
    ok(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'viewerCounts', id: '2026-11-27 08:10', reason: 'salah catat' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'live' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab' });
    const report = reportText(product);
    expect(report).toContain('Pertanyaan yang diterima: 1; dijawab: 1 (100,0%).');
    expect(report).not.toContain('Beli followers');
    expect(report).toContain('Jumlah penonton selama LIVE belum dicatat.');
    expect(report).toContain(
      '3\tPelaksanaan LIVE TikTok\tTim Pelaksana – Pubdisdok\t27 November 2026\t27 November 2026 pukul 08.30\tTepat waktu',
    );
    expect(recapText(product)).toContain('Persentase pertanyaan masyarakat yang dijawab\t100,0% (1 dari 1)');
    // Counted again on second thought; a reason that does not fit the sheet is refused.
    expect(refused(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'feedback', id: 'UB-001', reason: 'spam' }).id).toBe(
      'Umpan balik UB-001 tidak ditemukan pada episode EP-001.',
    );
    expect(refused(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-001', reason: 'salah catat' }).reason).toBe(
      'Alasan harus salah satu dari: bukan pertanyaan; pesan sampah atau iklan; sudah tercatat (ganda).',
    );
    expect(
      ok<Saved>(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-002', reason: '' }).record.stats.total,
    ).toBe(2);
  });
});

describe('issue 17 done: an episode recorded as in points 2 and 3', () => {
  it('has the report and the recap say it was on time and count only the real questions', () => {
    const product = scheduled();
    at(product, '2026-11-27T09:10');
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?', askerHandle: '@warga1', answer: 'KTP dan NIB.' });
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Beli followers murah di sini!!!', askerHandle: '@spam' });
    ok(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-002', reason: 'spam' });
    at(product, '2026-11-27T10:00');
    const content = ['09:05 warga1: apa syarat KUR?', '09:06 warga2: Bagaimana cara daftar NIB?'].join('\n');
    const imported = call<Saved>(product, 'importComments', { episodeId: 'EP-001', content, commit: true });
    expect(imported.ok && imported.warnings).toEqual([
      '1 pertanyaan di berkas sudah dicatat manual (akun dan isi sama) dan tidak dicatat lagi: warga1 "apa syarat KUR?".',
    ]);
    // Stage 3 ticked at 11.00, long after the LIVE, with its real end given; stage 4 takes its scheduled end.
    at(product, '2026-11-27T11:00');
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'live', doneAt: '2026-11-27 08:30' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'tanya_jawab' });
    ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'pemantauan_penonton', doneAt: '2026-11-27 08:45' });
    const report = reportText(product);
    expect(report).toContain(
      '3\tPelaksanaan LIVE TikTok\tTim Pelaksana – Pubdisdok\t27 November 2026\t27 November 2026 pukul 08.30\tTepat waktu',
    );
    expect(report).not.toContain('Selesai terlambat');
    expect(report).toContain('Pertanyaan yang diterima: 2; dijawab: 1 (50,0%).');
    expect(report).not.toContain('Beli followers');
    const recap = recapText(product);
    expect(recap).toContain('Dari 5 tahap yang sudah jatuh tempo pada episode yang tidak dibatalkan, 5 (100,0%) selesai tepat waktu');
    expect(recap).toContain('Persentase pertanyaan masyarakat yang dijawab\t50,0% (1 dari 2)');
    // The audit log keeps when each stage was clicked, beside the real time given.
    const audit = sheetRows(product, 'Log Audit').filter((r) => r.Tindakan === 'tahap selesai');
    expect(audit.slice(-3).map((r) => [r.Waktu, JSON.parse(String(r.Sesudah)).doneAt])).toEqual([
      [new Date('2026-11-27T11:00:00+07:00'), '2026-11-27 08:30'],
      [new Date('2026-11-27T11:00:00+07:00'), '2026-11-27 09:30'],
      [new Date('2026-11-27T11:00:00+07:00'), '2026-11-27 08:45'],
    ]);
  });
});

describe('a register set up before the "Dikecualikan" column existed', () => {
  it('keeps working, asks for "Siapkan register" only to exclude, and passes "Periksa register" after it', () => {
    const product = scheduled();
    at(product, '2026-11-27T09:10');
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?', askerHandle: '@warga1' });
    const sheet = product.emu.spreadsheet.getSheetByName('Tanya Jawab')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    sheet.deleteColumn(header.indexOf('Dikecualikan') + 1);
    expect(ok<Saved>(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Berapa bunganya?' }).record.stats.total).toBe(2);
    expect(refused(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-001', reason: 'spam' })['']).toBe(
      'Kolom "Dikecualikan" belum ada di lembar "Tanya Jawab". Jalankan menu HALO KOP-UKM › Siapkan register.',
    );
    product.run('setupRegister', []);
    ok(product, 'excludeRecord', { episodeId: 'EP-001', sheet: 'questions', id: 'TJ-001', reason: 'spam' });
    expect(ok<{ ok: boolean }>(product, 'checkRegister', {}).ok).toBe(true);
    expect(sheetRows(product, 'Tanya Jawab').map((r) => [r.ID, r.Dikecualikan])).toEqual([
      ['TJ-001', 'spam'],
      ['TJ-002', ''],
    ]);
  });
});
