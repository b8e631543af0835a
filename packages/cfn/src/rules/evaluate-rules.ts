import type { TFinding, TJson, TJsonObject, TPath, TTemplate } from "../model.ts";
import { buildFormModel } from "../parameters/build-form-model.ts";
import type { TFormField } from "../parameters/form-model.ts";
import { listItems } from "../parameters/list-value.ts";
import { rulesAssert } from "../validate/checks/rules-assert.ts";
import { rulesDeployTime } from "../validate/checks/rules-deploy-time.ts";
import { rulesInvalid } from "../validate/checks/rules-invalid.ts";
import { checkFinding, type TCheckInfo } from "../validate/context.ts";
import { evaluateExpression, referencedParameters, type TParameterLookup } from "./evaluate-expression.ts";
import { known, RuleDefinitionError, type TRuleValue, unknown } from "./rule-value.ts";

/** A finding about a rule, carrying the rule's name and the parameters it involves so a form can mark those fields. */
export interface TRuleFinding extends TFinding {
  rule: string;
  parameters: string[];
}

export type TParameterValues = Record<string, string | string[]>;

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Values as Rules see them: lists as lists, the template Default when no value is given, secrets unknown until deploy. */
function lookupFor(fields: readonly TFormField[], values: TParameterValues): TParameterLookup {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return (name) => {
    const field = byName.get(name);
    if (!field) return undefined;
    const value = Object.hasOwn(values, name) ? values[name] : field.default;
    if (value === undefined) {
      return unknown(field.secret ? `${name} is supplied at deploy time` : `${name} has no value`);
    }
    if (field.multiple) return known(listItems(field, value));
    return known(Array.isArray(value) ? value.join(",") : value);
  };
}

/** A finding of a registered rule check, carrying the rule and the parameters it involves. */
function ruleFinding(
  check: TCheckInfo,
  rule: string,
  path: TPath,
  parameters: string[],
  message: string,
): TRuleFinding {
  return { ...checkFinding(check, { path, message }), rule, parameters };
}

function evaluateSafely(expression: TJson, lookup: TParameterLookup): TRuleValue | RuleDefinitionError {
  try {
    return evaluateExpression(expression, lookup);
  } catch (error) {
    if (error instanceof RuleDefinitionError) return error;
    throw error;
  }
}

/**
 * Evaluates Rules (the template's own or a portfolio's, same syntax) against
 * form values and the form fields. Failing assertions are errors with the
 * AssertDescription; anything needing AWS lookups is an info finding saying it
 * is checked at deploy time; malformed rules are errors.
 */
export function evaluateRulesForFields(
  rules: TJsonObject,
  values: TParameterValues,
  fields: readonly TFormField[],
): TRuleFinding[] {
  const names = new Set(fields.map((field) => field.name));
  const lookup = lookupFor(fields, values);
  const findings: TRuleFinding[] = [];
  for (const [ruleName, rule] of Object.entries(rules)) {
    const rulePath = ["Rules", ruleName];
    const report = (check: TCheckInfo, path: TPath, parameters: string[], message: string) =>
      findings.push(ruleFinding(check, ruleName, path, parameters, message));
    if (!isObject(rule) || !Array.isArray(rule["Assertions"])) {
      report(rulesInvalid, rulePath, [], `Rule ${ruleName} must have a list of Assertions`);
      continue;
    }
    const condition = rule["RuleCondition"];
    const conditionParameters =
      condition === undefined ? [] : referencedParameters(condition, (n) => names.has(n));
    const applies = condition === undefined ? known(true) : evaluateSafely(condition, lookup);
    if (applies instanceof RuleDefinitionError || (applies.known && typeof applies.value !== "boolean")) {
      const reason =
        applies instanceof RuleDefinitionError ? applies.message : "RuleCondition must be a condition";
      report(
        rulesInvalid,
        [...rulePath, "RuleCondition"],
        conditionParameters,
        `Rule ${ruleName}: ${reason}`,
      );
      continue;
    }
    if (applies.known && applies.value === false) continue;
    rule["Assertions"].forEach((assertion, index) => {
      const path = [...rulePath, "Assertions", index];
      const assert = isObject(assertion) ? assertion["Assert"] : undefined;
      const description =
        isObject(assertion) && typeof assertion["AssertDescription"] === "string"
          ? assertion["AssertDescription"]
          : undefined;
      const parameters = [
        ...new Set([...conditionParameters, ...referencedParameters(assert ?? null, (n) => names.has(n))]),
      ];
      if (assert === undefined) {
        report(rulesInvalid, path, parameters, `Rule ${ruleName}: assertion ${index} has no Assert`);
        return;
      }
      const result = evaluateSafely(assert, lookup);
      if (result instanceof RuleDefinitionError || (result.known && typeof result.value !== "boolean")) {
        const reason = result instanceof RuleDefinitionError ? result.message : "Assert must be a condition";
        report(rulesInvalid, path, parameters, `Rule ${ruleName}: ${reason}`);
        return;
      }
      const pending = !applies.known ? applies : !result.known ? result : undefined;
      if (pending && !pending.known) {
        report(
          rulesDeployTime,
          path,
          parameters,
          `Rule ${ruleName} is checked at deploy time, not before: ${description ?? `assertion ${index}`} (${pending.reason})`,
        );
      } else if (result.known && result.value === false) {
        report(
          rulesAssert,
          path,
          parameters,
          `${description ?? `Rule ${ruleName} assertion ${index} failed`} (rule ${ruleName}${parameters.length > 0 ? `; ${parameters.join(", ")}` : ""})`,
        );
      }
    });
  }
  return findings;
}

/**
 * Evaluates `rules` for a template: the template supplies parameter types and
 * defaults. Returns the template's parameter errors instead when its
 * Parameters cannot be read.
 */
export function evaluateRules(
  rules: TJsonObject,
  values: TParameterValues,
  template: TTemplate,
): TRuleFinding[] {
  const model = buildFormModel(template);
  if (!model.ok) return model.errors.map((error) => ({ ...error, rule: "", parameters: [] }));
  try {
    return evaluateRulesForFields(rules, values, model.value.fields);
  } catch (error) {
    return [ruleFinding(rulesInvalid, "", ["Rules"], [], `Rules could not be evaluated: ${String(error)}`)];
  }
}
