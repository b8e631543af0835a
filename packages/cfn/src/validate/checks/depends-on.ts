/** DependsOn lists resources of this template, never the resource itself. */
import { type TCheck, type TDraft } from "../context.ts";

export const dependsOnTargets: TCheck = {
  id: "SV-E3005",
  cfnLintRule: "E3005",
  description: "DependsOn names other resources of the template",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html",
  severity: "error",
  run(ctx) {
    const out: TDraft[] = [];
    for (const [name, resource] of ctx.resources) {
      const d = resource.DependsOn;
      if (d === undefined) continue;
      const items = Array.isArray(d)
        ? d.map((v, i) => ({ v, path: ["Resources", name, "DependsOn", i] }))
        : [{ v: d, path: ["Resources", name, "DependsOn"] }];
      for (const { v, path } of items) {
        if (typeof v !== "string")
          out.push({ path, message: `DependsOn of '${name}' must be resource names` });
        else if (v === name) out.push({ path, message: `'${name}' depends on itself` });
        else if (!ctx.resources.has(v))
          out.push({
            path,
            message: `'${name}' depends on '${v}', which is not a resource in this template`,
          });
      }
    }
    return out;
  },
};
