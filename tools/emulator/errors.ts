/** Errors with Google's wording. Apps Script names service errors "Exception" (logged as "Exception: <message>"). */
export class GasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** The emulator's loud failure for anything it does not model: it never returns undefined instead. */
export const notImplemented = (what: string): Error => new Error(`Emulator: ${what} is not implemented`);

/** Google's error for a call whose arguments do not fit any overload. */
export const badArguments = (method: string, args: unknown[]): GasError =>
  new GasError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `${v.length ? typeName(v[0]) : 'Object'}[]`;
  if (v instanceof Date) return 'Date';
  if (typeof v === 'object') return 'Object';
  return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'Boolean' : typeof v;
}

/** The message of anything thrown, whichever realm its Error comes from. */
export const errorMessage = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
