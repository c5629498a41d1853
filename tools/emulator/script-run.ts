/**
 * The arguments google.script.run accepts, by Google's "legal parameters" rule
 * (developers.google.com/apps-script/guides/html/reference/run): primitives, null, and arrays and
 * objects made of them. A Date, a function or a DOM node anywhere inside fails with the TypeError
 * Google's client throws before sending anything ("Failed due to illegal value in property: …"), a
 * circular object with "Failed due to circular reference."; `undefined` in an array becomes null
 * and an undefined field is dropped. The sidebar shim checks arguments with it in the browser; on
 * the server the harness applies the same rule again, and to return values.
 */
export function transfer(value: unknown, property = '0', ancestors: object[] = []): unknown {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return value;
  if (typeof value !== 'object') throw illegal(property);
  const obj = value as object;
  const isArray = Array.isArray(obj);
  // The tag, not instanceof: Date, Map, DOM nodes and so on, from any realm.
  if (!isArray && Object.prototype.toString.call(obj) !== '[object Object]') throw illegal(property);
  if (ancestors.includes(obj)) throw new TypeError('Failed due to circular reference.');
  const path = [...ancestors, obj];
  if (isArray) return (obj as unknown[]).map((item, i) => transfer(item, String(i), path) ?? null);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(obj)) {
    const moved = transfer(item, key, path);
    if (moved !== undefined) copy[key] = moved;
  }
  return copy;
}

function illegal(property: string): TypeError {
  return new TypeError(`Failed due to illegal value in property: ${property}`);
}

/** Return values pass under the same rule; one that breaks it (a Date anywhere, say) reaches the client as null. */
export function returned(value: unknown): unknown {
  try {
    const t = transfer(value);
    return t === undefined ? undefined : JSON.parse(JSON.stringify(t));
  } catch {
    return null;
  }
}
