import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { wibDateTime, wibInstant } from '../shared/dates';
import { detectFormat, parseCsv, parseTimestamp, readEvents, resolveMapping } from './comment-file';
import { dedupKey, type PlanContext, planImport } from './comment-import';
import { guessTopic, isLikelyQuestion } from './questions';

const LIVE = '2026-11-27';
const at = (s: string) => wibDateTime(parseTimestamp(s, LIVE) as Date);
const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  episodeId: 'EP-001',
  liveDate: LIVE,
  from: wibInstant(LIVE, '08:00'),
  existingKeys: new Set(),
  existingMinutes: new Set(),
  ...over,
});

describe('parseTimestamp', () => {
  it('reads ISO-8601 with or without a zone (WIB), epoch ms or s, and a bare time on the LIVE day', () => {
    expect(at('2026-11-27T01:05:00Z')).toBe('2026-11-27 08:05');
    expect(at('2026-11-27T08:05:30+07:00')).toBe('2026-11-27 08:05');
    expect(at('2026-11-27T08:05:30+0700')).toBe('2026-11-27 08:05');
    expect(at('2026-11-27 08:05')).toBe('2026-11-27 08:05');
    expect(at(String(Date.parse('2026-11-27T01:06:00Z')))).toBe('2026-11-27 08:06');
    expect(at(String(Date.parse('2026-11-27T01:06:00Z') / 1000))).toBe('2026-11-27 08:06');
    expect(at('08:07')).toBe('2026-11-27 08:07');
    expect(at('8.07.59')).toBe('2026-11-27 08:07');
  });

  it('tells empty from not understood', () => {
    expect(parseTimestamp('', LIVE)).toBeNull();
    expect(parseTimestamp('kemarin', LIVE)).toBeUndefined();
    expect(parseTimestamp('2026-02-30T08:00', LIVE)).toBeUndefined();
    expect(parseTimestamp('25:00', LIVE)).toBeUndefined();
  });
});

describe('parseCsv', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quotes, and numbers rows by their first line', () => {
    const { rows, unclosedAt } = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n', ',');
    expect(unclosedAt).toBeNull();
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('reports a quote left open', () => {
    expect(parseCsv('a,b\n"open,1\n2,3', ',').unclosedAt).toBe(2);
  });

  it('reads back any table written with quotes where needed, with each delimiter', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '"', ',', ';', '\t', '\n', '\r\n', '=', 'é', '😀') });
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (d, table) => {
          const quote = (c: string) => (/[",;\t\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
          const { rows, unclosedAt } = parseCsv(table.map((r) => r.map(quote).join(d)).join('\n'), d);
          expect(unclosedAt).toBeNull();
          expect(rows.map((r) => r.cells)).toEqual(table);
        },
      ),
    );
  });
});

describe('detectFormat and the mapping', () => {
  it('tells JSON Lines, CSV (also with ; from an Indonesian Excel) and pasted text apart', () => {
    expect(detectFormat('{"type":"comment"}\n')).toBe('jsonl');
    expect(detectFormat('\uFEFFtimestamp,type,text\n')).toBe('csv');
    expect(detectFormat('Waktu;Pengguna;Komentar\n')).toBe('csv');
    expect(detectFormat('budi: halo kak, apa kabar\n')).toBe('text');
    expect(detectFormat('08:15 siti: gmn cara daftar\n')).toBe('text');
  });

  it("recognises the canonical names and the capture libraries' names; a chosen column wins, '' unmaps", () => {
    expect(resolveMapping(['createTime', 'uniqueId', 'comment', 'msgId', 'Other'])).toEqual({
      timestamp: 'createTime',
      unique_id: 'uniqueId',
      text: 'comment',
      msg_id: 'msgId',
    });
    expect(resolveMapping(['Waktu', 'Isi', 'Akun'], { text: 'Isi', unique_id: 'Akun', timestamp: '' })).toEqual({
      text: 'Isi',
      unique_id: 'Akun',
    });
  });
});

describe('readEvents', () => {
  it('reads canonical CSV, keeping the text exactly', () => {
    const csv =
      'timestamp,type,unique_id,nickname,text,value,msg_id\n' +
      '2026-11-27T08:05:00+07:00,comment,budi_umkm,Budi,"  =IMPORTXML(""http://x"",""//a"") ",,101\n' +
      '2026-11-27T08:06:00+07:00,viewer_count,,,,245,\n';
    const read = readEvents(csv, LIVE);
    expect(read).toMatchObject({ format: 'csv', needsMapping: false, lines: 2, rejected: [] });
    expect(read.events[0]).toMatchObject({ type: 'comment', uniqueId: 'budi_umkm', text: '  =IMPORTXML("http://x","//a") ', msgId: '101' });
    expect(read.events[1]).toMatchObject({ type: 'viewer_count', value: 245 });
  });

  it('asks for a mapping when no text column is recognised, and uses the one given', () => {
    const csv = 'Kapan;Siapa;Tulisan\n08:05;siti;brp modalnya\n';
    expect(readEvents(csv, LIVE)).toMatchObject({ needsMapping: true, headers: ['Kapan', 'Siapa', 'Tulisan'], events: [] });
    const read = readEvents(csv, LIVE, { mapping: { timestamp: 'Kapan', unique_id: 'Siapa', text: 'Tulisan' } });
    expect(read.events).toEqual([expect.objectContaining({ uniqueId: 'siti', text: 'brp modalnya', at: wibInstant(LIVE, '08:05') })]);
  });

  it('reads JSON Lines of both capture libraries, keeping 19-digit message ids whole', () => {
    const node =
      '{"type":"chat","uniqueId":"budi","nickname":"Budi","comment":"halo","msgId":7312345678901234567,"createTime":1795745100000}\nnot json\n[1,2]';
    const read = readEvents(node, LIVE);
    expect(read.format).toBe('jsonl');
    expect(read.events).toEqual([
      expect.objectContaining({ type: 'comment', uniqueId: 'budi', msgId: '7312345678901234567', text: 'halo' }),
    ]);
    expect(read.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'bukan JSON yang sah'],
      [3, 'baris JSON harus berupa objek { … }'],
    ]);
    const python =
      '{"type":"comment","user":{"unique_id":"siti","nickname":"Siti"},"comment":"hai","common":{"create_time":1795745100000,"msg_id":7312345678901234568}}';
    expect(readEvents(python, LIVE).events[0]).toMatchObject({
      uniqueId: 'siti',
      nickname: 'Siti',
      msgId: '7312345678901234568',
      at: new Date(1795745100000),
    });
  });

  it('recognises the Indonesian headers of a spreadsheet export ("pengguna", "isi komentar")', () => {
    const read = readEvents('Waktu,Pengguna,Isi Komentar\n08:05,@siti,brp modalnya\n', LIVE);
    expect(read).toMatchObject({ needsMapping: false, mapping: { timestamp: 'Waktu', unique_id: 'Pengguna', text: 'Isi Komentar' } });
    expect(read.events).toEqual([expect.objectContaining({ uniqueId: 'siti', text: 'brp modalnya' })]);
  });

  it('reads the guide\'s example file docs/contoh-komentar.csv without a mapping, the account in "pengguna"', () => {
    const read = readEvents(readFileSync(join(__dirname, '../../../docs/contoh-komentar.csv'), 'utf8'), LIVE);
    expect(read).toMatchObject({ format: 'csv', needsMapping: false, rejected: [] });
    expect(read.mapping).toMatchObject({ timestamp: 'waktu', unique_id: 'pengguna', text: 'komentar' });
    expect(read.events.map((e) => [e.uniqueId, e.text])).toEqual([
      ['budi_umkm', 'gmn cara daftar koperasi?'],
      ['ani.bogor', 'mantap kak'],
      ['siti', 'berapa biaya sertifikat halal'],
    ]);
  });

  it('reads a connector capture with chat events and untyped viewer-count events mixed (issue 15)', () => {
    const capture = [
      '{"type":"chat","uniqueId":"budi","comment":"gmn cara daftar","msgId":7312345678901234567,"createTime":1795745100000}',
      '{"viewerCount":120,"createTime":1795745160000}',
      '{"uniqueId":"ani","comment":"mantap","createTime":1795745170000}',
      '{"viewerCount":0,"createTime":1795745220000}',
    ].join('\n');
    const read = readEvents(capture, LIVE);
    expect(read.rejected).toEqual([]);
    expect(read.events.map((e) => [e.type, e.value ?? e.text])).toEqual([
      ['comment', 'gmn cara daftar'],
      ['viewer_count', 120],
      ['comment', 'mantap'],
      ['viewer_count', 0],
    ]);
  });

  it('reads pasted comment-panel text, one "name: comment" per line, with an optional time', () => {
    const read = readEvents('[08:15] Budi Santoso: gmn cara daftar NIB\n@siti_bogor: -1+2\nbergabung\n\n08.20 Ani:   spasi ', LIVE);
    expect(read.format).toBe('text');
    expect(read.events.map((e) => [e.nickname, e.uniqueId, e.text, e.at && wibDateTime(e.at)])).toEqual([
      ['Budi Santoso', '', 'gmn cara daftar NIB', '2026-11-27 08:15'],
      ['', 'siti_bogor', '-1+2', null],
      ['Ani', '', '  spasi ', '2026-11-27 08:20'],
    ]);
    expect(read.rejected).toEqual([{ line: 3, reason: 'bukan baris "nama: komentar"', content: 'bergabung' }]);
  });

  it('rejects lines it cannot use, with the reason', () => {
    const csv =
      'timestamp,type,unique_id,text,value\nkemarin,comment,a,x,\n08:01,dance,a,x,\n08:02,comment,a,,\n08:03,viewer_count,,,banyak\n';
    expect(readEvents(csv, LIVE).rejected.map((r) => r.reason)).toEqual([
      'waktu "kemarin" tidak dikenali',
      'jenis "dance" tidak dikenal',
      'teks komentar kosong',
      'Jumlah penonton harus berupa angka bulat, mis. 1.250.',
    ]);
  });
});

describe('planImport', () => {
  const csv = [
    'timestamp,type,unique_id,text,value,msg_id',
    '2026-11-27T07:40:00+07:00,comment,lama,komentar lama yang diputar ulang,,1',
    '2026-11-27T08:01:00+07:00,comment,budi,gimana caranya daftar koperasi,,2',
    '2026-11-27T08:01:10+07:00,comment,budi,gimana caranya daftar koperasi,,2',
    '2026-11-27T08:02:05+07:00,comment,ani,mantap,,',
    '2026-11-27T08:02:50+07:00,comment,ani,mantap,,',
    '2026-11-27T08:03:00+07:00,comment,ani,mantap,,',
    '2026-11-27T08:02:00+07:00,viewer_count,,,120,',
    '2026-11-27T08:02:30+07:00,viewer_count,,,150,',
    '2026-11-27T08:03:00+07:00,viewer_count,,,140,',
    '2026-11-27T08:04:00+07:00,like,,,15,',
    '2026-11-27T08:04:00+07:00,gift,,,,',
  ].join('\n');

  it('drops the replayed burst, de-duplicates by message id and by user + text + minute, keeps one viewer count per minute', () => {
    const plan = planImport(readEvents(csv, LIVE), context());
    expect(plan.counts).toEqual({
      lines: 11,
      comments: 3,
      questions: 1,
      snapshots: 2,
      other: 2,
      beforeStart: 1,
      duplicates: 2,
      alreadyImported: 0,
      rejected: 0,
    });
    expect(plan.comments.map((c) => [c.uniqueId, c.time, c.question])).toEqual([
      ['budi', '2026-11-27 08:01', true],
      ['ani', '2026-11-27 08:02', false],
      ['ani', '2026-11-27 08:03', false],
    ]);
    expect(plan.snapshots).toEqual([
      { time: '2026-11-27 08:02', viewers: 150 },
      { time: '2026-11-27 08:03', viewers: 140 },
    ]);
    expect(plan.totals).toEqual({ like: 15, share: 0, follow: 0, gift: 1 });
  });

  it('adds nothing the second time', () => {
    const first = planImport(readEvents(csv, LIVE), context());
    const again = planImport(
      readEvents(csv, LIVE),
      context({
        existingKeys: new Set(first.comments.map((c) => c.key)),
        existingMinutes: new Set(first.snapshots.map((s) => s.time)),
      }),
    );
    expect(again.comments).toEqual([]);
    expect(again.snapshots).toEqual([]);
    expect(again.counts.alreadyImported).toBe(7); // 3 comments, their 2 repeats, 2 viewer counts
  });

  it('refuses viewer counts from another day', () => {
    const plan = planImport(readEvents('timestamp,type,value\n2026-11-28T08:00:00+07:00,viewer_count,5\n', LIVE), context());
    expect(plan.rejected.map((r) => r.reason)).toEqual(['jumlah penonton di luar hari LIVE']);
  });

  it('keys on the episode, the message id, else user + minute + text', () => {
    const base = { msgId: '', uniqueId: 'a', nickname: '', text: 'x', at: wibInstant(LIVE, '08:00') };
    expect(dedupKey('EP-001', { ...base, msgId: '9' })).toBe('EP-001|m:9');
    expect(dedupKey('EP-001', base)).toBe(dedupKey('EP-001', { ...base, at: new Date(base.at.getTime() + 59_000) }));
    expect(dedupKey('EP-001', base)).not.toBe(dedupKey('EP-001', { ...base, at: new Date(base.at.getTime() + 60_000) }));
    expect(dedupKey('EP-001', base)).not.toBe(dedupKey('EP-002', base));
    expect(dedupKey('EP-001', base)).not.toBe(dedupKey('EP-001', { ...base, uniqueId: 'b' }));
  });
});

describe('isLikelyQuestion', () => {
  it.each([
    'gmn cara daftar koperasi',
    'Gimanaaa kak caranya',
    'brp modal awalnya',
    'kak syaratnya apa',
    'min, bisa daftar online',
    'kapan buka pendaftaran lagi',
    'Daftar NIB dimana ya',
    'di mana kantornya',
    'mohon info pelatihan UMKM 🙏',
    'koperasi simpan pinjam boleh gak pinjam ke bank',
    'kantornya buka ga',
    'apakah gratis',
    'Halo kak mau tanya soal PIRT',
    'cara urus halal',
    'Ini legal?',
    'sudah terdaftar？',
  ])('%s → question', (text) => expect(isLikelyQuestion(text)).toBe(true));

  it.each([
    'mantap kak 👍👍',
    'semoga sukses selalu',
    'apa kabar kak',
    'bisa banget kak',
    'terima kasih infonya',
    'hadir dari Cibinong',
    'kak',
    '',
  ])('%s → not a question', (text) => expect(isLikelyQuestion(text)).toBe(false));
});

describe('guessTopic', () => {
  it('sorts questions into the fixed topics', () => {
    expect(guessTopic('gmn cara urus NIB')).toBe('perizinan/legalitas');
    expect(guessTopic('izin koperasi dimana')).toBe('perizinan/legalitas');
    expect(guessTopic('brp bunga KUR')).toBe('permodalan');
    expect(guessTopic('cara jualan di marketplace')).toBe('pemasaran');
    expect(guessTopic('bahan baku dari mana')).toBe('produksi');
    expect(guessTopic('syarat mendirikan koperasi')).toBe('kelembagaan koperasi');
    expect(guessTopic('jam berapa selesai')).toBe('lainnya');
  });
});
