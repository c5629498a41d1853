/** The satisfaction survey through the built bundle: the Google Form, its responses, paper forms and the IKM. */
import { PROFILE, UNSUR } from '../src/domain/survey/skm';
import { GasError } from '../tools/emulator/errors';
import { loadProduct, type Product } from '../tools/harness';
import { call, ok } from './calls';
import { registerWithEpisodes } from './fixtures/episodes';

/** A register with one guest and two weekly episodes: EP-001 today (Friday 4 December 2026) and EP-002. */
const register = (): Product => registerWithEpisodes({ now: '2026-12-04T10:00:00+07:00', liveDate: '2026-12-04', weeks: 2 });

/** A sheet's data rows as objects keyed by header. */
function rows(product: Product, sheet: string): Array<Record<string, unknown>> {
  const [header, ...data] = product.emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
  return data.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

interface FormInfo {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  episodeUrl?: string;
  invitation: string;
}
interface Ikm {
  respondents: number;
  perUnsur: Array<{ unsur: string; name: string; total: number; answered: number; nrr: number | null; weighted: number | null }>;
  ikm4: number | null;
  ikm: number | null;
  mutu: string | null;
  kinerja: string | null;
  sampleTarget?: { population: number; sample: number; reached: boolean };
}

/** A respondent fills in the published form (answers as scores 1–4), then its onFormSubmit triggers run. */
function respond(product: Product, formId: string, scores: number[], extra: Record<string, string> = {}): string {
  const answers = Object.fromEntries(UNSUR.map((u, i) => [u.question, u.labels[scores[i] - 1]]));
  const { responseId, triggers } = product.emu.forms.submit(formId, { ...answers, ...extra });
  for (const t of triggers) product.run(t.handler, [t.event], { kind: 'trigger', user: t.owner, container: t.container });
  return responseId;
}

const all = (score: 1 | 2 | 3 | 4 | null) => UNSUR.map(() => score);

describe('createSurveyForm / getSurveyForm', () => {
  let product: Product;
  let info: FormInfo;
  beforeAll(() => {
    product = register();
    expect(ok(product, 'getSurveyForm')).toBeNull();
    info = ok<FormInfo>(product, 'createSurveyForm');
  });

  it('builds the standard questionnaire as a Google Form', () => {
    const form = product.emu.forms.get(info.formId);
    expect(form.title).toBe('Survei Kepuasan Masyarakat – HALO KOP-UKM');
    expect(form.collectEmail).toBe(false);
    const questions = form.items.filter((i) => i.type !== 'SECTION_HEADER');
    expect(questions.map((q) => [q.title, q.type, q.required])).toEqual([
      ['Siaran LIVE yang Anda ikuti', 'LIST', false],
      ...Object.values(PROFILE).map((p) => [p.label, 'MULTIPLE_CHOICE', false]),
      ...UNSUR.map((u) => [u.question, 'MULTIPLE_CHOICE', true]),
      ['Saran dan masukan', 'PARAGRAPH_TEXT', false],
    ]);
    const biaya = questions.find((q) => q.title === UNSUR[3].question)!;
    expect(biaya.choices).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(questions.find((q) => q.title === PROFILE.occupation.label)!.choices).toEqual([...PROFILE.occupation.options]);
    // Episodes that have taken place (EP-002 is next week); the last choice means "no episode".
    expect(questions[0].choices).toEqual([
      'EP-001 · Jumat, 4 Desember 2026 · Cara mendirikan koperasi',
      'Tidak ingat / bukan dari LIVE tertentu',
    ]);
  });

  it('installs the submit trigger and gives links and an invitation', () => {
    expect(product.emu.triggers.filter((t) => t.handler === 'onSurveySubmit').map((t) => t.eventType)).toEqual(['ON_FORM_SUBMIT']);
    expect(info.editUrl).toBe(`https://docs.google.com/forms/d/${info.formId}/edit`);
    expect(info.invitation).toContain(info.publishedUrl);
    expect(info.invitation).toMatch(/^Terima kasih sudah mengikuti HALO KOP-UKM/);
  });

  it('leaves one form when an attempt fails halfway: the half-built one goes to the trash', () => {
    const fresh = register();
    const off = fresh.emu.hooks.onCall((key) => {
      if (key === 'Form.addParagraphTextItem') throw new GasError('Service Forms failed while accessing document.');
    });
    expect(call(fresh, 'createSurveyForm').ok).toBe(false);
    off();
    const made = ok<FormInfo>(fresh, 'createSurveyForm');
    const forms = fresh.emu.driveItems().filter((i) => i.mimeType === 'application/vnd.google-apps.form');
    expect(forms.map((f) => [f.id === made.formId, f.trashed])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('refuses a second form', () => {
    const again = call(product, 'createSurveyForm');
    expect(again).toMatchObject({ ok: false, errors: [{ field: '', message: expect.stringContaining('sudah dibuat') }] });
    expect(product.emu.forms.ids()).toHaveLength(1);
  });

  it('links to the form with an episode chosen, and keeps the episode picker up to date', () => {
    const narasumberId = rows(product, 'Narasumber')[0].ID;
    ok(product, 'scheduleEpisode', { liveDate: '2026-12-18', narasumberId, topic: 'Pemasaran digital UMKM' });
    expect(call(product, 'getSurveyForm', { episodeId: 'EP-003' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'episodeId',
          message: 'Episode EP-003 belum berlangsung; LIVE-nya Jumat, 18 Desember 2026.',
        },
      ],
    });
    product.advanceClock('2026-12-18T08:30:00+07:00');
    const shared = ok<FormInfo>(product, 'getSurveyForm', { episodeId: 'EP-003' });
    expect(shared.episodeUrl).toMatch(/\/viewform\?usp=pp_url&entry\.\d+=EP-003\+%C2%B7\+Jumat%2C\+18\+Desember\+2026/);
    expect(shared.invitation).toContain('"Pemasaran digital UMKM" (Jumat, 18 Desember 2026)');
    expect(shared.invitation).toContain(shared.episodeUrl);
    expect(
      product.emu.forms
        .get(info.formId)
        .items.find((i) => i.type === 'LIST')!
        .choices.map((c) => c.slice(0, 6)),
    ).toEqual(['EP-003', 'EP-002', 'EP-001', 'Tidak ']);
  });
});

describe('the submit trigger with two editors', () => {
  it('belongs to the account that made the form: others see its owner and install none; the owner gets it back if removed', () => {
    const product = register();
    const [A, B] = ['pelaksana@example.go.id', 'humas@example.go.id'];
    const made = ok<FormInfo & { importedBy: string }>(product, 'createSurveyForm', {}, A);
    expect(made.importedBy).toBe(A);
    // The form is in A's Drive: B opens it only once A shares it.
    const { DriveApp, ScriptApp } = product.emu.globals() as {
      DriveApp: GoogleAppsScript.Drive.DriveApp;
      ScriptApp: GoogleAppsScript.Script.ScriptApp;
    };
    product.emu.execute(() => DriveApp.getFileById(made.formId).addEditor(B), { kind: 'menu', user: A });
    expect(ok<{ importedBy: string }>(product, 'getSurveyForm', {}, B).importedBy).toBe(A);
    expect(product.emu.triggers.map((t) => [t.handler, t.owner])).toEqual([['onSurveySubmit', A]]);
    const checks = (user: string) =>
      ok<{ checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation', {}, user).checks.find(
        (c) => c.item === 'Impor otomatis jawaban survei',
      );
    expect(checks(B)).toMatchObject({ ok: true, detail: `Pemicu milik ${A} mengimpor setiap jawaban yang masuk.` });

    product.emu.execute(() => ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t)), { kind: 'menu', user: A });
    expect(checks(B)?.ok).toBe(true); // B cannot see A's triggers
    expect(checks(A)).toMatchObject({
      ok: false,
      detail: 'Pemicu milik akun Anda hilang. Buka panel Survei: pemicunya dipasang kembali otomatis.',
    });
    expect(ok(product, 'getSurveyForm', {}, B).warnings).toBeUndefined();
    expect(ok(product, 'getSurveyForm', {}, A).warnings).toEqual([
      'Pemicu impor jawaban formulir survei hilang dan sudah dipasang kembali atas nama akun Anda.',
    ]);
    expect(product.emu.triggers.map((t) => [t.handler, t.owner])).toEqual([['onSurveySubmit', A]]);
    expect(checks(A)?.ok).toBe(true);
  });
});

describe('the form is open to the public on Google', () => {
  const installation = (product: Product) =>
    ok<{ checks: Array<{ item: string; ok: boolean; detail: string }> }>(product, 'checkInstallation').checks.find(
      (c) => c.item === 'Formulir survei',
    )!;

  it('publishes the new form (forms made after 30 June 2026 start unpublished) and needs no sign-in, even where a Workspace admin makes that the default', () => {
    const product = loadProduct({ now: '2026-12-04T10:00:00+07:00', formsRequireLogin: true });
    product.run('setupRegister', []);
    const { formId } = ok<FormInfo>(product, 'createSurveyForm');
    expect(product.emu.forms.get(formId)).toMatchObject({ published: true, accepting: true, requireLogin: false });
    respond(product, formId, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(rows(product, 'Survei Kepuasan')).toHaveLength(1);
    expect(installation(product)).toMatchObject({ ok: true, detail: expect.stringContaining('Diterbitkan') });
  });

  it('publishes a form left unpublished, and "Periksa instalasi" reports it until then', () => {
    const product = register();
    const { formId } = ok<FormInfo>(product, 'createSurveyForm');
    const form = product.emu.execute(() => (product.emu.globals().FormApp as GoogleAppsScript.Forms.FormApp).openById(formId), {
      kind: 'test',
    }).result;
    form.setPublished(false);
    expect(() => product.emu.forms.submit(formId, {})).toThrow('is not published');
    expect(installation(product)).toMatchObject({ ok: false, detail: expect.stringContaining('belum diterbitkan') });
    const info = ok<FormInfo>(product, 'getSurveyForm');
    expect(info.warnings).toEqual(['Formulir survei belum diterbitkan sehingga tidak dapat diisi; sekarang sudah diterbitkan.']);
    expect(product.emu.forms.get(formId)).toMatchObject({ published: true, accepting: true });
    expect(installation(product).ok).toBe(true);
  });

  it('treats a trashed form as gone (FormApp.openById still opens it) and makes a new one', () => {
    const product = register();
    const { formId } = ok<FormInfo>(product, 'createSurveyForm');
    product.emu.execute(() => (product.emu.globals().DriveApp as GoogleAppsScript.Drive.DriveApp).getFileById(formId).setTrashed(true), {
      kind: 'test',
    });
    expect(installation(product)).toMatchObject({ ok: false, detail: expect.stringContaining('dibuang ke sampah') });
    expect(call(product, 'getSurveyForm')).toEqual({
      ok: true,
      data: null,
      now: product.emu.now().getTime(),
      warnings: ['Formulir survei yang lalu tidak dapat dibuka atau sudah dibuang ke sampah Drive. Buat formulir baru.'],
    });
    const made = ok<FormInfo>(product, 'createSurveyForm');
    expect(made.formId).not.toBe(formId);
    expect(ok<FormInfo>(product, 'getSurveyForm').formId).toBe(made.formId);
  });
});

describe('responses from the form and from paper', () => {
  let product: Product;
  let formId: string;
  beforeEach(() => {
    product = register();
    formId = ok<FormInfo>(product, 'createSurveyForm').formId;
  });

  it('records each form response once, whether the trigger or a sync imports it', () => {
    const first = respond(product, formId, [4, 4, 4, 4, 4, 4, 4, 4, 4], {
      'Siaran LIVE yang Anda ikuti': 'EP-001 · Jumat, 4 Desember 2026 · Cara mendirikan koperasi',
      'Jenis kelamin': 'Perempuan',
      Pekerjaan: 'Wirausaha',
      'Saran dan masukan': '=IMPORTXML("http://x")',
    });
    expect(ok(product, 'syncSurveyResponses')).toEqual({ imported: 0 });
    // A response whose trigger did not run (e.g. the lock was busy) is picked up by the next run.
    product.emu.forms.submit(formId, Object.fromEntries(UNSUR.map((u) => [u.question, u.labels[1]])));
    respond(product, formId, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(ok(product, 'syncSurveyResponses')).toEqual({ imported: 0 });

    const saved = rows(product, 'Survei Kepuasan');
    expect(saved.map((r) => [r.ID, r.Sumber, r['U1 (Persyaratan)']])).toEqual([
      ['SKM-001', 'formulir', 4],
      ['SKM-002', 'formulir', 2],
      ['SKM-003', 'formulir', 3],
    ]);
    expect(saved[0]).toMatchObject({
      'ID Episode': 'EP-001',
      'Jenis Kelamin': 'Perempuan',
      Pekerjaan: 'Wirausaha',
      Usia: '',
      'ID Respons Formulir': first,
      // Public text stays text (a formula would read back empty).
      'U4 (Biaya/Tarif)': 4,
      Saran: '=IMPORTXML("http://x")',
    });
  });

  it('imports a profile answer the register does not list as blank, with a warning, and never blocks the import', () => {
    // Someone edited the form's choices in Google Forms; the register's column still only accepts its own list.
    const FormApp = product.emu.globals().FormApp as GoogleAppsScript.Forms.FormApp;
    const f = FormApp.openById(formId);
    const occupation = f
      .getItems()
      .find((i) => i.getTitle() === PROFILE.occupation.label)!
      .asMultipleChoiceItem();
    occupation.setChoiceValues([...PROFILE.occupation.options, 'Pelajar/Mahasiswa']);
    const education = f
      .getItems()
      .find((i) => i.getTitle() === PROFILE.education.label)!
      .asMultipleChoiceItem();
    education.setChoiceValues(PROFILE.education.options.map((o) => (o === 'SMA/sederajat' ? 'SMA/Sederajat' : o)));
    respond(product, formId, [4, 4, 4, 4, 4, 4, 4, 4, 4], { Pekerjaan: 'Pelajar/Mahasiswa', 'Pendidikan terakhir': 'SMA/Sederajat' });
    respond(product, formId, [3, 3, 3, 3, 3, 3, 3, 3, 3], { Pekerjaan: 'Wirausaha' });
    const saved = rows(product, 'Survei Kepuasan');
    expect(saved.map((r) => [r.ID, r.Pekerjaan, r.Pendidikan, r['U1 (Persyaratan)']])).toEqual([
      ['SKM-001', '', 'SMA/sederajat', 4],
      ['SKM-002', 'Wirausaha', '', 3],
    ]);
    expect(product.emu.logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
      'onSurveySubmit: Jawaban formulir yang tidak dikenali dicatat kosong: Pekerjaan: "Pelajar/Mahasiswa". ' +
        'Jangan ubah teks pilihan jawaban di formulir.',
    ]);
    expect(product.emu.invalidCells()).toEqual([]);
  });

  it('fetches only the responses submitted since shortly before the last import', () => {
    const submit = () => product.emu.forms.submit(formId, Object.fromEntries(UNSUR.map((u) => [u.question, u.labels[3]])));
    const sync = () => product.callFromSidebar<{ ok: boolean; data: { imported: number } }>('syncSurveyResponses', {});
    for (let i = 0; i < 30; i++) submit();
    product.advanceClock('2026-12-05T10:00:00+07:00');
    const first = sync();
    expect([first.result.data.imported, first.calls['FormResponse.getId']]).toEqual([30, 30]);
    product.advanceClock('2026-12-06T10:00:00+07:00');
    submit();
    const later = sync();
    expect([later.result.data.imported, later.calls['FormResponse.getId']]).toEqual([1, 1]);
    // Ten minutes on, the previous response is fetched again (the overlap) but not imported twice.
    product.advanceClock(10 * 60_000);
    submit();
    const next = sync();
    expect([next.result.data.imported, next.calls['FormResponse.getId']]).toEqual([1, 2]);
    expect(rows(product, 'Survei Kepuasan')).toHaveLength(32);
  });

  it('counts typed-in paper forms with the form responses', () => {
    respond(product, formId, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const saved = ok<{ id: string }>(product, 'saveSurveyResponse', {
      episodeId: 'EP-001',
      answers: [1, 1, 1, null, 1, 1, 1, 1, 1],
      profile: { gender: 'Laki-laki', age: '30–39 tahun' },
      suggestion: 'Jam tayang lebih sore.',
      submittedAt: '2026-12-04',
    });
    expect(saved).toEqual({ id: 'SKM-002' });
    const paper = rows(product, 'Survei Kepuasan')[1];
    expect(paper).toMatchObject({
      Sumber: 'kertas',
      'U4 (Biaya/Tarif)': '',
      Usia: '30–39 tahun',
      'Dicatat oleh': 'pelaksana@example.go.id',
    });
    const ikm = ok<Ikm>(product, 'getIkm');
    expect(ikm.respondents).toBe(2);
    // U4 was left blank on paper: its NRR is over the one questionnaire that answered it.
    expect(ikm.perUnsur[3]).toEqual({ unsur: 'U4', name: 'Biaya/Tarif', total: 4, answered: 1, nrr: 4, weighted: 4 / 9 });
    expect(ikm.perUnsur[0]).toMatchObject({ total: 5, answered: 2, nrr: 2.5 });
    // Σ NRR = 8 × 2,5 + 4 = 24 → 24 / 9 = 2,6667 (4 decimals) → × 25 = 66,6675 → 66,67 (C), as every report prints it.
    expect(ikm).toMatchObject({ ikm4: 2.6667, ikm: 66.67 });
    expect([ikm.mutu, ikm.kinerja]).toEqual(['C', 'Kurang Baik']);
    expect(rows(product, 'Log Audit').filter((r) => r.Tindakan === 'catat survei kepuasan')).toHaveLength(2);
  });

  it('refuses invalid answers with the field named, and writes nothing', () => {
    const before = JSON.stringify(product.emu.toJSON().spreadsheet);
    const cases: Array<[unknown, string, string]> = [
      [{ answers: [4, 4, 4, 7, 4, 4, 4, 4, 4] }, 'answers.3', 'Jawaban U4 (Biaya/Tarif) harus 1–4 atau kosong.'],
      [{ answers: [4, 4, 4, 4, 4, 4, 4, 4, '4'] }, 'answers.8', 'Jawaban U9 (Sarana dan Prasarana) harus 1–4 atau kosong.'],
      [{ answers: [4, 4, 4] }, 'answers', 'Jawaban harus 9 nilai, U1 sampai U9 (kosong ditulis null).'],
      [{ answers: all(null) }, 'answers', 'Isi paling sedikit satu jawaban U1–U9.'],
      [{ answers: all(4), profile: { gender: 'L' } }, 'profile.gender', 'Pilih salah satu jenis kelamin: Laki-laki, Perempuan.'],
      [{ answers: all(4), episodeId: 'EP-099' }, 'episodeId', 'Episode EP-099 tidak ditemukan.'],
      [{ answers: all(4), episodeId: 'EP-002' }, 'episodeId', 'Episode EP-002 belum berlangsung; LIVE-nya Jumat, 11 Desember 2026.'],
      [
        { answers: all(4), submittedAt: '04/12/2026' },
        'submittedAt',
        'Waktu pengisian harus berupa tanggal, mis. 2026-12-04, atau tanggal dan jam, mis. 2026-12-04 09:30.',
      ],
    ];
    for (const [input, field, message] of cases) {
      expect([field, call(product, 'saveSurveyResponse', input)]).toEqual([field, { ok: false, errors: [{ field, message }] }]);
    }
    expect(JSON.stringify(product.emu.toJSON().spreadsheet)).toBe(before);
  });
});

describe('getIkm', () => {
  let product: Product;
  beforeAll(() => {
    product = register();
    ok(product, 'saveSurveyResponse', { episodeId: 'EP-001', answers: all(4), submittedAt: '2026-12-04 09:00' });
    product.advanceClock('2026-12-11T12:00:00+07:00');
    ok(product, 'saveSurveyResponse', { episodeId: 'EP-002', answers: all(1), submittedAt: '2026-12-11' });
  });

  it('scores one all-4 questionnaire 100 (A) and one all-1 questionnaire 25 (D)', () => {
    expect(ok<Ikm>(product, 'getIkm', { episodeId: 'EP-001' })).toMatchObject({
      respondents: 1,
      ikm: 100,
      mutu: 'A',
      kinerja: 'Sangat Baik',
    });
    expect(ok<Ikm>(product, 'getIkm', { from: '2026-12-05', to: '2026-12-31' })).toMatchObject({ respondents: 1, ikm: 25, mutu: 'D' });
    expect(ok<Ikm>(product, 'getIkm', { to: '2026-12-04' }).respondents).toBe(1);
  });

  it('counts a questionnaire whose filling time was cleared by hand by when it was recorded', () => {
    const fresh = register();
    ok(fresh, 'saveSurveyResponse', { answers: all(4), submittedAt: '2025-12-30 10:00' });
    ok(fresh, 'saveSurveyResponse', { answers: all(1), submittedAt: '2026-01-02 10:00' });
    ok(fresh, 'saveSurveyResponse', { answers: all(4), submittedAt: '2025-12-31 10:00' });
    const sheet = fresh.emu.spreadsheet.getSheetByName('Survei Kepuasan')!;
    sheet.getRange(4, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Waktu Pengisian') + 1).setValue('');
    // Recorded on 4 December 2026: the third now counts in 2026.
    expect(ok<Ikm>(fresh, 'getIkm', { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ respondents: 2, ikm: 62.5 });
    expect(ok<Ikm>(fresh, 'getIkm', { from: '2025-01-01', to: '2025-12-31' }).respondents).toBe(1);
  });

  it('offers the literal 0,111 weight', () => {
    expect(ok<Ikm>(product, 'getIkm', { episodeId: 'EP-001', weight: '0.111' }).ikm).toBeCloseTo(99.9, 10);
  });

  it('gives the Krejcie–Morgan sample target from the LIVE’s total viewers', () => {
    const sheet = product.emu.spreadsheet.getSheetByName('Angka LIVE')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const row = header.map((h) => (h === 'ID Episode' ? 'EP-001' : h === 'Total Penonton' ? 100 : ''));
    sheet.getRange(2, 1, 1, row.length).setValues([row]);
    expect(ok<Ikm>(product, 'getIkm', { episodeId: 'EP-001' }).sampleTarget).toEqual({ population: 100, sample: 80, reached: false });
    expect(ok<Ikm>(product, 'getIkm', { episodeId: 'EP-002' }).sampleTarget).toBeUndefined();
  });

  it('refuses a reversed period, and leaves out a row with a value other than 1–4 typed into the sheet', () => {
    expect(call(product, 'getIkm', { from: '2026-12-31', to: '2026-12-01' })).toMatchObject({ ok: false, errors: [{ field: 'to' }] });
    const sheet = product.emu.spreadsheet.getSheetByName('Survei Kepuasan')!;
    const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('U3 (Waktu Penyelesaian)') + 1;
    sheet.getRange(3, column).clearDataValidations().setValue(5); // the dropdown removed first: it refuses a 5
    const result = call<Ikm>(product, 'getIkm');
    expect(result).toMatchObject({ ok: true, data: { respondents: 1, ikm: 100 } });
    expect(result.ok && result.warnings).toEqual([
      '1 baris di register tidak dapat dibaca dan dilewati (Lembar "Survei Kepuasan" baris 3 kolom "U3 (Waktu Penyelesaian)": "5" bukan nilai 1–4). ' +
        'Jalankan menu HALO KOP-UKM › Periksa register.',
    ]);
    const check = ok<{ sheets: Array<{ name: string; problems: string[] }> }>(product, 'checkRegister');
    expect(check.sheets.find((x) => x.name === 'Survei Kepuasan')!.problems).toEqual([
      'Baris 3, kolom "U3 (Waktu Penyelesaian)": "5" bukan salah satu pilihan (1, 2, 3, 4).',
    ]);
  });
});
