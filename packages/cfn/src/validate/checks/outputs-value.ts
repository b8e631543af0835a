/** Every output has a Value. */
import { isObject } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

export const outputsValue: TCheck = {
  id: "SV-E6002",
  cfnLintRule: "E6002",
  description: "Outputs have a Value",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, output] of ctx.outputs) {
      if (isObject(output) && output.Value === undefined)
        out.push({ path: ["Outputs", name], message: `Output '${name}' has no Value` });
    }
    return out;
  },
};
