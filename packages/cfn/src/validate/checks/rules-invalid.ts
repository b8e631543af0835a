/**
 * Rules are mappings with a list of Assertions, each with an Assert, and
 * RuleCondition and Assert are rule functions that yield a condition.
 * Reported by `evaluateRules`, which evaluates Rules against order values.
 */
import type { TCheckInfo } from "../context.ts";

export const rulesInvalid: TCheckInfo = {
  id: "SV-RULE-INVALID",
  cfnLintRule: "E1700",
  description:
    "Rules have a list of Assertions with an Assert each, written with rule functions that yield a condition",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html",
  severity: "error",
};
