import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The form model and values schema run in the browser, and renders must be
 * reproducible byte for byte; so these folders import nothing from Node and
 * read neither the clock nor a random source.
 */
const SRC = fileURLToPath(new URL("../src", import.meta.url));
const FOLDERS = ["parse", "emit", "parameters", "rules", "render", "export"];
const FORBIDDEN = [
  /from\s+["']node:/,
  /from\s+["'](fs|path|crypto|os|child_process)["']/,
  /\brequire\(/,
  /Date\.now|new Date\(/,
  /Math\.random/,
];

const sources = FOLDERS.flatMap((folder) =>
  readdirSync(join(SRC, folder))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => join(folder, file)),
);

describe("engine core is browser-safe and deterministic", () => {
  it.each(sources)("%s", (file) => {
    const text = readFileSync(join(SRC, file), "utf8");
    expect(FORBIDDEN.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
  });
});
