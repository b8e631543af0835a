import { anchoredPattern } from "./anchored-pattern.ts";
import type { TFormField } from "./form-model.ts";
import { listItems } from "./list-value.ts";

export type TValueRule =
  | "Required"
  | "Type"
  | "Number"
  | "AllowedValues"
  | "AllowedPattern"
  | "ConstraintPattern"
  | "MinLength"
  | "MaxLength"
  | "MinValue"
  | "MaxValue"
  | "AwsIdFormat"
  | "UnknownParameter"
  | "Rule";

export interface TValueIssue {
  rule: TValueRule;
  message: string;
}

/** CloudFormation's Number: an integer or a float. */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Rules whose violation CloudFormation explains with the parameter's ConstraintDescription. */
const DESCRIBED: ReadonlySet<TValueRule> = new Set([
  "AllowedValues",
  "AllowedPattern",
  "MinLength",
  "MaxLength",
  "MinValue",
  "MaxValue",
]);

function issue(field: TFormField, rule: TValueRule, detail: string): TValueIssue {
  const text = DESCRIBED.has(rule) && field.constraintDescription ? field.constraintDescription : detail;
  return { rule, message: `${field.name}: ${text} (${rule})` };
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(", ");
}

/**
 * Every CloudFormation constraint on one parameter value, in the order
 * CloudFormation applies them. `undefined` means no value given (the template
 * Default applies). Returns all violations so a form can show them together.
 */
export function checkFieldValue(field: TFormField, value: string | string[] | undefined): TValueIssue[] {
  if (value === undefined) {
    return field.required ? [issue(field, "Required", "a value is required")] : [];
  }
  if (Array.isArray(value) && !field.multiple)
    return [issue(field, "Type", "expects a single value, not a list")];
  const items = field.multiple ? listItems(field, value) : [value as string];
  const empty = field.multiple ? items.length === 0 : items[0] === "";
  if (empty && field.required) return [issue(field, "Required", "a value is required")];
  if (field.multiple && empty) return [];
  const issues: TValueIssue[] = [];
  const push = (found: TValueIssue | undefined) => {
    if (found && !issues.some((known) => known.rule === found.rule)) issues.push(found);
  };
  for (const item of items) {
    if (field.numeric) {
      if (!NUMBER.test(item)) {
        push(issue(field, "Number", `'${item}' is not a number`));
        continue;
      }
      const number = Number(item);
      if (field.minValue !== undefined && number < field.minValue) {
        push(issue(field, "MinValue", `${item} is less than the minimum ${field.minValue}`));
      }
      if (field.maxValue !== undefined && number > field.maxValue) {
        push(issue(field, "MaxValue", `${item} is greater than the maximum ${field.maxValue}`));
      }
    }
    if (field.options && !field.options.includes(item)) {
      push(issue(field, "AllowedValues", `'${item}' is not one of ${quoted(field.options)}`));
    }
    if (field.pattern !== undefined && anchoredPattern(field.pattern)?.test(item) === false) {
      push(issue(field, "AllowedPattern", `'${item}' does not match the pattern ${field.pattern}`));
    }
    for (const constraint of field.constraintPatterns ?? []) {
      if (anchoredPattern(constraint.pattern)?.test(item) === false) {
        push({
          rule: "ConstraintPattern",
          message: `${field.name}: ${constraint.description ?? `'${item}' does not match the pattern ${constraint.pattern}`} (ConstraintPattern)`,
        });
      }
    }
    if (field.hint && anchoredPattern(field.hint.pattern)?.test(item) === false) {
      push(issue(field, "AwsIdFormat", `'${item}' is not a valid ${field.hint.format}`));
    }
  }
  if (!field.multiple && !field.numeric) {
    const length = (value as string).length;
    if (field.minLength !== undefined && length < field.minLength) {
      push(issue(field, "MinLength", `must be at least ${field.minLength} characters long`));
    }
    if (field.maxLength !== undefined && length > field.maxLength) {
      push(issue(field, "MaxLength", `must be at most ${field.maxLength} characters long`));
    }
  }
  return issues;
}
