/**
 * Property tests on the sidebar API: random payloads (any JSON, objects with the function's own keys, and valid
 * inputs mutated) never throw out of a sidebar function, and a refused call never half-writes: every sheet's values
 * are the same after it, and it made no call that changes anything.
 */
import fc from 'fast-check';
import { snapshot } from '../calls';
import { exampleFor, sidebarFunctions } from '../fixtures/inputs';
import { afterSuccess, badRefusal, paths, registerFor, shapeOf, valueAt, withValue, writeCalls } from '../fixtures/world';
import { TEXTS, WRONG } from './corpus';

const NAMES = sidebarFunctions(registerFor());
/** Runs per function and kind of payload; an example's `runs` lowers it for slow functions. */
const RUNS = 40;

const values = (product: ReturnType<typeof registerFor>) => JSON.stringify(snapshot(product));

function holds(name: string, payloads: fc.Arbitrary<unknown>, runs: number): void {
  let product = registerFor(name);
  let before = values(product);
  fc.assert(
    fc.property(payloads, (payload) => {
      try {
        const { result: raw, calls } = product.callFromSidebar(name, payload);
        const result = shapeOf(raw);
        const writes = writeCalls(calls);
        if (!result.ok) {
          expect(result.errors.map(badRefusal).filter(Boolean)).toEqual([]);
          expect(writes).toEqual([]);
          expect(values(product)).toBe(before);
        } else if (writes.length) {
          product = afterSuccess(product, name, result.data);
          before = values(product);
        }
      } catch (error) {
        throw new Error(`${name}(${JSON.stringify(payload)?.slice(0, 400)}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
    { numRuns: runs },
  );
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const oddValue = fc.oneof(fc.constant(undefined), anyJson, fc.constantFrom(...TEXTS, ...WRONG));

/** Objects with the function's own keys (and some others), holding anything. */
function ownKeys(input: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = [...paths(input).filter((p) => !p.includes('.')), 'id', '__proto__', 'constructor'];
  return fc.oneof(anyJson, fc.dictionary(fc.constantFrom(...keys), oddValue, { maxKeys: 6 }));
}

/** The valid input with one to three of its values replaced, removed, or joined by a key it does not know. */
function mutated(input: Record<string, unknown>): fc.Arbitrary<unknown> {
  const targets = [...paths(input), 'extra'];
  return fc.array(fc.record({ path: fc.constantFrom(...targets), value: oddValue }), { minLength: 1, maxLength: 3 }).map((ops) =>
    ops.reduce<Record<string, unknown>>((acc, { path, value }) => {
      const parent = path.includes('.') ? valueAt(acc, path.slice(0, path.lastIndexOf('.'))) : acc;
      return parent && typeof parent === 'object' ? withValue(acc, path, value) : acc;
    }, input),
  );
}

describe.each(NAMES)('%s', (name) => {
  const example = exampleFor(name);
  const runs = example.noInput ? 5 : Math.min(example.runs ?? RUNS, RUNS);

  it('never throws on random payloads, and writes nothing when it refuses', () => {
    holds(name, ownKeys(example.input), runs);
  });

  it('never throws on mutations of a valid input, and writes nothing when it refuses', () => {
    holds(name, mutated(example.input), runs);
  });
});
