/**
 * One traversal of resource properties against the spec, shared by the
 * unknown-property, required-property and value-type checks so that they
 * agree on which spec type describes which value.
 */
import type { TJson, TJsonObject, TPath } from "../model.ts";
import { intrinsicName, isObject } from "../graph/references.ts";
import { isCustomType, isModuleType, isTransformed, resourceType, type TCheckContext } from "./context.ts";
import type { TPropertySpec, TSpec, TValueType } from "./spec.ts";

export interface TPropertyVisitor {
  /** An object value described by a named set of properties (the resource's Properties or a nested type). */
  object?(
    value: TJsonObject,
    properties: ReadonlyMap<string, TPropertySpec>,
    path: TPath,
    typeName: string,
  ): void;
  /** A literal string value of a property whose spec lists the allowed values. */
  enumValue?(value: string, allowed: readonly string[], path: TPath): void;
  /** A value none of whose accepted types fits. */
  mismatch?(value: TJson, types: readonly TValueType[], path: TPath): void;
}

const BOOLEAN_STRINGS = new Set(["true", "false", "True", "False"]);

/**
 * Whether a literal fits a type at its own level. Lenient the way
 * CloudFormation is: numbers and booleans are accepted for strings, numeric
 * strings for numbers, "true"/"false" for booleans.
 */
export function shallowMatches(value: TJson, type: TValueType, spec: TSpec): boolean {
  switch (type.kind) {
    case "any":
    case "json":
      return true;
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
    case "number":
    case "integer":
      return (
        typeof value === "number" ||
        (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
      );
    case "boolean":
      return typeof value === "boolean" || (typeof value === "string" && BOOLEAN_STRINGS.has(value));
    case "array":
      return Array.isArray(value);
    case "map":
      return isObject(value);
    case "object":
      return isObject(value) || spec.typeDefinition(type.ref) === undefined;
    case "union":
      return type.types.some((t) => shallowMatches(value, t, spec));
  }
}

/** The first accepted type that fits the value, unwrapping unions. */
function pickType(value: TJson, types: readonly TValueType[], spec: TSpec): TValueType | undefined {
  for (const t of types) {
    if (t.kind === "union") {
      const inner = pickType(value, t.types, spec);
      if (inner) return inner;
    } else if (shallowMatches(value, t, spec)) {
      return t;
    }
  }
  return undefined;
}

function walkValue(
  value: TJson,
  types: readonly TValueType[],
  path: TPath,
  spec: TSpec,
  v: TPropertyVisitor,
): void {
  if (intrinsicName(value) !== undefined) return;
  const type = pickType(value, types, spec);
  if (!type) {
    v.mismatch?.(value, types, path);
    return;
  }
  if (
    type.kind === "string" &&
    type.allowedValues &&
    (typeof value === "string" || typeof value === "number")
  ) {
    v.enumValue?.(String(value), type.allowedValues, path);
  } else if (type.kind === "array" && Array.isArray(value)) {
    value.forEach((item, i) => walkValue(item, [type.element], [...path, i], spec, v));
  } else if (type.kind === "map" && isObject(value)) {
    for (const [k, item] of Object.entries(value)) walkValue(item, [type.element], [...path, k], spec, v);
  } else if (type.kind === "object" && isObject(value)) {
    const def = spec.typeDefinition(type.ref);
    if (def) walkObject(value, def.properties, path, def.name, spec, v);
  }
}

function walkObject(
  value: TJsonObject,
  properties: ReadonlyMap<string, TPropertySpec>,
  path: TPath,
  typeName: string,
  spec: TSpec,
  v: TPropertyVisitor,
): void {
  v.object?.(value, properties, path, typeName);
  for (const [k, item] of Object.entries(value)) {
    const p = properties.get(k);
    if (p) walkValue(item, p.types, [...path, k], spec, v);
  }
}

/**
 * Walks the Properties of every resource whose type the spec knows and the
 * checks apply to. A Properties block that is itself an intrinsic (Fn::If
 * over two whole blocks) is left alone: its shape is only known per branch.
 */
export function walkResourceProperties(ctx: TCheckContext, v: TPropertyVisitor): void {
  for (const [name, resource] of ctx.resources) {
    const type = resourceType(resource);
    if (!type || isCustomType(type) || isModuleType(type) || isTransformed(ctx, type)) continue;
    const spec = ctx.spec.resource(type);
    if (!spec) continue;
    const props = resource.Properties;
    const path: TPath = ["Resources", name, "Properties"];
    if (props === undefined) {
      v.object?.({}, spec.properties, ["Resources", name], type);
    } else if (isObject(props) && intrinsicName(props) === undefined) {
      walkObject(props, spec.properties, path, type, ctx.spec, v);
    }
  }
}

/** Human name of a type for messages: "string", "list of string", "object (Tag)". */
export function describeType(type: TValueType, spec: TSpec): string {
  switch (type.kind) {
    case "array":
      return `list of ${describeType(type.element, spec)}`;
    case "map":
      return `map of ${describeType(type.element, spec)}`;
    case "object":
      return `object (${spec.typeDefinition(type.ref)?.name ?? "structure"})`;
    case "union":
      return type.types.map((t) => describeType(t, spec)).join(" or ");
    default:
      return type.kind;
  }
}
