import { evaluateRulesForFields } from "../rules/evaluate-rules.ts";
import { AWS_ID_FORMATS } from "./aws-id-formats.ts";
import { checkFieldValue } from "./check-field-value.ts";
import type { TFormField, TFormModel } from "./form-model.ts";

/**
 * Plausible values for common parameter patterns (CIDRs, account ids, ARNs,
 * names). Templates rarely need more than one of these to find a value their
 * AllowedPattern accepts.
 */
const COMMON_SAMPLES = [
  "example",
  "Example1",
  "example-name",
  "10.0.0.0/16",
  "0.0.0.0/0",
  "123456789012",
  "arn:aws:iam::123456789012:role/example",
  "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  "admin",
  "Passw0rd1234",
  "a",
  "S",
  "1",
  ...Object.values(AWS_ID_FORMATS).map((format) => format.example),
];

function numberSamples(field: TFormField): string[] {
  const bounds = [field.minValue, field.maxValue].filter((n): n is number => n !== undefined).map(String);
  return [...bounds, "1", "0", "10", "100", "1024"];
}

function candidates(field: TFormField): string[] {
  const own = [...(field.options ?? []), ...(field.hint ? [field.hint.example] : [])];
  if (field.numeric) return [...own, ...numberSamples(field)];
  const sized =
    field.minLength !== undefined ? ["a".repeat(field.minLength), "A1".repeat(field.minLength)] : [];
  return [...own, ...COMMON_SAMPLES, ...sized];
}

/** The first candidate the field's own checks accept. */
function firstAccepted(field: TFormField): string | string[] | undefined {
  const pool = field.default !== undefined ? [field.default, ...candidates(field)] : candidates(field);
  for (const candidate of pool) {
    const value = field.multiple && typeof candidate === "string" ? [candidate] : candidate;
    if (checkFieldValue(field, value).length === 0) return value;
  }
  return undefined;
}

type TValues = Record<string, string | string[]>;

function failingRules(model: TFormModel, values: TValues): { rule: string; parameters: string[] }[] {
  if (!model.rules) return [];
  return evaluateRulesForFields(model.rules, values, model.fields).filter(
    (finding) => finding.severity === "error",
  );
}

/**
 * Tries the other allowed values of the parameters a failing rule names,
 * one parameter at a time, keeping a change when it fixes that rule.
 */
function satisfyRules(model: TFormModel, values: TValues): TValues {
  const fields = new Map(model.fields.map((field) => [field.name, field]));
  let current = values;
  for (const failure of failingRules(model, current)) {
    const stillFailing = (candidate: TValues) =>
      failingRules(model, candidate).some((f) => f.rule === failure.rule);
    for (const name of failure.parameters) {
      const field = fields.get(name);
      const option = field?.options?.find(
        (choice) => !stillFailing({ ...current, [name]: field.multiple ? [choice] : choice }),
      );
      if (field && option !== undefined) {
        current = { ...current, [name]: field.multiple ? [option] : option };
        break;
      }
    }
  }
  return current;
}

/**
 * A value every check accepts for each parameter that has no default (or for
 * every parameter with `all`), for demos, seeds and tests; then other allowed
 * values where the template's Rules reject the first choice. Secrets are left
 * out, as they are supplied at deploy time. A parameter for which no sample
 * passes is left out too, so the values schema names it.
 */
export function sampleValues(model: TFormModel, options: { all?: boolean } = {}): TValues {
  const values: TValues = {};
  for (const field of model.fields) {
    if (field.secret || (!field.required && !options.all)) continue;
    const value = firstAccepted(field);
    if (value !== undefined) values[field.name] = value;
  }
  return satisfyRules(model, values);
}
