/** Registry modules expand to resources that cannot be seen from the template, so they are not checked. */
import { isModuleType, resourceType, type TCheck, type TDraft } from "../context.ts";

export const moduleType: TCheck = {
  id: "SV-W3006",
  cfnLintRule: "E3006",
  description: "Resource is a third-party module whose contents are not checked",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/modules.html",
  severity: "warning",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, resource] of ctx.resources) {
      const type = resourceType(resource);
      if (type && isModuleType(type)) {
        out.push({
          path: ["Resources", name, "Type"],
          message: `'${name}' uses module '${type}'; its resources are not checked`,
        });
      }
    }
    return out;
  },
};
