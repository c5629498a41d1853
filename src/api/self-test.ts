/**
 * Menu item "Uji fungsi di Google": run by the IT officer after deploying, on the real account. It uses every Google
 * service the register uses in a scratch area and removes it again: a temporary sheet, a chart image, a Doc and its
 * PDF in a temporary folder, a published Form with one test response, one e-mail to the user, a trigger installed
 * and removed, the lock and the properties. Each step's result and the time of each service call go to the sheet
 * "Uji Fungsi"; downloaded as CSV, that sheet calibrates the benchmark (`npm run bench -- --calibration FILE`).
 */
import { NAME } from '../domain/shared/programme';
import { GENERATED_SHEETS } from '../domain/shared/schema';
import { chartImages } from '../gas/charts';
import { explainWithDetail } from '../gas/google-errors';
import { tryRegisterLock } from '../gas/lock';
import { mailQuotaLeft, sendMail } from '../gas/mail';
import { documentProperties } from '../gas/properties';
import { openRegister } from '../gas/runtime';
import { publishForm } from '../gas/survey-form';
import { createOneOffTrigger, deleteTrigger, triggersOf } from '../gas/triggers';
import { guarded } from './endpoint';
import { fromMenu } from './menu';
import { HANDLER } from './shared/reminders';

/** The columns of "Uji Fungsi"; the benchmark reads "Panggilan" and "Waktu (ms)" (tools/bench/calibration.ts). */
export const SELF_TEST_HEADER = ['Langkah', 'Panggilan', 'Waktu (ms)', 'Hasil', 'Keterangan'];
const PASSED = 'Berhasil';
const FAILED = 'Gagal';

interface Timing {
  call: string;
  ms: number;
}
interface StepResult {
  step: string;
  ok: boolean;
  detail: string;
  ms: number;
  timings: Timing[];
}

/** One step: `time` runs a service call ("Service.method", as the benchmark's model names it) and records its time. */
type Step = (time: <T>(call: string, run: () => T) => T) => string;

function runStep(step: string, body: Step): StepResult {
  const timings: Timing[] = [];
  const time = <T>(call: string, run: () => T): T => {
    const began = Date.now();
    try {
      return run();
    } finally {
      timings.push({ call, ms: Date.now() - began });
    }
  };
  const began = Date.now();
  try {
    const detail = body(time);
    return { step, ok: true, detail, ms: Date.now() - began, timings };
  } catch (error) {
    console.error(error);
    // The step's own finding is Indonesian already; a Google failure is explained, its text kept as the detail.
    const message = error instanceof StepFailure ? error.message : explainWithDetail(error);
    return { step, ok: false, detail: `Gagal: ${message}`, ms: Date.now() - began, timings };
  }
}

/** What a step found wrong, in Indonesian. */
class StepFailure extends Error {}

/** Fails the step with a message in Indonesian. */
function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new StepFailure(message);
}

/** A name no register sheet or file has, so that nothing real is touched. */
const scratchName = (what: string) => `${NAME} uji fungsi ${what} ${Date.now()}`;

const STEPS: Array<[string, Step]> = [
  [
    'Lembar kerja (Spreadsheet)',
    (time) => {
      const ss = time('SpreadsheetApp.getActiveSpreadsheet', () => openRegister());
      const sheet = time('Spreadsheet.insertSheet', () => ss.insertSheet(scratchName('lembar'), ss.getNumSheets()));
      try {
        const grid = Array.from({ length: 10 }, (_, r) => Array.from({ length: 5 }, (__, c) => r * 5 + c));
        const range = time('Sheet.getRange', () => sheet.getRange(1, 1, grid.length, grid[0].length));
        time('Range.setValues', () => range.setValues(grid));
        time('SpreadsheetApp.flush', () => SpreadsheetApp.flush());
        const back = time('Range.getValues', () => range.getValues());
        expectThat(JSON.stringify(back) === JSON.stringify(grid), 'isi yang dibaca kembali berbeda dari yang ditulis.');
        time('Sheet.appendRow', () => sheet.appendRow(['baris', 'uji']));
        time('Sheet.getLastRow', () => sheet.getLastRow());
      } finally {
        time('Spreadsheet.deleteSheet', () => ss.deleteSheet(sheet));
      }
      return '50 sel ditulis dan dibaca kembali; lembar sementara dihapus.';
    },
  ],
  [
    'Grafik laporan (Charts)',
    (time) => {
      const [image] = time('(grafik laporan, seluruhnya)', () =>
        chartImages([
          {
            kind: 'figure',
            chart: 'column',
            title: 'Uji grafik',
            header: ['Episode', 'Penonton'],
            points: [
              ['EP-001', 120],
              ['EP-002', 80],
            ],
          },
        ]),
      );
      expectThat(image.getBytes().length > 0, 'gambar grafik kosong.');
      return 'Gambar grafik dibuat dari lembar sementara yang langsung dihapus.';
    },
  ],
  [
    'Properti (PropertiesService)',
    (time) => {
      const properties = time('PropertiesService.getDocumentProperties', () => documentProperties());
      const key = scratchName('properti');
      time('Properties.setProperty', () => properties.setProperty(key, 'ya'));
      try {
        expectThat(time('Properties.getProperty', () => properties.getProperty(key)) === 'ya', 'nilai yang dibaca kembali berbeda.');
      } finally {
        time('Properties.deleteProperty', () => properties.deleteProperty(key));
      }
      return 'Satu nilai disimpan, dibaca kembali, lalu dihapus.';
    },
  ],
  [
    'Kunci (LockService)',
    (time) => {
      const lock = time('Lock.tryLock', () => tryRegisterLock());
      expectThat(lock !== null, 'register sedang dipakai proses lain. Coba lagi sebentar lagi.');
      time('Lock.releaseLock', () => lock!.releaseLock());
      return 'Kunci register diambil lalu dilepas.';
    },
  ],
  [
    'Dokumen dan PDF (DocumentApp, DriveApp)',
    (time) => {
      const folder = time('DriveApp.createFolder', () => DriveApp.createFolder(scratchName('folder')));
      const trash: GoogleAppsScript.Drive.File[] = [];
      try {
        const doc = time('DocumentApp.create', () => DocumentApp.create(scratchName('dokumen')));
        const file = time('DriveApp.getFileById', () => DriveApp.getFileById(doc.getId()));
        trash.push(file);
        time('File.moveTo', () => file.moveTo(folder));
        const body = time('Document.getBody', () => doc.getBody());
        time('Body.appendParagraph', () => body.appendParagraph(`Dokumen uji ${NAME}; boleh dihapus.`));
        time('Document.saveAndClose', () => doc.saveAndClose());
        const blob = time('File.getAs', () => file.getAs('application/pdf'));
        const pdf = time('Folder.createFile', () => folder.createFile(blob.setName(`${file.getName()}.pdf`)));
        trash.push(pdf);
        expectThat(time('File.getSize', () => pdf.getSize()) > 0, 'PDF kosong.');
      } finally {
        for (const file of trash) time('File.setTrashed', () => file.setTrashed(true));
        time('Folder.setTrashed', () => folder.setTrashed(true));
      }
      return 'Dokumen dan PDF-nya dibuat di folder sementara, lalu dibuang ke sampah.';
    },
  ],
  [
    'Formulir (FormApp)',
    (time) => {
      const form = time('FormApp.create', () => FormApp.create(scratchName('formulir')));
      try {
        const item = time('Form.addMultipleChoiceItem', () => form.addMultipleChoiceItem());
        time('MultipleChoiceItem.setTitle', () => item.setTitle('Uji'));
        time('MultipleChoiceItem.setChoiceValues', () => item.setChoiceValues(['Ya', 'Tidak']));
        time('(terbitkan: Form.setRequireLogin dan Form.setPublished)', () => publishForm(form));
        expectThat(
          time('Form.isAcceptingResponses', () => form.isAcceptingResponses()),
          'formulir tidak menerima jawaban setelah diterbitkan.',
        );
        time('Form.getPublishedUrl', () => form.getPublishedUrl());
        const response = form.createResponse().withItemResponse(item.createResponse('Ya'));
        time('FormResponse.submit', () => response.submit());
        expectThat(time('Form.getResponses', () => form.getResponses()).length === 1, 'jawaban uji tidak tercatat.');
      } finally {
        time('File.setTrashed', () => DriveApp.getFileById(form.getId()).setTrashed(true));
      }
      return 'Formulir diterbitkan, menerima satu jawaban uji, lalu dibuang ke sampah.';
    },
  ],
  [
    'Email (MailApp)',
    (time) => {
      const to = time('Session.getEffectiveUser', () => Session.getEffectiveUser().getEmail());
      expectThat(time('MailApp.getRemainingDailyQuota', () => mailQuotaLeft()) > 0, 'kuota email hari ini sudah habis.');
      time('MailApp.sendEmail', () =>
        sendMail({
          to,
          subject: `[${NAME}] Uji fungsi di Google`,
          body: 'Email ini dikirim oleh menu "Uji fungsi di Google" untuk memastikan pengiriman email berjalan. Tidak perlu dibalas.',
        }),
      );
      return `Satu email uji dikirim ke ${to}; periksa kotak masuk.`;
    },
  ],
  [
    'Pemicu (ScriptApp)',
    (time) => {
      // The reminders' own handler, an hour away: should removing it fail, it would only send the reminders that are due.
      const trigger = time('ClockTriggerBuilder.create', () => createOneOffTrigger(HANDLER, 60 * 60_000));
      const id = trigger.getUniqueId();
      try {
        expectThat(
          time('ScriptApp.getProjectTriggers', () => triggersOf(HANDLER)).some((t) => t.getUniqueId() === id),
          'pemicu uji tidak terdaftar.',
        );
      } finally {
        time('ScriptApp.deleteTrigger', () => deleteTrigger(trigger));
      }
      expectThat(!triggersOf(HANDLER).some((t) => t.getUniqueId() === id), 'pemicu uji tidak terhapus.');
      return 'Pemicu uji dipasang lalu dihapus; pemicu lain tidak diubah.';
    },
  ],
];

/** The results as rows of "Uji Fungsi": each step, then the time of each of its calls. */
function resultRows(results: StepResult[]): Array<Array<string | number>> {
  return results.flatMap((r) => [
    [r.step, '', r.ms, r.ok ? PASSED : FAILED, r.detail],
    ...r.timings.map((t) => [r.step, t.call, t.ms, '', '']),
  ]);
}

function writeResults(results: StepResult[]): void {
  const ss = openRegister();
  const sheet = ss.getSheetByName(GENERATED_SHEETS.selfTest) ?? ss.insertSheet(GENERATED_SHEETS.selfTest, ss.getNumSheets());
  sheet.clear();
  const rows = [SELF_TEST_HEADER, ...resultRows(results)];
  const range = sheet.getRange(1, 1, rows.length, SELF_TEST_HEADER.length);
  // Plain text, but whole milliseconds in "Waktu (ms)": the downloaded CSV then holds them without separators.
  range.setNumberFormats(rows.map((row) => row.map((_, j) => (j === 2 ? '0' : '@'))));
  range.setValues(rows);
  sheet.getRange(1, 1, 1, SELF_TEST_HEADER.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** Menu item "Uji fungsi di Google". */
export function runSelfTest(): void {
  fromMenu(
    'Uji fungsi di Google',
    () =>
      guarded(() => {
        const results = STEPS.map(([step, body]) => runStep(step, body));
        writeResults(results);
        return { ok: true, data: results };
      }),
    (results) => {
      const failed = results.filter((r) => !r.ok);
      return {
        alert: [
          failed.length ? `${failed.length} dari ${results.length} langkah gagal:` : `Semua ${results.length} langkah berhasil.`,
          ...failed.map((r) => `✗ ${r.step}: ${r.detail}`),
          '',
          `Rincian dan waktu setiap panggilan ada di lembar "${GENERATED_SHEETS.selfTest}".`,
        ],
      };
    },
  );
}
