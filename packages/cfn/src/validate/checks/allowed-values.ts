/**
 * Literal values of properties whose spec lists the allowed values must be
 * one of them. Compared without regard to case: the spec's lists are not
 * consistent about case and some services accept either, so only values
 * that match nothing at all are reported.
 */
import type { TCheck, TDraft } from "../context.ts";
import { walkResourceProperties } from "../property-walk.ts";

/** The longest lists are not worth printing in full. */
function shown(allowed: readonly string[]): string {
  return allowed.length <= 12
    ? allowed.join(", ")
    : `${allowed.slice(0, 12).join(", ")}, … (${allowed.length} values)`;
}

export const allowedValues: TCheck = {
  id: "SV-E3030",
  cfnLintRule: "E3030",
  description: "Property values are among the values the specification allows",
  source: "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/cfn-schema-specification.md#enum",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    walkResourceProperties(ctx, {
      enumValue(value, allowed, path) {
        const lower = value.toLowerCase();
        if (allowed.some((a) => a.toLowerCase() === lower)) return;
        out.push({
          path,
          message: `'${value}' is not an allowed value of ${path.slice(3).join(".")}: ${shown(allowed)}`,
        });
      },
    });
    return out;
  },
};
