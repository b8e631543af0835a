/** Fn::If takes exactly [ConditionName, ValueIfTrue, ValueIfFalse]. */
import { isObject, visitIntrinsics } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

export const fnIfStructure: TCheck = {
  id: "SV-E1028",
  cfnLintRule: "E1028",
  description: "Fn::If has a condition name and exactly two values",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html#intrinsic-function-reference-conditions-if",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const section of ["Resources", "Outputs"] as const) {
      const s = ctx.body[section];
      if (!isObject(s)) continue;
      visitIntrinsics(s, [section], "Fn::If", (args, path) => {
        if (!Array.isArray(args) || args.length !== 3) {
          out.push({ path, message: "Fn::If takes [ConditionName, ValueIfTrue, ValueIfFalse]" });
        } else if (typeof args[0] !== "string") {
          out.push({
            path: [...path, "Fn::If", 0],
            message: "The first argument of Fn::If must be a condition name",
          });
        }
      });
    }
    return out;
  },
};
