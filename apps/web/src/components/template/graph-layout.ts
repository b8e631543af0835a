import type { TResourceGraph } from "@stackvend/cfn";

export interface TPlacedNode {
  id: string;
  x: number;
  y: number;
  layer: number;
}

export interface TPlacedEdge {
  from: string;
  to: string;
  kind: string;
  /** SVG path from the used node (left) to the node that uses it (right). */
  path: string;
}

export interface TGraphLayout {
  nodes: Map<string, TPlacedNode>;
  edges: TPlacedEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 196;
export const NODE_HEIGHT = 52;
const GAP_X = 72;
const GAP_Y = 18;
const PADDING = 16;
const SWEEPS = 6;

/**
 * Layers: a node that refers to nothing sits in layer 0, anything else one
 * layer right of the furthest thing it refers to, so references always flow
 * left to right. Back edges of a cycle are ignored rather than looping.
 */
export function assignLayers(ids: readonly string[], edges: readonly { from: string; to: string }[]) {
  const targets = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const edge of edges) targets.get(edge.from)?.push(edge.to);
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return -1;
    visiting.add(id);
    let depth = 0;
    for (const to of targets.get(id) ?? []) {
      if (!targets.has(to)) continue;
      depth = Math.max(depth, visit(to) + 1);
    }
    visiting.delete(id);
    layer.set(id, depth);
    return depth;
  };
  for (const id of ids) visit(id);
  return layer;
}

/** Barycenter ordering: each node moves toward the mean position of its neighbours, a few sweeps each way. */
function orderLayers(layers: string[][], edges: readonly { from: string; to: string }[]): string[][] {
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of edges) {
    (neighbours.get(from) ?? neighbours.set(from, []).get(from)!).push(to);
    (neighbours.get(to) ?? neighbours.set(to, []).get(to)!).push(from);
  }
  const position = new Map<string, number>();
  const remember = () => layers.forEach((layer) => layer.forEach((id, i) => position.set(id, i)));
  remember();
  const sortLayer = (layer: string[]) => {
    const score = (id: string) => {
      const known = (neighbours.get(id) ?? []).filter((n) => position.has(n));
      if (known.length === 0) return position.get(id) ?? 0;
      return known.reduce((sum, n) => sum + (position.get(n) ?? 0), 0) / known.length;
    };
    const scores = new Map(layer.map((id) => [id, score(id)]));
    layer.sort((a, b) => (scores.get(a) ?? 0) - (scores.get(b) ?? 0) || a.localeCompare(b));
    layer.forEach((id, i) => position.set(id, i));
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? layers.slice(1) : layers.slice(0, -1).reverse();
    order.forEach(sortLayer);
  }
  return layers;
}

/** Positions for every node and a curved path for every edge; pure, so it renders the same on server and client. */
export function layoutGraph(graph: TResourceGraph): TGraphLayout {
  const ids = graph.nodes.map((node) => node.id);
  const known = new Set(ids);
  const edges = graph.edges.filter((edge) => known.has(edge.from) && known.has(edge.to));
  const layerOf = assignLayers(ids, edges);
  const layerCount = Math.max(0, ...layerOf.values()) + 1;
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const id of [...ids].sort((a, b) => a.localeCompare(b))) layers[layerOf.get(id) ?? 0]!.push(id);
  orderLayers(layers, edges);
  const tallest = Math.max(1, ...layers.map((layer) => layer.length));
  const height = PADDING * 2 + tallest * NODE_HEIGHT + (tallest - 1) * GAP_Y;
  const nodes = new Map<string, TPlacedNode>();
  layers.forEach((layer, layerIndex) => {
    const columnHeight = layer.length * NODE_HEIGHT + Math.max(0, layer.length - 1) * GAP_Y;
    const top = (height - columnHeight) / 2;
    layer.forEach((id, i) => {
      nodes.set(id, {
        id,
        layer: layerIndex,
        x: PADDING + layerIndex * (NODE_WIDTH + GAP_X),
        y: top + i * (NODE_HEIGHT + GAP_Y),
      });
    });
  });
  const placed = edges.map((edge): TPlacedEdge => {
    const used = nodes.get(edge.to)!;
    const user = nodes.get(edge.from)!;
    const x1 = used.x + NODE_WIDTH;
    const y1 = used.y + NODE_HEIGHT / 2;
    const x2 = user.x;
    const y2 = user.y + NODE_HEIGHT / 2;
    const bend = Math.max(24, Math.abs(x2 - x1) / 2);
    return { ...edge, path: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2 - 4} ${y2}` };
  });
  const width = PADDING * 2 + layerCount * NODE_WIDTH + (layerCount - 1) * GAP_X;
  return { nodes, edges: placed, width, height };
}
