/**
 * Hostile input through every sidebar function of the built bundle: nothing is executed (no formula cell anywhere),
 * nothing is lost (stored text reads back exactly, through the product and in its cell), what is refused says why
 * (a field and an Indonesian message, nothing written), and wrong types never throw.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tally } from '../../tools/bench/latency';
import type { Product } from '../../tools/harness';
import { call, type Result, sheetRows } from '../calls';
import { EXAMPLES, exampleFor, sidebarFunctions, type TextField } from '../fixtures/inputs';
import {
  afterSuccess,
  badRefusal,
  concerns,
  formulas,
  paths,
  registerFor,
  shapeOf,
  valueAt,
  withValue,
  writeCalls,
} from '../fixtures/world';
import { BLANKS, INJECTION, jsonType, LONG_UNITS, long, MARKUP, TEXTS, UNICODE, WRONG, WRONG_ARGUMENTS } from './corpus';

const NAMES = sidebarFunctions(registerFor());

/** Calls `name` from the sidebar and checks what any answer must be; returns the problems found. */
function attempt(product: Product, name: string, input: unknown): { result: Result<unknown>; problems: string[] } {
  const { result: raw, calls } = product.callFromSidebar(name, input);
  const result = shapeOf(raw);
  const problems: string[] = [];
  if (result.ok) {
    problems.push(...formulas(product).map((f) => `formula written: ${f}`));
  } else {
    for (const e of result.errors) {
      const bad = badRefusal(e);
      if (bad) problems.push(`improper refusal ${JSON.stringify(e)}: ${bad}`);
    }
    const writes = writeCalls(calls);
    if (writes.length) problems.push(`refused after writing: ${writes.join(', ')}`);
  }
  return { result, problems };
}

const show = (v: unknown) => JSON.stringify(v)?.slice(0, 80);

it('the sidebar never turns text into markup or code', () => {
  // What it shows (names, questions, comments from the public) goes in with textContent and DOM building only.
  const page = readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
  expect(page.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|srcdoc/g)).toBeNull();
});

it('every sidebar function has an example input, and every example a function', () => {
  for (const name of NAMES) expect(() => exampleFor(name)).not.toThrow();
  expect(Object.keys(EXAMPLES).filter((n) => !NAMES.includes(n))).toEqual([]);
});

describe('text is stored exactly and never executed', () => {
  const withText = NAMES.filter((n) => exampleFor(n).text);

  /** May this field refuse this text? Only when it is too long or blank where something is required. */
  const mayRefuse = (f: TextField, s: string) => s.length > f.max || ((f.required || f.trimmed) && s.trim() === '');

  it.each(withText)('%s', (name) => {
    const example = exampleFor(name);
    const fields = Object.entries(example.text!);
    const problems: string[] = [];
    // Each case gives every text field a different string; over all cases every field gets every string.
    const cases = [
      ...TEXTS.map((_, k) => fields.map((_f, j) => TEXTS[(k + 7 * j) % TEXTS.length])),
      ...LONG_UNITS.map((unit) => fields.map(([, f]) => long(f.max, unit))),
      fields.map(([, f]) => `  ${long(f.max - 4)}  `),
    ];
    let product = registerFor(name);
    for (const values of cases) {
      let input = example.input;
      fields.forEach(([path], j) => (input = withValue(input, path, values[j])));
      let outcome = attempt(product, name, input);
      problems.push(...outcome.problems);
      // A refused field must have had a reason to be refused; it gets its example value back and the call is retried.
      for (let tries = 0; !outcome.result.ok && tries < 3; tries++) {
        const refusedAt = outcome.result.errors.map((e) => ({ e, j: fields.findIndex(([path]) => path === e.field) }));
        for (const { e, j } of refusedAt) {
          if (j < 0) problems.push(`refused ${e.field} (not one of the text fields): ${e.message}`);
          else if (!mayRefuse(fields[j][1], values[j])) problems.push(`refused ${e.field} = ${show(values[j])}: ${e.message}`);
        }
        if (refusedAt.some(({ j }) => j < 0)) break;
        for (const { e, j } of refusedAt) {
          values[j] = String(valueAt(example.input, e.field));
          input = withValue(input, e.field, values[j]);
        }
        outcome = attempt(product, name, input);
        problems.push(...outcome.problems);
      }
      if (!outcome.result.ok) continue;
      fields.forEach(([path, f], j) => {
        const expected = f.trimmed ? values[j].trim() : values[j];
        const read = f.read(product, outcome.result.ok && outcome.result.data);
        if (read !== expected) problems.push(`${path} = ${show(values[j])} reads back as ${show(read)}`);
        if (f.cell && !sheetRows(product, f.cell[0]).some((r) => r[f.cell![1]] === expected)) {
          problems.push(`${path} = ${show(values[j])} is not in "${f.cell[0]}" › "${f.cell[1]}" as typed`);
        }
      });
      product = afterSuccess(product, name, outcome.result.data);
    }
    expect(problems).toEqual([]);
  });

  it.each(withText)('%s refuses text over its limit, naming each field', (name) => {
    const example = exampleFor(name);
    const fields = Object.entries(example.text!);
    let input = example.input;
    for (const [path, f] of fields) input = withValue(input, path, long(f.max + 1, 'é'));
    const { result, problems } = attempt(registerFor(name), name, input);
    expect(problems).toEqual([]);
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual(fields.map(([path]) => path).sort());
  });
});

describe('hostile text in every other string field is refused naming that field, or taken harmlessly', () => {
  const SAMPLE = [
    ...INJECTION.filter((_, i) => i % 3 === 0),
    ...MARKUP.slice(0, 2),
    UNICODE[0],
    UNICODE[6],
    UNICODE[10],
    ...BLANKS.slice(0, 2),
    long(20_000),
  ];

  it.each(NAMES)('%s', (name) => {
    const example = exampleFor(name);
    const strings = paths(example.input).filter((p) => typeof valueAt(example.input, p) === 'string' && !example.text?.[p]);
    let product = registerFor(name);
    const problems: string[] = [];
    for (const path of strings) {
      for (const value of SAMPLE) {
        const { result, problems: found } = attempt(product, name, withValue(example.input, path, value));
        problems.push(...found.map((p) => `${path} = ${show(value)}: ${p}`));
        if (!result.ok && !result.errors.some((e) => concerns(e.field, path))) {
          problems.push(`${path} = ${show(value)} refused for another field: ${JSON.stringify(result.errors)}`);
        }
        if (result.ok) product = afterSuccess(product, name, result.data);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('wrong types never throw and are refused naming the field', () => {
  it.each(NAMES)('%s', (name) => {
    const example = exampleFor(name);
    let product = registerFor(name);
    const problems: string[] = [];
    for (const path of paths(example.input)) {
      const current = valueAt(example.input, path);
      for (const value of [undefined, ...WRONG]) {
        const typeChanged = jsonType(value) !== jsonType(current);
        if (!typeChanged && typeof value !== 'string' && typeof value !== 'number') continue;
        const { result, problems: found } = attempt(product, name, withValue(example.input, path, value));
        problems.push(...found.map((p) => `${path} = ${show(value)}: ${p}`));
        // Another type must be refused at its own field; a wrong value of the right type may break a rule between fields.
        // A count typed as text ("12", as the sidebar may send "1.250") is the same count, not another type.
        const sameCount = typeof current === 'number' && value === '12';
        if (!result.ok && typeChanged && !sameCount && value !== undefined && !result.errors.some((e) => concerns(e.field, path))) {
          problems.push(`${path} = ${show(value)} refused for another field: ${JSON.stringify(result.errors)}`);
        }
        if (result.ok) product = afterSuccess(product, name, result.data);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(NAMES)('%s: a whole argument of another kind', (name) => {
    const example = exampleFor(name);
    const product = registerFor(name);
    const problems: string[] = [];
    for (const arg of [...WRONG_ARGUMENTS, {}]) {
      const { result, problems: found } = attempt(product, name, arg);
      problems.push(...found.map((p) => `${show(arg)}: ${p}`));
      const notObject = arg !== undefined && arg !== null && jsonType(arg) !== 'object';
      if (result.ok && notObject && !example.noInput) problems.push(`${show(arg)} was accepted`);
      if (!result.ok && notObject && !result.errors.some((e) => e.field === ''))
        problems.push(`${show(arg)}: ${JSON.stringify(result.errors)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('comment import', () => {
  const texts = [...TEXTS, long(2000, 'é🙏')];
  const events = texts.map((text, i) => ({
    timestamp: `2026-11-27T08:${String(10 + (i % 40)).padStart(2, '0')}:00+07:00`,
    type: i % 5 ? 'comment' : 'question',
    unique_id: i % 2 ? TEXTS[(i + 3) % TEXTS.length] : '',
    nickname: TEXTS[(i + 11) % TEXTS.length],
    text,
    msg_id: `m${i}`,
  }));
  const refused = ['', '  ', long(2001)].map((text, i) => ({
    timestamp: '2026-11-27T08:20:00+07:00',
    type: 'comment',
    unique_id: '',
    nickname: 'x',
    text,
    msg_id: `r${i}`,
  }));

  it.each(['jsonl', 'csv'] as const)('keeps every comment exactly as sent (%s), and says why a line was left out', (format) => {
    const product = registerFor('importComments');
    const all = [...events, ...refused];
    const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const content =
      format === 'jsonl'
        ? all.map((e) => JSON.stringify(e)).join('\n')
        : [
            'timestamp,type,unique_id,nickname,text,msg_id',
            ...all.map((e) => [e.timestamp, e.type, e.unique_id, e.nickname, e.text, e.msg_id].map(cell).join(',')),
          ].join('\r\n');
    const input = { episodeId: 'EP-001', content, format, commit: true };

    const preview = attempt(product, 'importComments', { ...input, commit: false });
    expect(preview.problems).toEqual([]);
    expect(writeCalls(product.callFromSidebar('importComments', { ...input, commit: false }).calls)).toEqual([]);

    const { result, problems } = attempt(product, 'importComments', input);
    expect(problems).toEqual([]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const data = result.data as { rejected: { line: number; reason: string }[]; added: { comments: number } };
    expect(data.added.comments).toBe(events.length);
    expect(data.rejected.map((r) => r.reason)).toEqual([
      'teks komentar kosong',
      'teks komentar kosong',
      'komentar lebih dari 2000 karakter',
    ]);

    const stored = sheetRows(product, 'Komentar').filter((r) => r['ID Episode'] === 'EP-001');
    expect(stored.map((r) => r.Komentar)).toEqual(events.map((e) => e.text));
    expect(stored.map((r) => r.Pengguna)).toEqual(events.map((e) => e.unique_id.trim().replace(/^@/, '')));
    expect(stored.map((r) => r['Nama Tampilan'])).toEqual(events.map((e) => e.nickname.trim()));
    const record = call<{ questions: { question: string; source: string }[] }>(product, 'getLiveRecord', { episodeId: 'EP-001' });
    if (!record.ok) throw new Error(JSON.stringify(record.errors));
    const imported = record.data.questions.filter((q) => q.source === 'impor').map((q) => q.question);
    expect(imported.length).toBeGreaterThanOrEqual(events.filter((e) => e.type === 'question').length);
    for (const q of imported) expect(texts).toContain(q);
  });

  it('takes pasted text as text', () => {
    const product = registerFor('importComments');
    const said = TEXTS.filter((t) => !/[\r\n\u2028\u2029]/.test(t) && t.trim() !== '' && !t.includes(':'));
    const content = said.map((t, i) => `08.${String(10 + (i % 40)).padStart(2, '0')} @warga${i}: ${t}`).join('\n');
    const { result, problems } = attempt(product, 'importComments', { episodeId: 'EP-001', content, format: 'text', commit: true });
    expect(problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(sheetRows(product, 'Komentar').map((r) => r.Komentar)).toEqual(said);
  });
});

/** `attempt` on a fresh register, with the service calls it made and the cells they moved. */
function measured(name: string, input: unknown) {
  const product = registerFor(name);
  const counted = tally(product);
  const outcome = attempt(product, name, input);
  counted.stop();
  const { calls, cellsRead, cellsWritten } = counted.result;
  return { ...outcome, cost: { calls: Object.values(calls).reduce((a, b) => a + b, 0), cellsRead, cellsWritten } };
}

describe('long lists', () => {
  // Service calls and cells, not time: how long the checks take is `npm run bench`'s to say.
  it.each(NAMES.filter((n) => paths(exampleFor(n).input).some((p) => Array.isArray(valueAt(exampleFor(n).input, p)))))(
    '%s answers a list of 20 000 items at once, at no more cost than the usual list',
    (name) => {
      const example = exampleFor(name);
      for (const path of paths(example.input).filter((p) => Array.isArray(valueAt(example.input, p)))) {
        const items = valueAt(example.input, path) as unknown[];
        const usual = measured(name, example.input).cost;
        const { result, problems, cost } = measured(name, withValue(example.input, path, Array(20_000).fill(items[0] ?? 'x')));
        expect(problems).toEqual([]);
        expect(cost.calls).toBeLessThanOrEqual(usual.calls);
        expect(cost.cellsRead).toBeLessThanOrEqual(usual.cellsRead);
        expect(cost.cellsWritten).toBeLessThanOrEqual(usual.cellsWritten);
        if (!result.ok) expect(result.errors.length).toBeLessThanOrEqual(20);
      }
    },
  );
});
