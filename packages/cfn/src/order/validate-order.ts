import type { TFormModel } from "../parameters/form-model.ts";
import { buildValuesSchema } from "../parameters/values-schema.ts";
import { MAX_JUSTIFICATION } from "./limits.ts";
import { stackNameProblem } from "./stack-name.ts";

/** Why a field of an order is wrong; the browser words the code in the reader's language. */
export type TOrderIssueCode =
  "required" | "stackName" | "tagRequired" | "tagNotAllowed" | "tooLong" | "message";

export interface TOrderIssue {
  /** `values.<Parameter>`, `values` (rules spanning no one parameter), `stackName`, `tags.<Key>`, `justification`. */
  key: string;
  code: TOrderIssueCode;
  /** The English text the server returns as the field error; never holds a NoEcho value. */
  message: string;
  /** The parameter a `values.<Parameter>` issue is about. */
  parameter?: string;
  params?: Record<string, string | number>;
}

export type TOrderValues = Record<string, string | string[]>;

export interface TOrder {
  stackName: string;
  values: TOrderValues;
  tags: Record<string, string>;
  /** Checked only when given: a preview carries none. */
  justification?: string;
}

export interface TRequiredTag {
  key: string;
  values: readonly { value: string }[];
}

export interface TValidateOrderOptions {
  /** `complete` is the submit and preview check; `draft` lets what is missing stay missing. */
  mode: "complete" | "draft";
  requiredTags?: readonly TRequiredTag[];
  /** Parameters whose values must never appear in a message; by default the model's secret fields. */
  secretParameters?: readonly string[];
  maxJustification?: number;
}

/** Every non-empty item of the NoEcho values in an order, as given and trimmed. */
function secretItems(values: TOrderValues, secrets: ReadonlySet<string>): string[] {
  const items = new Set<string>();
  for (const name of secrets) {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) continue;
    const given = Array.isArray(value) ? value : [value, ...value.split(",")];
    for (const raw of given) {
      for (const item of [raw, raw.trim()]) if (item !== "") items.add(item);
    }
  }
  return [...items];
}

/**
 * The engine words NoEcho fields without their values; should a message still
 * hold any part of one (a template's own description, a rule), it is replaced
 * whole: redacting a piece in place would show which allowed value was chosen.
 */
function withoutSecretText(message: string, name: string | undefined, items: readonly string[]): string {
  if (!items.some((item) => message.includes(item))) return message;
  return name === undefined ? "a template rule failed (Rule)" : `${name}: the value is not valid`;
}

function hasValue(value: string | string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== "";
}

/**
 * Checks an order against the values schema built from the form model, the
 * stack name rule, the required tags and the justification limit. The one
 * check behind both the order form in the browser and the server, so the two
 * never disagree on what a valid order is. A draft is checked leniently:
 * what is missing may stay missing, but whatever is present must already be
 * right. Issues come in field order: values, stack name, tags, justification.
 */
export function validateOrder(
  model: TFormModel,
  order: TOrder,
  options: TValidateOrderOptions,
): TOrderIssue[] {
  const { mode, requiredTags = [], maxJustification = MAX_JUSTIFICATION } = options;
  const secrets = new Set(
    options.secretParameters ?? model.fields.filter((field) => field.secret).map((field) => field.name),
  );
  const issues: TOrderIssue[] = [];
  const guarded = {
    ...model,
    fields: model.fields.map((field) => (secrets.has(field.name) ? { ...field, secret: true } : field)),
  };
  const hidden = secretItems(order.values, secrets);
  const parsed = buildValuesSchema(guarded).safeParse(order.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      const rule = (issue as { params?: { rule?: string } }).params?.rule;
      if (
        mode === "draft" &&
        (rule === "Required" || rule === "Rule" || name === undefined || !hasValue(order.values[name]))
      ) {
        continue;
      }
      const message = withoutSecretText(issue.message, name, hidden);
      issues.push(
        name === undefined
          ? { key: "values", code: "message", message }
          : {
              key: `values.${name}`,
              code: rule === "Required" ? "required" : "message",
              message,
              parameter: name,
            },
      );
    }
  }
  if (mode === "complete" || order.stackName !== "") {
    const problem = stackNameProblem(order.stackName);
    if (problem) {
      issues.push({
        key: "stackName",
        code: problem.rule === "Required" ? "required" : "stackName",
        message: problem.message,
      });
    }
  }
  for (const required of requiredTags) {
    const key = `tags.${required.key}`;
    const value = order.tags[required.key];
    if (value === undefined || value === "") {
      if (mode === "complete")
        issues.push({
          key,
          code: "tagRequired",
          message: `${required.key}: this tag is required (RequiredTag)`,
        });
      continue;
    }
    const allowed = required.values.map((option) => option.value);
    if (!allowed.includes(value)) {
      issues.push({
        key,
        code: "tagNotAllowed",
        message: `${required.key}: must be one of ${allowed.join(", ") || "(no active options)"} (TagOption)`,
      });
    }
  }
  if (order.justification !== undefined && order.justification.trim().length > maxJustification) {
    issues.push({
      key: "justification",
      code: "tooLong",
      message: `must be at most ${maxJustification} characters (MaxLength)`,
      params: { max: maxJustification },
    });
  }
  return issues;
}
