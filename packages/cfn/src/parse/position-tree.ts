import type { TPath, TPosition } from "../model.ts";

/**
 * Source positions kept beside the body rather than inside it, so the body
 * stays plain JSON data while `positionOf(path)` can still point an editor at
 * the right line.
 */
export interface TPositionNode {
  position: TPosition;
  children?: Map<string | number, TPositionNode>;
}

/** Position of the node at `path`, or of its nearest ancestor that has one. */
export function lookupPosition(root: TPositionNode | undefined, path: TPath): TPosition | undefined {
  let node = root;
  let found = root?.position;
  for (const segment of path) {
    node = node?.children?.get(segment);
    if (!node) break;
    found = node.position;
  }
  return found;
}
