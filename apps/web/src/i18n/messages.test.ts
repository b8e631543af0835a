import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";

/** Every leaf key as a dotted path, so a missing or extra key is named in the failure. */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("en and ko have exactly the same keys", () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(en).sort());
  });

  it("has no empty strings", () => {
    for (const messages of [en, ko]) {
      const empty = keysOf(messages).filter((key) => {
        const leaf = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof leaf !== "string" || leaf.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
