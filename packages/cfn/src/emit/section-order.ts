import type { TJson, TJsonObject } from "../model.ts";
import { setOwn } from "../parse/set-own.ts";

/** Top-level sections in the order CloudFormation's documentation and most authors use. */
export const SECTION_ORDER = [
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Transform",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Resources",
  "Outputs",
] as const;

/** Resource attributes a reviewer reads first; the rest (policies, metadata) keep their order after these. */
export const RESOURCE_KEY_ORDER = ["Type", "Condition", "DependsOn", "Properties"] as const;

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keys such as `"0"`, which a JavaScript object always lists first, in ascending order. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * The keys of `object`: the `first` ones (when present) in that order, then
 * the others in insertion order; as in any JavaScript object, array-index
 * keys (`"0"`, `"12"`) come before all of them.
 */
export function keysFirst(object: TJsonObject, first: readonly string[]): string[] {
  const all = Object.keys(object);
  const keys = all.filter(isArrayIndex);
  for (const key of first) {
    if (Object.prototype.hasOwnProperty.call(object, key)) keys.push(key);
  }
  for (const key of all) {
    if (!first.includes(key) && !isArrayIndex(key)) keys.push(key);
  }
  return keys;
}

/** A copy of `object` with its keys in the order {@link keysFirst} gives. */
export function withKeysFirst(object: TJsonObject, first: readonly string[]): TJsonObject {
  const result: TJsonObject = {};
  for (const key of keysFirst(object, first)) setOwn(result, key, object[key] as TJson);
  return result;
}

/**
 * The body with CloudFormation's section order and each resource's key
 * order, so emitted templates read the same way whatever order the author or
 * a render step produced. Nothing else is reordered.
 */
export function orderTemplate(body: TJsonObject): TJsonObject {
  const ordered = withKeysFirst(body, SECTION_ORDER);
  const resources = ordered["Resources"];
  if (isObject(resources)) {
    const sorted: TJsonObject = {};
    for (const [name, resource] of Object.entries(resources)) {
      setOwn(sorted, name, isObject(resource) ? withKeysFirst(resource, RESOURCE_KEY_ORDER) : resource);
    }
    ordered["Resources"] = sorted;
  }
  return ordered;
}
