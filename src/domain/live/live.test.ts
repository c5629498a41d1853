import { type Question, questionStats, questionStatus } from './questions';
import { recordItems, suggestions } from './records';
import { liveTime, METRIC_FIELDS, type MetricFigures, metricsErrors, metricsWarnings, replacedFigures } from './viewers';

const figures = (over: Partial<MetricFigures>): MetricFigures =>
  ({ ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, null])), ...over }) as MetricFigures;

describe('liveTime', () => {
  it('takes HH:MM on the LIVE day, or a date and time that must be that day', () => {
    expect(liveTime('08:15', '2026-11-27', 'Waktu', true)).toEqual({ value: '2026-11-27 08:15' });
    expect(liveTime('2026-11-27 08:15', '2026-11-27', 'Waktu', true)).toEqual({ value: '2026-11-27 08:15' });
    expect(liveTime('2026-11-28 08:15', '2026-11-27', 'Waktu', true)).toEqual({ problem: 'Waktu harus pada hari LIVE, 27 November 2026.' });
    expect(liveTime('2026-11-28 08:15', '2026-11-27', 'Waktu', false)).toEqual({ value: '2026-11-28 08:15' });
    expect(liveTime('8 pagi', '2026-11-27', 'Waktu', true)).toEqual({
      problem: 'Waktu harus berupa jam, mis. 08:15, atau tanggal dan jam, mis. 2026-11-27 08:15.',
    });
  });
});

describe('replacedFigures', () => {
  it('names the earlier value of each figure changed, with its unit and without brackets', () => {
    const before = figures({ totalViewers: 1250, peakViewers: 180, avgWatchSeconds: 95, durationMinutes: 32 });
    const after = figures({ totalViewers: 1300, peakViewers: 180, durationMinutes: 30, likes: 12 });
    expect(replacedFigures(before, after)).toBe('total penonton 1.250, rata-rata menonton 95 detik, durasi 32 menit, suka kosong');
    expect(replacedFigures(before, before)).toBe('');
  });
});

describe('figures', () => {
  it('refuses a peak above the total and warns of other oddities', () => {
    expect(metricsErrors(figures({ totalViewers: 100, peakViewers: 101 }))).toEqual([
      { field: 'peakViewers', message: 'Penonton puncak (101) tidak boleh lebih dari total penonton (100).' },
    ]);
    expect(metricsErrors(figures({ totalViewers: 1200, peakViewers: 1200 }))).toEqual([]);
    expect(
      metricsWarnings(figures({ totalViewers: 100, peakViewers: 50, uniqueViewers: 120 }), [{ time: '2026-11-27 08:10', viewers: 60 }]),
    ).toEqual([
      'Penonton unik lebih banyak dari total penonton; periksa kembali angka dari TikTok.',
      'Jumlah penonton yang dicatat pukul 08.10 (60) lebih dari penonton puncak; periksa kembali.',
    ]);
  });
});

describe('questions', () => {
  it('counts the share answered (or followed up) per episode', () => {
    const q = (status: string, answer = '', excluded = '') => ({ status, answer, excluded }) as Question;
    const qs = [q('terjawab', 'a'), q('terjawab', 'b'), q('ditindaklanjuti'), q('belum dijawab')];
    expect(questionStats(qs)).toEqual({ total: 4, answered: 3, followedUp: 1, open: 1, answeredPercent: 75 });
    expect(questionStats([q('terjawab', 'a'), q('belum dijawab'), q('belum dijawab')]).answeredPercent).toBe(33.3);
    expect(questionStats([]).answeredPercent).toBeNull();
    // Spam, duplicates and comments that are no questions do not count.
    expect(questionStats([q('terjawab', 'a'), q('belum dijawab', '', 'spam'), q('belum dijawab', '', 'bukan pertanyaan')])).toMatchObject({
      total: 1,
      answeredPercent: 100,
    });
  });

  it('follows the answer unless the question was referred on', () => {
    expect(questionStatus('')).toBe('belum dijawab');
    expect(questionStatus('Bisa lewat OSS.')).toBe('terjawab');
    expect(questionStatus('', 'terjawab')).toBe('belum dijawab');
    expect(questionStatus('Dirujuk ke bidang koperasi.', 'ditindaklanjuti')).toBe('ditindaklanjuti');
  });
});

describe('recordItems and suggestions', () => {
  it('says what is recorded and what is missing, comments being optional', () => {
    const items = recordItems({
      metrics: null,
      viewerCounts: [
        { episodeId: 'EP-001', time: '2026-11-27 08:15', viewers: 1245, source: 'manual', recordedBy: '', recordedAt: '', excluded: '' },
      ],
      stats: questionStats([
        { status: 'terjawab', answer: 'a', excluded: '' },
        { status: 'belum dijawab', answer: '', excluded: '' },
      ] as Question[]),
      imports: [],
      feedback: [],
      evaluation: null,
      actions: [],
    });
    // The sidebar's badge says "Opsional"; the label does not repeat it.
    expect(items.find((i) => i.key === 'comments')?.label).toBe('Komentar diimpor');
    expect(items.map((i) => [i.key, i.recorded, i.optional, i.detail])).toEqual([
      ['questions', true, false, '2 pertanyaan, 1 terjawab (50,0%), 1 belum dijawab'],
      ['comments', false, true, 'Belum ada komentar yang diimpor.'],
      ['viewerCounts', true, false, '1 catatan, tertinggi 1.245 pukul 08.15'],
      ['metrics', false, false, 'Belum dicatat.'],
      ['feedback', false, false, 'Belum ada umpan balik.'],
      ['evaluation', false, false, 'Belum dicatat.'],
    ]);
  });

  it('suggests only the stages not done', () => {
    const stages = [
      { key: 'live' as const, title: 'Pelaksanaan LIVE TikTok', status: 'selesai' as const },
      { key: 'pemantauan_penonton' as const, title: 'Pemantauan jumlah penonton', status: 'terlambat' as const },
    ];
    expect(suggestions(stages, ['live', 'pemantauan_penonton'])).toEqual([
      { stage: 'pemantauan_penonton', title: 'Pemantauan jumlah penonton' },
    ]);
  });
});
