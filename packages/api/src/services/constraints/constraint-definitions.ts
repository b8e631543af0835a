import { z } from "zod";
import { ZApprovalPolicyDefinition } from "../approvals/approval-policy.ts";

/** IAM role ARNs in every partition (aws, aws-cn, aws-us-gov, …). */
export const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

const ZParameterName = z.string().trim().min(1, "must name a parameter").max(255);

export const ZParameterValuesDefinition = z.object({
  parameters: z
    .array(
      z
        .object({
          parameter: ZParameterName,
          allowedValues: z
            .array(z.string().max(4096))
            .min(1, "must list at least one value")
            .max(1000)
            .refine((values) => new Set(values).size === values.length, "must not repeat a value")
            .optional(),
          allowedPattern: z
            .string()
            .min(1)
            .max(1000)
            .refine(isRegExp, "must be a valid regular expression")
            .optional(),
          description: z.string().max(1000).optional(),
        })
        .refine((p) => p.allowedValues !== undefined || p.allowedPattern !== undefined, {
          message: "needs allowedValues or allowedPattern",
          path: ["allowedValues"],
        }),
    )
    .min(1, "must constrain at least one parameter")
    .max(200)
    .refine((ps) => new Set(ps.map((p) => p.parameter)).size === ps.length, "must name each parameter once"),
});

const ZAssertion = z.object({
  Assert: z.unknown().refine((v) => v !== undefined && v !== null, "is required"),
  AssertDescription: z.string().max(1000).optional(),
});

export const ZTemplateRulesDefinition = z.object({
  rules: z
    .record(
      z
        .string()
        .regex(/^[A-Za-z0-9]+$/, "rule names are alphanumeric")
        .max(255),
      z.object({ RuleCondition: z.unknown().optional(), Assertions: z.array(ZAssertion).min(1).max(100) }),
    )
    .refine((rules) => Object.keys(rules).length > 0, "must define at least one rule"),
});

export const ZRequiredTagsDefinition = z.object({
  keys: z
    .array(z.string().trim().min(1).max(128))
    .min(1, "must list at least one tag key")
    .max(50)
    .refine((keys) => new Set(keys).size === keys.length, "must not repeat a key"),
});

export const ZLaunchRoleDefinition = z.object({
  roleArn: z
    .string()
    .max(2048)
    .regex(ROLE_ARN_PATTERN, "must be an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)"),
});

export const CONSTRAINT_DEFINITION_SCHEMAS = {
  PARAMETER_VALUES: ZParameterValuesDefinition,
  TEMPLATE_RULES: ZTemplateRulesDefinition,
  REQUIRED_TAGS: ZRequiredTagsDefinition,
  APPROVAL_POLICY: ZApprovalPolicyDefinition,
  LAUNCH_ROLE: ZLaunchRoleDefinition,
} as const;

export type TConstraintKind = keyof typeof CONSTRAINT_DEFINITION_SCHEMAS;
export type TParameterValuesDefinition = z.infer<typeof ZParameterValuesDefinition>;
export type TTemplateRulesDefinition = z.infer<typeof ZTemplateRulesDefinition>;
export type TRequiredTagsDefinition = z.infer<typeof ZRequiredTagsDefinition>;
export type TLaunchRoleDefinition = z.infer<typeof ZLaunchRoleDefinition>;

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
