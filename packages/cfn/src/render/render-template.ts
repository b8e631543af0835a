import { emitJson } from "../emit/emit-json.ts";
import { emitYaml } from "../emit/emit-yaml.ts";
import type { TFinding, TJson, TJsonObject, TResult, TTemplate } from "../model.ts";
import { buildFormModel } from "../parameters/build-form-model.ts";
import type { TFormField, TParameterConstraint } from "../parameters/form-model.ts";
import { buildValuesSchema } from "../parameters/values-schema.ts";
import { evaluateRulesForFields } from "../rules/evaluate-rules.ts";
import { setOwn } from "../parse/set-own.ts";
import { type TProvenance, ZProvenance, ZStackName, ZStackTags } from "./render-input.ts";

export interface TRenderInput {
  template: TTemplate;
  /** Parameter values from the request, as a form or JSON sends them. */
  values: Record<string, string | string[]>;
  /** Stack tags; applied at deploy, recorded in the metadata. */
  tags?: Record<string, string>;
  stackName?: string;
  provenance: TProvenance;
  /** Portfolio constraints and rules the values must also satisfy. */
  constraints?: TParameterConstraint[];
  rules?: TJsonObject;
}

export interface TRenderOutput {
  /** The rendered body. Sections the render does not change are the template's own objects: read, never write. */
  body: TJsonObject;
  yaml: string;
  json: string;
  /** Things to know that do not stop the render, e.g. rules CloudFormation checks at deploy time. */
  notes: TFinding[];
}

/** What a render hands across a thread: the bytes and notes. The body stays with the thread that rendered it. */
export type TRendered = Omit<TRenderOutput, "body">;

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function inputError(id: string, message: string, path: (string | number)[]): TFinding {
  return { id, severity: "error", message, path };
}

/** A deep copy through JSON, which keeps keys such as `__proto__` as data. */
function deepCopy(value: TJson): TJson {
  return JSON.parse(JSON.stringify(value)) as TJson;
}

/**
 * The body with its own copy of the two sections a render writes
 * (Parameters and Metadata); the others, Resources above all, are shared
 * with the template rather than copied, which on a 12,000-resource template
 * is most of the work a render would otherwise do.
 */
function writableCopy(body: TJsonObject): TJsonObject {
  const result: TJsonObject = {};
  for (const key of Object.keys(body)) {
    const value = body[key] as TJson;
    setOwn(result, key, key === "Parameters" || key === "Metadata" ? deepCopy(value) : value);
  }
  return result;
}

function defaultText(value: TJson | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * The value as the template's own AllowedValues spell it. YAML 1.1 reads
 * `AllowedValues: [Yes, No]` as booleans; writing the chosen value back as
 * the same scalar keeps the template consistent for tools (cfn-lint compares
 * types) while CloudFormation sees the same text either way.
 */
function spelledAsAllowed(definition: TJsonObject, text: string): TJson {
  const allowed = definition["AllowedValues"];
  const match = Array.isArray(allowed) ? allowed.find((item) => defaultText(item) === text) : undefined;
  return match === undefined ? text : match;
}

/**
 * Writes values into Parameters as Defaults. Values only ever become string
 * Defaults, so whatever text a requester typed (`{"Ref": "X"}`, `!Sub …`) is
 * data in the output, never template structure. A value equal to the
 * template's Default leaves it untouched; secrets lose any Default and are
 * supplied at deploy.
 */
function applyValues(
  body: TJsonObject,
  fields: readonly TFormField[],
  values: Record<string, string | string[]>,
): void {
  const parameters = body["Parameters"];
  if (!isObject(parameters)) return;
  for (const field of fields) {
    const definition = parameters[field.name];
    if (!isObject(definition)) continue;
    if (field.secret) {
      delete definition["Default"];
      continue;
    }
    const value = Object.hasOwn(values, field.name) ? values[field.name] : undefined;
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : value;
    if (defaultText(definition["Default"]) !== text)
      definition["Default"] = spelledAsAllowed(definition, text);
  }
}

/** Provenance, stack name and tags in a fixed key order, so equal inputs give equal bytes. */
function stackvendMetadata(
  provenance: TProvenance,
  stackName?: string,
  tags?: Record<string, string>,
): TJsonObject {
  const metadata: TJsonObject = {
    product: provenance.product,
    productVersion: provenance.productVersion,
    versionDigest: provenance.versionDigest,
  };
  if (provenance.request !== undefined) metadata["request"] = provenance.request;
  if (provenance.approvers !== undefined) metadata["approvers"] = [...provenance.approvers];
  if (provenance.renderedAt !== undefined) metadata["renderedAt"] = provenance.renderedAt;
  if (stackName !== undefined) metadata["stackName"] = stackName;
  if (tags !== undefined) {
    metadata["tags"] = Object.keys(tags)
      .sort()
      .map((key) => ({ Key: key, Value: tags[key] as string }));
  }
  return metadata;
}

/** The form checks an AWS id's shape; that the resource exists only CloudFormation can check, at deploy time. */
function deployTimeLookup(field: TFormField): TFinding {
  return {
    id: "SV-PARAM-DEPLOY-TIME",
    severity: "info",
    message: `${field.name}: CloudFormation checks at deploy time that the ${field.awsType} value exists in the account`,
    path: ["Parameters", field.name],
  };
}

function checkInput(input: TRenderInput): TFinding[] {
  const errors: TFinding[] = [];
  const provenance = ZProvenance.safeParse(input.provenance);
  if (!provenance.success) {
    for (const issue of provenance.error.issues) {
      errors.push(
        inputError("SV-RENDER-PROVENANCE", `Provenance ${issue.path.join(".")}: ${issue.message}`, [
          "Metadata",
          "Stackvend",
        ]),
      );
    }
  }
  if (input.stackName !== undefined) {
    const stackName = ZStackName.safeParse(input.stackName);
    if (!stackName.success)
      errors.push(
        inputError("SV-RENDER-STACK-NAME", stackName.error.issues[0]?.message ?? "Invalid stack name", []),
      );
  }
  if (input.tags !== undefined) {
    const tags = ZStackTags.safeParse(input.tags);
    if (!tags.success) {
      for (const issue of tags.error.issues) {
        errors.push(
          inputError("SV-RENDER-TAGS", `Tag ${issue.path.join(".")}: ${issue.message}`, [
            "Metadata",
            "Stackvend",
            "tags",
          ]),
        );
      }
    }
  }
  const metadata = input.template.body["Metadata"];
  if (metadata !== undefined && !isObject(metadata)) {
    errors.push(
      inputError("SV-RENDER-METADATA", "Metadata must be a mapping to record provenance", ["Metadata"]),
    );
  }
  return errors;
}

/**
 * Renders an approved request: validates the values with the same schema the
 * form uses (field errors come back as findings on `Parameters.<name>`),
 * writes them as parameter Defaults, records provenance and tags in
 * `Metadata.Stackvend`, and emits YAML and JSON. Deterministic: no clock, no
 * randomness; the caller hashes the bytes.
 */
export function renderTemplate(input: TRenderInput): TResult<TRenderOutput> {
  try {
    const inputErrors = checkInput(input);
    if (inputErrors.length > 0) return { ok: false, errors: inputErrors };
    const model = buildFormModel(input.template, {
      ...(input.constraints ? { constraints: input.constraints } : {}),
      ...(input.rules ? { rules: input.rules } : {}),
    });
    if (!model.ok) return model;
    const parsed = buildValuesSchema(model.value).safeParse(input.values);
    if (!parsed.success) {
      return {
        ok: false,
        errors: parsed.error.issues.map((issue) => {
          const rule = (issue as { params?: { rule?: string } }).params?.rule ?? "Value";
          const name = issue.path[0];
          return inputError(
            `SV-VALUE-${rule}`,
            issue.message,
            name === undefined ? ["Parameters"] : ["Parameters", String(name)],
          );
        }),
      };
    }
    const body = writableCopy(input.template.body);
    applyValues(body, model.value.fields, parsed.data);
    const metadata = isObject(body["Metadata"]) ? body["Metadata"] : {};
    metadata["Stackvend"] = stackvendMetadata(input.provenance, input.stackName, input.tags);
    body["Metadata"] = metadata;
    const notes = [
      ...model.value.warnings,
      ...model.value.fields.filter((field) => field.awsType).map(deployTimeLookup),
      ...(model.value.rules
        ? evaluateRulesForFields(model.value.rules, parsed.data, model.value.fields)
        : []),
    ];
    return { ok: true, value: { body, yaml: emitYaml(body), json: emitJson(body), notes } };
  } catch (error) {
    return {
      ok: false,
      errors: [inputError("SV-RENDER-INTERNAL", `Template could not be rendered: ${String(error)}`, [])],
    };
  }
}
