/**
 * A Rule that needs the AWS account (Fn::RefAll, Fn::ValueOf…) or a secret
 * value cannot be decided before deploy; the form says so instead of passing
 * or failing it. Reported by `evaluateRules`, which evaluates Rules against
 * order values.
 */
import type { TCheckInfo } from "../context.ts";

export const rulesDeployTime: TCheckInfo = {
  id: "SV-RULE-DEPLOY-TIME",
  description:
    "Rule assertions that need AWS lookups or secret values are left to CloudFormation at deploy time",
  source: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html",
  severity: "info",
};
