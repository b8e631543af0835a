import type { TJson } from "../model.ts";

/**
 * Structural equality of JSON values, ignoring key order: two templates that
 * differ only in formatting or key order deploy identically.
 */
export function jsonEqual(a: TJson | undefined, b: TJson | undefined): boolean {
  if (a === b) return true;
  if (
    a === null ||
    b === null ||
    a === undefined ||
    b === undefined ||
    typeof a !== "object" ||
    typeof b !== "object"
  )
    return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/** Whether a value contains any intrinsic function, i.e. is only known at deploy time. */
export function containsIntrinsic(value: TJson | undefined): boolean {
  if (Array.isArray(value)) return value.some(containsIntrinsic);
  if (value === null || typeof value !== "object") return false;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === "Ref" || (keys[0] as string).startsWith("Fn::"))) return true;
  return Object.values(value).some(containsIntrinsic);
}
