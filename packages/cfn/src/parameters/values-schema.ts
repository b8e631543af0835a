import { z } from "zod";
import { evaluateRulesForFields } from "../rules/evaluate-rules.ts";
import { checkFieldValue } from "./check-field-value.ts";
import type { TFormModel } from "./form-model.ts";
import { listItems } from "./list-value.ts";

/** Values as they arrive from a form or from JSON: one string, or a list for list parameters. */
export const ZParameterValue = z.union([z.string(), z.array(z.string())]);
export const ZParameterValues = z.record(z.string(), ZParameterValue);
export type TParameterValuesInput = z.input<typeof ZParameterValues>;

/**
 * One zod schema for a product's parameter values, built from the form
 * model alone so the same checks run in the browser and on the server. Every
 * issue's path is `[parameterName]` and its message names the parameter and
 * the rule (`params.rule` carries the rule id). Rules that fail mark every
 * parameter they involve. The output is the given values with list
 * parameters as arrays.
 */
export function buildValuesSchema(model: TFormModel) {
  const fields = new Map(model.fields.map((field) => [field.name, field]));
  return ZParameterValues.superRefine((values, ctx) => {
    for (const name of Object.keys(values)) {
      if (!fields.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `${name}: not a parameter of this template (UnknownParameter)`,
          params: { rule: "UnknownParameter", parameter: name },
        });
      }
    }
    for (const field of model.fields) {
      const value = Object.hasOwn(values, field.name) ? values[field.name] : undefined;
      for (const found of checkFieldValue(field, value)) {
        ctx.addIssue({
          code: "custom",
          path: [field.name],
          message: found.message,
          params: { rule: found.rule, parameter: field.name },
        });
      }
    }
    if (!model.rules) return;
    for (const finding of evaluateRulesForFields(model.rules, values, model.fields)) {
      if (finding.severity !== "error") continue;
      const targets = finding.parameters.length > 0 ? finding.parameters : [undefined];
      for (const parameter of targets) {
        ctx.addIssue({
          code: "custom",
          path: parameter === undefined ? [] : [parameter],
          message: finding.message,
          params: { rule: "Rule", ruleName: finding.rule, ...(parameter ? { parameter } : {}) },
        });
      }
    }
  }).transform((values) => {
    const normalized: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(values)) {
      const field = fields.get(name);
      normalized[name] = field?.multiple ? listItems(field, value) : value;
    }
    return normalized;
  });
}

export type TValuesSchema = ReturnType<typeof buildValuesSchema>;
