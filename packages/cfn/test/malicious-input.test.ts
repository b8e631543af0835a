import { describe, expect, it } from "vitest";
import { parseTemplate } from "../src/index.ts";

/**
 * Template text comes from users; each of these must be refused with a clear
 * finding (and quickly, which the test runner's timeout enforces) rather than
 * exhausting memory or the stack.
 */
describe("malicious input", () => {
  it("refuses an alias bomb", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const result = parseTemplate(`${levels.join("\n")}\n`);
    expect(result).toMatchObject({ ok: false, errors: [{ id: "SV-PARSE-ALIAS" }] });
  });

  it("refuses 1000-deep flow nesting in YAML", () => {
    const result = parseTemplate(`a: ${"[".repeat(1000)}${"]".repeat(1000)}\n`);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ id: "SV-PARSE-DEPTH", message: expect.stringContaining("100") }],
    });
  });

  it("refuses 1000-deep block nesting in YAML", () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k${i}:`);
    const result = parseTemplate(`${lines.join("\n")} end\n`);
    expect(result).toMatchObject({ ok: false, errors: [{ id: "SV-PARSE-DEPTH" }] });
  });

  it("refuses 1000-deep nesting in JSON", () => {
    const result = parseTemplate(`{"a": ${"[".repeat(1000)}${"]".repeat(1000)}}`);
    expect(result).toMatchObject({ ok: false, errors: [{ id: "SV-PARSE-DEPTH" }] });
  });

  it("refuses a megabyte of opening brackets without building a tree", () => {
    const half = 500_000;
    expect(parseTemplate(`a: ${"[".repeat(half)}${"]".repeat(half)}`)).toMatchObject({
      ok: false,
      errors: [{ id: "SV-PARSE-DEPTH" }],
    });
    expect(parseTemplate(`{"a": ${"[".repeat(half)}${"]".repeat(half)}}`)).toMatchObject({
      ok: false,
      errors: [{ id: "SV-PARSE-DEPTH" }],
    });
  });

  it("refuses 10 MB of input, saying the size and the limit", () => {
    const result = parseTemplate(`Description: ${"x".repeat(10 * 1024 * 1024)}\n`);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ id: "SV-PARSE-SIZE", message: "Template is 10485774 bytes; the limit is 1048576 bytes" }],
    });
  });

  it("counts bytes, not characters", () => {
    const result = parseTemplate(`Description: ${"é".repeat(600_000)}\n`);
    expect(result).toMatchObject({ ok: false, errors: [{ id: "SV-PARSE-SIZE" }] });
  });

  it("refuses unknown tags with their name", () => {
    const result = parseTemplate("Resources:\n  A: !Evil { x: 1 }\n");
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { id: "SV-PARSE-UNKNOWN-TAG", message: expect.stringContaining("!Evil"), position: { line: 2 } },
      ],
    });
  });

  it("honours smaller limits passed in", () => {
    expect(parseTemplate("a: [[[1]]]", { maxDepth: 3 })).toMatchObject({ ok: false });
    expect(parseTemplate("a: &x 1\nb: *x\nc: *x\n", { maxAliasCount: 1 })).toMatchObject({ ok: false });
    expect(parseTemplate("a: 1234", { maxBytes: 4 })).toMatchObject({ ok: false });
  });
});
