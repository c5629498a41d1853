import { localPhone, normalisePhone, whatsappNumber } from './phone';

describe('Indonesian phone numbers', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['62812 3456 7890', '+6281234567890'],
    ['+62 (0) 812 3456 7890', '+6281234567890'],
    ['0062 812 3456 7890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['(021) 8792 9919', '+622187929919'],
    ['0251.8123.456', '+622518123456'],
    ['  ', ''],
  ])('%s → %s', (typed, canonical) => {
    expect(normalisePhone(typed)).toEqual({ value: canonical });
  });

  it('keeps every digit, including a trailing zero group', () => {
    expect(normalisePhone('0812 0000 0000')).toEqual({ value: '+6281200000000' });
  });

  it.each([
    ['+1 415 555 0100', 'nomor Indonesia'],
    ['0065 6123 4567', 'nomor Indonesia'],
    ['0812 345', 'terlalu pendek'],
    ['0812 3456 7890 123', 'terlalu panjang'],
    ['5551234567', 'diawali 0, 62, atau +62'],
    ['0812-3456-789O', 'hanya boleh berisi angka'],
    ['=HYPERLINK("x")', 'hanya boleh berisi angka'],
  ])('refuses %s with a clear reason', (typed, reason) => {
    const result = normalisePhone(typed);
    expect('problem' in result && result.problem).toContain(reason);
  });

  it('gives the forms WhatsApp and people use', () => {
    expect(whatsappNumber('+6281234567890')).toBe('6281234567890');
    expect(localPhone('+6281234567890')).toBe('081234567890');
  });
});
