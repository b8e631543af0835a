import type { TJson, TPath } from "../model.ts";

/** One problem with a parameter definition, where it is and what is wrong. */
export interface TParameterProblem {
  path: TPath;
  message: string;
}

const NUMERIC_KEYS = ["MaxLength", "MaxValue", "MinLength", "MinValue"] as const;

/** Min/Max constraints are numbers, though templates often write them as strings. */
export function isNumeric(value: TJson | undefined): boolean {
  return (
    typeof value === "number" ||
    (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
  );
}

/**
 * What CloudFormation rejects in a parameter's shape (SV-E2001): not a
 * mapping, no Type, constraints of the wrong kind. Unknown keys are left to
 * the check, since a form can ignore them. The form model reports the same
 * problems in the same words, so a caller showing both lists sees each once.
 */
export function parameterShapeProblems(name: string, definition: TJson | undefined): TParameterProblem[] {
  const path = ["Parameters", name];
  if (typeof definition !== "object" || definition === null || Array.isArray(definition)) {
    return [{ path, message: `Parameter '${name}' must be a mapping with a Type` }];
  }
  const out: TParameterProblem[] = [];
  if (definition["Type"] === undefined) out.push({ path, message: `Parameter '${name}' has no Type` });
  for (const key of NUMERIC_KEYS) {
    if (definition[key] !== undefined && !isNumeric(definition[key]))
      out.push({ path: [...path, key], message: `${key} of '${name}' must be a number` });
  }
  if (definition["AllowedValues"] !== undefined && !Array.isArray(definition["AllowedValues"])) {
    out.push({ path: [...path, "AllowedValues"], message: `AllowedValues of '${name}' must be a list` });
  }
  const pattern = definition["AllowedPattern"];
  if (pattern !== undefined && typeof pattern !== "string") {
    out.push({ path: [...path, "AllowedPattern"], message: `AllowedPattern of '${name}' must be a string` });
  }
  return out;
}
