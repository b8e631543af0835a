import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enAdminAudit from "../../messages/en/admin-audit.json";
import enAdminCatalog from "../../messages/en/admin-catalog.json";
import enCatalog from "../../messages/en/catalog.json";
import enExports from "../../messages/en/exports.json";
import enLifecycle from "../../messages/en/lifecycle.json";
import enNotifications from "../../messages/en/notifications.json";
import enShell from "../../messages/en.json";
import koAdminAudit from "../../messages/ko/admin-audit.json";
import koAdminCatalog from "../../messages/ko/admin-catalog.json";
import koCatalog from "../../messages/ko/catalog.json";
import koExports from "../../messages/ko/exports.json";
import koLifecycle from "../../messages/ko/lifecycle.json";
import koNotifications from "../../messages/ko/notifications.json";
import koShell from "../../messages/ko.json";

const en = {
  ...enShell,
  ...enCatalog,
  ...enAdminCatalog,
  ...enAdminAudit,
  ...enNotifications,
  ...enExports,
  ...enLifecycle,
};
const ko = {
  ...koShell,
  ...koCatalog,
  ...koAdminCatalog,
  ...koAdminAudit,
  ...koNotifications,
  ...koExports,
  ...koLifecycle,
};

/** Every leaf key as a dotted path, so a missing or extra key is named in the failure. */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function leaf(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe("messages", () => {
  it("area files never redefine another file's top-level keys", () => {
    const tops = [
      enShell,
      enCatalog,
      enAdminCatalog,
      enAdminAudit,
      enNotifications,
      enExports,
      enLifecycle,
    ].flatMap((m) => Object.keys(m));
    expect(tops.length).toBe(new Set(tops).size);
  });

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
    const known: Record<string, string | number> = {
      count: 2,
      name: "Ada",
      query: "x",
      label: "1.0",
      digest: "123",
    };
    // Any other placeholder gets a number, which simple, plural and number arguments all accept.
    const valuesFor = (key: string) => {
      const names = String(leaf(messages, key)).match(/(?<=\{)\w+/g) ?? [];
      return Object.fromEntries(names.map((name) => [name, known[name] ?? 2]));
    };
    // Rich text tags (e.g. a part only screen readers get) are rendered by a function each.
    const tagsFor = (key: string) => {
      const tags = String(leaf(messages, key)).match(/(?<=<)\w+(?=>)/g) ?? [];
      return Object.fromEntries(tags.map((tag) => [tag, (chunks: unknown[]) => chunks.join("")]));
    };
    for (const key of keysOf(messages)) {
      const tags = tagsFor(key);
      if (Object.keys(tags).length === 0) t(key as never, valuesFor(key) as never);
      else t.rich(key as never, { ...valuesFor(key), ...tags } as never);
    }
    expect(errors).toEqual([]);
  });
});
