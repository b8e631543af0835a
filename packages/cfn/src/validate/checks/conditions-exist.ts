/** Condition names used by resources, outputs, Fn::If and other conditions must be declared. */
import type { TCheck } from "../context.ts";
import { conditionUses } from "../condition-uses.ts";

export const conditionsExist: TCheck = {
  id: "SV-E8002",
  cfnLintRule: "E8002",
  description: "Referenced conditions are declared in the Conditions section",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html",
  severity: "error",
  run(ctx) {
    return conditionUses(ctx)
      .filter((use) => !ctx.conditionNames.has(use.name))
      .map((use) => ({
        path: use.path,
        message: `Condition '${use.name}' used by ${use.by} is not declared`,
      }));
  },
};
