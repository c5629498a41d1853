import { formatNip, nipProblem, normaliseNip } from './nip';

describe('NIP', () => {
  it('accepts spaces and dots, stores digits, prints grouped', () => {
    expect(normaliseNip('19720707 200501 2 009')).toBe('197207072005012009');
    expect(normaliseNip('19720707.200501.2.009')).toBe('197207072005012009');
    expect(nipProblem('19720707 200501 2 009')).toBeNull();
    expect(formatNip('197207072005012009')).toBe('19720707 200501 2 009');
  });

  it.each([
    ['1972070720050120', 'NIP harus 18 digit angka.'],
    ['19721307 200501 2 009', 'tanggal lahir'],
    ['19720230 200501 2 009', 'tanggal lahir'],
    ['19720707 200513 2 009', 'pengangkatan CPNS'],
    ['19720707 198001 2 009', 'pengangkatan CPNS'],
    ['19720707 200501 3 009', 'jenis kelamin'],
    ['1972070A 200501 2 009', '18 digit'],
  ])('refuses %s', (nip, reason) => {
    expect(nipProblem(nip)).toContain(reason);
  });
});
