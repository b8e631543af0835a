/** Properties the spec marks required must be present (an intrinsic value counts as present). */
import type { TCheck, TDraft } from "../context.ts";
import { walkResourceProperties } from "../property-walk.ts";

export const requiredProperties: TCheck = {
  id: "SV-E3003",
  cfnLintRule: "E3003",
  description: "Required resource properties are present",
  source:
    "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/cfn-schema-specification.md#required",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    walkResourceProperties(ctx, {
      object(value, properties, path, typeName) {
        for (const [key, p] of properties) {
          if (p.required && !Object.hasOwn(value, key))
            out.push({ path, message: `Missing required property '${key}' for ${typeName}` });
        }
      },
    });
    return out;
  },
};
