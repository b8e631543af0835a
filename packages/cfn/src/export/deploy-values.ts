import type { TJson, TJsonObject } from "../model.ts";

/** A parameter as the export writes it: a value to pass, or a NoEcho one supplied from the environment. */
export type TDeployParameter =
  | { name: string; secret: false; value: string }
  | { name: string; secret: true; envVar: string; placeholder: string };

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A parameter value as CloudFormation receives it: text, lists joined with commas. */
export function valueText(value: TJson | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.join(",");
  }
  return undefined;
}

/** `NoEcho: true` and `NoEcho: "true"` both hide a value in CloudFormation. */
export function isNoEcho(definition: TJsonObject): boolean {
  const flag = definition["NoEcho"];
  return flag === true || (typeof flag === "string" && flag.toLowerCase() === "true");
}

/**
 * The environment variable a command reads a NoEcho value from. Prefixed so
 * a parameter called `Path` or `Home` never reads the shell's own variables.
 */
export function secretEnvVar(name: string): string {
  return `SV_PARAM_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

/** What files hold instead of a NoEcho value: the variable to fill it from, in `envsubst` syntax. */
export function secretPlaceholder(name: string): string {
  return `\${${secretEnvVar(name)}}`;
}

/**
 * The values to deploy a rendered template with, read from the template
 * itself: render wrote each chosen value as its parameter's Default, so the
 * approved bytes are the single source of the values. NoEcho parameters (by
 * the template, or listed in `secretNames`) never carry a value here;
 * parameters with no Default are left to CloudFormation.
 */
export function deployParameters(body: TJsonObject, secretNames: readonly string[] = []): TDeployParameter[] {
  const parameters = body["Parameters"];
  if (!isObject(parameters)) return [];
  const secrets = new Set(secretNames);
  const result: TDeployParameter[] = [];
  for (const name of Object.keys(parameters)) {
    const definition = parameters[name];
    if (!isObject(definition)) continue;
    if (isNoEcho(definition) || secrets.has(name)) {
      result.push({ name, secret: true, envVar: secretEnvVar(name), placeholder: secretPlaceholder(name) });
      continue;
    }
    const value = valueText(definition["Default"]);
    if (value !== undefined) result.push({ name, secret: false, value });
  }
  return result;
}

/** The value a file or command carries for a parameter: its own, or the placeholder of a secret. */
export function fileValue(parameter: TDeployParameter): string {
  return parameter.secret ? parameter.placeholder : parameter.value;
}
