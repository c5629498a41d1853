/**
 * Concurrency and faults through the built bundle: two users saving at once lose nothing, a held lock makes every
 * writing function answer "coba lagi" and write nothing, a Google service failing at any call never makes a function
 * throw or keep the lock, and a register edited by hand is reported by "Periksa register" while the rest keeps working.
 */

import { GasError } from '../tools/emulator';
import type { Product } from '../tools/harness';
import { call, ok, type Result, sheetRows, snapshot } from './calls';
import { exampleFor, sidebarFunctions } from './fixtures/inputs';
import { BUSY, changes, fingerprint, registerFor, writeCalls } from './fixtures/world';

const NAMES = sidebarFunctions(registerFor());
const USER_B = 'humas@kopukm.example.go.id';

/** The service calls `name` makes on its example input, in order. */
function callKeys(name: string, input: unknown): string[] {
  const product = registerFor(name);
  const keys: string[] = [];
  const off = product.emu.hooks.onCall((key) => keys.push(key));
  product.callFromSidebar(name, input);
  off();
  return keys;
}

/** Indexes of the first call of each kind, and the last call: one point in each phase of an execution. */
function phases(keys: string[]): number[] {
  return [...new Set([...keys.map((k) => keys.indexOf(k)), keys.length - 1])].sort((a, b) => a - b);
}

describe('two users saving at once', () => {
  const rows = (p: Product, sheet: string) => sheetRows(p, sheet).filter((r) => Object.values(r).some((v) => v !== ''));
  const ids = (p: Product, sheet: string) => rows(p, sheet).map((r) => String(r.ID));
  const distinct = (list: string[]) => expect(new Set(list).size).toBe(list.length);
  const cases: Array<{ name: string; a: object; b: object; check: (p: Product) => void }> = [
    {
      name: 'saveQuestion',
      a: { episodeId: 'EP-001', question: 'Pertanyaan A?' },
      b: { episodeId: 'EP-001', question: 'Pertanyaan B?' },
      check: (p) => {
        const questions = rows(p, 'Tanya Jawab');
        expect(questions.map((q) => q.Pertanyaan)).toEqual(expect.arrayContaining(['Pertanyaan A?', 'Pertanyaan B?']));
        distinct(ids(p, 'Tanya Jawab'));
      },
    },
    {
      name: 'saveFeedback',
      a: { episodeId: 'EP-001', channel: 'DM', text: 'Umpan A' },
      b: { episodeId: 'EP-001', channel: 'DM', text: 'Umpan B' },
      check: (p) => {
        expect(rows(p, 'Umpan Balik').map((r) => r.Isi)).toEqual(expect.arrayContaining(['Umpan A', 'Umpan B']));
        distinct(ids(p, 'Umpan Balik'));
      },
    },
    {
      name: 'saveNarasumber',
      a: { name: 'Narasumber A', organization: 'Koperasi A', type: 'koperasi', kecamatan: 'Ciawi' },
      b: { name: 'Narasumber B', organization: 'UKM B', type: 'ukm', kecamatan: 'Cisarua' },
      check: (p) => {
        expect(rows(p, 'Narasumber').map((r) => r.Nama)).toEqual(expect.arrayContaining(['Narasumber A', 'Narasumber B']));
        distinct(ids(p, 'Narasumber'));
      },
    },
    {
      name: 'scheduleEpisode',
      a: { liveDate: '2026-12-18', narasumberId: 'NS-001', topic: 'Topik A' },
      b: { liveDate: '2026-12-25', narasumberId: 'NS-001', topic: 'Topik B' },
      check: (p) => {
        expect(rows(p, 'Episode').map((r) => r.Topik)).toEqual(expect.arrayContaining(['Topik A', 'Topik B']));
        distinct(ids(p, 'Episode'));
        expect(rows(p, 'Tahap SOP')).toHaveLength(5 * 8);
      },
    },
    {
      name: 'saveSurveyResponse',
      a: { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], suggestion: 'Saran A' },
      b: { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3], suggestion: 'Saran B' },
      check: (p) => {
        expect(rows(p, 'Survei Kepuasan').map((r) => r.Saran)).toEqual(expect.arrayContaining(['Saran A', 'Saran B']));
        distinct(ids(p, 'Survei Kepuasan'));
      },
    },
    {
      name: 'saveEvaluation',
      a: { ...exampleFor('saveEvaluation').input, actions: [{ action: 'Tindakan A', pic: 'Tim Humas', dueDate: '2026-12-03' }] },
      b: { ...exampleFor('saveEvaluation').input, actions: [{ action: 'Tindakan B', pic: 'Tim Humas', dueDate: '2026-12-03' }] },
      check: (p) => {
        expect(rows(p, 'Tindak Lanjut').map((r) => r.Tindakan)).toEqual(expect.arrayContaining(['Tindakan A', 'Tindakan B']));
        distinct(ids(p, 'Tindak Lanjut'));
        expect(rows(p, 'Evaluasi')).toHaveLength(1);
      },
    },
    {
      name: 'importComments',
      a: { episodeId: 'EP-001', format: 'text', commit: true, content: '08.10 @warga_a: Bagaimana cara ikut pelatihan?' },
      b: { episodeId: 'EP-001', format: 'text', commit: true, content: '08.11 @warga_b: Kapan ada pameran UKM?' },
      check: (p) => {
        expect(
          rows(p, 'Komentar')
            .map((r) => r.Pengguna)
            .sort(),
        ).toEqual(['warga_a', 'warga_b']);
        expect(rows(p, 'Impor Komentar')).toHaveLength(2);
        distinct(ids(p, 'Tanya Jawab'));
      },
    },
    {
      name: 'recordViewerCount',
      a: { episodeId: 'EP-001', viewers: 100, time: '08:15' },
      b: { episodeId: 'EP-001', viewers: 120, time: '08:16' },
      check: (p) => expect(rows(p, 'Jumlah Penonton').map((r) => r.Penonton)).toEqual(expect.arrayContaining([100, 120])),
    },
    {
      name: 'completeStage',
      a: { episodeId: 'EP-001', stage: 'tanya_jawab' },
      b: { episodeId: 'EP-001', stage: 'pemantauan_penonton' },
      check: (p) => {
        const done = rows(p, 'Tahap SOP')
          .filter((r) => r['ID Episode'] === 'EP-001' && r['Selesai Pada'] !== '')
          .map((r) => r['Kunci Tahap']);
        expect(done).toEqual(expect.arrayContaining(['live', 'tanya_jawab', 'pemantauan_penonton']));
        expect(rows(p, 'Tahap SOP')).toHaveLength(3 * 8);
      },
    },
  ];

  it.each(cases)("$name: B saving at any point of A's save loses nothing", ({ name, a, b, check }) => {
    for (const at of phases(callKeys(name, a))) {
      const product = registerFor(name);
      const audits = sheetRows(product, 'Log Audit').length;
      let n = 0;
      let second: Result<unknown> | undefined;
      let secondWrites: string[] = [];
      const off = product.emu.hooks.onCall(() => {
        if (n++ !== at) return;
        const run = product.callFromSidebar<Result<unknown>>(name, b, USER_B);
        [second, secondWrites] = [run.result, writeCalls(run.calls)];
      });
      const first = call(product, name, a);
      off();
      expect(first.ok).toBe(true);
      if (!second!.ok) {
        // B came while A held the lock: told to try again, having written nothing; trying again works.
        expect(second!.errors).toEqual([{ field: '', message: BUSY }]);
        expect(secondWrites).toEqual([]);
        ok(product, name, b, USER_B);
      }
      check(product);
      expect(sheetRows(product, 'Log Audit').length).toBe(audits + 2);
      expect(call<{ ok: boolean }>(product, 'checkRegister', {})).toMatchObject({ ok: true, data: { ok: true } });
    }
  });

  it('a report asked for twice at once (a double click) is linked to a live document, and the next one leaves one', () => {
    const keys = callKeys('generateEpisodeReport', { episodeId: 'EP-001' });
    const points = [keys.indexOf('DocumentApp.create'), keys.indexOf('Document.saveAndClose'), keys.lastIndexOf('Lock.tryLock')];
    expect(Math.min(...points)).toBeGreaterThanOrEqual(0);
    for (const at of points) {
      const product = registerFor('generateEpisodeReport');
      let n = 0;
      const off = product.emu.hooks.onCall(() => {
        if (n++ === at) ok(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
      });
      const first = ok<{ name: string }>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
      off();
      const live = () =>
        product.emu
          .driveItems()
          .filter((i) => i.name === first.name && !i.trashed)
          .map((i) => i.id);
      const link = () => String(sheetRows(product, 'Episode')[0]['Tautan Laporan']);
      expect(live().some((id) => link().includes(id))).toBe(true);
      ok(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
      expect(live()).toHaveLength(1);
      expect(link()).toContain(live()[0]);
    }
  });
});

describe('a lock held by another execution', () => {
  /**
   * Never writes the register, so it takes no lock: the survey form's episode list, refreshed from the register (doing
   * it twice at once gives the same list). Installing the reminder trigger does lock: two editors at once would each
   * install one.
   */
  const LOCK_FREE = ['getSurveyForm'];

  it.each(NAMES)('%s answers "coba lagi" and writes nothing, or reads without the lock', (name) => {
    const { input } = exampleFor(name);
    const { result: free, calls } = registerFor(name).callFromSidebar<Result<unknown>>(name, input);
    expect(free.ok).toBe(true);
    const writes = writeCalls(calls).length > 0;

    const product = registerFor(name);
    const before = fingerprint(product);
    product.emu.holdLock('script');
    const result = call(product, name, input);
    if (writes && !LOCK_FREE.includes(name)) {
      expect(result).toEqual({ ok: false, errors: [{ field: '', message: BUSY }] });
      expect(changes(before, fingerprint(product))).toEqual([]);
    } else {
      expect(result.ok).toBe(true);
      if (!LOCK_FREE.includes(name)) expect(changes(before, fingerprint(product))).toEqual([]);
    }
  });

  it('is waited for when it ends within 10 seconds', () => {
    const product = registerFor('saveFeedback');
    product.emu.holdLock('script', 8000);
    expect(call(product, 'saveFeedback', exampleFor('saveFeedback').input).ok).toBe(true);
  });
});

describe('a Google service failing mid-call', () => {
  const error = () => new GasError('Service Spreadsheets timed out while accessing document with id 1abc.');

  it.each(NAMES)('%s answers with a message instead of throwing, and leaves the register usable', (name) => {
    const { input } = exampleFor(name);
    const keys = callKeys(name, input);
    const writes = keys.findIndex((k) => writeCalls({ [k]: 1 }).length > 0);
    for (const at of [...new Set([0, 1, writes, Math.floor(keys.length / 2), keys.length - 1])].filter((i) => i >= 0)) {
      const product = registerFor(name);
      let n = 0;
      const off = product.emu.hooks.onCall(() => {
        if (n++ === at) throw error();
      });
      let result: Result<unknown> | undefined;
      expect(() => (result = call(product, name, input))).not.toThrow();
      off();
      if (!result!.ok) {
        expect(result!.errors).toHaveLength(1);
        // Google's English never reaches the user: a failure it recognises is explained in Indonesian alone.
        expect(result!.errors[0].message).toBe(
          'Layanan Google sedang terganggu sementara. Tunggu sebentar, lalu coba lagi. Jika berulang, jalankan menu HALO KOP-UKM › Siapkan register.',
        );
      }
      // The lock was let go and the register still reads: the next save goes through.
      expect(call(product, 'saveFeedback', exampleFor('saveFeedback').input).ok).toBe(true);
      expect(call(product, 'getLiveRecord', { episodeId: 'EP-001' }).ok).toBe(true);
    }
  });
});

describe('a Google failure the product does not recognise', () => {
  it("is explained in Indonesian, with Google's text only as a technical detail in parentheses", () => {
    const product = registerFor('saveFeedback');
    let thrown = false;
    const off = product.emu.hooks.onCall(() => {
      if (thrown) return;
      thrown = true;
      throw new GasError("We're sorry, a server hiccup of an unknown kind occurred.");
    });
    const result = call(product, 'getLiveRecord', { episodeId: 'EP-001' });
    off();
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: '',
          message:
            'Terjadi kesalahan yang tidak terduga (keterangan teknis: ' +
            "We're sorry, a server hiccup of an unknown kind occurred). Jika berulang, jalankan menu HALO KOP-UKM › Siapkan register.",
        },
      ],
    });
  });
});

describe('a register edited by hand', () => {
  const sheet = (p: Product, name: string) => p.emu.spreadsheet.getSheetByName(name)!;
  const report = (p: Product) => ok<{ ok: boolean; sheets: { name: string; problems: string[] }[] }>(p, 'checkRegister', {});
  const problemsOf = (p: Product, name: string) => report(p).sheets.find((s) => s.name === name)!.problems;
  const column = (p: Product, name: string, header: string) =>
    sheet(p, name).getRange(1, 1, 1, sheet(p, name).getLastColumn()).getValues()[0].indexOf(header) + 1;

  it('a deleted guest or episode row: the records that point to it are named, the rest keeps working', () => {
    const product = registerFor();
    sheet(product, 'Narasumber').deleteRow(2);
    sheet(product, 'Episode').deleteRow(4);
    expect(problemsOf(product, 'Episode')).toEqual([
      'Baris 2: narasumber "NS-001" tidak ada di lembar "Narasumber".',
      'Baris 3: narasumber "NS-001" tidak ada di lembar "Narasumber".',
    ]);
    expect(problemsOf(product, 'Tahap SOP')).toEqual(
      Array.from({ length: 8 }, (_, i) => `Baris ${18 + i}: episode "EP-003" tidak ada di lembar "Episode".`),
    );
    expect(call(product, 'getInvitation', { episodeId: 'EP-002' })).toMatchObject({ ok: false, errors: [{ field: 'episodeId' }] });
    expect(ok<{ guest: unknown }>(product, 'getEpisode', { episodeId: 'EP-001' }).guest).toBeNull();
    ok(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'DM', text: 'Masih jalan' });
    // Ids still referred to are not given out again: the old records would attach to the new ones.
    expect(ok<{ id: string }>(product, 'saveNarasumber', exampleFor('saveNarasumber').input).id).toBe('NS-002');
    const scheduled = ok<{ episodes: { id: string }[] }>(product, 'scheduleEpisode', {
      ...exampleFor('scheduleEpisode').input,
      narasumberId: 'NS-002',
    });
    expect(scheduled.episodes[0].id).toBe('EP-004');
  });

  it('reordered columns: reads and writes still go by header, and nothing is reported', () => {
    const product = registerFor();
    const questions = sheet(product, 'Tanya Jawab');
    // Two pairs of text columns change places, headers and all.
    for (const [x, y] of [
      ['ID', 'Jawaban'],
      ['Pertanyaan', 'Penanya'],
    ]) {
      const [a, b] = [column(product, 'Tanya Jawab', x), column(product, 'Tanya Jawab', y)].map((c) =>
        questions.getRange(1, c, questions.getLastRow(), 1),
      );
      const [va, vb] = [a.getValues(), b.getValues()];
      a.setValues(vb);
      b.setValues(va);
    }
    expect(report(product).ok).toBe(true);
    const saved = ok<{ id: string }>(product, 'saveQuestion', exampleFor('saveQuestion').input);
    const record = ok<{ questions: { id: string; question: string; askerHandle: string }[] }>(product, 'getLiveRecord', {
      episodeId: 'EP-001',
    });
    expect(record.questions.map((q) => [q.id, q.question, q.askerHandle])).toEqual([
      ['TJ-001', 'Apa syarat KUR?', '@warga1'],
      [saved.id, 'Bagaimana cara mendaftar NIB?', '@warga_bogor'],
    ]);
    expect(sheetRows(product, 'Tanya Jawab').at(-1)).toMatchObject({
      ID: 'TJ-002',
      Pertanyaan: 'Bagaimana cara mendaftar NIB?',
      Topik: 'perizinan/legalitas',
    });
  });

  it('a renamed column: named in the report, its sheet refused with the same words, the others keep working, setup repairs', () => {
    const product = registerFor();
    const at = column(product, 'Tanya Jawab', 'Jawaban');
    sheet(product, 'Tanya Jawab').getRange(1, at).setValue('Jawaban Narasumber');
    expect(problemsOf(product, 'Tanya Jawab')).toEqual([
      'Kolom "Jawaban" tidak ada (mungkin diganti nama atau dihapus). Jalankan menu HALO KOP-UKM › Siapkan register.',
    ]);
    const before = snapshot(product);
    expect(call(product, 'saveQuestion', exampleFor('saveQuestion').input)).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Kolom "Jawaban" tidak ada di lembar "Tanya Jawab". Jalankan menu HALO KOP-UKM › Siapkan register.' }],
    });
    expect(snapshot(product)).toEqual(before);
    for (const name of ['listNarasumber', 'scheduleEpisode', 'saveSurveyResponse', 'getEpisode', 'getAgenda', 'completeStage']) {
      expect([name, call(product, name, exampleFor(name).input).ok]).toEqual([name, true]);
    }
    product.run('setupRegister', []);
    expect(report(product).ok).toBe(true);
    expect(ok<{ id: string }>(product, 'saveQuestion', exampleFor('saveQuestion').input).id).toBe('TJ-002');
  });

  it('text typed into number and date columns: the row is named and skipped, never overwritten, and its id stays taken', () => {
    const product = registerFor();
    sheet(product, 'Angka LIVE')
      .getRange(2, column(product, 'Angka LIVE', 'Total Penonton'))
      .setValue('sembilan ratus');
    sheet(product, 'Episode')
      .getRange(4, column(product, 'Episode', 'Tanggal LIVE'))
      .setValue('minggu depan');
    const found = report(product);
    expect(found.sheets.find((s) => s.name === 'Angka LIVE')!.problems).toEqual([
      'Baris 2, kolom "Total Penonton": "sembilan ratus" bukan angka. Perbaiki isinya.',
    ]);
    expect(found.sheets.find((s) => s.name === 'Episode')!.problems).toEqual([
      'Baris 4, kolom "Tanggal LIVE": "minggu depan" bukan tanggal. Perbaiki isinya.',
    ]);

    const record = call<{ metrics: unknown }>(product, 'getLiveRecord', { episodeId: 'EP-001' });
    expect(record).toMatchObject({ ok: true, data: { metrics: null }, warnings: [expect.stringContaining('Periksa register')] });
    const scheduled = ok<{ episodes: { id: string }[] }>(product, 'scheduleEpisode', exampleFor('scheduleEpisode').input);
    expect(scheduled.episodes[0].id).toBe('EP-004');
    ok(product, 'recordLiveMetrics', exampleFor('recordLiveMetrics').input);
    const metrics = sheetRows(product, 'Angka LIVE');
    expect(metrics.map((r) => r['Total Penonton'])).toEqual(['sembilan ratus', 1250]);
    expect(sheetRows(product, 'Episode')[2]['Tanggal LIVE']).toBe('minggu depan');
  });
});
