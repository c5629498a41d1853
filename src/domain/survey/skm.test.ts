import { formatNumberId } from '../shared/numbers';
import { type Answer, type Answers, categoryOf, computeIkm, formatIkm, formatIkmIndex, profileOf, sampleSize, scoreOf, UNSUR } from './skm';

const same = (a: Answer | null): Answers => UNSUR.map(() => a);
const shown = (ikm: number | null) => (ikm === null ? null : formatIkm(ikm));

/** `n` complete questionnaires whose answers add up to `total` (4s, then 3s for the remainder). */
function withTotal(n: number, total: number): Answers[] {
  let missing = n * 9 * 4 - total;
  return Array.from({ length: n }, () => UNSUR.map(() => (missing-- > 0 ? 3 : 4)));
}

describe('IKM (PermenPANRB 14/2017)', () => {
  it('one respondent answering 4 everywhere scores 100,00, mutu A', () => {
    const r = computeIkm([same(4)]);
    expect(shown(r.ikm)).toBe('100,00');
    expect([r.mutu, r.kinerja]).toEqual(['A', 'Sangat Baik']);
    expect(r.perUnsur.map((u) => u.nrr)).toEqual(UNSUR.map(() => 4));
  });

  it('one respondent answering 1 everywhere scores 25,00, mutu D', () => {
    const r = computeIkm([same(1)]);
    expect(shown(r.ikm)).toBe('25,00');
    expect([r.mutu, r.kinerja]).toEqual(['D', 'Tidak Baik']);
  });

  it('computes with exact 1/9 by default and offers the literal 0,111', () => {
    expect(shown(computeIkm([same(4)], '0.111').ikm)).toBe('99,90');
    // Σ NRR = 31,79: exact 1/9 gives 88,3055… → 88,31 (A); 0,111 gives 88,217… → 88,22 (B).
    const data = withTotal(100, 3179);
    const exact = computeIkm(data);
    const literal = computeIkm(data, '0.111');
    expect([shown(exact.ikm), exact.mutu]).toEqual(['88,31', 'A']);
    expect([shown(literal.ikm), literal.mutu]).toEqual(['88,22', 'B']);
    expect(literal.perUnsur[0].weighted).toBeCloseTo((literal.perUnsur[0].nrr as number) * 0.111, 12);
  });

  it('states the index to 4 decimals and the IKM as that index × 25 to 2 decimals, so the printed sum holds', () => {
    // Σ NRR = 31,79 → 3,53222… → 3,5322; × 25 = 88,305 → 88,31.
    const r = computeIkm(withTotal(100, 3179));
    expect([r.ikm4, r.ikm, formatIkmIndex(r.ikm4 as number), formatIkm(r.ikm as number)]).toEqual([3.5322, 88.31, '3,5322', '88,31']);
    for (let total = 2700; total <= 3600; total += 7) {
      const { ikm4, ikm } = computeIkm(withTotal(100, total));
      const printedIndex = Number(formatIkmIndex(ikm4 as number).replace(',', '.'));
      expect([total, formatIkm(ikm as number)]).toEqual([total, formatNumberId(printedIndex * 25, 2)]);
      expect([total, categoryOf(ikm as number).mutu]).toEqual([total, computeIkm(withTotal(100, total)).mutu]);
    }
  });

  it('puts data just below the A boundary in B', () => {
    const r = computeIkm(withTotal(100, 3178)); // 88,277…
    expect([shown(r.ikm), r.mutu, r.kinerja]).toEqual(['88,28', 'B', 'Baik']);
  });

  it('classifies by lower bounds on the IKM rounded to 2 decimals, from both sides', () => {
    const cases: Array<[number, string]> = [
      [100, 'A'],
      [88.31, 'A'],
      [88.305, 'A'],
      [88.3049, 'B'],
      [88.3, 'B'],
      [76.61, 'B'],
      [76.605, 'B'],
      [76.6049, 'C'],
      [76.6, 'C'],
      [65, 'C'],
      [64.995, 'C'],
      [64.9949, 'D'],
      [64.99, 'D'],
      [25, 'D'],
    ];
    for (const [ikm, mutu] of cases) expect([ikm, categoryOf(ikm).mutu]).toEqual([ikm, mutu]);
  });

  it('leaves a blank out of that unsur only, not counted as 0', () => {
    const partial = same(4).map((a, i) => (i === 3 ? null : a));
    const r = computeIkm([same(4), partial, same(2).map((a, i) => (i === 3 ? a : null))]);
    expect(r.respondents).toBe(3);
    const u4 = r.perUnsur[3];
    expect([u4.unsur, u4.name, u4.total, u4.answered, u4.nrr]).toEqual(['U4', 'Biaya/Tarif', 6, 2, 3]);
    expect(r.perUnsur[0]).toMatchObject({ total: 8, answered: 2, nrr: 4 });
  });

  it('has no IKM until every unsur has an answer', () => {
    expect(computeIkm([]).ikm).toBeNull();
    const r = computeIkm([same(4).map((a, i) => (i === 8 ? null : a))]);
    expect([r.ikm4, r.ikm, r.mutu, r.perUnsur[8].nrr]).toEqual([null, null, null, null]);
  });

  it('names the nine unsur, Biaya with its inverted wording', () => {
    expect(UNSUR.map((u) => u.name)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(UNSUR[3].labels).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(scoreOf(3, 'Gratis')).toBe(4);
    expect(scoreOf(3, 'Sangat mahal')).toBe(1);
    expect(scoreOf(0, 'Gratis')).toBeNull();
  });
});

describe('Krejcie–Morgan sample size', () => {
  it('reproduces the published table', () => {
    // Left out: the table's 100 000 → 384 row, where the formula gives 383 (the table prints the limit).
    const table: Array<[number, number]> = [
      [10, 10],
      [20, 19],
      [50, 44],
      [100, 80],
      [150, 108],
      [200, 132],
      [300, 169],
      [500, 217],
      [1000, 278],
      [1500, 306],
      [2000, 322],
      [3000, 341],
      [5000, 357],
      [10000, 370],
      [20000, 377],
      [50000, 381],
      [75000, 382],
      [1000000, 384],
    ];
    for (const [population, sample] of table) expect([population, sampleSize(population)]).toEqual([population, sample]);
  });

  it('needs nobody from an empty population', () => {
    expect(sampleSize(0)).toBe(0);
  });
});

describe('Indonesian number format', () => {
  it('writes "," for decimals and "." for thousands', () => {
    expect(formatNumberId(100, 2)).toBe('100,00');
    expect(formatNumberId(1234.5, 1)).toBe('1.234,5');
    expect(formatNumberId(1000000)).toBe('1.000.000');
    expect(formatNumberId(88.305, 2)).toBe('88,31');
  });
});

describe('profileOf', () => {
  it('maps an answer to its option whatever the case, spacing or dash, and names none it does not list', () => {
    expect(profileOf('age', ' 20-29  TAHUN')).toBe('20–29 tahun');
    expect(profileOf('education', 'SMA/Sederajat')).toBe('SMA/sederajat');
    expect(profileOf('occupation', 'Pelajar')).toBeNull();
  });
});
