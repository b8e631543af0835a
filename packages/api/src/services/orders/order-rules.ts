/** CloudFormation's stack name rule, as the order form states it and the server enforces it. */
export const STACK_NAME_RULE = {
  pattern: "^[a-zA-Z][-a-zA-Z0-9]*$",
  maxLength: 128,
  description: "Starts with a letter; letters, digits and hyphens only; at most 128 characters",
} as const;

export const STACK_NAME_PATTERN = new RegExp(STACK_NAME_RULE.pattern);

export const MAX_JUSTIFICATION = 2000;

/** A stack name problem in words, or undefined when the name is fine. */
export function stackNameProblem(stackName: string): string | undefined {
  if (stackName.length === 0) return "a stack name is required (Required)";
  if (stackName.length > STACK_NAME_RULE.maxLength) return "must be at most 128 characters (MaxLength)";
  if (!STACK_NAME_PATTERN.test(stackName)) {
    return "must start with a letter and contain only letters, digits and hyphens (Pattern)";
  }
  return undefined;
}
