/**
 * A year of weekly episodes with realistic records: the reports and the dashboard cost the same
 * number of service calls for 10 episodes as for 52, and the year's recap reads no sheet twice
 * (how long that takes on Apps Script is `npm run bench`'s to say).
 */
import { plannedEpisode } from '../src/domain/episodes/episodes';
import { SCHEMAS, type SheetKey } from '../src/domain/shared/schema';
import { loadProduct, type Product, type RunResult } from '../tools/harness';
import { cellsRead, ok } from './calls';

const KECAMATAN = ['Cibinong', 'Ciawi', 'Bojonggede', 'Citeureup', 'Parung', 'Leuwiliang'];
const times = { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' };
const stamp = { recordedBy: 'pelaksana@x.id', recordedAt: '2026-01-01 09:00' };
const pad = (n: number) => String(n).padStart(2, '0');
const fridays = Array.from({ length: 52 }, (_, i) => new Date(Date.UTC(2026, 0, 2 + 7 * i)).toISOString().slice(0, 10));

type Rows = Partial<Record<SheetKey, Array<Record<string, unknown>>>>;

/** The register's rows for the first `n` weekly episodes of 2026: one in 13 cancelled, every fifth contacted a day late. */
function year(n: number): Rows {
  const rows: Required<
    Pick<
      Rows,
      'guests' | 'episodes' | 'stages' | 'metrics' | 'viewerCounts' | 'questions' | 'feedback' | 'evaluations' | 'actions' | 'survey'
    >
  > = {
    guests: [],
    episodes: [],
    stages: [],
    metrics: [],
    viewerCounts: [],
    questions: [],
    feedback: [],
    evaluations: [],
    actions: [],
    survey: [],
  };
  for (let g = 1; g <= 12; g++) {
    rows.guests.push({
      id: `NS-${pad(g)}`,
      name: `Narasumber ${g}`,
      organization: `${g % 2 ? 'Koperasi' : 'UKM'} ${g}`,
      type: g % 2 ? 'koperasi' : 'ukm',
      kecamatan: KECAMATAN[g % KECAMATAN.length],
      role: 'Ketua',
      phone: '',
      email: '',
      tiktok: '',
      products: '',
      ...stamp,
    });
  }
  fridays.slice(0, n).forEach((liveDate, i) => {
    const id = `EP-${String(i + 1).padStart(3, '0')}`;
    const cancelled = i % 13 === 12;
    const { episode, stages } = plannedEpisode(
      { id, liveDate, guestId: `NS-${pad((i % 12) + 1)}`, topic: `Topik minggu ${i + 1}`, ...stamp },
      times,
      4,
    );
    rows.episodes.push({
      ...episode,
      status: cancelled ? 'dibatalkan' : 'terjadwal',
      cancelReason: cancelled ? 'Narasumber berhalangan' : '',
    });
    stages.forEach((s, k) => {
      const late = k === 0 && i % 5 === 0;
      const done = !cancelled || k < 2;
      rows.stages.push({ ...s, doneAt: done ? `${late ? fridays[i] : s.dueDate} 08:00` : '', doneBy: done ? 'pelaksana@x.id' : '' });
    });
    if (cancelled) return;
    const total = 300 + ((i * 137) % 900);
    rows.metrics.push({
      episodeId: id,
      totalViewers: total,
      peakViewers: Math.round(total / 8),
      uniqueViewers: Math.round(total * 0.6),
      avgWatchSeconds: 90,
      durationMinutes: 32,
      newFollowers: 10,
      comments: 60,
      likes: 1200,
      shares: 8,
      gifts: 2,
      evidenceUrl: `https://www.tiktok.com/@dinaskukm/live/${i}`,
      ...stamp,
    });
    for (let m = 0; m <= 30; m += 5)
      rows.viewerCounts.push({
        episodeId: id,
        time: `${liveDate} 08:${pad(m)}`,
        viewers: 20 + (((i + m) * 7) % 150),
        source: 'manual',
        ...stamp,
      });
    for (let q = 1; q <= 5; q++) {
      rows.questions.push({
        id: `TJ-${i * 5 + q}`,
        episodeId: id,
        question: `Pertanyaan ${q} minggu ${i + 1}?`,
        askerHandle: `@warga${q}`,
        askedAt: `${liveDate} 09:0${q}`,
        answer: q < 5 ? 'Dijawab narasumber.' : '',
        answeredBy: q < 5 ? 'Narasumber' : '',
        status: q < 5 ? 'terjawab' : 'belum dijawab',
        topic: 'lainnya',
        source: 'manual',
        ...stamp,
      });
    }
    for (let f = 1; f <= 3; f++)
      rows.feedback.push({
        id: `UB-${i * 3 + f}`,
        episodeId: id,
        channel: 'komentar TikTok',
        text: `Umpan balik ${f}`,
        sentiment: ['positif', 'netral', 'negatif'][f - 1],
        ...stamp,
      });
    rows.evaluations.push({
      episodeId: id,
      meetingDate: stages[6].dueDate,
      attendees: 'Tim',
      strengths: 'Lancar',
      problems: 'Sinyal',
      ...stamp,
    });
    rows.actions.push({
      id: `TL-${i + 1}`,
      episodeId: id,
      action: 'Perbaiki jaringan',
      pic: 'Tim Humas',
      dueDate: stages[6].dueDate,
      status: i % 2 ? 'selesai' : 'terbuka',
      doneAt: i % 2 ? `${stages[6].dueDate} 12:00` : '',
      doneBy: '',
    });
    for (let r = 1; r <= 4; r++) {
      rows.survey.push({
        id: `SKM-${i * 4 + r}`,
        episodeId: id,
        u1: 4,
        u2: 3,
        u3: 4,
        u4: 4,
        u5: 3,
        u6: 4,
        u7: 4,
        u8: 3,
        u9: 3 + (r % 2),
        gender: r % 2 ? 'Perempuan' : 'Laki-laki',
        age: '30–39 tahun',
        education: 'SMA/sederajat',
        occupation: 'Wirausaha',
        suggestion: r === 1 ? 'Tambah durasi' : '',
        source: 'formulir',
        submittedAt: `${liveDate} 10:00`,
        formResponseId: '',
        ...stamp,
      });
    }
  });
  return rows;
}

/** Writes rows straight into the sheets by header, as if typed in: one setValues per sheet. */
function fill(product: Product, rows: Rows): void {
  for (const [key, list] of Object.entries(rows) as Array<[SheetKey, Array<Record<string, unknown>>]>) {
    if (!list.length) continue;
    const sheet = product.emu.spreadsheet.getSheetByName(SCHEMAS[key].name)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const columns = header.map((h) => SCHEMAS[key].columns.find((c) => c.header === h));
    sheet
      .getRange(2, 1, list.length, header.length)
      .setValues(list.map((row) => columns.map((c) => (c && row[c.key] != null ? row[c.key] : ''))));
  }
}

const TODAY = '2027-01-05';

function register(n: number): Product {
  const product = loadProduct({ now: `${TODAY}T09:00:00+07:00` });
  product.run('setupRegister', []);
  ok(product, 'saveSettings', {
    officialName: 'Dr. Hj. RINA MARLINA, S.E., M.Si.',
    officialRank: 'Pembina Utama Muda (IV/c)',
    officialNip: '197207072005012009',
  });
  fill(product, year(n));
  ok(product, 'generatePeriodReport', { from: '2026-01-01', to: '2026-01-31' }); // creates the report folder
  return product;
}

/**
 * Service calls of a sidebar call, and the sheets it read more than once: more cells than the sheet
 * holds plus one column (a key column read to find rows before the rows themselves).
 */
function measure(product: Product, name: string, arg: unknown) {
  let run: RunResult<{ ok: boolean; data: { documentId: string } }> | undefined;
  const read = cellsRead(product, () => {
    run = product.callFromSidebar(name, arg);
  });
  const { result, calls } = run!;
  expect(result.ok).toBe(true);
  const rereads = product.emu.spreadsheet
    .getSheets()
    .filter((sheet) => (read[sheet.getName()] ?? 0) > sheet.getLastRow() * (sheet.getLastColumn() + 1))
    .map((sheet) => `${sheet.getName()}: ${read[sheet.getName()]} cells of ${sheet.getLastRow() * sheet.getLastColumn()}`);
  return { calls, rereads, total: Object.values(calls).reduce((a, b) => a + b, 0), data: result.data };
}

describe('a year of weekly episodes', () => {
  const small = register(10);
  const large = register(52);

  it('reports the year with the same service calls for 10 episodes as for 52', () => {
    const a = measure(small, 'generatePeriodReport', { from: '2026-01-01', to: '2026-12-31' });
    const b = measure(large, 'generatePeriodReport', { from: '2026-01-01', to: '2026-12-31' });
    expect(b.calls).toEqual(a.calls);
    // About 390 calls, plus one name read per sheet to find chart sheets a run that died left behind.
    expect(b.total).toBeLessThan(420);
    expect([...a.rereads, ...b.rereads]).toEqual([]);
    // The figures, counted in the rows the register was filled with.
    const rows = year(52);
    const cancelled = new Set(rows.episodes!.filter((e) => e.status === 'dibatalkan').map((e) => e.id));
    const answered = rows.questions!.filter((q) => q.status === 'terjawab').length;
    const due = rows.stages!.filter((st) => !cancelled.has(st.episodeId) && String(st.dueDate) <= TODAY);
    const late = due.filter((st) => String(st.doneAt).slice(0, 10) > String(st.dueDate)).length;
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).replace('.', ',')}%`;
    const text = large.emu.document(b.data.documentId).text;
    expect(text).toContain(
      `Pada tahun 2026 dijadwalkan 52 episode: ${52 - cancelled.size} terlaksana, ${cancelled.size} dibatalkan, dan 0 belum terlaksana.`,
    );
    // 80 % is in the Indeks Inovasi Daerah's band 51–90 %.
    expect(text).toContain(
      `Persentase pertanyaan masyarakat yang dijawab\t${percent(answered, rows.questions!.length)} (${answered} dari ${rows.questions!.length})\t51–90%`,
    );
    expect(text).toContain(
      `Dari ${due.length} tahap yang sudah jatuh tempo pada episode yang tidak dibatalkan, ` +
        `${due.length - late} (${percent(due.length - late, due.length)}) selesai tepat waktu, ${late} selesai terlambat`,
    );
  });

  it('reports an episode and refreshes the dashboard with calls that do not grow with the register', () => {
    const a = measure(small, 'generateEpisodeReport', { episodeId: 'EP-010' });
    const b = measure(large, 'generateEpisodeReport', { episodeId: 'EP-051' });
    expect(b.calls).toEqual(a.calls);
    const c = measure(small, 'refreshDashboard', {});
    const d = measure(large, 'refreshDashboard', {});
    expect(d.calls).toEqual(c.calls);
  });
});
