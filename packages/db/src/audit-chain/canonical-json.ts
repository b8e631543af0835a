/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace, numbers
 * and strings written as JSON.stringify writes them (the scheme of RFC 8785):
 * one value has exactly one encoding, so its hash does not depend on key order
 * or on how PostgreSQL's jsonb happened to store it.
 *
 * Takes what JSON.parse returns. Values JSON cannot hold are refused rather
 * than silently dropped, because a hash over a lossy encoding proves nothing.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON encoding`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && isPlainObject(value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON encoding; normalise it first`);
}

/**
 * What a value becomes once stored as jsonb and read back: dates as ISO
 * strings, undefined properties gone. Hash this, not the caller's object.
 */
export function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
