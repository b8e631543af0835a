/** Resources may not depend on each other in a cycle (through Ref, GetAtt, Sub or DependsOn). */
import { dependsOnTargets } from "../../graph/references.ts";
import type { TCheck, TCheckContext, TDraft } from "../context.ts";

/** Resource → resources it depends on, in template order. */
export function dependencyMap(ctx: TCheckContext): Map<string, string[]> {
  const deps = new Map<string, Set<string>>();
  for (const name of ctx.resources.keys()) deps.set(name, new Set());
  for (const ref of ctx.references) {
    if (ref.path[0] !== "Resources") continue;
    const from = String(ref.path[1]);
    if (ctx.resources.has(ref.target)) deps.get(from)?.add(ref.target);
  }
  for (const [name, resource] of ctx.resources) {
    for (const t of dependsOnTargets(resource)) if (ctx.resources.has(t)) deps.get(name)?.add(t);
  }
  return new Map([...deps].map(([k, v]) => [k, [...v]]));
}

/**
 * Cycles as node lists, one per strongly connected component (Tarjan),
 * each rotated to start at its first resource in template order so the
 * message is stable.
 */
export function findCycles(deps: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = [...deps.keys()];
  const rank = new Map(order.map((n, i) => [n, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of deps.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && (deps.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const n of order) if (!index.has(n)) strong(n);
  return components
    .map((c) => cyclePath(c, deps, rank))
    .sort((a, b) => (rank.get(a[0] as string) ?? 0) - (rank.get(b[0] as string) ?? 0));
}

/** A concrete cycle through a component, found by walking from its earliest member back to itself. */
function cyclePath(
  component: string[],
  deps: ReadonlyMap<string, readonly string[]>,
  rank: ReadonlyMap<string, number>,
): string[] {
  const members = new Set(component);
  const start = [...component].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string;
    for (const w of deps.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0] as string) as string);
        return path;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

export const circularDependency: TCheck = {
  id: "SV-E3004",
  cfnLintRule: "E3004",
  description: "Resource dependencies are not circular",
  source:
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-dependency-error",
  severity: "error",
  run(ctx) {
    return findCycles(dependencyMap(ctx)).map((cycle): TDraft => ({
      path: ["Resources", cycle[0] as string],
      message: `Circular dependency: ${[...cycle, cycle[0]].join(" -> ")}`,
    }));
  },
};
