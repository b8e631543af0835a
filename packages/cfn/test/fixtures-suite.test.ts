import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildFormModel,
  buildValuesSchema,
  parseTemplate,
  renderTemplate,
  sampleValues,
  type TJson,
  type TJsonObject,
  type TRenderOutput,
  type TTemplate,
} from "../src/index.ts";

/**
 * Real public templates from aws-cloudformation-templates, kept beside the
 * project (not in it). Each one must parse, yield a form, render with valid
 * values, lint no worse than its source under cfn-lint, and read back as the
 * source except for the Defaults the render set.
 */
const here = fileURLToPath(new URL(".", import.meta.url));
const FIXTURES_DIR =
  process.env["STACKVEND_FIXTURES_DIR"] ?? resolve(here, "../../../../shared/fixtures/cfn");
const present = existsSync(FIXTURES_DIR) && statSync(FIXTURES_DIR).isDirectory();
const cfnLint = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
const lintAvailable = cfnLint.status === 0;

const PROVENANCE = {
  product: "fixture",
  productVersion: "1",
  versionDigest: "sha256:fixture",
  renderedAt: "2026-01-01T00:00:00Z",
};

if (!present) {
  console.log(
    `fixtures suite skipped: ${FIXTURES_DIR} does not exist (set STACKVEND_FIXTURES_DIR to a folder of CloudFormation templates to run it)`,
  );
}

interface TCase {
  file: string;
  source: string;
  template: TTemplate;
  values: Record<string, string | string[]>;
  output: TRenderOutput;
}

interface TLintFinding {
  Rule: { Id: string };
  Level: string;
  Filename: string;
  Location: { Path?: (string | number)[] };
}

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The parts render is allowed to change: Defaults of parameters given a value or marked NoEcho, and Metadata.Stackvend. */
function withoutRenderChanges(body: TJsonObject, changed: ReadonlySet<string>): TJsonObject {
  const copy = JSON.parse(JSON.stringify(body)) as TJsonObject;
  const parameters = copy["Parameters"];
  if (isObject(parameters)) {
    for (const name of changed) {
      const definition = parameters[name];
      if (isObject(definition)) delete definition["Default"];
    }
  }
  const metadata = copy["Metadata"];
  if (isObject(metadata)) {
    delete metadata["Stackvend"];
    if (Object.keys(metadata).length === 0) delete copy["Metadata"];
  }
  return copy;
}

/** Error-level cfn-lint findings keyed by rule id and path (line numbers differ between source and output). */
function lintErrors(findings: TLintFinding[], file: string): Set<string> {
  return new Set(
    findings
      .filter(
        (finding) =>
          finding.Filename === file && (finding.Level === "Error" || finding.Rule.Id.startsWith("E")),
      )
      .map((finding) => `${finding.Rule.Id} ${JSON.stringify(finding.Location.Path ?? [])}`),
  );
}

const files = present
  ? readdirSync(FIXTURES_DIR)
      .filter((file) => /\.(ya?ml|json)$/i.test(file))
      .sort()
  : [];

(present ? describe : describe.skip)(`fixtures suite (${FIXTURES_DIR})`, () => {
  const cases = new Map<string, TCase>();
  const work = mkdtempSync(join(tmpdir(), "stackvend-fixtures-"));
  let lint: TLintFinding[] = [];

  beforeAll(() => {
    let largest = { file: "", bytes: 0, ms: 0 };
    for (const file of files) {
      const source = readFileSync(join(FIXTURES_DIR, file), "utf8");
      const started = performance.now();
      const parsed = parseTemplate(source);
      const ms = performance.now() - started;
      if (source.length > largest.bytes) largest = { file, bytes: source.length, ms };
      if (!parsed.ok) continue;
      const model = buildFormModel(parsed.value);
      if (!model.ok) continue;
      const values = sampleValues(model.value);
      const rendered = renderTemplate({ template: parsed.value, values, provenance: PROVENANCE });
      if (!rendered.ok) continue;
      cases.set(file, { file, source, template: parsed.value, values, output: rendered.value });
    }
    console.log(
      `largest fixture ${largest.file} (${largest.bytes} bytes) parsed in ${largest.ms.toFixed(1)} ms`,
    );
    if (!lintAvailable) {
      console.log("cfn-lint comparison skipped: cfn-lint is not on PATH");
      return;
    }
    const paths: string[] = [];
    for (const item of cases.values()) {
      const original = join(work, `source-${item.file}`);
      const output = join(work, `rendered-${item.file}`);
      writeFileSync(original, item.source);
      writeFileSync(output, item.template.format === "json" ? item.output.json : item.output.yaml);
      paths.push(original, output);
    }
    const run = spawnSync("cfn-lint", ["--format", "json", ...paths], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    lint = JSON.parse(run.stdout || "[]") as TLintFinding[];
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("found templates", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)("%s", (file) => {
    it("parses, builds a form, and renders with valid values", () => {
      const source = readFileSync(join(FIXTURES_DIR, file), "utf8");
      const parsed = parseTemplate(source);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      if (!parsed.ok) return;
      const model = buildFormModel(parsed.value);
      expect(model.ok ? [] : model.errors).toEqual([]);
      if (!model.ok) return;
      const values = sampleValues(model.value);
      const check = buildValuesSchema(model.value).safeParse(values);
      expect(check.success ? [] : check.error.issues).toEqual([]);
      const rendered = renderTemplate({ template: parsed.value, values, provenance: PROVENANCE });
      expect(rendered.ok ? [] : rendered.errors).toEqual([]);
    });

    it("reads back as the source except the Defaults render set", () => {
      const item = cases.get(file);
      expect(item).toBeDefined();
      if (!item) return;
      const secrets = (
        buildFormModel(item.template) as { ok: true; value: { fields: { name: string; secret: boolean }[] } }
      ).value.fields
        .filter((field) => field.secret)
        .map((field) => field.name);
      const changed = new Set([...Object.keys(item.values), ...secrets]);
      for (const emitted of [item.output.yaml, item.output.json]) {
        const reparsed = parseTemplate(emitted);
        expect(reparsed.ok).toBe(true);
        if (!reparsed.ok) return;
        expect(withoutRenderChanges(reparsed.value.body, changed)).toEqual(
          withoutRenderChanges(item.template.body, changed),
        );
        const parameters = reparsed.value.body["Parameters"];
        for (const [name, value] of Object.entries(item.values)) {
          const definition = isObject(parameters) ? parameters[name] : undefined;
          const written = isObject(definition) ? definition["Default"] : undefined;
          expect(String(written)).toBe(Array.isArray(value) ? value.join(",") : value);
        }
        for (const name of secrets) {
          const definition = isObject(parameters) ? parameters[name] : undefined;
          expect(isObject(definition) && "Default" in definition).toBe(false);
        }
      }
    });

    it.skipIf(!lintAvailable)("lints no worse than its source under cfn-lint", () => {
      const item = cases.get(file);
      expect(item).toBeDefined();
      const before = lintErrors(lint, join(work, `source-${file}`));
      const after = lintErrors(lint, join(work, `rendered-${file}`));
      expect([...after].filter((key) => !before.has(key))).toEqual([]);
    });
  });
});
