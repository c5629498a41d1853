/** The benchmark's calibration from a downloaded "Uji Fungsi" sheet (tools/bench/calibration.ts, latency.ts). */
import { parseCalibration, parseCsv } from '../tools/bench/calibration';
import { calibrate, costFor } from '../tools/bench/latency';

const CSV = [
  'Langkah,Panggilan,Waktu (ms),Hasil,Keterangan',
  '"Lembar kerja (Spreadsheet)",,412,Berhasil,"50 sel ditulis, dibaca kembali"',
  '"Lembar kerja (Spreadsheet)",Range.setValues,40,,',
  '"Lembar kerja (Spreadsheet)",Range.setValues,60,,',
  '"Lembar kerja (Spreadsheet)",Range.setValues,"1000",,',
  'Email (MailApp),MailApp.sendEmail,"812,5",,',
  'Formulir (FormApp),"(terbitkan: Form.setRequireLogin dan Form.setPublished)",300,,',
  '"Catatan ""uji""",Form.getResponses,abc,,',
].join('\r\n');

describe('benchmark calibration', () => {
  afterEach(() => calibrate(new Map()));

  it('reads quoted CSV fields with commas, doubled quotes and CRLF lines', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"x\ny",,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['x\ny', '', 'z'],
    ]);
  });

  it('takes the median of each service call, skips step rows, combined calls and non-numbers, and reads a decimal comma', () => {
    expect(Object.fromEntries(parseCalibration(`\uFEFF${CSV}`))).toEqual({ 'Range.setValues': 60, 'MailApp.sendEmail': 812.5 });
  });

  it('refuses a file that is not a "Uji Fungsi" sheet or measured nothing', () => {
    expect(() => parseCalibration('a,b\n1,2')).toThrow('Not a "Uji Fungsi" sheet');
    expect(() => parseCalibration('Langkah,Panggilan,Waktu (ms)\nx,,5')).toThrow('No measured service call');
  });

  it('prices measured calls at their measured time and leaves the others to the model', () => {
    const assumed = costFor('MailApp.sendEmail').ms;
    calibrate(parseCalibration(CSV));
    expect(costFor('MailApp.sendEmail')).toMatchObject({ ms: 812.5, group: 'mail', source: expect.stringContaining('measured on Google') });
    expect(costFor('Range.setValues')).toMatchObject({ ms: 60, perCell: true });
    expect(costFor('Document.saveAndClose').ms).toBe(1000);
    calibrate(new Map());
    expect(costFor('MailApp.sendEmail').ms).toBe(assumed);
  });
});
