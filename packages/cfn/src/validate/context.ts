/**
 * What every check sees: the template's sections indexed once, the spec, the
 * transforms in force and the references collected in one walk. Building it
 * once per validation keeps each check a small loop over precomputed data.
 */
import type { TFinding, TJson, TJsonObject, TPath, TSeverity, TTemplate } from "../model.ts";
import { collectReferences, isObject, type TReference } from "../graph/references.ts";
import type { TSpec } from "./spec.ts";

export const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
export const LANGUAGE_EXTENSIONS = "AWS::LanguageExtensions";

export interface TTransforms {
  /** Transform names in declaration order. */
  names: string[];
  sam: boolean;
  languageExtensions: boolean;
}

export interface TCheckContext {
  template: TTemplate;
  body: TJsonObject;
  spec: TSpec;
  transforms: TTransforms;
  /** Resources whose declaration is an object, by logical id (Fn::ForEach blocks excluded). */
  resources: ReadonlyMap<string, TJsonObject>;
  parameters: ReadonlyMap<string, TJsonObject>;
  /**
   * Output declarations by name, as written (not always mappings, so checks
   * can say so). Inline Fn::Transform is left out, and so are Fn::ForEach
   * loops under AWS::LanguageExtensions: their outputs exist only once expanded.
   */
  outputs: ReadonlyMap<string, TJson>;
  conditionNames: ReadonlySet<string>;
  mappings: TJsonObject;
  /** All Ref/GetAtt/Sub references in Resources, Outputs and Conditions. */
  references: readonly TReference[];
  /** Logical ids that Fn::ForEach loops in Resources expand to (AWS::LanguageExtensions). */
  loopResources: ReadonlySet<string>;
  /** True when a loop's collection is not a literal list, so the ids it creates are unknown. */
  loopResourcesOpaque: boolean;
}

/** A finding before the registry stamps it with the check's id, severity and position. */
export interface TDraft {
  path: TPath;
  message: string;
}

/** What the checks table says about a check; its findings carry the id, severity and cfn-lint rule. */
export interface TCheckInfo {
  id: string;
  cfnLintRule?: string;
  description: string;
  source: string;
  severity: TSeverity;
}

/** A check of the template alone, run by `validateTemplate`. */
export interface TCheck extends TCheckInfo {
  run(ctx: TCheckContext): TDraft[];
}

/** A draft as a finding of `check`, placed in the source when the template knows where `path` is. */
export function checkFinding(check: TCheckInfo, draft: TDraft, template?: TTemplate): TFinding {
  const position = template?.positionOf(draft.path);
  return {
    id: check.id,
    severity: check.severity,
    message: draft.message,
    path: draft.path,
    ...(position ? { position } : {}),
    ...(check.cfnLintRule ? { cfnLintRule: check.cfnLintRule } : {}),
  };
}

/** Transform may be one name, a list of names, or objects `{ Name, Parameters }` for macros with parameters. */
export function transformNames(value: TJson | undefined): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === "string") out.push(item);
    else if (isObject(item) && typeof item.Name === "string") out.push(item.Name);
  }
  return out;
}

/** `Fn::ForEach::Name` keys expand to many entries under AWS::LanguageExtensions; they are not logical ids. */
export function isForEachKey(key: string): boolean {
  return key.startsWith("Fn::ForEach::");
}

/**
 * `Fn::Transform` (AWS::Include and other macros) may stand in a section or
 * an object in place of keys; its content is only known after processing.
 */
export function isTransformKey(key: string): boolean {
  return key === "Fn::Transform";
}

function objectEntries(section: TJson | undefined): Map<string, TJsonObject> {
  const out = new Map<string, TJsonObject>();
  if (!isObject(section)) return out;
  for (const [k, v] of Object.entries(section)) {
    if (isObject(v) && !isForEachKey(k) && !isTransformKey(k)) out.set(k, v);
  }
  return out;
}

/**
 * Logical ids produced by `Fn::ForEach::X: [Identifier, [a, b], { "${Identifier}Queue": … }]`,
 * so that references to `aQueue` resolve. Nested loops and non-literal
 * collections make the set incomplete, which `opaque` reports.
 */
export function loopResourceNames(resources: TJson | undefined): { names: Set<string>; opaque: boolean } {
  const names = new Set<string>();
  let opaque = false;
  if (!isObject(resources)) return { names, opaque };
  for (const [key, value] of Object.entries(resources)) {
    if (!isForEachKey(key)) continue;
    const [identifier, collection, body] = Array.isArray(value) ? value : [];
    if (typeof identifier !== "string" || !Array.isArray(collection) || !isObject(body)) {
      opaque = true;
      continue;
    }
    for (const template of Object.keys(body)) {
      if (isForEachKey(template)) opaque = true;
      for (const item of collection) {
        if (typeof item !== "string") opaque = true;
        else
          names.add(
            template
              .split(`\${${identifier}}`)
              .join(item)
              .split(`&{${identifier}}`)
              .join(item.replace(/[^A-Za-z0-9]/g, "")),
          );
      }
    }
  }
  return { names, opaque };
}

/** Without AWS::LanguageExtensions an `Fn::ForEach::` key is an ordinary, badly named output. */
function outputEntries(section: TJson | undefined, languageExtensions: boolean): Map<string, TJson> {
  const out = new Map<string, TJson>();
  if (!isObject(section)) return out;
  for (const [k, v] of Object.entries(section)) {
    if (!isTransformKey(k) && !(languageExtensions && isForEachKey(k))) out.set(k, v);
  }
  return out;
}

export function buildContext(template: TTemplate, spec: TSpec): TCheckContext {
  const body = template.body;
  const names = transformNames(body.Transform);
  const languageExtensions = names.includes(LANGUAGE_EXTENSIONS);
  const references: TReference[] = [];
  for (const section of ["Resources", "Outputs", "Conditions"] as const) {
    const s = body[section];
    if (!isObject(s)) continue;
    for (const [k, v] of Object.entries(s)) {
      if (!isForEachKey(k)) collectReferences(v, [section, k], references);
    }
  }
  const loops = loopResourceNames(body.Resources);
  return {
    template,
    loopResources: loops.names,
    loopResourcesOpaque: loops.opaque,
    body,
    spec,
    transforms: {
      names,
      sam: names.includes(SAM_TRANSFORM),
      languageExtensions,
    },
    resources: objectEntries(body.Resources),
    parameters: objectEntries(body.Parameters),
    outputs: outputEntries(body.Outputs, languageExtensions),
    conditionNames: new Set(isObject(body.Conditions) ? Object.keys(body.Conditions) : []),
    mappings: isObject(body.Mappings) ? body.Mappings : {},
    references,
  };
}

/** Resource type as written, or undefined when missing or not a string. */
export function resourceType(resource: TJsonObject): string | undefined {
  return typeof resource.Type === "string" ? resource.Type : undefined;
}

/** Types CloudFormation treats as custom resources: any attribute may be read from them. */
export function isCustomType(type: string): boolean {
  return type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource";
}

export function isModuleType(type: string): boolean {
  return type.endsWith("::MODULE");
}

/**
 * Whether the template's own checks apply to this resource: SAM resources are
 * expanded by the transform into other resources, so their shape and the
 * names they generate are the transform's business.
 */
export function isTransformed(ctx: TCheckContext, type: string): boolean {
  return ctx.transforms.sam && type.startsWith("AWS::Serverless::");
}
