/** Resource types must exist in the AWS resource specification (custom and SAM types aside). */
import {
  isCustomType,
  isModuleType,
  isTransformed,
  resourceType,
  type TCheck,
  type TDraft,
} from "../context.ts";

export const resourceTypeExists: TCheck = {
  id: "SV-E3006",
  cfnLintRule: "E3006",
  description: "Resource type exists in the AWS resource specification",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, resource] of ctx.resources) {
      const type = resourceType(resource);
      if (!type || isCustomType(type) || isModuleType(type) || isTransformed(ctx, type)) continue;
      if (!ctx.spec.resource(type))
        out.push({
          path: ["Resources", name, "Type"],
          message: `Unknown resource type '${type}' for '${name}'`,
        });
    }
    return out;
  },
};
