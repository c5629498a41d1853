import { formatNumberId, parseWholeNumberId } from './numbers';

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
