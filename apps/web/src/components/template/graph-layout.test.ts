import { describe, expect, it } from "vitest";
import { assignLayers, layoutGraph, NODE_HEIGHT, NODE_WIDTH } from "./graph-layout";

const node = (id: string) => ({ id, kind: "resource" as const, type: "AWS::S3::Bucket", label: "S3/Bucket" });

describe("layoutGraph", () => {
  it("puts what is referred to left of what refers to it", () => {
    const layout = layoutGraph({
      nodes: [node("Instance"), node("Vpc"), node("Subnet")],
      edges: [
        { from: "Instance", to: "Subnet", kind: "ref" },
        { from: "Subnet", to: "Vpc", kind: "ref" },
      ],
    });
    const x = (id: string) => layout.nodes.get(id)!.x;
    expect(x("Vpc")).toBeLessThan(x("Subnet"));
    expect(x("Subnet")).toBeLessThan(x("Instance"));
    expect(layout.edges).toHaveLength(2);
  });

  it("survives cycles and edges to unknown nodes", () => {
    const layers = assignLayers(
      ["A", "B"],
      [
        { from: "A", to: "B" },
        { from: "B", to: "A" },
        { from: "A", to: "Missing" },
      ],
    );
    expect([...layers.keys()].sort()).toEqual(["A", "B"]);
  });

  it("never overlaps nodes, even with many resources", () => {
    const nodes = Array.from({ length: 40 }, (_, i) => node(`R${i}`));
    const edges = nodes
      .slice(1)
      .map((n, i) => ({ from: n.id, to: `R${Math.floor(i / 3)}`, kind: "ref" as const }));
    const layout = layoutGraph({ nodes, edges });
    const boxes = [...layout.nodes.values()];
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
        expect(apart).toBe(true);
      }
    for (const box of boxes) {
      expect(box.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(box.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
    }
  });

  it("lays out an empty graph", () => {
    expect(layoutGraph({ nodes: [], edges: [] }).nodes.size).toBe(0);
  });
});
