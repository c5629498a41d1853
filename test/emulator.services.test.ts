/** The other emulated services, executions (counting, hooks, users, locks) and the saved state. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator } from '../tools/emulator';
import { loadFrom, saveTo } from '../tools/emulator/fs';

interface G {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MimeType: GoogleAppsScript.Base.MimeType;
  Date: DateConstructor;
  console: Console;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
}
const setup = (opts: ConstructorParameters<typeof Emulator>[0] = {}) => {
  const emu = new Emulator(opts);
  return { emu, g: emu.globals() as unknown as G };
};

describe('anything not modelled fails loudly', () => {
  it('throws for an unknown method, enum member or service instead of returning undefined', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSpreadsheet().getRange('A1') as unknown as Record<string, unknown>;
    expect(() => range.getRichTextValue).toThrow('Emulator: Range.getRichTextValue is not implemented');
    expect(() => (g.MimeType as unknown as Record<string, unknown>).GOOGLE_DOC).toThrow('Emulator: MimeType.GOOGLE_DOC is not implemented');
    expect(() => (g.SpreadsheetApp.ProtectionType as unknown as Record<string, unknown>).CELL).toThrow(
      'Emulator: ProtectionType.CELL is not implemented',
    );
    expect(() => g.UrlFetchApp.fetch).toThrow('Emulator: UrlFetchApp.fetch is not implemented');
    expect(String(g.SpreadsheetApp.ProtectionType.RANGE)).toBe('RANGE');
  });
});

describe('executions', () => {
  it('count calls per execution by Service.method', () => {
    const { emu, g } = setup();
    const { result, calls } = emu.execute(
      () => {
        const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
        sheet.getRange('A1').setValue(1);
        sheet.getRange('A2').setValue(2);
        return sheet.getRange('A1:A2').getValues();
      },
      { kind: 'menu' },
    );
    expect(result).toEqual([[1], [2]]);
    expect(calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 3,
      'Range.setValue': 2,
      'Range.getValues': 1,
    });
    expect(emu.execute(() => g.Session.getScriptTimeZone(), { kind: 'menu' }).calls).toEqual({ 'Session.getScriptTimeZone': 1 });
  });

  it('end at the time limit: no call works after it, so a finally cannot tidy up through a service', () => {
    const { emu, g } = setup();
    const sheet = () => g.SpreadsheetApp.getActiveSpreadsheet();
    expect(() =>
      emu.execute(
        () => {
          const temp = sheet().insertSheet('temp');
          try {
            emu.setNow(emu.now().getTime() + 6 * 60_000 + 1);
            sheet().getSheets();
          } finally {
            sheet().deleteSheet(temp);
          }
        },
        { kind: 'menu' },
      ),
    ).toThrow('Exceeded maximum execution time');
    expect(sheet().getSheetByName('temp')).not.toBeNull();
  });

  it('call hooks first, so a test can make the Nth email fail', () => {
    const { emu, g } = setup();
    let sent = 0;
    const off = emu.hooks.onCall((key) => {
      if (key === 'MailApp.sendEmail' && ++sent === 2) throw new Error('Service unavailable: Gmail');
    });
    const send = () =>
      emu.execute(
        () => {
          for (const to of ['a@x.id', 'b@x.id', 'c@x.id']) g.MailApp.sendEmail(to, 's', 'b');
        },
        { kind: 'trigger' },
      );
    expect(send).toThrow('Service unavailable: Gmail');
    expect(emu.outbox.map((m) => m.to)).toEqual(['a@x.id']);
    off();
    send();
    expect(emu.outbox).toHaveLength(4);
  });

  it('set the users: blank active user and the owner as effective user in triggers', () => {
    const { emu, g } = setup();
    const who = () => [g.Session.getActiveUser().getEmail(), g.Session.getEffectiveUser().getEmail()];
    expect(emu.execute(who, { kind: 'sidebar', user: 'staf@example.go.id' }).result).toEqual(['staf@example.go.id', 'staf@example.go.id']);
    expect(emu.execute(who, { kind: 'trigger', user: 'owner@example.go.id' }).result).toEqual(['', 'owner@example.go.id']);
  });

  it('refuse what needs authorization in a simple trigger, and the Ui in a trigger', () => {
    const { emu, g } = setup();
    expect(() => emu.execute(() => g.MailApp.sendEmail('a@x.id', 's', 'b'), { kind: 'simple' })).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => emu.execute(() => g.SpreadsheetApp.getUi(), { kind: 'trigger' })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    emu.execute(() => g.SpreadsheetApp.getUi().createMenu('M').addItem('Buka', 'open').addSeparator().addToUi(), {
      kind: 'simple',
      authMode: 'NONE',
    });
    expect(emu.ui.menus).toEqual([{ title: 'M', items: [{ caption: 'Buka', functionName: 'open' }, null] }]);
  });
});

describe('locks', () => {
  it('are released when the execution ends, even when it throws', () => {
    const { emu, g } = setup();
    expect(() =>
      emu.execute(
        () => {
          g.LockService.getScriptLock().waitLock(1000);
          throw new Error('boom');
        },
        { kind: 'menu' },
      ),
    ).toThrow('boom');
    expect(emu.execute(() => g.LockService.getScriptLock().tryLock(0), { kind: 'menu' }).result).toBe(true);
  });

  it('cannot be taken by an execution that starts while another holds it; the wait costs its timeout', () => {
    const { emu, g } = setup();
    const outcome: unknown[] = [];
    emu.hooks.onCall((key) => {
      if (key !== 'Range.setValue') return;
      const start = emu.now().getTime();
      outcome.push(
        emu.execute(() => g.LockService.getDocumentLock().tryLock(5000), { kind: 'sidebar' }).result,
        emu.now().getTime() - start,
      );
      try {
        emu.execute(() => g.LockService.getDocumentLock().waitLock(1000), { kind: 'sidebar' });
      } catch (e) {
        outcome.push((e as Error).message);
      }
    });
    emu.execute(
      () => {
        g.LockService.getDocumentLock().waitLock(10_000);
        g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x');
      },
      { kind: 'menu' },
    );
    expect(outcome).toEqual([false, 5000, 'Lock timeout: another process was holding the lock for too long.']);
  });

  it('held by another process are acquired once that process lets go within the timeout', () => {
    const { emu, g } = setup();
    emu.holdLock('script', 3000);
    const t0 = emu.now().getTime();
    expect(emu.execute(() => g.LockService.getScriptLock().tryLock(1000), { kind: 'menu' }).result).toBe(false);
    expect(emu.execute(() => g.LockService.getScriptLock().tryLock(5000), { kind: 'menu' }).result).toBe(true);
    expect(emu.now().getTime() - t0).toBe(3000);
  });
});

describe('properties and cache', () => {
  it("store strings per script, document and user, with Google's limits", () => {
    const { emu, g } = setup();
    const props = g.PropertiesService.getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperties({ a: '1', b: '2' });
    props.setProperty('n', 3 as unknown as string);
    expect(props.getProperties()).toEqual({ a: '1', b: '2', n: '3' });
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'y'.repeat(9000));
    expect(() => props.setProperty('k99', 'y'.repeat(9000))).toThrow('You have exceeded the property storage quota.');
    expect(props.getProperty('k99')).toBeNull();
    emu.execute(() => g.PropertiesService.getUserProperties().setProperty('theme', 'dark'), { kind: 'sidebar', user: 'a@x.id' });
    expect(
      emu.execute(() => g.PropertiesService.getUserProperties().getProperty('theme'), { kind: 'sidebar', user: 'b@x.id' }).result,
    ).toBeNull();
  });

  it('expire cache entries by the emulator clock', () => {
    const { emu, g } = setup();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    emu.setNow(emu.now().getTime() + 61_000);
    expect(cache.get('k')).toBeNull();
    expect(cache.get('a')).toBe('1');
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('MailApp', () => {
  it('throws in the language of the account running the script', () => {
    const { emu, g } = setup({ mailQuota: 1 });
    emu.setLanguage('kepala@x.id', 'id');
    const send = (user: string) => () => emu.execute(() => g.MailApp.sendEmail('a@x.id', 's', 'b'), { kind: 'trigger', user });
    send('kepala@x.id')();
    expect(send('kepala@x.id')).toThrow('Layanan dipanggil terlalu banyak dalam satu hari: email.');
    send('staf@x.id')();
    expect(send('staf@x.id')).toThrow('Service invoked too many times for one day: email.');
    const all = setup({ language: 'id' });
    all.emu.holdLock('script');
    expect(() => all.emu.execute(() => all.g.LockService.getScriptLock().waitLock(100), { kind: 'menu' })).toThrow(
      'Waktu tunggu kunci habis: proses lain memegang kunci terlalu lama.',
    );
  });

  it('records messages and spends one quota unit per recipient; the sender is the effective user', () => {
    const { emu, g } = setup({ mailQuota: 5 });
    emu.execute(() => g.MailApp.sendEmail({ to: 'a@x.id, b@x.id', cc: 'c@x.id', subject: 'Undangan', body: 'Halo', name: 'Dinas' }), {
      kind: 'trigger',
      user: 'owner@x.id',
    });
    expect(emu.outbox[0]).toMatchObject({ from: 'owner@x.id', to: 'a@x.id,b@x.id', cc: 'c@x.id', subject: 'Undangan', name: 'Dinas' });
    expect(emu.outbox[0]!.sentAt).toEqual(emu.now());
    expect(emu.execute(() => g.MailApp.getRemainingDailyQuota(), { kind: 'trigger', user: 'owner@x.id' }).result).toBe(2);
    expect(() => emu.execute(() => g.MailApp.sendEmail('a@x.id,b@x.id,c@x.id', 's', 'b'), { kind: 'trigger', user: 'owner@x.id' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    emu.setNow(emu.now().getTime() + 24 * 3600_000);
    expect(emu.execute(() => g.MailApp.getRemainingDailyQuota(), { kind: 'trigger', user: 'owner@x.id' }).result).toBe(5);
  });

  it('rejects bad addresses, empty recipients and over-long lists', () => {
    const { g } = setup();
    expect(() => g.MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => g.MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@x.id`).join(',');
    expect(() => g.MailApp.sendEmail(many, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});

describe('Drive and Docs', () => {
  it('create, move and find files and documents', () => {
    const { emu, g } = setup();
    const folder = g.DriveApp.createFolder('Undangan');
    const doc = g.DocumentApp.create('Surat 1');
    const body = doc.getBody();
    body
      .appendParagraph('SURAT UNDANGAN')
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    body.appendTable([
      ['Hari', 'Jumat'],
      ['Jam', '08.00 WIB'],
    ]);
    body.appendListItem('Membawa KTP').editAsText().setBold(true);
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    const file = g.DriveApp.getFileById(doc.getId());
    file.moveTo(folder);
    expect(file.getMimeType()).toBe(g.MimeType.GOOGLE_DOCS);
    const found = g.DriveApp.getFilesByName('Surat 1');
    expect(found.next().getParents().next().getName()).toBe('Undangan');
    expect(found.hasNext()).toBe(false);
    expect(() => found.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    expect(emu.document(doc.getId()).blocks).toEqual([
      { type: 'paragraph', text: '', heading: 'NORMAL', attrs: {} },
      { type: 'paragraph', text: 'SURAT UNDANGAN', heading: 'HEADING1', attrs: { HORIZONTAL_ALIGNMENT: 'CENTER' } },
      {
        type: 'table',
        rows: [
          ['Hari', 'Jumat'],
          ['Jam', '08.00 WIB'],
        ],
      },
      { type: 'paragraph', text: '', heading: 'NORMAL', attrs: {} },
      { type: 'listItem', text: 'Membawa KTP', nesting: 0, attrs: { BOLD: true } },
    ]);
    expect(emu.driveItems().find((i) => i.id === doc.getId())).toMatchObject({ kind: 'document', path: '/My Drive/Undangan/Surat 1' });
    const pdf = file.getAs(g.MimeType.PDF);
    expect([pdf.getName(), pdf.getContentType()]).toEqual(['Surat 1.pdf', 'application/pdf']);
    expect(pdf.getDataAsString()).toContain('Hari\tJumat');
  });

  it('inserts PNG, JPEG and GIF images at their pixel size, and fails loudly on other blobs', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('Kop').getBody();
    const png = g.Utilities.newBlob(
      [0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 44, 0, 0, 0, 200, 8, 6, 0, 0, 0],
      'image/png',
      'a.png',
    );
    const image = body.appendParagraph('').appendInlineImage(png);
    expect([image.getWidth(), image.getHeight()]).toEqual([300, 200]);
    const gif = g.Utilities.newBlob([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 40, 0, 30, 0], 'image/gif', 'b.gif');
    expect([body.appendImage(gif).getWidth(), body.appendImage(gif).getHeight()]).toEqual([40, 30]);
    expect(() => body.appendParagraph('').appendInlineImage(g.Utilities.newBlob('teks', 'text/plain', 'c.txt'))).toThrow(
      'Emulator: DocumentApp.Paragraph.appendInlineImage with a text/plain blob that is not a readable PNG, JPEG or GIF is not implemented',
    );
    expect(() => body.appendParagraph('teks').appendInlineImage(png)).toThrow(
      'Emulator: Paragraph.appendInlineImage next to text or another inline element is not implemented',
    );
  });

  it('exports the saved version only, and renders documents as escaped HTML', () => {
    const { emu, g } = setup();
    const id = emu.execute(
      () => {
        const doc = g.DocumentApp.create('Catatan');
        doc.getBody().appendParagraph('<script>alert(1)</script>');
        expect(g.DriveApp.getFileById(doc.getId()).getBlob().getDataAsString()).not.toContain('alert');
        return doc.getId();
      },
      { kind: 'menu' },
    ).result;
    expect(emu.document(id).text).toContain('<script>'); // saved when the execution ended
    const html = emu.documentToHtml(id);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>');
  });

  it("keeps each user's Drive private unless shared", () => {
    const { emu, g } = setup();
    const id = emu.execute(() => g.DriveApp.createFile('catatan.txt', 'rahasia').getId(), { kind: 'sidebar', user: 'a@x.id' }).result;
    expect(() => emu.execute(() => g.DriveApp.getFileById(id), { kind: 'sidebar', user: 'b@x.id' })).toThrow(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    emu.execute(() => g.DriveApp.getFileById(id).addViewer('b@x.id'), { kind: 'sidebar', user: 'a@x.id' });
    expect(emu.execute(() => g.DriveApp.getFileById(id).getBlob().getDataAsString(), { kind: 'sidebar', user: 'b@x.id' }).result).toBe(
      'rahasia',
    );
  });

  it('tells who may open a folder, inherited roles included; only its owner or editors may share it or ask', () => {
    const { emu, g } = setup();
    const as = <T>(user: string, fn: () => T) => emu.execute(fn, { kind: 'sidebar', user }).result;
    const ids = as('a@x.id', () => {
      const parent = g.DriveApp.createFolder('Arsip');
      const child = parent.createFolder('Laporan');
      parent.addEditor('b@x.id');
      child.addViewer('C@x.id');
      return { parent: parent.getId(), child: child.getId() };
    });
    const access = (user: string, email: string) => as(user, () => String(g.DriveApp.getFolderById(ids.child).getAccess(email)));
    expect(['a@x.id', 'b@x.id', 'c@x.id', 'd@x.id'].map((e) => access('a@x.id', e))).toEqual(['OWNER', 'EDIT', 'VIEW', 'NONE']);
    expect(access('b@x.id', 'c@x.id')).toBe('VIEW');
    expect(
      as('a@x.id', () =>
        g.DriveApp.getFolderById(ids.child)
          .getViewers()
          .map((u) => u.getEmail()),
      ),
    ).toEqual(['c@x.id']);
    expect(() => access('c@x.id', 'd@x.id')).toThrow('Emulator: Folder.getAccess by a user who cannot edit it is not implemented');
    expect(() => as('c@x.id', () => g.DriveApp.getFolderById(ids.child).addViewer('d@x.id'))).toThrow('Access denied: DriveApp.');
    expect(as('a@x.id', () => String(g.DriveApp.getFolderById(ids.child).getSharingAccess()))).toBe('PRIVATE');
    as('a@x.id', () => g.DriveApp.getFolderById(ids.child).setSharing(g.DriveApp.Access.ANYONE_WITH_LINK, g.DriveApp.Permission.VIEW));
    expect(as('a@x.id', () => String(g.DriveApp.getFolderById(ids.child).getSharingAccess()))).toBe('ANYONE_WITH_LINK');
    expect(() =>
      as('a@x.id', () => g.DriveApp.getFolderById(ids.child).setSharing(g.DriveApp.Access.ANYONE, g.DriveApp.Permission.OWNER)),
    ).toThrow();
  });

  it("lets only the owner trash a file; an editor may rename it; nobody else sees the owner's trash", () => {
    const { emu, g } = setup();
    const as = <T>(user: string, fn: () => T) => emu.execute(fn, { kind: 'sidebar', user }).result;
    const id = as('a@x.id', () => g.DriveApp.createFolder('Bersama').addEditor('b@x.id').createFile('lapor.txt', 'isi').getId());
    expect(() => as('b@x.id', () => g.DriveApp.getFileById(id).setTrashed(true))).toThrow('Access denied: DriveApp.');
    as('b@x.id', () => g.DriveApp.getFileById(id).setName('[lama] lapor.txt'));
    as('a@x.id', () => g.DriveApp.getFileById(id).setTrashed(true));
    expect(as('a@x.id', () => g.DriveApp.getFileById(id).isTrashed())).toBe(true);
    expect(() => as('b@x.id', () => g.DriveApp.getFileById(id))).toThrow('No item with the given ID could be found');
    expect(as('b@x.id', () => g.DriveApp.getFilesByName('[lama] lapor.txt').hasNext())).toBe(false);
  });
});

describe('Utilities, Session, HtmlService, the clock', () => {
  it('formats dates with Java patterns in any zone', () => {
    const { g } = setup();
    const d = new Date('2026-11-28T01:05:09.007Z');
    expect(g.Utilities.formatDate(d, 'Asia/Jakarta', "EEEE, dd MMMM yyyy 'pukul' HH:mm:ss.SSS z (Z, XXX)")).toBe(
      'Saturday, 28 November 2026 pukul 08:05:09.007 WIB (+0700, +07:00)',
    );
    expect(g.Utilities.formatDate(d, 'UTC', 'yy-M-d h:mm a')).toBe('26-11-28 1:05 AM');
    expect(() => g.Utilities.formatDate('2026-11-28' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "don't match the method signature for Utilities.formatDate",
    );
  });

  it('parses CSV with quotes and embedded line breaks, and round-trips blobs and base64', () => {
    const { g } = setup();
    expect(g.Utilities.parseCsv('a,"b, c","say ""hi"""\n1,"two\nlines",3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', 'two\nlines', '3'],
    ]);
    expect(g.Utilities.parseCsv('x;y', ';')).toEqual([['x', 'y']]);
    const blob = g.Utilities.newBlob('héllo', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([104, -61, -87, 108, 108, 111]);
    expect(g.Utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(g.Utilities.newBlob(g.Utilities.base64Decode('aMOpbGxv')).getDataAsString()).toBe('héllo');
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives the script a Date on the emulator clock with WIB as local time', () => {
    const { emu, g } = setup();
    const now = new g.Date();
    expect(now.toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect([now.getHours(), now.getTimezoneOffset(), g.Date.now()]).toEqual([8, -420, now.getTime()]);
    expect(new g.Date(2026, 11, 1, 9).toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(new g.Date('2026-12-01T09:00').getHours()).toBe(9);
    expect(String(now)).toBe('Sat Nov 28 2026 08:00:00 GMT+0700 (Western Indonesia Time)');
    expect(new Date() instanceof g.Date && now instanceof Date).toBe(true);
    emu.execute(() => g.Utilities.sleep(1500), { kind: 'menu' });
    expect(new g.Date().getTime() - now.getTime()).toBe(1500);
  });

  it('serves project HTML files, and fails for a missing one', () => {
    const { emu, g } = setup({ htmlFiles: { Sidebar: '<p>Halo</p>' } });
    const out = g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('HALO');
    emu.execute(() => g.SpreadsheetApp.getUi().showSidebar(out), { kind: 'menu' });
    expect(emu.ui.sidebars[0]).toMatchObject({ title: 'HALO', content: '<p>Halo</p>', width: 300 });
    expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });
});

describe('ScriptApp, Ui and logs', () => {
  it('shows each user only their own triggers, and deletes them', () => {
    const { emu, g } = setup();
    const as =
      (user: string) =>
      <T>(fn: () => T) =>
        emu.execute(fn, { kind: 'menu', user }).result;
    as('a@x.id')(() => g.ScriptApp.newTrigger('tick').timeBased().onWeekDay(g.ScriptApp.WeekDay.FRIDAY).atHour(9).create());
    as('b@x.id')(() => g.ScriptApp.newTrigger('tock').timeBased().everyMinutes(15).create());
    const mine = as('a@x.id')(() => g.ScriptApp.getProjectTriggers());
    expect(mine.map((t) => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())])).toEqual([
      ['tick', 'CLOCK', 'CLOCK'],
    ]);
    expect(emu.triggers.find((t) => t.handler === 'tick')!.next).toEqual(new Date('2026-12-04T09:00:00+07:00'));
    expect(() => g.ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow('Invalid argument');
    as('a@x.id')(() => g.ScriptApp.deleteTrigger(mine[0]!));
    expect(emu.triggers.map((t) => t.handler)).toEqual(['tock']);
  });

  it('answers alerts as queued and records them, with logs', () => {
    const { emu, g } = setup();
    emu.ui.respond('NO');
    const answer = emu.execute(
      () => {
        const ui = g.SpreadsheetApp.getUi();
        g.Logger.log('jawab %s', 'dulu');
        g.console.warn('awas', { n: 1 });
        return [ui.alert('Hapus?', 'Yakin?', ui.ButtonSet.YES_NO), ui.alert('Selesai')];
      },
      { kind: 'menu' },
    ).result;
    expect(answer.map(String)).toEqual(['NO', 'OK']);
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.buttons])).toEqual([
      ['Hapus?', 'Yakin?', 'YES_NO'],
      ['', 'Selesai', 'OK'],
    ]);
    expect(emu.logs.map((l) => [l.level, l.message])).toEqual([
      ['Logger', 'jawab dulu'],
      ['warn', 'awas {"n":1}'],
    ]);
  });
});

describe('state', () => {
  it('round-trips everything through JSON and a file', () => {
    const { emu, g } = setup();
    emu.execute(
      () => {
        const sheet = g.SpreadsheetApp.getActiveSheet();
        sheet
          .getRange('A1:B1')
          .setValues([['2026-11-28', 'teks']])
          .setNote('n');
        sheet.getRange('A2').setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
        sheet.getRange('A3').protect().setWarningOnly(true);
        sheet.setFrozenRows(1);
        g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
        g.CacheService.getScriptCache().put('c', 'v');
        g.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
        g.MailApp.sendEmail('a@x.id', 's', 'b');
        g.DocumentApp.create('Doc').getBody().appendParagraph('isi');
      },
      { kind: 'menu' },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'state.json');
    saveTo(emu, file);
    const back = loadFrom(file);
    expect(back.toJSON()).toEqual(emu.toJSON());
    expect((back.spreadsheet.getActiveSheet().getRange('A1').getValue() as Date).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(back.triggers[0]!.next).toEqual(new Date('2026-11-28T02:00:00Z'));
    expect(back.outbox[0]!.sentAt).toEqual(emu.now());
    expect(back.now()).toEqual(emu.now());
  });
});
