export {
  buildResourceGraph,
  shortTypeLabel,
  type TEdgeKind,
  type TGraphEdge,
  type TGraphNode,
  type TGraphOptions,
  type TResourceGraph,
} from "./build-resource-graph.ts";
export { collectReferences, type TReference, type TReferenceKind } from "./references.ts";
