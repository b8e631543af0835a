/**
 * Agreement with cfn-lint: where cfn-lint finds no E-level problem in a
 * public template, neither do we; where we report an error in a seeded
 * defect, cfn-lint reports an error on the same line. cfn-lint's output
 * depends on its version, its bundled spec and today's date, so the
 * comparison is limited to error presence, which none of those move for
 * these templates.
 */
import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateTemplate } from "../../src/validate/index.ts";
import {
  HAS_SHARED_FIXTURES,
  loadTemplate,
  OWN_FIXTURES,
  SHARED_FIXTURES,
  skipNotice,
  templateFiles,
} from "./helpers.ts";

interface TLintMatch {
  Rule: { Id: string };
  Filename: string;
  Location: { Start: { LineNumber: number } };
}

const probe = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
const HAS_CFN_LINT = probe.status === 0;
if (!HAS_CFN_LINT) skipNotice("cfn-lint comparison", "cfn-lint is not installed (pip install cfn-lint)");
if (!HAS_SHARED_FIXTURES)
  skipNotice("cfn-lint comparison on shared templates", `${SHARED_FIXTURES} does not exist`);

/** cfn-lint's findings per file, from one process for all files. */
function lint(files: string[]): Map<string, TLintMatch[]> {
  const run = spawnSync("cfn-lint", ["--format", "json", "--", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const matches = JSON.parse(run.stdout || "[]") as TLintMatch[];
  const out = new Map<string, TLintMatch[]>(files.map((f) => [f, []]));
  for (const m of matches) out.get(m.Filename)?.push(m);
  return out;
}

/** Only cfn-lint's error-level findings. */
function lintErrors(files: string[]): Map<string, TLintMatch[]> {
  return new Map([...lint(files)].map(([f, ms]) => [f, ms.filter((m) => m.Rule.Id.startsWith("E"))]));
}

/** Warning rules we implement the same way cfn-lint does: on the public templates both must flag the same lines. */
const SHARED_WARNING_RULES = ["W3005", "W2001", "W8001"];

describe.skipIf(!HAS_CFN_LINT || !HAS_SHARED_FIXTURES)("cfn-lint agreement on shared templates", () => {
  const files = templateFiles(SHARED_FIXTURES);
  const lint = HAS_CFN_LINT && HAS_SHARED_FIXTURES ? lintErrors(files) : new Map<string, TLintMatch[]>();
  for (const file of files) {
    it(`${basename(file)}: no error where cfn-lint has none`, () => {
      if ((lint.get(file) ?? []).length > 0) return;
      expect(validateTemplate(loadTemplate(file)).filter((f) => f.severity === "error")).toEqual([]);
    });
  }
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SHARED_FIXTURES)("cfn-lint agreement on warnings", () => {
  const files = templateFiles(SHARED_FIXTURES);
  const all = HAS_CFN_LINT && HAS_SHARED_FIXTURES ? lint(files) : new Map<string, TLintMatch[]>();
  for (const rule of SHARED_WARNING_RULES) {
    it(`${rule} flags the same lines as cfn-lint`, () => {
      const theirs = files.flatMap((f) =>
        (all.get(f) ?? [])
          .filter((m) => m.Rule.Id === rule)
          .map((m) => `${basename(f)}:${m.Location.Start.LineNumber}`),
      );
      const ours = files.flatMap((f) =>
        validateTemplate(loadTemplate(f))
          .filter((x) => x.cfnLintRule === rule)
          .map((x) => `${basename(f)}:${x.position?.line}`),
      );
      expect(ours.sort()).toEqual(theirs.sort());
    });
  }
});

describe.skipIf(!HAS_CFN_LINT)("cfn-lint agreement on seeded defects", () => {
  const files = templateFiles(join(OWN_FIXTURES, "defects"));
  const lint = HAS_CFN_LINT ? lintErrors(files) : new Map<string, TLintMatch[]>();
  for (const file of files) {
    it(`${basename(file)}: cfn-lint also reports an error on each line we do`, () => {
      const ours = validateTemplate(loadTemplate(file)).filter((f) => f.severity === "error");
      const theirs = new Set((lint.get(file) ?? []).map((m) => m.Location.Start.LineNumber));
      for (const f of ours) expect(theirs, `${f.id} ${f.message}`).toContain(f.position?.line);
    });
  }
});
