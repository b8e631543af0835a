/**
 * What an update request changes, for the requester and the approvers: the
 * resources added, modified, replaced (naming the properties that force it)
 * and removed, the parameter definitions and values that change, and the
 * outputs. Rendered templates keep `Ref: Param` and carry each value as the
 * parameter's Default, so a value that feeds an immutable property changes
 * no resource text; the preview therefore substitutes the known values for
 * Refs (and plain `${Param}` Sub variables) before diffing resources.
 */
import { isNoEcho, valueText } from "../export/deploy-values.ts";
import { isObject } from "../graph/references.ts";
import type { TJson, TJsonObject, TTemplate } from "../model.ts";
import type { TParameterValues as TValues } from "../rules/evaluate-rules.ts";
import {
  diffTemplates,
  type TDiffOptions,
  type TNamedChange,
  type TRemovedResource,
  type TResourceModification,
  type TResourceRef,
} from "./diff-templates.ts";

type TParameterValues = Readonly<TValues>;

/** A parameter's value before and after, as CloudFormation receives it (lists joined with commas). */
export type TValueChange =
  | { name: string; secret: false; change: "added" | "changed" | "removed"; old?: string; new?: string }
  /** A NoEcho parameter: never a value, old or new. */
  | { name: string; secret: true; change: "added" | "removed" };

export interface TReplacedResource extends TResourceModification {
  impact: "replaces" | "may-replace";
  /** The properties whose change forces (or may force) the replacement, e.g. ["BucketName"], or ["Type"]. */
  forcedBy: string[];
}

export interface TChangePreview {
  resources: {
    added: TResourceRef[];
    /** Updated in place. */
    modified: TResourceModification[];
    replaced: TReplacedResource[];
    removed: TRemovedResource[];
  };
  /** Definitions (Type, AllowedValues, …); a Default is a value and shows in `values`. */
  parameters: { added: string[]; removed: string[]; changed: TNamedChange[] };
  values: TValueChange[];
  outputs: { added: string[]; removed: string[]; changed: TNamedChange[] };
  unchanged: boolean;
}

export interface TChangePreviewOptions extends TDiffOptions {
  /** Parameters to treat as NoEcho besides those either template marks. */
  secretNames?: readonly string[];
}

function parametersOf(t: TTemplate): TJsonObject {
  const p = t.body["Parameters"];
  return isObject(p) ? p : {};
}

/** Ref of these types is not the value given: SSM types resolve it in the account at deploy time. */
function resolvable(definition: TJsonObject): boolean {
  const type = definition["Type"];
  return typeof type !== "string" || !type.startsWith("AWS::SSM::Parameter::Value<");
}

function isList(definition: TJsonObject): boolean {
  const type = definition["Type"];
  return typeof type === "string" && (type === "CommaDelimitedList" || type.startsWith("List<"));
}

/** The value a stack gets for each parameter: the one given, else the template's Default. */
function effectiveValues(
  t: TTemplate,
  given: TParameterValues,
  secrets: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, definition] of Object.entries(parametersOf(t))) {
    if (secrets.has(name) || !isObject(definition)) continue;
    const text = Object.hasOwn(given, name) ? valueText(given[name]) : valueText(definition["Default"]);
    if (text !== undefined) out.set(name, text);
  }
  return out;
}

/** What `Ref` to each parameter evaluates to, for those whose value is known and not secret. */
function refValues(t: TTemplate, values: ReadonlyMap<string, string>): Map<string, TJson> {
  const out = new Map<string, TJson>();
  for (const [name, definition] of Object.entries(parametersOf(t))) {
    const value = values.get(name);
    if (value === undefined || !isObject(definition) || !resolvable(definition)) continue;
    out.set(name, isList(definition) ? value.split(",") : value);
  }
  return out;
}

/** A Sub string with the known string variables written in; a variable it defines itself shadows them. */
function substituteSub(text: string, refs: ReadonlyMap<string, TJson>, locals: ReadonlySet<string>): string {
  return text.replace(/\$\{([^}!][^}]*)\}/g, (whole, inner: string) => {
    const name = inner.trim();
    const value = refs.get(name);
    return !locals.has(name) && typeof value === "string" ? value : whole;
  });
}

/** Whether a Sub string still has variables (an escape `${!X}` is literal text). */
function hasSubVariables(text: string): boolean {
  return /\$\{[^}!][^}]*\}/.test(text);
}

function substitute(node: TJson, refs: ReadonlyMap<string, TJson>): TJson {
  if (Array.isArray(node)) return node.map((item) => substitute(item, refs));
  if (!isObject(node)) return node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === "Ref" && typeof node["Ref"] === "string") {
    const value = refs.get(node["Ref"]);
    if (value !== undefined) return value;
  }
  if (keys.length === 1 && keys[0] === "Fn::Sub") {
    const args = node["Fn::Sub"] as TJson;
    if (typeof args === "string") {
      const text = substituteSub(args, refs, new Set());
      return hasSubVariables(text) ? { "Fn::Sub": text } : text.replaceAll("${!", "${");
    }
    if (Array.isArray(args) && typeof args[0] === "string" && isObject(args[1] ?? null)) {
      const vars = substitute(args[1] as TJson, refs);
      const locals = new Set(Object.keys(args[1] as TJsonObject));
      return { "Fn::Sub": [substituteSub(args[0], refs, locals), vars] };
    }
  }
  const out: TJsonObject = {};
  for (const key of keys) out[key] = substitute(node[key] as TJson, refs);
  return out;
}

/** The template with Refs to known parameter values written in, in Resources and Outputs only. */
function resolved(t: TTemplate, refs: ReadonlyMap<string, TJson>): TTemplate {
  const body: TJsonObject = { ...t.body };
  for (const section of ["Resources", "Outputs"]) {
    if (Object.hasOwn(t.body, section)) body[section] = substitute(t.body[section] as TJson, refs);
  }
  return { body, format: t.format, positionOf: () => undefined };
}

/** The definitions' changes without Default: a Default is the value render wrote, shown as a value. */
function definitionChanges(changed: readonly TNamedChange[]): TNamedChange[] {
  return changed.flatMap((c) => {
    const changes = c.changes.filter((f) => f.field !== "Default");
    return changes.length > 0 ? [{ name: c.name, changes }] : [];
  });
}

/**
 * Value changes. A NoEcho parameter (in either version) shows without any
 * value, and only when it is added or removed: one the stack already has
 * keeps its deployed value in an update (see the update export).
 */
function valueChanges(
  oldT: TTemplate,
  newT: TTemplate,
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  secrets: ReadonlySet<string>,
): TValueChange[] {
  const oldNames = Object.keys(parametersOf(oldT));
  const newNames = Object.keys(parametersOf(newT));
  const out: TValueChange[] = [];
  for (const name of [...newNames, ...oldNames.filter((n) => !newNames.includes(n))]) {
    const inOld = oldNames.includes(name);
    const inNew = newNames.includes(name);
    if (secrets.has(name)) {
      if (inOld !== inNew) out.push({ name, secret: true, change: inNew ? "added" : "removed" });
      continue;
    }
    const [was, is] = [before.get(name), after.get(name)];
    if (inOld && inNew && was === is) continue;
    const change = !inOld ? "added" : !inNew ? "removed" : "changed";
    out.push({
      name,
      secret: false,
      change,
      ...(inOld && was !== undefined ? { old: was } : {}),
      ...(inNew && is !== undefined ? { new: is } : {}),
    });
  }
  return out;
}

function propertyName(path: readonly string[]): string {
  return (path[0] === "Properties" ? path.slice(1) : path).join(".");
}

/**
 * The change preview of updating a stack from `oldTemplate` deployed with
 * `oldValues` to `newTemplate` with `newValues`. Values missing from a
 * record are read from that template's Defaults (where render writes them),
 * so two rendered templates alone are enough. NoEcho values are never read
 * or shown.
 */
export function changePreview(
  oldTemplate: TTemplate,
  newTemplate: TTemplate,
  oldValues: TParameterValues = {},
  newValues: TParameterValues = {},
  options: TChangePreviewOptions = {},
): TChangePreview {
  const secrets = new Set(options.secretNames ?? []);
  for (const t of [oldTemplate, newTemplate]) {
    for (const [name, definition] of Object.entries(parametersOf(t))) {
      if (isObject(definition) && isNoEcho(definition)) secrets.add(name);
    }
  }
  const before = effectiveValues(oldTemplate, oldValues, secrets);
  const after = effectiveValues(newTemplate, newValues, secrets);
  const diff = diffTemplates(
    resolved(oldTemplate, refValues(oldTemplate, before)),
    resolved(newTemplate, refValues(newTemplate, after)),
    options.spec ? { spec: options.spec } : {},
  );
  const replaced: TReplacedResource[] = [];
  const modified: TResourceModification[] = [];
  for (const m of diff.resources.modified) {
    if (m.impact === "in-place") modified.push(m);
    else {
      const forcedBy = m.changes.filter((c) => c.impact !== "in-place").map((c) => propertyName(c.path));
      replaced.push({ ...m, impact: m.impact, forcedBy });
    }
  }
  const parameters = { ...diff.parameters, changed: definitionChanges(diff.parameters.changed) };
  const values = valueChanges(oldTemplate, newTemplate, before, after, secrets);
  const preview: TChangePreview = {
    resources: { added: diff.resources.added, modified, replaced, removed: diff.resources.removed },
    parameters,
    values,
    outputs: diff.outputs,
    unchanged: false,
  };
  const lists = [
    ...Object.values(preview.resources),
    parameters.added,
    parameters.removed,
    parameters.changed,
    values,
    diff.outputs.added,
    diff.outputs.removed,
    diff.outputs.changed,
  ];
  preview.unchanged = lists.every((l) => l.length === 0);
  return preview;
}
