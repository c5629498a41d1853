import { formatNumberId, parseWholeNumberId, readWholeNumber } from './numbers';

describe('whole numbers typed the Indonesian way', () => {
  it('reads thousands grouped with "." or a space, and plain digits', () => {
    expect(['1.250', ' 12 500 ', '1250', '0', '1.000.000'].map(parseWholeNumberId)).toEqual([1250, 12500, 1250, 0, 1_000_000]);
  });

  it('refuses a decimal comma, a wrong group, signs and words rather than guess', () => {
    expect(['1,5', '1.25', '12.50', '-3', '1e3', 'seribu', '', '.250', '99999999999999999'].map(parseWholeNumberId)).toEqual(
      new Array(9).fill(null),
    );
  });

  it('reads back what it writes', () => {
    for (const n of [0, 7, 1250, 987_654_321]) expect(parseWholeNumberId(formatNumberId(n))).toBe(n);
  });
});

describe('readWholeNumber: the one reading of a number typed in a form or a file', () => {
  it('takes what parseWholeNumberId takes, and numbers as they are', () => {
    expect(['1.250', 1250, '0'].map((x) => readWholeNumber(x, 'Jumlah penonton'))).toEqual([
      { value: 1250 },
      { value: 1250 },
      { value: 0 },
    ]);
  });

  it('says why it refuses, naming the field', () => {
    expect(['1,5', 1.5, '-3', 'banyak', '2.000.000'].map((x) => readWholeNumber(x, 'Jumlah penonton', 1_000_000))).toEqual([
      { problem: 'Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).' },
      { problem: 'Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).' },
      { problem: 'Jumlah penonton tidak boleh negatif.' },
      { problem: 'Jumlah penonton harus berupa angka bulat, mis. 1.250.' },
      { problem: 'Jumlah penonton paling banyak 1.000.000; periksa kembali angkanya.' },
    ]);
  });
});
