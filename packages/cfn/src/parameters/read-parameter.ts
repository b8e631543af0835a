import type { TJson, TJsonObject, TPath } from "../model.ts";
import { AWS_ID_FORMATS } from "./aws-id-formats.ts";
import { kindOf } from "./field-kind.ts";
import type { TFormField } from "./form-model.ts";
import { listItems } from "./list-value.ts";
import { isNumeric, type TParameterProblem } from "./parameter-shape.ts";
import { classifyParameterType } from "./parameter-type.ts";

/**
 * Reports a problem that keeps a parameter definition from becoming a form
 * field (SV-PARAM-DEFINITION), `at` a path inside the definition such as
 * `["AllowedValues", 2]`. Problems CloudFormation itself rejects are
 * `parameterShapeProblems` and `parameterTypeProblem`.
 */
export type TReport = (message: string, at: TPath) => void;

function scalarText(value: TJson | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Min/Max constraints are numbers, though templates often write them as strings. */
function numberOf(value: TJson | undefined): number | undefined {
  return isNumeric(value) ? Number(value) : undefined;
}

const NUMERIC_KEYS = [
  ["MinLength", "minLength"],
  ["MaxLength", "maxLength"],
  ["MinValue", "minValue"],
  ["MaxValue", "maxValue"],
] as const;

/**
 * AllowedValues, AllowedPattern and the numeric bounds. One of the wrong kind
 * is left out of the field; `parameterShapeProblems` says so.
 */
function readConstraints(name: string, definition: TJsonObject, report: TReport): Partial<TFormField> {
  const constraints: Partial<TFormField> = {};
  const allowed = definition["AllowedValues"];
  if (Array.isArray(allowed)) {
    const options = allowed.map(scalarText);
    const bad = options.indexOf(undefined);
    if (bad >= 0) {
      report(`AllowedValues of ${name} must be a list of values`, ["AllowedValues", bad]);
    } else {
      constraints.options = options as string[];
    }
  }
  const pattern = definition["AllowedPattern"];
  if (typeof pattern === "string") constraints.pattern = pattern;
  for (const [key, property] of NUMERIC_KEYS) {
    const number = numberOf(definition[key]);
    if (number !== undefined) constraints[property] = number;
  }
  return constraints;
}

/** The Default as a form shows it: text, or items for list types. Secrets never get one. */
function readDefault(
  field: TFormField,
  definition: TJsonObject,
  report: TReport,
): string | string[] | undefined {
  const raw = definition["Default"];
  if (raw === undefined || field.secret) return undefined;
  const text = Array.isArray(raw) ? raw.map(scalarText).join(",") : scalarText(raw);
  if (text === undefined) {
    report(`Default of ${field.name} must be a value`, ["Default"]);
    return undefined;
  }
  return field.multiple ? listItems(field, text) : text;
}

/**
 * One parameter definition as a form field; undefined when its Type is not
 * one CloudFormation knows (`parameterTypeProblem` says why). Problems go to
 * `report` and the field is still returned, so every problem in a template
 * is reported at once.
 */
export function readParameter(
  name: string,
  definition: TJsonObject,
  label: string,
  report: TReport,
): TFormField | undefined {
  const rawType = definition["Type"];
  const type = typeof rawType === "string" ? classifyParameterType(rawType) : undefined;
  if (typeof rawType !== "string" || !type) return undefined;
  const secret = definition["NoEcho"] === true || definition["NoEcho"] === "true";
  const description = definition["Description"];
  const constraintDescription = definition["ConstraintDescription"];
  const format = type.awsType ? AWS_ID_FORMATS[type.awsType] : undefined;
  const field: TFormField = {
    name,
    label,
    kind: "text",
    type: rawType,
    multiple: type.multiple,
    numeric: type.base === "number",
    secret,
    required: !secret && definition["Default"] === undefined,
    ...(typeof description === "string" ? { description } : {}),
    ...(typeof constraintDescription === "string" ? { constraintDescription } : {}),
    ...(type.awsType ? { awsType: type.awsType } : {}),
    ...(type.resolvesTo ? { ssmResolvesTo: type.resolvesTo } : {}),
    ...(format ? { hint: { ...format } } : {}),
    ...readConstraints(name, definition, report),
  };
  const fallback = readDefault(field, definition, report);
  if (fallback !== undefined) field.default = fallback;
  field.kind = kindOf(type, secret, field.options !== undefined);
  return field;
}

/** What `readParameter` reports about one definition, without the field. */
export function parameterDefinitionProblems(name: string, definition: TJsonObject): TParameterProblem[] {
  const out: TParameterProblem[] = [];
  readParameter(name, definition, name, (message, at) =>
    out.push({ path: ["Parameters", name, ...at], message }),
  );
  return out;
}
