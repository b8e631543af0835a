/**
 * An order's values satisfy every Rule whose RuleCondition holds, so a
 * request CloudFormation would refuse is caught on the form.
 * Reported by `evaluateRules`, which evaluates Rules against order values.
 */
import type { TCheckInfo } from "../context.ts";

export const rulesAssert: TCheckInfo = {
  id: "SV-RULE-ASSERT",
  description: "Parameter values satisfy the assertions of every rule that applies to them",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html",
  severity: "error",
};
