import type { TTagOption } from "./types";

/**
 * Options grouped by key, in the order the server lists them (key, then
 * value). Outside the "use client" module so server pages can call it.
 */
export function groupByKey(options: readonly TTagOption[]): [string, TTagOption[]][] {
  const groups = new Map<string, TTagOption[]>();
  for (const option of options) groups.set(option.key, [...(groups.get(option.key) ?? []), option]);
  return [...groups.entries()];
}
