import type { TJson, TJsonObject } from "../model.ts";
import { CONDITION_LIST_KEYS, TAG_FOR_KEY } from "../parse/intrinsic-tags.ts";

/**
 * How an intrinsic is written in YAML. One decision for every emitter, so the
 * bytes cannot depend on which one wrote them.
 *
 * - `scalar`: `!Ref Name`, `!GetAtt A.B`; `dotted` for a `!GetAtt A.B` joined from its list, written as
 *   given (never forced into quotes).
 * - `seq`: `!Join [",", [a, b]]`-style lists; `flow` for short scalar lists on one line;
 *   `conditionItems` when `{ "Condition": name }` items are written `!Condition name`.
 * - `map`: `!Transform { Name: … }`.
 */
export type TShortForm =
  | { kind: "scalar"; tag: string; text: string; dotted: boolean }
  | { kind: "seq"; tag: string; items: TJson[]; flow: boolean; conditionItems: boolean }
  | { kind: "map"; tag: string; key: string; object: TJsonObject };

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Short scalar lists read best on one line, `!GetAtt [A, B]`; anything multi-line stays block style. */
function isFlowFriendly(item: TJson): boolean {
  if (typeof item === "string") return !/[\n\r]/.test(item) && item.length <= 80;
  return item === null || typeof item === "number" || typeof item === "boolean";
}

/** `{ "Condition": name }` inside `Fn::And`/`Or`/`Not`: written `!Condition name`. */
export function conditionItemName(value: TJsonObject): string | undefined {
  const name = value["Condition"];
  return typeof name === "string" && Object.keys(value).length === 1 ? name : undefined;
}

/**
 * The short form for a single-key object whose key has one, e.g.
 * `{ "Fn::Sub": "..." }`, or undefined where only the long form reads back
 * identically: a tagged scalar is always read as a string, so a numeric or
 * boolean argument keeps `Fn::X:` spelled out, and a dotted `!GetAtt` is
 * only used when splitting at the first dot gives the same list.
 */
export function shortFormOf(value: TJsonObject): TShortForm | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const tag = TAG_FOR_KEY.get(key);
  if (!tag || key === "Condition") return undefined;
  const argument = value[key] as TJson;
  if (key === "Fn::GetAtt") {
    if (typeof argument === "string")
      return argument.includes(".") ? undefined : { kind: "scalar", tag, text: argument, dotted: false };
    if (
      Array.isArray(argument) &&
      argument.length === 2 &&
      typeof argument[0] === "string" &&
      typeof argument[1] === "string" &&
      !argument[0].includes(".")
    ) {
      return { kind: "scalar", tag, text: `${argument[0]}.${argument[1]}`, dotted: true };
    }
  }
  if (typeof argument === "string") return { kind: "scalar", tag, text: argument, dotted: false };
  if (Array.isArray(argument)) {
    return {
      kind: "seq",
      tag,
      items: argument,
      flow: argument.every((item) => isFlowFriendly(item)),
      conditionItems: CONDITION_LIST_KEYS.has(key),
    };
  }
  // A mapping argument that is itself an intrinsic in short form cannot carry a second tag.
  if (isObject(argument) && shortFormOf(argument) === undefined)
    return { kind: "map", tag, key, object: argument };
  return undefined;
}
