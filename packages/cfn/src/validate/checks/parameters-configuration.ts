/** Parameters are mappings with a Type and only the documented keys, with constraints of the right shape. */
import { isObject } from "../../graph/references.ts";
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

const NUMERIC_KEYS = ["MaxLength", "MaxValue", "MinLength", "MinValue"] as const;

function isNumeric(v: unknown): boolean {
  return typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)));
}

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
      const path = ["Parameters", name];
      if (!isObject(p)) {
        out.push({ path, message: `Parameter '${name}' must be a mapping with a Type` });
        continue;
      }
      if (p.Type === undefined) out.push({ path, message: `Parameter '${name}' has no Type` });
      for (const key of Object.keys(p)) {
        if (!KEYS.has(key))
          out.push({ path: [...path, key], message: `Unknown key '${key}' in parameter '${name}'` });
      }
      for (const key of NUMERIC_KEYS) {
        if (p[key] !== undefined && !isNumeric(p[key]))
          out.push({ path: [...path, key], message: `${key} of '${name}' must be a number` });
      }
      if (p.AllowedValues !== undefined && !Array.isArray(p.AllowedValues)) {
        out.push({ path: [...path, "AllowedValues"], message: `AllowedValues of '${name}' must be a list` });
      }
      if (p.AllowedPattern !== undefined && typeof p.AllowedPattern !== "string") {
        out.push({
          path: [...path, "AllowedPattern"],
          message: `AllowedPattern of '${name}' must be a string`,
        });
      }
    }
    return out;
  },
};
