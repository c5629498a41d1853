import { dashboard } from '../dashboard/dashboard';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { formatIkm } from '../survey/skm';
import { type Block, conclusionsSection, letterhead, numbered, type Report, type Section, signature, titleCase } from './document';
import { episodeReport, episodeReportName } from './episode-report';
import { recordsOf } from './figures';
import { NOW, RESPONDENTS, registerData, SETTINGS } from './fixture';
import { periodReport, periodReportName } from './period-report';
import { periodLabel, periodRange } from './periods';

const data = registerData();
const record = (id: string) => recordsOf(data)(data.views.find((v) => v.id === id)!);

/** The report as lines: titles, paragraphs, table rows as "a | b | c", figures as "[chart: title]". */
function lines(report: Report): string[] {
  const block = (b: Block): string[] => {
    if (b.kind === 'paragraph') return [b.text];
    if (b.kind === 'table') return [b.header, ...b.rows].map((r) => r.join(' | '));
    return [`[chart: ${b.title}] ${b.points.map(([l, v]) => `${l}=${v}`).join(' ')}`];
  };
  const section = (s: Section): string[] => [s.title, ...s.blocks.flatMap(block), ...(s.parts ?? []).flatMap(section)];
  return [...report.title, ...report.sections.flatMap(section)];
}
const text = (report: Report) => lines(report).join('\n');

describe('report pieces', () => {
  it('concludes with the findings and the advice, or says there is none', () => {
    const { title, blocks } = conclusionsSection(['Satu.', 'Dua.'], ['Perbaiki A.', 'Perbaiki B.'], 'pelaksanaan episode ini');
    expect([title, blocks]).toEqual([
      'Simpulan dan Saran',
      [
        { kind: 'paragraph', text: 'Simpulan: Satu. Dua.' },
        { kind: 'paragraph', text: 'Saran: Perbaiki A. Perbaiki B.' },
      ],
    ]);
    expect(conclusionsSection(['Satu.'], [], 'pelaksanaan pada periode ini').blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Saran: Tidak ada saran khusus; pelaksanaan pada periode ini sudah sesuai SOP.',
    });
  });

  it('letters sections and numbers their parts', () => {
    const [a, b] = numbered([
      {
        title: 'Pendahuluan',
        blocks: [],
        parts: [
          { title: 'Umum', blocks: [] },
          { title: 'Dasar', blocks: [] },
        ],
      },
      { title: 'Penutup', blocks: [] },
    ]);
    expect([a.title, a.parts?.map((p) => p.title), b.title]).toEqual(['A. Pendahuluan', ['1. Umum', '2. Dasar'], 'B. Penutup']);
  });

  it('signs with city and Indonesian date (no trailing period), position, name, rank and the grouped NIP', () => {
    expect(signature(SETTINGS, '2026-12-04')).toEqual({
      placeDate: 'Cibinong, 4 Desember 2026',
      position: 'KEPALA DINAS KOPERASI DAN UKM KABUPATEN BOGOR,',
      name: 'Dr. Hj. RINA MARLINA, S.E., M.Si.',
      rank: 'Pembina Utama Muda (IV/c)',
      nip: 'NIP. 19720707 200501 2 009',
    });
    expect(signature(DEFAULT_SETTINGS, '2026-12-04').nip).toBe('NIP. ……………………………');
  });

  it('writes the agency in running text with its acronyms', () => {
    expect(titleCase('DINAS KOPERASI DAN UKM KABUPATEN BOGOR')).toBe('Dinas Koperasi dan UKM Kabupaten Bogor');
  });
});

describe('episode report', () => {
  const report = episodeReport({ record: record('EP-001'), respondents: RESPONDENTS, settings: SETTINGS, now: NOW });
  const all = text(report);

  it('is named and titled after the episode by the id the register and the sidebar use', () => {
    expect(report.name).toBe('Laporan HALO KOP-UKM – Episode EP-001 – 2026-11-06');
    expect(episodeReportName('EP-012', '2026-11-27')).toBe('Laporan HALO KOP-UKM – Episode EP-012 – 2026-11-27');
    expect(report.title).toEqual([
      'LAPORAN',
      'NOMOR ……………………………',
      'TENTANG',
      'PELAKSANAAN HALO KOP-UKM (TIKTOK) EPISODE EP-001',
      'JUMAT, 6 NOVEMBER 2026',
    ]);
    expect(all).not.toMatch(/[Ee]pisode \d/);
  });

  it('carries the kop of a regional office: the government, the agency without the regency twice, the address', () => {
    expect(report.letterhead).toEqual({
      government: 'PEMERINTAH KABUPATEN BOGOR',
      agency: 'DINAS KOPERASI DAN UKM',
      address: DEFAULT_SETTINGS.agencyAddress,
      contact: 'Telp. (021) 87929919, Faks. (021) 87929919',
      logoFileId: '',
    });
    expect(letterhead({ ...SETTINGS, agencyName: 'Dinas Koperasi dan Usaha Mikro', logoFileId: '1AbCdEfGhIjK' })).toMatchObject({
      government: 'PEMERINTAH KABUPATEN BOGOR',
      agency: 'DINAS KOPERASI DAN USAHA MIKRO',
      logoFileId: '1AbCdEfGhIjK',
    });
  });

  it('carries the nomor surat of the settings, or of this report', () => {
    const numbered = { ...SETTINGS, reportNumber: '000.1.2/117/Diskopukm/2026' };
    expect(episodeReport({ record: record('EP-001'), respondents: [], settings: numbered, now: NOW }).title[1]).toBe(
      'NOMOR 000.1.2/117/Diskopukm/2026',
    );
    expect(
      episodeReport({ record: record('EP-001'), respondents: [], settings: numbered, now: NOW, number: '000.1.2/118/Diskopukm/2026' })
        .title[1],
    ).toBe('NOMOR 000.1.2/118/Diskopukm/2026');
  });

  it('follows the naskah dinas layout A–E', () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      'A. Pendahuluan',
      'B. Kegiatan yang Dilaksanakan',
      'C. Hasil yang Dicapai',
      'D. Simpulan dan Saran',
      'E. Penutup',
    ]);
    expect(report.sections[0].parts?.map((p) => p.title)).toEqual(['1. Umum', '2. Maksud dan Tujuan', '3. Ruang Lingkup', '4. Dasar']);
    expect(report.sections[2].parts?.map((p) => p.title)).toEqual([
      '1. Angka LIVE',
      '2. Jumlah Penonton selama LIVE',
      '3. Tanya Jawab',
      '4. Umpan Balik',
      '5. Survei Kepuasan Masyarakat',
      '6. Evaluasi Bersama',
      '7. Tindak Lanjut',
    ]);
  });

  it('states the guest, each stage with due date, date done and status, and the figures', () => {
    expect(all).toContain('Narasumber | Siti Aminah (Ketua)');
    expect(all).toContain('Jadwal LIVE | Jumat, 6 November 2026, pukul 08.00–08.30 WIB');
    expect(all).toContain(
      '3 | Pelaksanaan LIVE TikTok | Tim Pelaksana – Pubdisdok | 6 November 2026 | 6 November 2026 pukul 08.00 | Tepat waktu',
    );
    expect(all).toContain('Dari 8 tahap SOP, 8 selesai tepat waktu.');
    expect(all).toContain('Total penonton | 250');
    expect(all).toContain('Rata-rata lama menonton | 2 menit 5 detik');
    expect(all).toContain('Hadiah | Belum dicatat');
    expect(all).toContain('[chart: Jumlah penonton selama LIVE] 08.00=20 08.10=45 08.20=60 08.30=40');
    expect(all).toContain(
      'Jumlah penonton dicatat 4 kali selama LIVE, rata-rata 41 penonton per hitungan; tertinggi 60 penonton pada pukul 08.20 WIB.',
    );
    expect(all).toContain('Pertanyaan yang diterima: 4; dijawab: 3 (75,0%).');
    expect(all).toContain('4 | Bagaimana cara TJ-004? | @wargaTJ-004 | Belum dijawab | belum dijawab');
    expect(all).toContain('Umpan balik yang dicatat: 2 (1 positif, 1 netral, 0 negatif).');
    expect(all).toContain('Nilai IKM = 3,5000 × 25 = 87,50');
    expect(all).toContain('Tanggal rapat | Kamis, 12 November 2026');
    expect(all).toContain('1 | Tindakan TL-001 | Tim Humas | 19 November 2026 | Selesai (20 November 2026 pukul 10.00)');
    expect(all).toContain('Saran: 1 pertanyaan belum dijawab');
    expect(report.signature.nip).toBe('NIP. 19720707 200501 2 009');
  });

  it('states late and overdue stages and what is not recorded', () => {
    const late = text(episodeReport({ record: record('EP-002'), respondents: [], settings: SETTINGS, now: NOW }));
    // Done on the Saturday after its Friday: late, but not by a working day.
    expect(late).toContain(
      '1 | Menghubungi narasumber | Tim Pelaksana | 30 Oktober 2026 | 31 Oktober 2026 pukul 15.00 | Selesai terlambat\n',
    );
    // Due Monday 16 November, on 10 December: the working days from 17 November.
    expect(late).toContain(
      '6 | Pengumpulan umpan balik dari sasaran program | Tim Pelaksana – Pubdisdok | 16 November 2026 | Belum selesai | Terlambat 18 hari kerja, belum selesai',
    );
    expect(late).toContain('Dari 8 tahap SOP, 6 selesai tepat waktu, 1 selesai terlambat, serta 1 terlambat dan belum selesai.');
    expect(text(episodeReport({ record: record('EP-005'), respondents: [], settings: SETTINGS, now: NOW }))).toContain(
      'Dari 8 tahap SOP, 2 terlambat dan belum selesai serta 6 belum jatuh tempo.',
    );
    expect(late).toContain('Penonton unik | Belum dicatat');
    expect(late).toContain('Jumlah penonton selama LIVE belum dicatat.');
    expect(late).toContain('Umpan balik dari sasaran program belum dicatat.');
    expect(late).toContain('Belum ada responden Survei Kepuasan Masyarakat untuk episode ini.');
    expect(late).toContain('Hasil evaluasi bersama belum dicatat.');
    expect(late).toContain('Terbuka, lewat batas waktu');
    expect(late).toContain(
      'Tahap yang terlambat dan belum selesai perlu segera diselesaikan dan dicatat: 6. Pengumpulan umpan balik dari sasaran program.',
    );
    expect(late).toContain(
      'Data yang belum dicatat perlu dilengkapi di register: jumlah penonton selama LIVE, umpan balik, hasil evaluasi.',
    );
  });

  it('reports a cancelled episode as cancelled', () => {
    const cancelled = text(episodeReport({ record: record('EP-003'), respondents: [], settings: SETTINGS, now: NOW }));
    expect(cancelled).toContain('Status episode | Dibatalkan (alasan: Narasumber sakit)');
    expect(cancelled).toContain('Episode ini dibatalkan; 2 dari 8 tahap sempat diselesaikan.');
    expect(cancelled).toContain(
      '5 | Pemantauan jumlah penonton | Tim Pelaksana | 20 November 2026 | Belum selesai | Tidak berlaku (episode dibatalkan)',
    );
    expect(cancelled).toContain('Angka LIVE dari TikTok (jumlah penonton, komentar, suka, dan lainnya) belum dicatat.');
    expect(cancelled).toContain(
      'Simpulan: Episode EP-003 dengan narasumber Siti Aminah (Koperasi Wanita Mekar Sari) yang dijadwalkan pada Jumat, 20 November 2026 dibatalkan',
    );
  });
});

describe('period recap', () => {
  const report = periodReport({ data, from: '2026-11-01', to: '2026-11-30', respondents: RESPONDENTS, settings: SETTINGS, now: NOW });
  const all = text(report);

  it('names and titles the period', () => {
    expect(report.name).toBe('Laporan HALO KOP-UKM – Rekap 2026-11-01 s.d. 2026-11-30');
    expect(periodReportName('2026-01-01', '2026-12-31')).toBe('Laporan HALO KOP-UKM – Rekap 2026-01-01 s.d. 2026-12-31');
    expect(report.title).toEqual([
      'LAPORAN',
      'NOMOR ……………………………',
      'TENTANG',
      'REKAPITULASI PELAKSANAAN HALO KOP-UKM (TIKTOK)',
      'BULAN NOVEMBER 2026',
    ]);
    expect(periodLabel('2026-10-01', '2026-12-31')).toBe('triwulan IV tahun 2026');
    expect(periodLabel('2026-01-01', '2026-12-31')).toBe('tahun 2026');
    expect(periodLabel('2026-02-01', '2026-02-28')).toBe('bulan Februari 2026');
    expect(periodLabel('2026-11-15', '2026-12-14')).toBe('periode 15 November 2026 s.d. 14 Desember 2026');
    expect(periodRange('quarter', 2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('month', 2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('states every figure', () => {
    expect(all).toContain('Pada bulan November 2026 dijadwalkan 4 episode: 3 terlaksana, 1 dibatalkan, dan 0 belum terlaksana.');
    expect(all).toContain('3 | EP-003 | 20 November 2026 | Siti Aminah (Koperasi Wanita Mekar Sari) | Dibatalkan | – | –');
    expect(all).toContain('2 | EP-002 | 13 November 2026 | Budi Santoso (Keripik Singkong Budi) | Terlaksana | 400 | 2 dari 2');
    expect(all).toContain('Narasumber episode yang terlaksana: 1 koperasi dan 2 UKM (3 narasumber berbeda) dari 2 kecamatan.');
    expect(all).toContain('Cibinong | 1 | 1 | 2');
    expect(all).toContain(
      'Dari 24 tahap yang sudah jatuh tempo pada episode yang tidak dibatalkan, 22 (91,7%) selesai tepat waktu, 1 selesai terlambat, dan 1 terlambat dan belum selesai.',
    );
    expect(all).toContain('1 | Menghubungi narasumber | 3 | 2 | 1 | 0 | 66,7%');
    expect(all).toContain(
      'Total penonton 800 dari 3 episode yang angkanya tercatat, rata-rata 267 penonton per episode. Penonton terbanyak pada episode EP-002 (13 November 2026, Budi Santoso – Keripik Singkong Budi) dengan 400 penonton.',
    );
    expect(all).toContain('[chart: Total penonton per episode] 06/11=250 13/11=400 27/11=150');
    expect(all).toContain('Pertanyaan masyarakat yang diterima: 6; dijawab: 5 (83,3%).');
    expect(all).toContain('Nilai IKM = 3,5000 × 25 = 87,50');
    expect(all).toContain('1 | EP-002 | Tindakan TL-002 | Tim Humas | 25 November 2026 | Terbuka, lewat batas waktu');
  });

  it('states the innovation index figures with their parameters', () => {
    expect(all).toContain(
      '1 | Sosialisasi inovasi melalui media sosial milik pemerintah | 3 LIVE di akun TikTok Dinas Koperasi dan UKM Kabupaten Bogor | – | 2 episode dengan tautan bukti',
    );
    expect(all).toContain('2 | Persentase pertanyaan masyarakat yang dijawab | 83,3% (5 dari 6) | 51–90%');
    expect(all).toContain('3 | Jumlah penerima manfaat | 700 orang | ≥ 501');
    expect(all).toContain(
      '4 | Monitoring dan evaluasi | 1 evaluasi bersama tercatat; 2 responden SKM, IKM 87,50 (mutu B, Baik) | Ada laporan SKM',
    );
    expect(all).toContain('EP-002 | 13 November 2026 | Belum dicatat');
    expect(all).toContain('EP-004 | 27 November 2026 | https://drive.google.com/file/d/bukti-ep4');
  });

  it('states an empty period as empty', () => {
    const empty = text(periodReport({ data, from: '2027-01-01', to: '2027-01-31', respondents: [], settings: SETTINGS, now: NOW }));
    expect(empty).toContain('Tidak ada episode yang dijadwalkan pada bulan Januari 2027.');
    expect(empty).toContain('Belum ada tahap SOP yang jatuh tempo pada periode ini.');
    expect(empty).toContain('Belum ada angka penonton yang dicatat pada periode ini.');
    expect(empty).toContain('Belum ada data Survei Kepuasan Masyarakat pada periode ini.');
    expect(empty).toContain('2 | Persentase pertanyaan masyarakat yang dijawab | Belum ada pertanyaan | Belum dapat ditentukan');
    expect(empty).toContain('3 | Jumlah penerima manfaat | 0 orang | Belum dapat ditentukan');
    expect(empty).not.toContain('[chart');
  });
});

describe('dashboard', () => {
  const d = dashboard({ data, respondents: { month: [], year: RESPONDENTS }, now: NOW });
  const row = (label: string) => d.values.find((r) => r[0] === label)!;

  it("states this month's and this year's figures", () => {
    expect(d.values[3].slice(0, 3)).toEqual(['Ringkasan', 'Bulan ini (Desember 2026)', 'Tahun ini (2026)']);
    expect(row('Episode dijadwalkan').slice(0, 3)).toEqual(['Episode dijadwalkan', 1, 5]);
    expect(row('Episode terlaksana').slice(0, 3)).toEqual(['Episode terlaksana', 0, 3]);
    expect(row('Tahap SOP selesai tepat waktu').slice(1, 3)).toEqual([0, 22 / 26]);
    expect(row('Total penonton').slice(1, 3)).toEqual([0, 800]);
    expect(row('Pertanyaan dijawab').slice(1, 3)).toEqual(['–', 5 / 6]);
    expect(row('Indeks Kepuasan Masyarakat (IKM)').slice(1, 3)).toEqual(['–', 87.5]);
    const at = d.values.indexOf(row('Tahap SOP selesai tepat waktu'));
    expect(d.formats[at].slice(1, 3)).toEqual(['0.0%', '0.0%']);
  });

  it('states the average viewers and the IKM as the recap of the same year does', () => {
    const average = row('Rata-rata penonton per episode');
    expect([average[2], d.formats[d.values.indexOf(average)][2]]).toEqual([267, '#,##0']);
    const recap = text(
      periodReport({ data, from: '2026-01-01', to: '2026-12-31', respondents: RESPONDENTS, settings: SETTINGS, now: NOW }),
    );
    expect(recap).toContain('Total penonton 800 (rata-rata 267 penonton per episode).');
    const ikm = row('Indeks Kepuasan Masyarakat (IKM)')[2] as number;
    expect(recap).toContain(`Indeks Kepuasan Masyarakat ${formatIkm(ikm)} (mutu B, Baik).`);
    expect(recap).toContain(`Nilai IKM = 3,5000 × 25 = ${formatIkm(ikm)}`);
  });

  it('lists the next episodes with their open stages and the overdue stages, most late first', () => {
    expect(d.values.find((r) => r[1] === 'EP-005')?.slice(0, 6)).toEqual([
      '18 Desember 2026',
      'EP-005',
      'Budi Santoso (Keripik Singkong Budi)',
      'Topik EP-005',
      '1, 2, 3, 4, 5, 6, 7, 8',
      '1. Menghubungi narasumber (4 Desember 2026)',
    ]);
    const overdue = d.values.filter((r) => /^EP-/.test(String(r[0])) && typeof r[4] === 'number').map((r) => [r[0], r[2], r[4]]);
    expect(overdue).toEqual([
      ['EP-002', '6. Pengumpulan umpan balik dari sasaran program', 18],
      ['EP-005', '1. Menghubungi narasumber', 4],
      ['EP-005', '2. Mempersiapkan kebutuhan LIVE', 4],
    ]);
    expect(d.overdue).toBe(3);
  });

  it('keeps the charts over their data columns', () => {
    const [viewers, onTime] = d.charts;
    const cells = (c: typeof viewers) =>
      d.values.slice(c.range.row - 1, c.range.row - 1 + c.range.rows).map((r) => r.slice(c.range.col - 1, c.range.col + 1));
    expect(cells(viewers)).toEqual([
      ['Tanggal LIVE', 'Total penonton'],
      ['06/11', 250],
      ['13/11', 400],
      ['27/11', 150],
    ]);
    expect(cells(onTime)[0]).toEqual(['Bulan', 'Tepat waktu']);
    expect(cells(onTime).slice(-2)).toEqual([
      ['November', 22 / 24],
      ['Desember', 0],
    ]);
    expect(cells(onTime)).toHaveLength(13);
  });
});
