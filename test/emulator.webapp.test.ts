/**
 * The emulator's web-app executions and per-user access to the spreadsheet: what the product's openRegister and
 * registerLock rely on, as Google documents it (or, where the wording is not documented, as strictly).
 */
import { Emulator } from '../tools/emulator';

interface G {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}
const OWNER = 'pelaksana@example.go.id';
const setup = () => {
  const emu = new Emulator();
  return { emu, g: emu.globals() as unknown as G, id: emu.spreadsheet.getId() };
};

describe('a web app execution', () => {
  it('has no active spreadsheet, no document lock and no Ui; it runs as the user accessing it', () => {
    const { emu, g } = setup();
    const seen = emu.execute(
      () => [
        g.SpreadsheetApp.getActiveSpreadsheet(),
        g.LockService.getDocumentLock(),
        g.Session.getActiveUser().getEmail(),
        g.Session.getEffectiveUser().getEmail(),
        typeof g.LockService.getScriptLock().tryLock,
      ],
      { kind: 'webapp', user: 'hp@example.go.id' },
    ).result;
    expect(seen).toEqual([null, null, 'hp@example.go.id', 'hp@example.go.id', 'function']);
    expect(() => emu.execute(() => g.SpreadsheetApp.getUi(), { kind: 'webapp' })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('shares the script lock with the sidebar', () => {
    const { emu, g } = setup();
    const outcome: boolean[] = [];
    emu.hooks.onCall((key) => {
      if (key === 'Range.setValue')
        outcome.push(emu.execute(() => g.LockService.getScriptLock().tryLock(100), { kind: 'webapp', user: 'hp@example.go.id' }).result);
    });
    emu.execute(
      () => {
        g.LockService.getScriptLock().waitLock(1000);
        g.SpreadsheetApp.getActiveSpreadsheet()!.getRange('A1').setValue('x');
      },
      { kind: 'sidebar' },
    );
    expect(outcome).toEqual([false]);
  });

  it("knows the deployment's URL once deployed, null before", () => {
    const { emu, g } = setup();
    const url = () => emu.execute(() => g.ScriptApp.getService().getUrl(), { kind: 'webapp' }).result;
    expect(url()).toBeNull();
    const deployed = emu.deployWebApp();
    expect(url()).toBe(deployed);
  });
});

describe('access to the spreadsheet by user', () => {
  it('lets an editor open it by id and list its editors', () => {
    const { emu, g, id } = setup();
    emu.setAccess('editor@example.go.id', 'edit');
    const editors = emu.execute(
      () =>
        g.SpreadsheetApp.openById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      { kind: 'webapp', user: 'editor@example.go.id' },
    ).result;
    expect(editors).toEqual([OWNER, 'editor@example.go.id']);
  });

  it('lets a viewer read but not change it; getEditors throws for a viewer', () => {
    const { emu, g, id } = setup();
    emu.execute(() => g.SpreadsheetApp.getActiveSpreadsheet()!.getRange('A1').setValue('isi'), { kind: 'menu' });
    emu.setAccess('viewer@example.go.id', 'view');
    const as = { kind: 'webapp' as const, user: 'viewer@example.go.id' };
    expect(emu.execute(() => g.SpreadsheetApp.openById(id).getRange('A1').getValue(), as).result).toBe('isi');
    expect(() => emu.execute(() => g.SpreadsheetApp.openById(id).getEditors(), as)).toThrow();
    expect(() => emu.execute(() => g.SpreadsheetApp.openById(id).getRange('A1').setValue('ubah'), as)).toThrow(
      'You do not have permission to edit this spreadsheet.',
    );
    expect(() => emu.execute(() => g.SpreadsheetApp.openById(id).insertSheet('Baru'), as)).toThrow(
      'You do not have permission to edit this spreadsheet.',
    );
    expect(emu.cell('Sheet1', 'A1')?.v).toBe('isi');
  });

  it('refuses to open it, or find it in Drive, for someone it is not shared with', () => {
    const { emu, g, id } = setup();
    emu.setAccess('orang@gmail.com', 'none');
    const as = { kind: 'webapp' as const, user: 'orang@gmail.com' };
    expect(() => emu.execute(() => g.SpreadsheetApp.openById(id), as)).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => emu.execute(() => g.DriveApp.getFileById(id), as)).toThrow('No item with the given ID could be found');
    expect(() => emu.setAccess(OWNER, 'view')).toThrow('the owner always edits');
  });
});

describe("a Form's submit trigger", () => {
  it('runs outside the spreadsheet: no active spreadsheet, no document lock', () => {
    const { emu, g } = setup();
    const seen = emu.execute(() => [g.SpreadsheetApp.getActiveSpreadsheet(), g.LockService.getDocumentLock()], {
      kind: 'trigger',
      container: false,
    }).result;
    expect(seen).toEqual([null, null]);
  });
});
