/** Literal values must fit the property's type: string, number, boolean, list, map or object. */
import type { TCheck, TDraft } from "../context.ts";
import { describeType, walkResourceProperties } from "../property-walk.ts";

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

export const propertyTypes: TCheck = {
  id: "SV-E3012",
  cfnLintRule: "E3012",
  description: "Resource property values have the type the specification declares",
  source: "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/cfn-schema-specification.md#type",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    walkResourceProperties(ctx, {
      mismatch(value, types, path) {
        const expected = types[0] ? describeType(types[0], ctx.spec) : "a value";
        out.push({
          path,
          message: `Expected ${expected} at ${path.slice(3).join(".") || "Properties"}, got ${describeValue(value)}`,
        });
      },
    });
    return out;
  },
};
