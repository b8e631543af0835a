/** Parameters are mappings with a Type and only the documented keys, with constraints of the right shape. */
import { isObject } from "../../graph/references.ts";
import { parameterShapeProblems } from "../../parameters/parameter-shape.ts";
import type { TCheck, TDraft } from "../context.ts";

const KEYS = new Set([
  "Type",
  "Default",
  "AllowedValues",
  "AllowedPattern",
  "ConstraintDescription",
  "Description",
  "MaxLength",
  "MaxValue",
  "MinLength",
  "MinValue",
  "NoEcho",
]);

export const parametersConfiguration: TCheck = {
  id: "SV-E2001",
  cfnLintRule: "E2001",
  description: "Parameters have a Type and only valid, well-formed keys",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    const section = ctx.body.Parameters;
    if (!isObject(section)) return out;
    for (const [name, p] of Object.entries(section)) {
      out.push(...parameterShapeProblems(name, p));
      if (!isObject(p)) continue;
      for (const key of Object.keys(p)) {
        if (!KEYS.has(key))
          out.push({
            path: ["Parameters", name, key],
            message: `Unknown key '${key}' in parameter '${name}'`,
          });
      }
    }
    return out;
  },
};
