/**
 * Resources and what they depend on, for the order-page diagram. Edges point
 * from the resource that refers to the thing it refers to, which is also the
 * order CloudFormation creates them in reverse.
 */
import type { TTemplate } from "../model.ts";
import { collectReferences, dependsOnTargets, isObject, type TReferenceKind } from "./references.ts";

export type TEdgeKind = TReferenceKind | "depends-on";

export interface TGraphNode {
  id: string;
  kind: "resource" | "parameter";
  /** CloudFormation type, or the parameter's Type. */
  type: string;
  /** Short label for a box: "EC2/Instance", "Custom/Lookup", "Parameter". */
  label: string;
  condition?: string;
}

export interface TGraphEdge {
  from: string;
  to: string;
  kind: TEdgeKind;
}

export interface TResourceGraph {
  nodes: TGraphNode[];
  edges: TGraphEdge[];
}

export interface TGraphOptions {
  /** Include parameters as nodes, with edges from the resources that use them. */
  includeParameters?: boolean;
}

/** "AWS::EC2::Instance" → "EC2/Instance"; "Custom::Lookup" → "Custom/Lookup"; "A::B::C::MODULE" → "B/C". */
export function shortTypeLabel(type: string): string {
  const parts = type.split("::");
  if (parts.length >= 3) return `${parts[1]}/${parts[2]}`;
  if (parts.length === 2) return `${parts[0]}/${parts[1]}`;
  return type;
}

export function buildResourceGraph(template: TTemplate, options: TGraphOptions = {}): TResourceGraph {
  const resources = isObject(template.body.Resources) ? template.body.Resources : {};
  const parameters = isObject(template.body.Parameters) ? template.body.Parameters : {};
  const nodes: TGraphNode[] = [];
  const ids = new Set<string>();
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r) || typeof r.Type !== "string") continue;
    ids.add(id);
    nodes.push({
      id,
      kind: "resource",
      type: r.Type,
      label: shortTypeLabel(r.Type),
      ...(typeof r.Condition === "string" ? { condition: r.Condition } : {}),
    });
  }
  if (options.includeParameters) {
    for (const [id, p] of Object.entries(parameters)) {
      ids.add(id);
      nodes.push({
        id,
        kind: "parameter",
        type: isObject(p) && typeof p.Type === "string" ? p.Type : "String",
        label: "Parameter",
      });
    }
  }
  const seen = new Set<string>();
  const edges: TGraphEdge[] = [];
  const add = (from: string, to: string, kind: TEdgeKind): void => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    if (from === to || !ids.has(to) || seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, kind });
  };
  for (const [id, r] of Object.entries(resources)) {
    if (!ids.has(id) || !isObject(r)) continue;
    for (const ref of collectReferences(r, ["Resources", id])) add(id, ref.target, ref.kind);
    for (const target of dependsOnTargets(r)) add(id, target, "depends-on");
  }
  return { nodes, edges };
}
