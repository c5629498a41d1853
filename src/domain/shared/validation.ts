/**
 * Field validators with Indonesian messages that name the field, built on zod/mini (small enough
 * for every Apps Script execution to load). Server functions validate all input with these.
 */
import * as z from 'zod/mini';
import { isIsoDate, isTime } from './dates';
import { readWholeNumber } from './numbers';

export interface FieldError {
  field: string;
  message: string;
}

/** A refusal found by domain rules after the shape was valid; nothing is written. */
export class Refusal extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

export function refuse(field: string, message: string): never {
  throw new Refusal([{ field, message }]);
}

/**
 * Runs a rule that may refuse, adding its errors to `errors` instead of stopping there: a form shows
 * every mistake after one save, not one more on each try.
 */
export function collect<T>(errors: FieldError[], rule: () => T): T | undefined {
  try {
    return rule();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    errors.push(...error.errors);
    return undefined;
  }
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
export const isEmail = (s: string) => EMAIL.test(s);

/** A missing field is reported as missing: the sidebar's forms leave empty fields out. */
const str = (label: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa teks.`) });
const blank = (s: string) => s.trim().length === 0;

/** A required single-line value (names, titles): trimmed. */
export const name = (label: string, max = 200) =>
  str(label).check(z.trim(), z.minLength(1, `${label} wajib diisi.`), z.maxLength(max, `${label} paling banyak ${max} karakter.`));

/** Free text kept exactly as typed (it may come from the public); must not be blank. */
export const freeText = (label: string, max = 5000) =>
  str(label).check(
    z.refine((s) => !blank(s), `${label} wajib diisi.`),
    z.maxLength(max, `${label} paling banyak ${max} karakter.`),
  );

/** Optional free text kept exactly as typed; absent means empty. */
export const optionalText = (label: string, max = 5000) =>
  z.optional(str(label).check(z.maxLength(max, `${label} paling banyak ${max} karakter.`)));

/** Words a choice shows in capitals; every other choice shows with its first letter capitalised. */
const ACRONYMS: Record<string, string> = { ukm: 'UKM', dm: 'DM' };

/** How a stored choice ("ukm", "komentar TikTok") reads in a list or a message ("UKM", "Komentar TikTok"). */
export const optionLabel = (value: string): string => ACRONYMS[value] ?? value.charAt(0).toUpperCase() + value.slice(1);

/** "Jenis" → "jenis", for a label inside a sentence; a label starting with an acronym ("IKM") stays. */
const inSentence = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

export const oneOf = <T extends string>(label: string, values: readonly T[]) =>
  z.enum(values as unknown as [T, ...T[]], {
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? `${label} wajib diisi.`
        : `Pilih salah satu ${inSentence(label)}: ${values.map(optionLabel).join(', ')}.`,
  });

/** An empty date or time field is missing, not malformed. */
const filled = (label: string) => z.refine<string>((s) => !blank(s), `${label} wajib diisi.`);

export const isoDate = (label: string) => str(label).check(filled(label), z.refine(isIsoDate, `${label} bukan tanggal yang sah.`));

export const time = (label: string) => str(label).check(filled(label), z.refine(isTime, `${label} bukan jam yang sah.`));

/**
 * A count (0, 1, 2 …): a number, or text as an Indonesian types it ("1.250"), read by readWholeNumber. "1,5" and
 * "1.25" are refused, not read as 1,5 or 125; `max` refuses what no LIVE could have.
 */
export const count = (label: string, max?: number) =>
  z.pipe(
    z.union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? `${label} wajib diisi.` : `${label} harus berupa angka.`),
    }),
    z.transform((value: number | string, payload) => {
      const read = readWholeNumber(value, label, max);
      if ('value' in read) return read.value;
      payload.issues.push({ code: 'custom', message: read.problem, input: value });
      return z.NEVER;
    }),
  );

export const email = (label: string) => str(label).check(z.trim(), z.refine(isEmail, `${label} bukan alamat email yang sah.`));

/** A comma-separated list of e-mail addresses; may be empty. */
export const emailList = (label: string) =>
  str(label).check(
    z.trim(),
    z.refine((s) => splitEmails(s).every(isEmail), `${label} berisi alamat email yang tidak sah.`),
  );

export function splitEmails(s: string): string[] {
  return s
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export const url = (label: string) =>
  str(label).check(
    z.trim(),
    z.refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), `${label} harus tautan yang diawali http:// atau https://.`),
  );

export const id = (label: string) => name(label, 40);

/** A value in its canonical form, or the Indonesian reason why it has none. */
export type Normalised = { value: string } | { problem: string };

/** Text replaced by its canonical form (a phone number, a district name), or refused with the reason. */
export const canonical = (label: string, normalise: (s: string) => Normalised) =>
  z.pipe(
    str(label),
    z.transform((s: string, payload) => {
      const result = normalise(s);
      if ('value' in result) return result.value;
      payload.issues.push({ code: 'custom', message: result.problem, input: s });
      return z.NEVER;
    }),
  );

export const form = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, { error: 'Data formulir tidak sah.' });

/** A refused input keeps the fields that were valid on their own (`partial`): the rules that need the register check them. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldError[]; partial: Partial<T> };

/** A form shows this many messages at most (a list of thousands of bad items is one mistake repeated). */
const MAX_ERRORS = 20;

/** Parses untrusted input; one message per field, in the order the fields failed. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): Parsed<T> {
  const result = z.safeParse(schema, input ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors = new Map<string, FieldError>();
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    if (!errors.has(field)) errors.set(field, { field, message: issue.message });
    if (errors.size === MAX_ERRORS) break;
  }
  return { ok: false, errors: [...errors.values()], partial: validFields(schema, input) as Partial<T> };
}

/** The fields of an object schema's input that pass their own check, parsed; nothing for any other schema. */
function validFields(schema: z.ZodMiniType, input: unknown): Record<string, unknown> {
  const shape = (schema as { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } })._zod.def.shape;
  if (!shape || typeof input !== 'object' || input === null) return {};
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const parsed = z.safeParse(field, (input as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) valid[key] = parsed.data;
  }
  return valid;
}
