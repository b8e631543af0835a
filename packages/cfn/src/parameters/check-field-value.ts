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
  | "ListItem"
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
 * How a message names the offending value: quoted, or for a NoEcho parameter
 * not at all, since error messages travel to logs and screens. Nor does it list
 * the allowed values or the pattern then: with a list, those can hold the
 * other, valid items.
 */
function wording(field: TFormField) {
  if (!field.secret) {
    return {
      value: (item: string) => `'${item}'`,
      number: (item: string) => item,
      oneOf: (options: readonly string[]) => `is not one of ${quoted(options)}`,
      pattern: (pattern: string) => `does not match the pattern ${pattern}`,
    };
  }
  const subject = field.multiple ? "an item" : "the value";
  return {
    value: () => subject,
    number: () => subject,
    oneOf: () => "is not one of the allowed values",
    pattern: () => "does not match the allowed pattern",
  };
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
  // CloudFormation passes a list as one comma-joined string, so an item with a comma would deploy as two.
  if (Array.isArray(value) && value.some((item) => item.includes(","))) {
    return [
      issue(
        field,
        "ListItem",
        "a list item cannot contain a comma: CloudFormation separates list items with commas",
      ),
    ];
  }
  const say = wording(field);
  const issues: TValueIssue[] = [];
  const push = (found: TValueIssue | undefined) => {
    if (found && !issues.some((known) => known.rule === found.rule)) issues.push(found);
  };
  for (const item of items) {
    if (field.numeric) {
      if (!NUMBER.test(item)) {
        push(issue(field, "Number", `${say.value(item)} is not a number`));
        continue;
      }
      const number = Number(item);
      if (field.minValue !== undefined && number < field.minValue) {
        push(issue(field, "MinValue", `${say.number(item)} is less than the minimum ${field.minValue}`));
      }
      if (field.maxValue !== undefined && number > field.maxValue) {
        push(issue(field, "MaxValue", `${say.number(item)} is greater than the maximum ${field.maxValue}`));
      }
    }
    if (field.options && !field.options.includes(item)) {
      push(issue(field, "AllowedValues", `${say.value(item)} ${say.oneOf(field.options)}`));
    }
    if (field.pattern !== undefined && anchoredPattern(field.pattern)?.test(item) === false) {
      push(issue(field, "AllowedPattern", `${say.value(item)} ${say.pattern(field.pattern)}`));
    }
    for (const constraint of field.constraintPatterns ?? []) {
      if (anchoredPattern(constraint.pattern)?.test(item) === false) {
        push({
          rule: "ConstraintPattern",
          message: `${field.name}: ${constraint.description ?? `${say.value(item)} ${say.pattern(constraint.pattern)}`} (ConstraintPattern)`,
        });
      }
    }
    if (field.hint && anchoredPattern(field.hint.pattern)?.test(item) === false) {
      push(issue(field, "AwsIdFormat", `${say.value(item)} is not a valid ${field.hint.format}`));
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
