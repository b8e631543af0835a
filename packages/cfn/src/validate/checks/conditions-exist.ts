/** Condition names used by resources, outputs, Fn::If and other conditions must be declared. */
import { isObject, visitIntrinsics } from "../../graph/references.ts";
import type { TJson, TPath } from "../../model.ts";
import type { TCheck, TDraft } from "../context.ts";

/** `{ "Condition": "Name" }` inside a condition expression refers to another condition. */
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

export const conditionsExist: TCheck = {
  id: "SV-E8002",
  cfnLintRule: "E8002",
  description: "Referenced conditions are declared in the Conditions section",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    const check = (name: TJson | undefined, path: TPath, where: string): void => {
      if (typeof name === "string" && !ctx.conditionNames.has(name)) {
        out.push({ path, message: `Condition '${name}' used by ${where} is not declared` });
      }
    };
    for (const section of ["Resources", "Outputs"] as const) {
      const s = ctx.body[section];
      if (!isObject(s)) continue;
      for (const [name, v] of Object.entries(s)) {
        if (!isObject(v)) continue;
        check(v.Condition, [section, name, "Condition"], name);
        visitIntrinsics(v, [section, name], "Fn::If", (args, path) => {
          if (Array.isArray(args)) check(args[0], [...path, "Fn::If", 0], "Fn::If");
        });
      }
    }
    const conditions = ctx.body.Conditions;
    if (isObject(conditions)) {
      for (const [name, v] of Object.entries(conditions)) {
        visitConditionRefs(v, ["Conditions", name], (ref, path) => check(ref, path, `condition '${name}'`));
      }
    }
    return out;
  },
};
