/** Output values are strings: a literal list or mapping is rejected by CloudFormation. */
import { intrinsicName, isObject } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

export const outputsValueType: TCheck = {
  id: "SV-E6101",
  cfnLintRule: "E6101",
  description: "Output values are strings or intrinsic functions, not literal lists or mappings",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, output] of ctx.outputs) {
      if (!isObject(output)) continue;
      const value = output.Value;
      if (Array.isArray(value) || (isObject(value) && intrinsicName(value) === undefined)) {
        out.push({
          path: ["Outputs", name, "Value"],
          message: `Value of output '${name}' must be a string, not ${Array.isArray(value) ? "a list" : "a mapping"}`,
        });
      }
    }
    return out;
  },
};
