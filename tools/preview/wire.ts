/**
 * What google.script.run carries between the sidebar and the server, by Google's "legal
 * parameters" rule (developers.google.com/apps-script/guides/html/reference/run): primitives, null,
 * and arrays and objects made of them. A Date, a function or a DOM node anywhere inside fails with
 * the TypeError Apps Script's client throws ("Failed due to illegal value in property: …"), a
 * circular object with "Failed due to circular reference.", and `undefined` inside an array becomes
 * null. Return values follow the same rule. Used by the sidebar shim (arguments) and the preview
 * server (return values), so it works on values of any realm (the bundle runs in a vm context).
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
