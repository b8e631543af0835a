import type { TFinding, TJson, TJsonObject, TPath, TResult, TTemplate } from "../model.ts";
import { parametersConfiguration } from "../validate/checks/parameters-configuration.ts";
import { parametersDefinition } from "../validate/checks/parameters-definition.ts";
import { parametersType } from "../validate/checks/parameters-type.ts";
import { templateSections } from "../validate/checks/template-sections.ts";
import { checkFinding } from "../validate/context.ts";
import { applyConstraints } from "./apply-constraints.ts";
import type { TFormField, TFormGroup, TFormModel, TParameterConstraint } from "./form-model.ts";
import { parameterShapeProblems } from "./parameter-shape.ts";
import { parameterTypeProblem } from "./parameter-type.ts";
import { readParameter } from "./read-parameter.ts";

export interface TFormModelOptions {
  /** Portfolio constraints on single parameters. */
  constraints?: TParameterConstraint[];
  /** Portfolio rules in CloudFormation Rules syntax, checked alongside the template's own Rules. */
  rules?: TJsonObject;
}

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `Label: { default: "…" }` as Interface metadata spells labels. */
function labelOf(value: TJson | undefined): string | undefined {
  const label = isObject(value) ? value["default"] : undefined;
  return typeof label === "string" ? label : undefined;
}

/** Fields in Interface order: each ParameterGroup in turn, then the parameters no group names. */
function orderFields(
  fields: TFormField[],
  interfaceData: TJsonObject,
): { fields: TFormField[]; groups: TFormGroup[] } {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const placed = new Set<string>();
  const ordered: TFormField[] = [];
  const groups: TFormGroup[] = [];
  const declared = Array.isArray(interfaceData["ParameterGroups"]) ? interfaceData["ParameterGroups"] : [];
  for (const group of declared) {
    if (!isObject(group) || !Array.isArray(group["Parameters"])) continue;
    const label = labelOf(group["Label"]);
    const members: string[] = [];
    for (const name of group["Parameters"]) {
      const field = typeof name === "string" ? byName.get(name) : undefined;
      if (!field || placed.has(field.name)) continue;
      placed.add(field.name);
      const grouped = label === undefined ? field : { ...field, group: label };
      ordered.push(grouped);
      members.push(field.name);
    }
    if (members.length > 0) groups.push({ ...(label === undefined ? {} : { label }), parameters: members });
  }
  const rest = fields.filter((field) => !placed.has(field.name));
  if (rest.length > 0) groups.push({ parameters: rest.map((field) => field.name) });
  return { fields: [...ordered, ...rest], groups };
}

/** Template Rules and portfolio rules in one object; a portfolio rule never replaces a template rule of the same name. */
function mergeRules(
  template: TJson | undefined,
  portfolio: TJsonObject | undefined,
): TJsonObject | undefined {
  const merged: TJsonObject = isObject(template) ? { ...template } : {};
  for (const [name, rule] of Object.entries(portfolio ?? {})) {
    let key = name;
    while (key in merged) key = `Portfolio${key}`;
    merged[key] = rule;
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/**
 * Turns a template's Parameters (with Interface labels and groups, and
 * portfolio constraints) into a form model. Definitions CloudFormation would
 * reject, or a form cannot offer, come back as errors: the findings, word for
 * word, of the registered checks that report them in `validateTemplate`.
 * Constraints that cannot apply come back as warnings inside the model.
 */
export function buildFormModel(template: TTemplate, options: TFormModelOptions = {}): TResult<TFormModel> {
  try {
    return formModelOf(template, options);
  } catch (error) {
    const message = `Parameters could not be read: ${String(error)}`;
    const finding = checkFinding(parametersDefinition, { path: ["Parameters"], message }, template);
    return { ok: false, errors: [{ ...finding, cfnLintRule: "E0000" }] };
  }
}

function formModelOf(template: TTemplate, options: TFormModelOptions): TResult<TFormModel> {
  const body = template.body;
  const parameters = body["Parameters"] ?? {};
  if (!isObject(parameters)) {
    const problem = { path: ["Parameters"], message: "Parameters must be a mapping" };
    return { ok: false, errors: [checkFinding(templateSections, problem, template)] };
  }
  const metadata = body["Metadata"];
  const interfaceData =
    isObject(metadata) && isObject(metadata["AWS::CloudFormation::Interface"])
      ? metadata["AWS::CloudFormation::Interface"]
      : {};
  const labels = isObject(interfaceData["ParameterLabels"]) ? interfaceData["ParameterLabels"] : {};
  const errors: TFinding[] = [];
  const fields: TFormField[] = [];
  for (const [name, definition] of Object.entries(parameters)) {
    for (const problem of parameterShapeProblems(name, definition))
      errors.push(checkFinding(parametersConfiguration, problem, template));
    if (!isObject(definition)) continue;
    const typeProblem =
      definition["Type"] === undefined ? undefined : parameterTypeProblem(name, definition["Type"]);
    if (typeProblem !== undefined) {
      const problem = { path: ["Parameters", name, "Type"], message: typeProblem };
      errors.push(checkFinding(parametersType, problem, template));
    }
    const report = (message: string, at: TPath) =>
      errors.push(
        checkFinding(parametersDefinition, { path: ["Parameters", name, ...at], message }, template),
      );
    const field = readParameter(name, definition, labelOf(labels[name]) ?? name, report);
    if (field) fields.push(field);
  }
  if (errors.length > 0) return { ok: false, errors };
  const constrained = applyConstraints(fields, options.constraints ?? []);
  const ordered = orderFields(constrained.fields, interfaceData);
  const rules = mergeRules(body["Rules"], options.rules);
  return {
    ok: true,
    value: {
      fields: ordered.fields,
      groups: ordered.groups,
      ...(rules ? { rules } : {}),
      warnings: constrained.warnings,
    },
  };
}
