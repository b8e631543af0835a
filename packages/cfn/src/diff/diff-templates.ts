/**
 * Change-set preview: what an update from one template to another adds,
 * removes and modifies, and whether each modification replaces the resource
 * (a new physical resource, data loss for stateful ones) according to the
 * AWS resource specification's `causesReplacement`.
 */
import type { TJson, TJsonObject, TTemplate } from "../model.ts";
import { intrinsicName, isObject, own } from "../graph/references.ts";
import { isCustomType } from "../validate/context.ts";
import {
  loadSpec,
  type TPropertySpec,
  type TReplacement,
  type TSpec,
  type TValueType,
} from "../validate/spec.ts";
import { containsIntrinsic, jsonEqual } from "./json-equal.ts";

export type TReplacementImpact = "replaces" | "may-replace" | "in-place";

export interface TPropertyChange {
  /** e.g. ["Properties", "InstanceType"] or ["DeletionPolicy"]. */
  path: string[];
  old?: TJson;
  new?: TJson;
  impact: TReplacementImpact;
}

export interface TResourceRef {
  logicalId: string;
  type: string;
}

export interface TRemovedResource extends TResourceRef {
  /** Retain or Snapshot: removing the resource from the stack keeps it (or a snapshot) in the account. */
  deletionPolicy?: string;
}

export interface TResourceModification extends TResourceRef {
  /** Set when the Type itself changed, which always replaces. */
  oldType?: string;
  impact: TReplacementImpact;
  /** Set when a (possible) replacement hits a resource that holds data. */
  stateful?: true;
  changes: TPropertyChange[];
}

export interface TFieldChange {
  field: string;
  old?: TJson;
  new?: TJson;
}

export interface TNamedChange {
  name: string;
  changes: TFieldChange[];
}

export interface TTemplateDiff {
  resources: { added: TResourceRef[]; removed: TRemovedResource[]; modified: TResourceModification[] };
  parameters: { added: string[]; removed: string[]; changed: TNamedChange[] };
  outputs: { added: string[]; removed: string[]; changed: TNamedChange[] };
  /** True when nothing at all differs in these three sections. */
  unchanged: boolean;
}

export interface TDiffOptions {
  spec?: TSpec;
}

const RANK: Record<TReplacementImpact, number> = { "in-place": 0, "may-replace": 1, replaces: 2 };

export function worstImpact(impacts: readonly TReplacementImpact[]): TReplacementImpact {
  return impacts.reduce<TReplacementImpact>((a, b) => (RANK[b] > RANK[a] ? b : a), "in-place");
}

function fromSpec(r: TReplacement): TReplacementImpact {
  return r === "yes" ? "replaces" : r === "maybe" ? "may-replace" : "in-place";
}

function section(t: TTemplate, name: string): TJsonObject {
  const s = t.body[name];
  return isObject(s) ? s : {};
}

/** `{ old: value }` only when there is a value, so JSON output has no `"old": undefined` noise. */
function present<K extends "old" | "new">(key: K, value: TJson | undefined): { [P in K]?: TJson } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: TJson };
}

/** A resource's Type as text; anything but a string (a broken upload) shows as empty. */
function typeName(resource: TJsonObject): string {
  return typeof resource.Type === "string" ? resource.Type : "";
}

function objectOf(value: TJson | undefined): TJsonObject {
  return isObject(value) ? value : {};
}

/** The structure a property value is described by, when it is an object type. */
function objectProperties(
  types: readonly TValueType[],
  spec: TSpec,
): ReadonlyMap<string, TPropertySpec> | undefined {
  for (const t of types) {
    if (t.kind === "object") return spec.typeDefinition(t.ref)?.properties;
    if (t.kind === "union") {
      const inner = objectProperties(t.types, spec);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Replacement impact of changing `oldValue` to `newValue` for a property
 * described by `prop`. Nested structures are searched for sub-properties
 * that replace even though their parent does not (and vice versa the
 * parent's "yes" wins). When either side is computed at deploy time, a
 * replacing change is only a possibility.
 */
function changeImpact(
  prop: TPropertySpec | undefined,
  oldValue: TJson | undefined,
  newValue: TJson | undefined,
  spec: TSpec,
): TReplacementImpact {
  if (!prop) return "in-place";
  let impact = fromSpec(prop.replacement);
  const nested = objectProperties(prop.types, spec);
  if (
    nested &&
    isObject(oldValue) &&
    isObject(newValue) &&
    !intrinsicName(oldValue) &&
    !intrinsicName(newValue)
  ) {
    const keys = new Set([...Object.keys(oldValue), ...Object.keys(newValue)]);
    const inner = [...keys]
      .filter((k) => !jsonEqual(own(oldValue, k), own(newValue, k)))
      .map((k) => changeImpact(nested.get(k), own(oldValue, k), own(newValue, k), spec));
    impact = worstImpact([impact, ...inner]);
  }
  if (impact === "replaces" && (containsIntrinsic(oldValue) || containsIntrinsic(newValue)))
    return "may-replace";
  return impact;
}

function modifiedResource(
  logicalId: string,
  before: TJsonObject,
  after: TJsonObject,
  spec: TSpec,
): TResourceModification | undefined {
  const type = typeName(after);
  const oldType = typeName(before);
  const changes: TPropertyChange[] = [];
  const typeSpec = spec.resource(type);
  const unknownType = !typeSpec && !isCustomType(type);
  const oldProps = objectOf(before.Properties);
  const newProps = objectOf(after.Properties);
  for (const key of new Set([...Object.keys(oldProps), ...Object.keys(newProps)])) {
    const [was, is] = [own(oldProps, key), own(newProps, key)];
    if (jsonEqual(was, is)) continue;
    // Without a spec for the type nothing can be ruled out.
    const impact = unknownType ? "may-replace" : changeImpact(typeSpec?.properties.get(key), was, is, spec);
    changes.push({ path: ["Properties", key], ...present("old", was), ...present("new", is), impact });
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [own(before, key), own(after, key)];
    if (key === "Properties" || key === "Type" || jsonEqual(was, is)) continue;
    changes.push({ path: [key], ...present("old", was), ...present("new", is), impact: "in-place" });
  }
  const stateful =
    spec.resource(oldType)?.stateful || typeSpec?.stateful ? ({ stateful: true } as const) : {};
  if (type !== oldType) {
    return {
      logicalId,
      type,
      oldType,
      impact: "replaces",
      ...stateful,
      changes: [{ path: ["Type"], old: oldType, new: type, impact: "replaces" }, ...changes],
    };
  }
  if (changes.length === 0) return undefined;
  const impact = worstImpact(changes.map((c) => c.impact));
  return { logicalId, type, impact, ...(impact === "in-place" ? {} : stateful), changes };
}

function fieldChanges(before: TJson | undefined, after: TJson | undefined): TFieldChange[] {
  const a = objectOf(before);
  const b = objectOf(after);
  const out: TFieldChange[] = [];
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const [was, is] = [own(a, field), own(b, field)];
    if (!jsonEqual(was, is)) out.push({ field, ...present("old", was), ...present("new", is) });
  }
  return out;
}

function namedDiff(
  before: TJsonObject,
  after: TJsonObject,
): { added: string[]; removed: string[]; changed: TNamedChange[] } {
  const added = Object.keys(after).filter((k) => !Object.hasOwn(before, k));
  const removed = Object.keys(before).filter((k) => !Object.hasOwn(after, k));
  const changed: TNamedChange[] = [];
  for (const name of Object.keys(after)) {
    if (!Object.hasOwn(before, name)) continue;
    const changes = fieldChanges(own(before, name), own(after, name));
    if (changes.length > 0) changed.push({ name, changes });
  }
  return { added, removed, changed };
}

export function diffTemplates(oldT: TTemplate, newT: TTemplate, options: TDiffOptions = {}): TTemplateDiff {
  const spec = options.spec ?? loadSpec();
  const before = section(oldT, "Resources");
  const after = section(newT, "Resources");
  const ref = (id: string, r: TJson | undefined): TResourceRef => ({
    logicalId: id,
    type: typeName(objectOf(r)),
  });
  const added = Object.keys(after)
    .filter((k) => !Object.hasOwn(before, k))
    .map((k) => ref(k, own(after, k)));
  const removed = Object.keys(before)
    .filter((k) => !Object.hasOwn(after, k))
    .map((k): TRemovedResource => {
      const policy = objectOf(own(before, k)).DeletionPolicy;
      return {
        ...ref(k, own(before, k)),
        ...(typeof policy === "string" && policy !== "Delete" ? { deletionPolicy: policy } : {}),
      };
    });
  const modified: TResourceModification[] = [];
  for (const id of Object.keys(after)) {
    if (!Object.hasOwn(before, id)) continue;
    const m = modifiedResource(id, objectOf(own(before, id)), objectOf(own(after, id)), spec);
    if (m) modified.push(m);
  }
  const parameters = namedDiff(section(oldT, "Parameters"), section(newT, "Parameters"));
  const outputs = namedDiff(section(oldT, "Outputs"), section(newT, "Outputs"));
  const counts = [
    added,
    removed,
    modified,
    parameters.added,
    parameters.removed,
    parameters.changed,
    outputs.added,
    outputs.removed,
    outputs.changed,
  ];
  return {
    resources: { added, removed, modified },
    parameters,
    outputs,
    unchanged: counts.every((c) => c.length === 0),
  };
}
