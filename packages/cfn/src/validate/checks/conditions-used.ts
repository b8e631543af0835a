/** A declared condition nothing uses is dead weight, often a leftover of a removed resource or a typo in its user. */
import { isObject } from "../../graph/references.ts";
import type { TCheck } from "../context.ts";
import { conditionUses } from "../condition-uses.ts";

export const conditionsUsed: TCheck = {
  id: "SV-W8001",
  cfnLintRule: "W8001",
  description: "Every declared condition is used",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html",
  severity: "warning",
  run(ctx) {
    const conditions = ctx.body.Conditions;
    if (!isObject(conditions)) return [];
    // Loops and macros can use conditions in ways not visible before processing.
    if (
      ctx.transforms.languageExtensions ||
      ctx.transforms.names.some((n) => n !== "AWS::Serverless-2016-10-31")
    )
      return [];
    const used = new Set(conditionUses(ctx).map((use) => use.name));
    return Object.keys(conditions)
      .filter((name) => !used.has(name))
      .map((name) => ({ path: ["Conditions", name], message: `Condition '${name}' is not used` }));
  },
};
