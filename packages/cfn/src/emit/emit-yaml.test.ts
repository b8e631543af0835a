import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbString, arbTemplateBody, arbValue, TRICKY_STRINGS } from "../../test/arbitraries.ts";
import type { TJson, TJsonObject } from "../model.ts";
import { parseTemplate } from "../parse/parse-template.ts";
import { largeTemplate } from "../testing/large-template.ts";
import { emitYaml } from "./emit-yaml.ts";
import { emitYamlNodes } from "./emit-yaml-nodes.ts";

/**
 * The direct emitter must write exactly the bytes the `yaml` library's node
 * tree writes: a rendered template's digest must not depend on which of the
 * two wrote it, nor change when one is optimised.
 */
function same(body: TJsonObject): void {
  expect(emitYaml(body)).toBe(emitYamlNodes(body));
}

const here = fileURLToPath(new URL(".", import.meta.url));

function templateFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => /\.(ya?ml|json|template)$/.test(name))
    .map((name) => join(dir, name));
}

const CORPUS = [
  ...templateFiles(resolve(here, "../../fixtures")),
  ...templateFiles(
    process.env["STACKVEND_FIXTURES_DIR"] ?? resolve(here, "../../../../../shared/fixtures/cfn"),
  ),
];

describe("emitYaml writes the node tree's bytes", () => {
  it("for every template in the fixtures", () => {
    let compared = 0;
    for (const file of CORPUS) {
      const parsed = parseTemplate(readFileSync(file, "utf8"));
      if (!parsed.ok) continue;
      same(parsed.value.body);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("for a generated template of 2,000 resources", () => {
    const parsed = parseTemplate(largeTemplate(2_000));
    if (!parsed.ok) throw new Error("the generated template does not parse");
    same(parsed.value.body);
  });

  it("for arbitrary bodies", () => {
    fc.assert(fc.property(arbTemplateBody, same), { numRuns: 1_000 });
  });

  it("for arbitrary nested values, under a key and as an intrinsic's argument", () => {
    fc.assert(
      fc.property(arbValue, arbString, (value, key) => {
        same({ Value: value });
        same({ [key]: value });
        same({ Resources: { R: { Type: "T", Properties: { P: value } } } });
        same({ Outputs: { O: { Value: { "Fn::Join": ["", [value, { Ref: "X" }]] } } } });
      }),
      { numRuns: 1_000 },
    );
  });

  it("for every awkward string as a key and value at every depth", () => {
    const texts = [...TRICKY_STRINGS, "---x", "%x", "... end", "a\n---\nb", "  lead", "x ".repeat(700)];
    for (const text of texts) {
      same({ [text]: text });
      same({ A: { [text]: [text, { [text]: text }] } });
      same({
        A: { "Fn::Sub": text },
        B: { "Fn::GetAtt": [text, text] },
        C: { "Fn::If": [text, text, [text]] },
      });
      same({ A: { "Fn::And": [{ Condition: text }, { Condition: "B" }] } });
    }
  });

  it("for keys long enough to need the explicit form", () => {
    const long = "k".repeat(1_100);
    same({ [long]: "v" });
    same({ A: { [long]: { B: [1, 2] } } });
  });

  it("for numbers, booleans and nulls", () => {
    const values: TJson[] = [0, -0, 1, -1, 1.5, 1e21, 1e-7, 123456789012, 2 ** 53, true, false, null];
    for (const value of values) same({ A: value, B: [value], C: { "Fn::Select": [value, [value]] } });
  });

  it("for bodies whose sections are themselves intrinsics", () => {
    same({ Ref: "X" });
    same({ "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "s3://b/k" } } });
    same({ Resources: { "Fn::If": ["C", { Type: "A" }, { Type: "B" }] } });
    same({ Resources: { Ref: { Properties: {}, Type: "T" } } });
    same({ Resources: { R: { "Fn::Transform": { Name: "N" } } }, Metadata: {}, Outputs: [] });
  });
});
