/**
 * The analysis modules run in the browser too (order page: validation,
 * diagram, cost): no Node built-ins, no I/O. Only the spec loader reaches
 * Node, at call time, through process.getBuiltinModule; the CLI is Node-only
 * by nature.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIR } from "./helpers.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

describe("browser-safe analysis modules", () => {
  const files = ["validate", "diff", "graph", "cost"].flatMap((d) => sources(join(PACKAGE_DIR, "src", d)));

  it("import no Node built-ins and no other workspace package", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(PACKAGE_DIR, file)).not.toMatch(
        /from\s+["'](node:|fs|path|child_process|@stackvend\/)/,
      );
      expect(text, relative(PACKAGE_DIR, file)).not.toMatch(/\brequire\(/);
    }
  });

  it("touch process only in the spec loader", () => {
    const users = files
      .filter((f) => /\bprocess\./.test(readFileSync(f, "utf8")))
      .map((f) => relative(PACKAGE_DIR, f));
    expect(users).toEqual([join("src", "validate", "spec.ts")]);
  });
});
