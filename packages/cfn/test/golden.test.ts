import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildFormModel,
  emitYaml,
  evaluateRules,
  parseTemplate,
  renderTemplate,
  type TJsonObject,
  type TTemplate,
} from "../src/index.ts";

/**
 * Golden files: `fixtures/<case>/input.yaml` (or input.json), optional
 * `request.yaml`, and `expected.yaml`. The case name's prefix says which
 * feature it exercises. `npm run update-snapshots` rewrites expected files;
 * review the diff before committing.
 */
const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1";

function parsed(source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function request(dir: string): TJsonObject {
  return parsed(readFileSync(join(dir, "request.yaml"), "utf8")).body;
}

const FEATURES: Record<string, (source: string, dir: string) => string> = {
  emit: (source) => emitYaml(parsed(source).body),
  form: (source) => {
    const model = buildFormModel(parsed(source));
    if (!model.ok) throw new Error(JSON.stringify(model.errors));
    return emitYaml(JSON.parse(JSON.stringify(model.value)) as TJsonObject);
  },
  render: (source, dir) => {
    const input = request(dir) as unknown as Parameters<typeof renderTemplate>[0];
    const result = renderTemplate({ ...input, template: parsed(source) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value.yaml;
  },
  rules: (source, dir) => {
    const { values, rules } = request(dir) as { values: Record<string, string>; rules: TJsonObject };
    return emitYaml({ Findings: JSON.parse(JSON.stringify(evaluateRules(rules, values, parsed(source)))) });
  },
  error: (source) => {
    const result = parseTemplate(source);
    return emitYaml({ Errors: result.ok ? [] : JSON.parse(JSON.stringify(result.errors)) });
  },
};

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("golden files", () => {
  it("has a case for every feature", () => {
    for (const feature of Object.keys(FEATURES))
      expect(cases.some((name) => name.startsWith(`${feature}-`))).toBe(true);
  });

  it.each(cases)("%s", (name) => {
    const dir = join(FIXTURES, name);
    const feature = FEATURES[name.split("-")[0] ?? ""];
    if (!feature)
      throw new Error(
        `fixture ${name} does not start with a known feature: ${Object.keys(FEATURES).join(", ")}`,
      );
    const inputFile = ["input.yaml", "input.json"]
      .map((file) => join(dir, file))
      .find((file) => existsSync(file));
    if (!inputFile) throw new Error(`fixture ${name} has no input.yaml or input.json`);
    const actual = feature(readFileSync(inputFile, "utf8"), dir);
    const expectedFile = join(dir, "expected.yaml");
    if (UPDATE) writeFileSync(expectedFile, actual);
    expect(existsSync(expectedFile), `${expectedFile} is missing; run npm run update-snapshots`).toBe(true);
    expect(actual).toBe(readFileSync(expectedFile, "utf8"));
  });
});
