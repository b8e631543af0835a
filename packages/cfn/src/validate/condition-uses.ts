/**
 * Every place a condition name is used: a resource's or output's Condition,
 * the first argument of Fn::If, and `{ Condition: Name }` inside another
 * condition. Shared by the "declared" and "used" checks so they agree.
 */
import { isObject, visitIntrinsics } from "../graph/references.ts";
import type { TJson, TPath } from "../model.ts";
import type { TCheckContext } from "./context.ts";

export interface TConditionUse {
  name: string;
  path: TPath;
  /** Who uses it, for messages: a logical id, "Fn::If" or "condition 'X'". */
  by: string;
}

function visitConditionRefs(
  value: TJson | undefined,
  path: TPath,
  visit: (name: string, path: TPath) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => visitConditionRefs(v, [...path, i], visit));
  } else if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "Condition" && typeof value.Condition === "string")
      visit(value.Condition, path);
    else for (const [k, v] of Object.entries(value)) visitConditionRefs(v, [...path, k], visit);
  }
}

export function conditionUses(ctx: TCheckContext): TConditionUse[] {
  const uses: TConditionUse[] = [];
  for (const section of ["Resources", "Outputs"] as const) {
    const s = ctx.body[section];
    if (!isObject(s)) continue;
    for (const [name, v] of Object.entries(s)) {
      if (!isObject(v)) continue;
      if (typeof v.Condition === "string")
        uses.push({ name: v.Condition, path: [section, name, "Condition"], by: name });
      visitIntrinsics(v, [section, name], "Fn::If", (args, path) => {
        if (Array.isArray(args) && typeof args[0] === "string")
          uses.push({ name: args[0], path: [...path, "Fn::If", 0], by: "Fn::If" });
      });
    }
  }
  const conditions = ctx.body.Conditions;
  if (isObject(conditions)) {
    for (const [name, v] of Object.entries(conditions)) {
      visitConditionRefs(v, ["Conditions", name], (ref, path) =>
        uses.push({ name: ref, path, by: `condition '${name}'` }),
      );
    }
  }
  return uses;
}
