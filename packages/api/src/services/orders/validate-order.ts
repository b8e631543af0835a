import { buildValuesSchema } from "@stackvend/cfn";
import type { TFieldErrors } from "../../errors/app-error.ts";
import { addFieldError } from "../shared/field-errors.ts";
import { stackNameProblem } from "./order-rules.ts";
import type { TOrderContext } from "./load-order-context.ts";

export type TOrderValues = Record<string, string | string[]>;

export interface TOrderInput {
  stackName: string;
  values: TOrderValues;
  tags: Record<string, string>;
}

/** Engine messages may quote the offending value; a NoEcho value must never come back, even to its author. */
function hideValue(message: string, value: string | string[] | undefined): string {
  const items = (Array.isArray(value) ? value : [value ?? ""]).filter((item) => item !== "");
  return items.reduce((text, item) => text.split(item).join("[hidden]"), message);
}

function hasValue(value: string | string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== "";
}

/**
 * Checks an order against the server-built schema. `complete` is the submit
 * and preview check: every required value, the rules, the required tags and
 * the stack name. A draft is checked leniently: what is missing may stay
 * missing, but whatever is present must already be right.
 * Field keys: `values.<Parameter>`, `values` (rules spanning no one
 * parameter), `stackName`, `tags.<Key>`.
 */
export function validateOrder(
  ctx: TOrderContext,
  input: TOrderInput,
  mode: "complete" | "draft",
): TFieldErrors {
  const errors: TFieldErrors = {};
  const parsed = buildValuesSchema(ctx.formModel).safeParse(input.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      const rule = (issue as { params?: { rule?: string } }).params?.rule;
      if (
        mode === "draft" &&
        (rule === "Required" || rule === "Rule" || name === undefined || !hasValue(input.values[name]))
      ) {
        continue;
      }
      const message =
        name !== undefined && ctx.secretParameters.includes(name)
          ? hideValue(issue.message, input.values[name])
          : issue.message;
      addFieldError(errors, name === undefined ? "values" : `values.${name}`, message);
    }
  }
  if (mode === "complete" || input.stackName !== "") {
    const problem = stackNameProblem(input.stackName);
    if (problem) addFieldError(errors, "stackName", problem);
  }
  for (const required of ctx.constraints.requiredTags) {
    const value = input.tags[required.key];
    if (value === undefined || value === "") {
      if (mode === "complete")
        addFieldError(errors, `tags.${required.key}`, `${required.key}: this tag is required (RequiredTag)`);
      continue;
    }
    const allowed = required.values.map((v) => v.value);
    if (!allowed.includes(value)) {
      addFieldError(
        errors,
        `tags.${required.key}`,
        `${required.key}: must be one of ${allowed.join(", ") || "(no active options)"} (TagOption)`,
      );
    }
  }
  return errors;
}

/** Values without NoEcho parameters: what may be stored, audited or rendered. */
export function withoutSecrets(values: TOrderValues, secretParameters: readonly string[]): TOrderValues {
  const secrets = new Set(secretParameters);
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secrets.has(name)));
}
