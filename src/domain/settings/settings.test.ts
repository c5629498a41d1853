import { Refusal, validate } from '../shared/validation';
import { DEFAULT_SETTINGS, mergeSettings, settingsFromCells, settingsInput, settingToCell } from './settings';

describe('settings', () => {
  it('defaults to the SOP letterhead and schedule', () => {
    expect(DEFAULT_SETTINGS.agencyName).toBe('DINAS KOPERASI DAN UKM KABUPATEN BOGOR');
    expect(DEFAULT_SETTINGS.dateCity).toBe('Cibinong');
    expect(DEFAULT_SETTINGS.liveWeekday).toBe(5);
    expect([DEFAULT_SETTINGS.liveStart, DEFAULT_SETTINGS.qaEnd]).toEqual(['08:00', '09:30']);
  });

  it('round-trips through the sheet cells, weekdays by Indonesian name and the NIP grouped', () => {
    const settings = { ...DEFAULT_SETTINGS, officialNip: '197207072005012009', liveWeekday: 3 };
    const cells = Object.fromEntries((Object.keys(settings) as (keyof typeof settings)[]).map((k) => [k, settingToCell(k, settings[k])]));
    expect(cells.liveWeekday).toBe('Rabu');
    expect(cells.officialNip).toBe('19720707 200501 2 009');
    expect(settingsFromCells(cells)).toEqual(settings);
  });

  it('keeps the default where a cell was typed wrong', () => {
    expect(settingsFromCells({ liveWeekday: 'Jumaat', reminderHour: 'tujuh' }).liveWeekday).toBe(5);
    expect(settingsFromCells({ reminderHour: 'tujuh' }).reminderHour).toBe(7);
  });

  it('names the field in every refusal', () => {
    const parsed = validate(settingsInput, { emailHumas: 'humas@x.go.id, bukan-email', liveStart: '8 pagi', reminderHour: 24 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { field: 'emailHumas', message: 'Email Tim Humas berisi alamat email yang tidak sah.' },
      { field: 'liveStart', message: 'Jam mulai LIVE bukan jam yang sah.' },
      { field: 'reminderHour', message: 'Jam kirim pengingat harus jam 0–23.' },
    ]);
  });

  it('checks rules across fields', () => {
    expect(() => mergeSettings(DEFAULT_SETTINGS, { liveStart: '09:00', liveEnd: '08:30' })).toThrow(Refusal);
    expect(() => mergeSettings(DEFAULT_SETTINGS, { officialNip: '123' })).toThrow('NIP penandatangan: NIP harus 18 digit angka.');
    expect(mergeSettings(DEFAULT_SETTINGS, { officialNip: '19720707 200501 2 009' }).officialNip).toBe('197207072005012009');
  });
});

describe('Drive folder and logo in the settings', () => {
  const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-12';
  it('takes a folder as its id or any link Drive gives, and stores the id', () => {
    for (const typed of [
      ID,
      ` ${ID} `,
      `https://drive.google.com/drive/folders/${ID}`,
      `https://drive.google.com/drive/u/0/folders/${ID}`,
      `https://drive.google.com/drive/folders/${ID}?usp=sharing`,
      `https://drive.google.com/open?id=${ID}`,
      `https://drive.google.com/drive/mobile/folders/${ID}?usp=drive_link`,
    ]) {
      expect(validate(settingsInput, { reportFolderId: typed })).toEqual({ ok: true, data: { reportFolderId: ID } });
    }
  });

  it('refuses what names no folder, saying so in Indonesian', () => {
    expect(validate(settingsInput, { reportFolderId: `https://drive.google.com/file/d/${ID}/view` })).toEqual({
      ok: false,
      errors: [
        {
          field: 'reportFolderId',
          message: 'Folder laporan (tautan atau ID Google Drive): Tautan ini bukan tautan folder. Salin tautan folder dari Google Drive.',
        },
      ],
      partial: {},
    });
    // The fields valid on their own are kept for the checks against the register (all errors in one answer).
    expect(validate(settingsInput, { reportFolderId: 'folder laporan saya', liveStart: '07:30', liveEnd: 'jam 9' })).toMatchObject({
      partial: { liveStart: '07:30' },
    });
    expect(validate(settingsInput, { reportFolderId: 'folder laporan saya' })).toMatchObject({
      ok: false,
      errors: [{ field: 'reportFolderId' }],
    });
  });

  it('takes the logo as a file link or id', () => {
    expect(validate(settingsInput, { logoFileId: `https://drive.google.com/file/d/${ID}/view?usp=sharing` })).toEqual({
      ok: true,
      data: { logoFileId: ID },
    });
  });

  it('reads a link saved in the sheet by an earlier version or by hand as its id', () => {
    expect(settingsFromCells({ reportFolderId: `https://drive.google.com/drive/folders/${ID}?usp=sharing` }).reportFolderId).toBe(ID);
  });
});
