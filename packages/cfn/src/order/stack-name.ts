/**
 * CloudFormation's stack name rule, the one copy: the order form states it,
 * the browser and the server check it, and the renderer refuses to write a
 * template for a name that breaks it.
 */
export const STACK_NAME_RULE = {
  pattern: "^[a-zA-Z][-a-zA-Z0-9]*$",
  maxLength: 128,
  description: "Starts with a letter; letters, digits and hyphens only; at most 128 characters",
} as const;

export const STACK_NAME_PATTERN = new RegExp(STACK_NAME_RULE.pattern);

/** Which part of the rule a stack name breaks, worded as the server's field errors word it. */
export type TStackNameProblem =
  | { rule: "Required"; message: string }
  | { rule: "MaxLength"; message: string }
  | { rule: "Pattern"; message: string };

/** A stack name problem, or undefined when the name is fine. */
export function stackNameProblem(stackName: string): TStackNameProblem | undefined {
  if (stackName.length === 0) return { rule: "Required", message: "a stack name is required (Required)" };
  if (stackName.length > STACK_NAME_RULE.maxLength) {
    return {
      rule: "MaxLength",
      message: `must be at most ${STACK_NAME_RULE.maxLength} characters (MaxLength)`,
    };
  }
  if (!STACK_NAME_PATTERN.test(stackName)) {
    return {
      rule: "Pattern",
      message: "must start with a letter and contain only letters, digits and hyphens (Pattern)",
    };
  }
  return undefined;
}
