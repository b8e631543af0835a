import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFormModel, otherFormat, parseTemplate, renderTemplate, sampleValues } from "../src/index.ts";
import { PREVIEW_SOURCE, TERMINATE_SOURCE, UPDATE_SOURCE } from "./export-templates.ts";

/**
 * The templates the update, terminate and change-preview tests export, as
 * rendered and in the other format, lint no worse than their source under
 * cfn-lint (errors only), like the fixture templates in export-fixtures.
 */
const lintAvailable = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" }).status === 0;
if (!lintAvailable) console.log("export cfn-lint comparison skipped: cfn-lint is not on PATH");

interface TLintFinding {
  Rule: { Id: string };
  Level: string;
  Filename: string;
  Location: { Path?: (string | number)[] };
}

const SOURCES = { update: UPDATE_SOURCE, terminate: TERMINATE_SOURCE, preview: PREVIEW_SOURCE };

function exported(source: string): { rendered: string; other: string } {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error("does not parse");
  const model = buildFormModel(parsed.value);
  if (!model.ok) throw new Error("no form model");
  const rendered = renderTemplate({
    template: parsed.value,
    values: sampleValues(model.value),
    provenance: { product: "p", productVersion: "1", versionDigest: "x" },
  });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.errors));
  const approved = parseTemplate(rendered.value.yaml);
  if (!approved.ok) throw new Error("rendered does not parse");
  return { rendered: rendered.value.yaml, other: otherFormat(approved.value).text };
}

function errors(findings: TLintFinding[], file: string): string[] {
  return findings
    .filter((f) => f.Filename === file && (f.Level === "Error" || f.Rule.Id.startsWith("E")))
    .map((f) => `${f.Rule.Id} ${JSON.stringify(f.Location.Path ?? [])}`);
}

describe.skipIf(!lintAvailable)("exports of the test templates under cfn-lint", () => {
  const work = mkdtempSync(join(tmpdir(), "stackvend-kinds-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(Object.keys(SOURCES) as (keyof typeof SOURCES)[])(
    "%s lints no worse than its source",
    (name) => {
      const source = SOURCES[name];
      const { rendered, other } = exported(source);
      const files = {
        source: join(work, `${name}-source.yaml`),
        rendered: join(work, `${name}-rendered.yaml`),
        other: join(work, `${name}-other.json`),
      };
      writeFileSync(files.source, source);
      writeFileSync(files.rendered, rendered);
      writeFileSync(files.other, other);
      const run = spawnSync("cfn-lint", ["--format", "json", "--", ...Object.values(files)], {
        encoding: "utf8",
      });
      const findings = JSON.parse(run.stdout || "[]") as TLintFinding[];
      const before = new Set(errors(findings, files.source));
      for (const file of [files.rendered, files.other]) {
        expect(
          errors(findings, file).filter((e) => !before.has(e)),
          file,
        ).toEqual([]);
      }
    },
    120_000,
  );
});
