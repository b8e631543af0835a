/**
 * Just enough evaluation of intrinsics to price a template: Ref to parameter
 * values or defaults, FindInMap, Select, If over simple conditions. Anything
 * else is "unknown", which the estimator reports instead of guessing.
 */
import type { TJson, TJsonObject } from "../model.ts";
import { intrinsicName, isObject, own } from "../graph/references.ts";

export interface TResolveEnv {
  values: Readonly<Record<string, TJson>>;
  parameters: TJsonObject;
  mappings: TJsonObject;
  conditions: TJsonObject;
  resources: TJsonObject;
  region: string;
}

export function envOf(
  body: TJsonObject,
  values: Readonly<Record<string, TJson>>,
  region: string,
): TResolveEnv {
  const obj = (v: TJson | undefined): TJsonObject => (isObject(v) ? v : {});
  return {
    values,
    parameters: obj(body.Parameters),
    mappings: obj(body.Mappings),
    conditions: obj(body.Conditions),
    resources: obj(body.Resources),
    region,
  };
}

function refValue(name: string, env: TResolveEnv): TJson | undefined {
  if (name === "AWS::Region") return env.region;
  if (Object.hasOwn(env.values, name)) return env.values[name];
  const p = own(env.parameters, name);
  return isObject(p) ? p.Default : undefined;
}

/** The literal a value stands for, or undefined when it depends on something only known at deploy time. */
export function resolveValue(value: TJson | undefined, env: TResolveEnv, depth = 0): TJson | undefined {
  if (depth > 20) return undefined;
  const fn = intrinsicName(value);
  if (!fn || !isObject(value)) return value;
  const args = value[fn];
  const r = (v: TJson | undefined): TJson | undefined => resolveValue(v, env, depth + 1);
  if (fn === "Ref") return typeof args === "string" ? refValue(args, env) : undefined;
  if (!Array.isArray(args)) return undefined;
  if (fn === "Fn::FindInMap") {
    const [m, k1, k2] = args.map(r);
    const map = typeof m === "string" ? own(env.mappings, m) : undefined;
    const level = isObject(map) && typeof k1 === "string" ? own(map, k1) : undefined;
    return isObject(level) && typeof k2 === "string" ? own(level, k2) : undefined;
  }
  if (fn === "Fn::Select") {
    const index = Number(r(args[0]));
    const list = r(args[1]);
    return Array.isArray(list) ? r(list[index]) : undefined;
  }
  if (fn === "Fn::If") {
    const holds = typeof args[0] === "string" ? evaluateCondition(args[0], env, depth + 1) : undefined;
    return holds === undefined ? undefined : r(holds ? args[1] : args[2]);
  }
  return undefined;
}

function scalarText(v: TJson | undefined): string | undefined {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

function evaluateExpression(expr: TJson | undefined, env: TResolveEnv, depth: number): boolean | undefined {
  if (depth > 20 || !isObject(expr)) return undefined;
  if (typeof expr.Condition === "string" && Object.keys(expr).length === 1)
    return evaluateCondition(expr.Condition, env, depth + 1);
  const fn = intrinsicName(expr);
  const args = fn ? expr[fn] : undefined;
  if (!Array.isArray(args)) return undefined;
  const sub = args.map((a) => evaluateExpression(a, env, depth + 1));
  switch (fn) {
    case "Fn::Equals": {
      const [a, b] = args.map((x) => scalarText(resolveValue(x, env, depth + 1)));
      return a === undefined || b === undefined ? undefined : a === b;
    }
    case "Fn::Not":
      return sub[0] === undefined ? undefined : !sub[0];
    case "Fn::And":
      return sub.includes(false) ? false : sub.includes(undefined) ? undefined : true;
    case "Fn::Or":
      return sub.includes(true) ? true : sub.includes(undefined) ? undefined : false;
    default:
      return undefined;
  }
}

/** Whether a named condition holds for these values; undefined when it cannot be told. */
export function evaluateCondition(name: string, env: TResolveEnv, depth = 0): boolean | undefined {
  return evaluateExpression(own(env.conditions, name), env, depth);
}

export function resolveNumber(value: TJson | undefined, env: TResolveEnv): number | undefined {
  const v = resolveValue(value, env);
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function resolveString(value: TJson | undefined, env: TResolveEnv): string | undefined {
  const v = resolveValue(value, env);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
}

export function resolveBoolean(value: TJson | undefined, env: TResolveEnv): boolean | undefined {
  const v = resolveValue(value, env);
  if (typeof v === "boolean") return v;
  if (typeof v === "string" && /^(true|false)$/i.test(v)) return v.toLowerCase() === "true";
  return undefined;
}

/** The resource a `{ Ref: X }` (or `!GetAtt X.Y`) points to, when it is in this template. */
export function referencedResource(value: TJson | undefined, env: TResolveEnv): TJsonObject | undefined {
  if (!isObject(value)) return undefined;
  const name =
    typeof value.Ref === "string"
      ? value.Ref
      : Array.isArray(value["Fn::GetAtt"])
        ? value["Fn::GetAtt"][0]
        : undefined;
  const r = typeof name === "string" ? own(env.resources, name) : undefined;
  return isObject(r) ? r : undefined;
}
