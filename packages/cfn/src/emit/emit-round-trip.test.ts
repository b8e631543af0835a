import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbTemplateBody, arbValue } from "../../test/arbitraries.ts";
import type { TJsonObject } from "../model.ts";
import { parseTemplate } from "../parse/parse-template.ts";
import { emitJson } from "./emit-json.ts";
import { emitYaml } from "./emit-yaml.ts";

function reparse(text: string): TJsonObject {
  const result = parseTemplate(text);
  if (!result.ok) throw new Error(`${JSON.stringify(result.errors)}\n--- text ---\n${text}`);
  return result.value.body;
}

describe("parse → emit → parse", () => {
  it("is the identity on bodies through YAML", () => {
    fc.assert(
      fc.property(arbTemplateBody, (body) => {
        expect(reparse(emitYaml(body))).toEqual(body);
      }),
      { numRuns: 400 },
    );
  });

  it("is the identity on arbitrary nested values through YAML", () => {
    fc.assert(
      fc.property(arbValue, (value) => {
        const body = { Value: value };
        expect(reparse(emitYaml(body))).toEqual(body);
      }),
      { numRuns: 600 },
    );
  });

  it("is the identity on bodies through JSON", () => {
    fc.assert(
      fc.property(arbTemplateBody, (body) => {
        expect(reparse(emitJson(body))).toEqual(body);
      }),
      { numRuns: 200 },
    );
  });

  it("emits the same bytes for the same body", () => {
    fc.assert(
      fc.property(arbTemplateBody, (body) => {
        expect(emitYaml(structuredClone(body))).toBe(emitYaml(body));
      }),
      { numRuns: 50 },
    );
  });
});
