/**
 * A DependsOn on a resource the same resource already Refs or GetAtts is
 * redundant: CloudFormation infers that order. Worth a warning because a
 * later edit that removes the reference keeps an order nobody meant.
 */
import { dependsOnTargets } from "../../graph/references.ts";
import type { TCheck, TDraft } from "../context.ts";

export const dependsOnObsolete: TCheck = {
  id: "SV-W3005",
  cfnLintRule: "W3005",
  description: "DependsOn does not repeat a dependency a Ref, GetAtt or Sub already creates",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html",
  severity: "warning",
  run(ctx) {
    const referenced = new Map<string, Set<string>>();
    for (const ref of ctx.references) {
      if (ref.path[0] !== "Resources") continue;
      const from = String(ref.path[1]);
      const set = referenced.get(from) ?? new Set<string>();
      set.add(ref.target);
      referenced.set(from, set);
    }
    const out: TDraft[] = [];
    for (const [name, resource] of ctx.resources) {
      const targets = dependsOnTargets(resource);
      targets.forEach((target, i) => {
        if (!referenced.get(name)?.has(target)) return;
        const path = Array.isArray(resource.DependsOn)
          ? ["Resources", name, "DependsOn", i]
          : ["Resources", name, "DependsOn"];
        out.push({ path, message: `'${target}' dependency of '${name}' is already enforced by a reference` });
      });
    }
    return out;
  },
};
