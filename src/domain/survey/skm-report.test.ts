import { type Answer, UNSUR } from './skm';
import { type ReportBlock, type Respondent, skmSection } from './skm-report';

const respondent = (a: Answer | null, profile: Respondent['profile'] = {}, suggestion = ''): Respondent => ({
  answers: UNSUR.map(() => a),
  profile,
  suggestion,
});

const tables = (blocks: ReportBlock[]) => blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const text = (blocks: ReportBlock[]) =>
  blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => (b as { text: string }).text)
    .join('\n');

describe('SKM report section', () => {
  const section = skmSection(
    [respondent(4, { gender: 'Perempuan', occupation: 'Wirausaha' }, 'Tambah sesi tanya jawab.'), respondent(3, { gender: 'Laki-laki' })],
    { population: 100 },
  );
  const [profile, perUnsur, categories, suggestions] = tables(section.blocks);

  it('shows each unsur by name with Σ nilai, NRR and NRR tertimbang, and the IKM with its category', () => {
    expect(perUnsur.header).toEqual(['No', 'Unsur pelayanan', 'Σ nilai', 'Jumlah pengisi', 'NRR', 'NRR tertimbang']);
    expect(perUnsur.rows[3]).toEqual(['U4', 'Biaya/Tarif', '7', '2', '3,50', '0,3889']);
    expect(perUnsur.rows[9]).toEqual(['', 'Jumlah (IKM skala 1–4)', '', '', '', '3,5000']);
    expect(text(section.blocks)).toContain(
      'Nilai IKM = 3,5000 × 25 = 87,50 (bobot tiap unsur 1/9). Mutu pelayanan B, kinerja unit pelayanan Baik.',
    );
  });

  it('says "Tidak dinilai" for an unsur nobody answered, and why there is no IKM', () => {
    const blank = skmSection([{ answers: UNSUR.map((_, i) => (i === 8 ? null : 3)), profile: {}, suggestion: '' }]);
    const rows = tables(blank.blocks)[1].rows;
    expect(rows[8]).toEqual(['U9', 'Sarana dan Prasarana', '0', '0', 'Tidak dinilai', 'Tidak dinilai']);
    expect(rows[9].at(-1)).toBe('–');
    expect(text(blank.blocks)).toContain(
      'Nilai IKM belum dapat dihitung karena unsur berikut tidak dinilai, belum dijawab responden mana pun: U9 (Sarana dan Prasarana).',
    );
  });

  it('prints the regulation category table', () => {
    expect(categories.rows[0]).toEqual(['1', '1,00 – 2,5996', '25,00 – 64,99', 'D', 'Tidak Baik']);
    expect(categories.rows[3]).toEqual(['4', '3,5324 – 4,00', '88,31 – 100,00', 'A', 'Sangat Baik']);
  });

  it('counts the respondents’ profile, blanks as "Tidak diisi"', () => {
    expect(profile.rows).toContainEqual(['Jenis kelamin', 'Perempuan', '1', '50,0%']);
    expect(profile.rows).toContainEqual(['Pekerjaan', 'Tidak diisi', '1', '50,0%']);
    expect(profile.rows).toContainEqual(['Pendidikan terakhir', 'Tidak diisi', '2', '100,0%']);
  });

  it('lists the suggestions and says whether the sample size was reached', () => {
    expect(suggestions.rows).toEqual([['1', 'Tambah sesi tanya jawab.']]);
    expect(text(section.blocks)).toContain(
      'Populasi survei adalah penerima manfaat LIVE, yaitu penonton unik (atau total penonton bila penonton unik tidak dicatat): 100 orang. ' +
        'Sampel minimal menurut tabel Krejcie dan Morgan adalah 80 responden; jumlah tersebut belum tercapai.',
    );
  });

  it('says so when there are no respondents', () => {
    expect(skmSection([]).blocks).toEqual([
      { kind: 'paragraph', text: 'Belum ada responden Survei Kepuasan Masyarakat pada periode ini.' },
    ]);
  });
});
