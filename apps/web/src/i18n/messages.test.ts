import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";

/** Every leaf key as a dotted path, so a missing or extra key is named in the failure. */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function leaf(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe("messages", () => {
  it("en and ko have exactly the same keys", () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(en).sort());
  });

  it("has no empty strings", () => {
    for (const messages of [en, ko]) {
      const empty = keysOf(messages).filter((key) => {
        const value = leaf(messages, key);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it.each([
    ["en", en],
    ["ko", ko],
  ] as const)("every %s message parses as ICU (no stray tags or braces)", (locale, messages) => {
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages,
      onError: (error) => errors.push(error.message),
    });
    const values = { count: 2, name: "Ada", query: "x", label: "1.0" };
    for (const key of keysOf(messages)) (t as unknown as (k: string, v: object) => string)(key, values);
    expect(errors).toEqual([]);
  });
});
