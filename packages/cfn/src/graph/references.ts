/**
 * Finding the references a template makes between its parts (Ref, GetAtt,
 * Sub variables, condition names, FindInMap lookups). Shared by the
 * validator, the resource graph and the diff, so that all three agree on
 * what depends on what.
 */
import type { TJson, TJsonObject, TPath } from "../model.ts";

export type TReferenceKind = "ref" | "getatt" | "sub";

export interface TReference {
  kind: TReferenceKind;
  /** Logical name referenced: a parameter, resource, pseudo parameter or Sub variable. */
  target: string;
  /** For GetAtt and `${X.Attr}`: the attribute; undefined when it is computed (`!GetAtt [X, !Ref P]`). */
  attribute?: string;
  /** True when the GetAtt attribute is an intrinsic rather than a literal. */
  dynamicAttribute?: boolean;
  /** Path of the intrinsic object in the template. */
  path: TPath;
  /** For Sub variables: names defined by the Sub's own variable map, which shadow everything else. */
  localNames?: ReadonlySet<string>;
}

export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix",
]);

/**
 * `record[key]` only when it is the record's own property. Template keys are
 * user data: a resource named `constructor` or `toString` must not find
 * Object.prototype's members.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The function name when `value` is an intrinsic call (`{ "Ref": … }` or
 * `{ "Fn::X": … }` as the only key). Intrinsics may stand wherever a value
 * may, so every structural check has to recognise them first.
 */
export function intrinsicName(value: TJson | undefined): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === "Ref" || key.startsWith("Fn::") ? key : undefined;
}

/**
 * Variables of a Fn::Sub string, skipping `${!Literal}` escapes, which
 * CloudFormation emits verbatim.
 */
export function subVariables(text: string): string[] {
  const out: string[] = [];
  const pattern = /\$\{([^}]*)\}/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const inner = (m[1] ?? "").trim();
    if (inner.startsWith("!") || inner === "") continue;
    out.push(inner);
  }
  return out;
}

/** Splits `Res.Attr.Sub` into the logical name and the (possibly dotted) attribute. */
function splitDotted(text: string): { target: string; attribute?: string } {
  const dot = text.indexOf(".");
  return dot < 0 ? { target: text } : { target: text.slice(0, dot), attribute: text.slice(dot + 1) };
}

function getAttReference(args: TJson, path: TPath): TReference | undefined {
  if (typeof args === "string") {
    const { target, attribute } = splitDotted(args);
    return { kind: "getatt", target, attribute, path };
  }
  if (Array.isArray(args) && typeof args[0] === "string") {
    const attr = args[1];
    if (typeof attr === "string") return { kind: "getatt", target: args[0], attribute: attr, path };
    return { kind: "getatt", target: args[0], dynamicAttribute: true, path };
  }
  return undefined;
}

function subReferences(args: TJson, path: TPath, out: TReference[]): void {
  let text: TJson | undefined = args;
  let locals: ReadonlySet<string> = new Set();
  if (Array.isArray(args)) {
    text = args[0];
    const vars = args[1];
    if (isObject(vars)) {
      locals = new Set(Object.keys(vars));
      for (const [k, v] of Object.entries(vars)) collectReferences(v, [...path, "Fn::Sub", 1, k], out);
    }
  }
  if (typeof text !== "string") return;
  for (const name of subVariables(text)) {
    if (locals.has(name)) continue;
    const { target, attribute } = splitDotted(name);
    out.push({ kind: "sub", target, attribute, path, localNames: locals });
  }
}

/**
 * Every Ref, GetAtt and Sub reference under `value`, in document order.
 * `path` is where `value` sits; each reference carries the path of its
 * intrinsic object, which is where a finding about it should point.
 */
export function collectReferences(
  value: TJson | undefined,
  path: TPath,
  out: TReference[] = [],
): TReference[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectReferences(item, [...path, i], out));
    return out;
  }
  if (!isObject(value)) return out;
  const fn = intrinsicName(value);
  if (fn === "Ref") {
    const target = value.Ref;
    if (typeof target === "string") out.push({ kind: "ref", target, path });
    else collectReferences(target, [...path, "Ref"], out);
    return out;
  }
  if (fn === "Fn::GetAtt") {
    const args = value["Fn::GetAtt"] as TJson;
    const ref = getAttReference(args, path);
    if (ref) out.push(ref);
    if (Array.isArray(args)) collectReferences(args.slice(1), [...path, "Fn::GetAtt"], out);
    return out;
  }
  if (fn === "Fn::Sub") {
    subReferences(value["Fn::Sub"] as TJson, path, out);
    return out;
  }
  for (const [k, v] of Object.entries(value)) collectReferences(v, [...path, k], out);
  return out;
}

/** Calls `visit` for every intrinsic call named `name` under `value` (e.g. all Fn::If or Fn::FindInMap). */
export function visitIntrinsics(
  value: TJson | undefined,
  path: TPath,
  name: string,
  visit: (args: TJson, path: TPath) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visitIntrinsics(item, [...path, i], name, visit));
    return;
  }
  if (!isObject(value)) return;
  if (intrinsicName(value) === name) visit(value[name] as TJson, path);
  for (const [k, v] of Object.entries(value)) visitIntrinsics(v, [...path, k], name, visit);
}

/** DependsOn as a list of names, whatever literal form it was written in. */
export function dependsOnTargets(resource: TJsonObject): string[] {
  const d = resource.DependsOn;
  if (typeof d === "string") return [d];
  if (Array.isArray(d)) return d.filter((x): x is string => typeof x === "string");
  return [];
}
