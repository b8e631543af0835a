import type { TPosition } from "../model.ts";

/**
 * Maps character offsets to 1-based line:column. Built once per source so
 * that every node's position costs a binary search, not a rescan.
 */
export interface TLineIndex {
  positionAt(offset: number): TPosition;
}

export function createLineIndex(source: string): TLineIndex {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return {
    positionAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
    },
  };
}
