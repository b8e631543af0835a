import superjson from "superjson";

/**
 * True when `value` is plain JSON that superjson would pass through
 * untouched: null, booleans, strings, finite numbers other than -0, arrays
 * without holes and plain objects without `undefined` values (nor keys
 * superjson guards, such as `__proto__`). Anything else
 * (Date, Map, Set, BigInt, NaN, ±Infinity, -0, undefined, class instances)
 * needs superjson's type annotations.
 */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object") return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || !isPlainJson(value[i])) return false;
    }
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    // superjson decides about these (it refuses `__proto__` as a pollution risk).
    if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
    if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * superjson on the wire, without its cost where it adds nothing. superjson
 * walks and annotates every value; for a large answer that is plain JSON
 * (a 12,000-resource template's preview: 2.6 MB) that walk held the event
 * loop for 260-470 ms, and every other request with it. A plain answer is
 * sent as `{ json }`, exactly what superjson writes for it, so clients
 * deserialize it with superjson unchanged.
 */
export const transformer = {
  serialize(value: unknown): ReturnType<typeof superjson.serialize> {
    return isPlainJson(value) ? { json: value as never } : superjson.serialize(value);
  },
  deserialize: superjson.deserialize.bind(superjson),
};
