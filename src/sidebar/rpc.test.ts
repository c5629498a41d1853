import { CALL_FAILURES, callFailure } from './rpc';

describe('callFailure', () => {
  it('tells the causes of a google.script.run failure apart by what is not prose', () => {
    const accounts = {
      name: 'ScriptError',
      message: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    };
    expect(callFailure(accounts)).toBe(CALL_FAILURES.sidebar.multipleAccounts);
    // The same failure on an account in another language keeps its error code.
    expect(
      callFailure({
        name: 'ScriptError',
        message: 'Maaf, terjadi kesalahan server saat membaca penyimpanan. Kode error PERMISSION_DENIED.',
      }),
    ).toBe(CALL_FAILURES.sidebar.multipleAccounts);
    expect(callFailure({ name: 'ScriptError', message: 'Authorization is required to perform that action.' })).toBe(
      CALL_FAILURES.sidebar.authorization,
    );
    expect(callFailure({ name: 'Error', message: 'NetworkError: Connection failure due to HTTP 0' })).toBe(CALL_FAILURES.sidebar.network);
    expect(callFailure({ name: 'TypeError', message: 'Failed due to illegal value in property: 0' })).toBe(
      `${CALL_FAILURES.sidebar.other} (Failed due to illegal value in property: 0)`,
    );
  });

  it('on the phone page, advises what a phone user can do: reload this page, not the spreadsheet', () => {
    const advice = callFailure({ name: 'ScriptError', message: 'Authorization is required to perform that action.' }, 'phone');
    expect(advice).toBe(CALL_FAILURES.phone.authorization);
    expect(advice).not.toMatch(/spreadsheet|Buka panel/);
    expect(callFailure({ name: 'Error', message: 'boom' }, 'phone')).toBe(`${CALL_FAILURES.phone.other} (boom)`);
  });
});
