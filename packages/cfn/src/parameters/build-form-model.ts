import type { TFinding, TJson, TJsonObject, TPath, TResult, TTemplate } from "../model.ts";
import { AWS_ID_FORMATS } from "./aws-id-formats.ts";
import { applyConstraints } from "./apply-constraints.ts";
import { kindOf } from "./field-kind.ts";
import type { TFormField, TFormGroup, TFormModel, TParameterConstraint } from "./form-model.ts";
import { listItems } from "./list-value.ts";
import { classifyParameterType } from "./parameter-type.ts";

export interface TFormModelOptions {
  /** Portfolio constraints on single parameters. */
  constraints?: TParameterConstraint[];
  /** Portfolio rules in CloudFormation Rules syntax, checked alongside the template's own Rules. */
  rules?: TJsonObject;
}

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parameterError(message: string, path: TPath, template: TTemplate, cfnLintRule = "E2001"): TFinding {
  const position = template.positionOf(path);
  return { id: "SV-PARAM-DEFINITION", severity: "error", message, path, ...(position ? { position } : {}), cfnLintRule };
}

/** `Label: { default: "…" }` as Interface metadata spells labels. */
function labelOf(value: TJson | undefined): string | undefined {
  const label = isObject(value) ? value["default"] : undefined;
  return typeof label === "string" ? label : undefined;
}

function scalarText(value: TJson | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Min/Max constraints are numbers, though templates often write them as strings. */
function numberOf(value: TJson | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}

function buildField(
  name: string,
  definition: TJsonObject,
  labels: TJsonObject,
  template: TTemplate,
  errors: TFinding[],
): TFormField | undefined {
  const path = ["Parameters", name];
  const rawType = definition["Type"];
  const type = typeof rawType === "string" ? classifyParameterType(rawType) : undefined;
  if (typeof rawType !== "string" || !type) {
    errors.push(parameterError(`Parameter ${name} has an unknown Type ${JSON.stringify(rawType ?? null)}`, [...path, "Type"], template, "E2002"));
    return undefined;
  }
  const secret = definition["NoEcho"] === true || definition["NoEcho"] === "true";
  const field: TFormField = {
    name,
    label: labelOf(labels[name]) ?? name,
    kind: "text",
    type: rawType,
    multiple: type.multiple,
    numeric: type.base === "number",
    secret,
    required: false,
  };
  if (type.awsType) field.awsType = type.awsType;
  if (type.resolvesTo) field.ssmResolvesTo = type.resolvesTo;
  const format = type.awsType ? AWS_ID_FORMATS[type.awsType] : undefined;
  if (format) field.hint = { ...format };
  const description = definition["Description"];
  if (typeof description === "string") field.description = description;
  const constraintDescription = definition["ConstraintDescription"];
  if (typeof constraintDescription === "string") field.constraintDescription = constraintDescription;

  const allowed = definition["AllowedValues"];
  if (allowed !== undefined) {
    const options = Array.isArray(allowed) ? allowed.map(scalarText) : [];
    if (!Array.isArray(allowed) || options.some((option) => option === undefined)) {
      errors.push(parameterError(`AllowedValues of ${name} must be a list of values`, [...path, "AllowedValues"], template));
    } else {
      field.options = options as string[];
    }
  }
  const pattern = definition["AllowedPattern"];
  if (pattern !== undefined) {
    if (typeof pattern === "string") field.pattern = pattern;
    else errors.push(parameterError(`AllowedPattern of ${name} must be a string`, [...path, "AllowedPattern"], template));
  }
  for (const key of ["MinLength", "MaxLength", "MinValue", "MaxValue"] as const) {
    const number = numberOf(definition[key]);
    if (number === null) errors.push(parameterError(`${key} of ${name} must be a number`, [...path, key], template));
    else if (number !== undefined) {
      const property = (key.charAt(0).toLowerCase() + key.slice(1)) as "minLength" | "maxLength" | "minValue" | "maxValue";
      field[property] = number;
    }
  }
  const rawDefault = definition["Default"];
  if (rawDefault !== undefined && !secret) {
    const text = Array.isArray(rawDefault) ? rawDefault.map(scalarText).join(",") : scalarText(rawDefault);
    if (text === undefined) {
      errors.push(parameterError(`Default of ${name} must be a value`, [...path, "Default"], template));
    } else {
      field.default = field.multiple ? listItems(field, text) : text;
    }
  }
  field.required = !secret && rawDefault === undefined;
  field.kind = kindOf(type, secret, field.options !== undefined);
  return field;
}

/** Fields in Interface order: each ParameterGroup in turn, then the parameters no group names. */
function orderFields(fields: TFormField[], interfaceData: TJsonObject): { fields: TFormField[]; groups: TFormGroup[] } {
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
function mergeRules(template: TJson | undefined, portfolio: TJsonObject | undefined): TJsonObject | undefined {
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
 * reject come back as errors; constraints that cannot apply come back as
 * warnings inside the model.
 */
export function buildFormModel(template: TTemplate, options: TFormModelOptions = {}): TResult<TFormModel> {
  const body = template.body;
  const parameters = body["Parameters"] ?? {};
  if (!isObject(parameters)) {
    return { ok: false, errors: [parameterError("Parameters must be a mapping", ["Parameters"], template, "E1001")] };
  }
  const metadata = body["Metadata"];
  const interfaceData = isObject(metadata) && isObject(metadata["AWS::CloudFormation::Interface"])
    ? metadata["AWS::CloudFormation::Interface"]
    : {};
  const labels = isObject(interfaceData["ParameterLabels"]) ? interfaceData["ParameterLabels"] : {};
  const errors: TFinding[] = [];
  const fields: TFormField[] = [];
  for (const [name, definition] of Object.entries(parameters)) {
    if (!isObject(definition)) {
      errors.push(parameterError(`Parameter ${name} must be a mapping`, ["Parameters", name], template));
      continue;
    }
    const field = buildField(name, definition, labels, template, errors);
    if (field) fields.push(field);
  }
  if (errors.length > 0) return { ok: false, errors };
  const constrained = applyConstraints(fields, options.constraints ?? []);
  const ordered = orderFields(constrained.fields, interfaceData);
  const rules = mergeRules(body["Rules"], options.rules);
  return {
    ok: true,
    value: { fields: ordered.fields, groups: ordered.groups, ...(rules ? { rules } : {}), warnings: constrained.warnings },
  };
}
