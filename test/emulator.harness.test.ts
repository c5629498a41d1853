/** The vm harness, with small hand-written bundles (independent of the product build). */
import { loadProduct } from '../tools/harness';

const BUNDLE = `
var __app = (function () {
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
  return {
    tick: function (e) { sheet().appendRow(['tick', e.triggerUid, e.hour, e.timezone]); },
    daily: function () { sheet().appendRow(['daily', Utilities.formatDate(new Date(), 'Asia/Jakarta', "yyyy-MM-dd 'pukul' HH:mm")]); },
    fail: function () { throw new Error('gagal'); },
    install: function () {
      ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
      ScriptApp.newTrigger('daily').timeBased().atHour(7).everyDays(1).create();
      ScriptApp.newTrigger('fail').timeBased().after(90 * 60 * 1000).create();
      return ScriptApp.getProjectTriggers().length;
    },
  };
})();
function tick(e) { return __app.tick(e); }
function daily(e) { return __app.daily(e); }
function fail(e) { return __app.fail(e); }
function install() { return __app.install(); }
function echo(x) { return { got: x, isArray: Array.isArray(x && x.list), proto: Object.getPrototypeOf(x) === Object.prototype }; }
function withDate() { return { when: new Date() }; }
function helper_() { return 'private'; }
function realm() { return [SpreadsheetApp.getActiveSheet().getRange('A1:B2').getValues() instanceof Array, (function () { try { MailApp.sendEmail('bad', 's', 'b'); } catch (e) { return e instanceof Error && e.message; } })()]; }
function onOpen(e) { SpreadsheetApp.getUi().createMenu('HALO').addItem('Siapkan', 'install').addToUi(); return String(e.authMode); }
function bare() { return [typeof require, typeof process, typeof module, typeof globalThis.fetch, typeof setTimeout, typeof Buffer, typeof SpreadsheetApp, typeof Logger]; }
`;

describe('loadProduct', () => {
  it('runs the bundle in a bare context that offers only the Google globals', () => {
    const product = loadProduct({ bundle: BUNDLE });
    expect(product.run('bare', []).result).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
    ]);
    expect(product.globalNames()).toEqual(['tick', 'daily', 'fail', 'install', 'echo', 'withDate', 'helper_', 'realm', 'onOpen', 'bare']);
    expect(() => product.run('nope', [])).toThrow('Script function not found: nope');
  });

  it('hands the script arrays and errors of its own realm', () => {
    const product = loadProduct({ bundle: BUNDLE });
    expect(product.run('realm', []).result).toEqual([true, 'Invalid email: bad']);
  });

  it('fires time-driven triggers in time order, as their owner, with the event object', () => {
    const product = loadProduct({ bundle: BUNDLE }); // clock starts 2026-11-28 08:00 WIB
    expect(product.run<number>('install', [], { user: 'kepala@example.go.id' }).result).toBe(3);
    const ran = product.advanceClock('2026-11-29T08:30:00+07:00');
    expect(ran.slice(0, 4).map((r) => [r.name, r.at.toISOString(), r.error])).toEqual([
      ['tick', '2026-11-28T02:00:00.000Z', undefined],
      ['fail', '2026-11-28T02:30:00.000Z', 'gagal'],
      ['tick', '2026-11-28T03:00:00.000Z', undefined],
      ['tick', '2026-11-28T04:00:00.000Z', undefined],
    ]);
    expect(ran.filter((r) => r.name === 'daily').map((r) => r.at.toISOString())).toEqual(['2026-11-29T00:00:00.000Z']);
    expect(ran.filter((r) => r.name === 'tick')).toHaveLength(24);
    const rows = product.emu.spreadsheet.getSheets()[0]!.getDataRange().getValues();
    const uid = product.emu.triggers.find((t) => t.handler === 'tick')!.uid;
    expect(rows[0]).toEqual(['tick', Number(uid), 2, 'UTC']);
    expect(rows.find((r) => r[0] === 'daily')).toEqual(['daily', '2026-11-29 pukul 07:00', '', '']);
    expect(product.emu.executions.filter((e) => e.kind === 'trigger').every((e) => e.user === 'kepala@example.go.id')).toBe(true);
    expect(product.emu.triggers.find((t) => t.handler === 'fail')!.next).toBeNull();
    expect(product.emu.now().toISOString()).toBe('2026-11-29T01:30:00.000Z');
    expect(product.advanceClock(30 * 60_000).map((r) => r.name)).toEqual(['tick']);
  });

  it('keeps the limit of 20 triggers per user', () => {
    const product = loadProduct({
      bundle: `${BUNDLE}\nfunction many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create(); }`,
    });
    expect(() => product.run('many', [])).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(product.emu.triggers).toHaveLength(20);
  });

  it("passes sidebar arguments and results under google.script.run's rules", () => {
    const product = loadProduct({ bundle: BUNDLE });
    const { result } = product.callFromSidebar<{ got: unknown; isArray: boolean; proto: boolean }>('echo', {
      list: [1, undefined],
      skip: undefined,
    });
    expect(result).toEqual({ got: { list: [1, null] }, isArray: true, proto: true });
    expect(() => product.callFromSidebar('echo', { when: new Date() })).toThrow('Failed due to illegal value in property: when');
    expect(product.callFromSidebar('withDate').result).toBeNull();
    expect(() => product.callFromSidebar('helper_')).toThrow('google.script.run.helper_ is not a function');
  });

  it('opens the spreadsheet as a simple trigger, and reloads over the same state', () => {
    const product = loadProduct({ bundle: BUNDLE });
    expect(product.open()?.result).toBe('LIMITED');
    expect(product.emu.ui.menus).toEqual([{ title: 'HALO', items: [{ caption: 'Siapkan', functionName: 'install' }] }]);
    product.run('install', []);
    product.reload();
    expect(product.emu.triggers).toHaveLength(3);
    expect(product.globalNames()).toContain('tick');
  });
});
