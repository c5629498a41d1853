import { CALL_FAILURES, callFailure } from './rpc';

describe('callFailure', () => {
  it('tells the causes of a google.script.run failure apart by what is not prose', () => {
    const accounts = {
      name: 'ScriptError',
      message: "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    };
    expect(callFailure(accounts)).toBe(CALL_FAILURES.multipleAccounts);
    // The same failure on an account in another language keeps its error code.
    expect(
      callFailure({
        name: 'ScriptError',
        message: 'Maaf, terjadi kesalahan server saat membaca penyimpanan. Kode error PERMISSION_DENIED.',
      }),
    ).toBe(CALL_FAILURES.multipleAccounts);
    expect(callFailure({ name: 'ScriptError', message: 'Authorization is required to perform that action.' })).toBe(
      CALL_FAILURES.authorization,
    );
    expect(callFailure({ name: 'Error', message: 'NetworkError: Connection failure due to HTTP 0' })).toBe(CALL_FAILURES.network);
    expect(callFailure({ name: 'TypeError', message: 'Failed due to illegal value in property: 0' })).toBe(
      `${CALL_FAILURES.other} (Failed due to illegal value in property: 0)`,
    );
  });
});
