/** Every property name, at every depth, must exist in the spec for its type. */
import { isTransformKey, type TCheck, type TDraft } from "../context.ts";
import { walkResourceProperties } from "../property-walk.ts";

export const unknownProperties: TCheck = {
  id: "SV-E3002",
  cfnLintRule: "E3002",
  description: "Resource properties exist in the AWS resource specification",
  source:
    "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/cfn-schema-specification.md#properties",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    walkResourceProperties(ctx, {
      object(value, properties, path, typeName) {
        for (const key of Object.keys(value)) {
          if (!properties.has(key) && !isTransformKey(key))
            out.push({ path: [...path, key], message: `Unknown property '${key}' for ${typeName}` });
        }
      },
    });
    return out;
  },
};
