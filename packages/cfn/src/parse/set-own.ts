import type { TJson, TJsonObject } from "../model.ts";

/**
 * Assigns a key as an own data property. Plain assignment of `__proto__`
 * would change the object's prototype instead of storing the template key.
 */
export function setOwn(target: TJsonObject, key: string, value: TJson): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
