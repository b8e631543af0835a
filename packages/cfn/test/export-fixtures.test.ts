import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildExport,
  buildFormModel,
  commandOf,
  deployParameters,
  otherFormat,
  parseTemplate,
  renderTemplate,
  sampleValues,
  templateFileName,
} from "../src/index.ts";

/**
 * Exports of real public templates: each rendered template and its other
 * format (YAML ⇄ JSON) lint no worse than the source under cfn-lint, and the
 * parameters file names every parameter the template deploys with.
 */
const here = fileURLToPath(new URL(".", import.meta.url));
const FIXTURES_DIR =
  process.env["STACKVEND_FIXTURES_DIR"] ?? resolve(here, "../../../../shared/fixtures/cfn");
const present = existsSync(FIXTURES_DIR) && statSync(FIXTURES_DIR).isDirectory();
const lintAvailable = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" }).status === 0;

if (!present) console.log(`export fixtures skipped: ${FIXTURES_DIR} does not exist`);
if (present && !lintAvailable) console.log("export cfn-lint comparison skipped: cfn-lint is not on PATH");

interface TLintFinding {
  Rule: { Id: string };
  Level: string;
  Filename: string;
  Location: { Path?: (string | number)[] };
}

interface TCase {
  source: string;
  rendered: string;
  other: { format: string; text: string };
  exported: ReturnType<typeof buildExport>;
  /** The same approved template as an update of a stack deployed with the same values. */
  unchanged: ReturnType<typeof buildExport>;
  terminate: ReturnType<typeof buildExport>;
  body: Record<string, unknown>;
}

function lintErrors(findings: TLintFinding[], file: string): Set<string> {
  return new Set(
    findings
      .filter((f) => f.Filename === file && (f.Level === "Error" || f.Rule.Id.startsWith("E")))
      .map((f) => `${f.Rule.Id} ${JSON.stringify(f.Location.Path ?? [])}`),
  );
}

const files = present
  ? readdirSync(FIXTURES_DIR)
      .filter((file) => /\.(ya?ml|json)$/i.test(file))
      .sort()
  : [];

(present ? describe : describe.skip)("exports of the fixture templates", () => {
  const cases = new Map<string, TCase>();
  const work = mkdtempSync(join(tmpdir(), "stackvend-export-"));
  let lint: TLintFinding[] = [];

  beforeAll(() => {
    for (const file of files) {
      const source = readFileSync(join(FIXTURES_DIR, file), "utf8");
      const parsed = parseTemplate(source);
      if (!parsed.ok) continue;
      const model = buildFormModel(parsed.value);
      if (!model.ok) continue;
      const rendered = renderTemplate({
        template: parsed.value,
        values: sampleValues(model.value),
        provenance: { product: "fixture", productVersion: "1", versionDigest: "x" },
      });
      if (!rendered.ok) continue;
      const text = parsed.value.format === "json" ? rendered.value.json : rendered.value.yaml;
      const approved = parseTemplate(text);
      if (!approved.ok) continue;
      const exported = buildExport({
        body: approved.value.body,
        format: approved.value.format,
        stackName: "fixture",
        tags: { team: "platform" },
      });
      const deployed = deployParameters(approved.value.body);
      const base = {
        body: approved.value.body,
        format: approved.value.format,
        stackName: "fixture",
        tags: {},
      };
      const unchanged = buildExport({
        ...base,
        kind: "UPDATE",
        previousValues: Object.fromEntries(deployed.flatMap((p) => (p.secret ? [] : [[p.name, p.value]]))),
        previousSecrets: deployed.filter((p) => p.secret).map((p) => p.name),
        requestNumber: "REQ-1",
      });
      const terminate = buildExport({ ...base, kind: "TERMINATE" });
      cases.set(file, {
        source,
        rendered: text,
        other: otherFormat(approved.value),
        exported,
        unchanged,
        terminate,
        body: approved.value.body,
      });
    }
    if (!lintAvailable) return;
    const paths: string[] = [];
    for (const [file, item] of cases) {
      const ext = (format: string) => templateFileName(format as "yaml" | "json").split(".")[1];
      const names = [
        [`source-${file}`, item.source],
        [`rendered-${file}`, item.rendered],
        [`other-${file}.${ext(item.other.format)}`, item.other.text],
      ] as const;
      for (const [name, text] of names) {
        writeFileSync(join(work, name), text);
        paths.push(join(work, name));
      }
    }
    const run = spawnSync("cfn-lint", ["--format", "json", "--", ...paths], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    lint = JSON.parse(run.stdout || "[]") as TLintFinding[];
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe.each(files)("%s", (file) => {
    it("exports a parameters file whose values read back as the template's", () => {
      const item = cases.get(file);
      expect(item).toBeDefined();
      if (!item) return;
      const entries = JSON.parse(item.exported.files.createStackParameters!) as {
        ParameterKey: string;
        ParameterValue: string;
      }[];
      expect(entries.map((e) => e.ParameterKey)).toEqual(item.exported.parameters.map((p) => p.name));
      for (const p of item.exported.parameters) {
        if (p.secret) expect(item.exported.files.deployParameters).toContain(p.placeholder);
      }
    });

    it("as an update with nothing changed, keeps every value with UsePreviousValue", () => {
      const item = cases.get(file);
      if (!item) return;
      const entries = JSON.parse(item.unchanged.files.updateStackParameters!) as Record<string, unknown>[];
      expect(entries.map((e) => e["ParameterKey"])).toEqual(item.exported.parameters.map((p) => p.name));
      expect(entries.every((e) => e["UsePreviousValue"] === true && !("ParameterValue" in e))).toBe(true);
      expect(commandOf(item.unchanged, "update-stack")).toContain("update-stack");
    });

    it("as a termination, warns about exactly the resources it keeps or snapshots", () => {
      const item = cases.get(file);
      if (!item) return;
      const resources = (item.body["Resources"] ?? {}) as Record<string, { DeletionPolicy?: unknown }>;
      const kept = Object.keys(resources).filter((id) =>
        ["Retain", "RetainExceptOnCreate", "Snapshot"].includes(String(resources[id]?.DeletionPolicy)),
      );
      expect(item.terminate.retained.map((r) => r.logicalId)).toEqual(kept);
      expect(item.terminate.warnings).toHaveLength(kept.length);
      expect(item.terminate.commands.map((c) => c.kind)).toEqual(["delete-stack"]);
    });

    it.skipIf(!lintAvailable)("lints no worse than its source in both formats", () => {
      const item = cases.get(file);
      if (!item) return;
      const before = lintErrors(lint, join(work, `source-${file}`));
      const ext = item.other.format === "json" ? "json" : "yaml";
      for (const name of [`rendered-${file}`, `other-${file}.${ext}`]) {
        const after = lintErrors(lint, join(work, name));
        expect(
          [...after].filter((key) => !before.has(key)),
          name,
        ).toEqual([]);
      }
    });
  });
});
