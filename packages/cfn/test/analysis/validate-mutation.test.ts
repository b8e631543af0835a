/**
 * Mutation tests: one template per check with one seeded defect must be
 * reported with the check's id at the right line:col, and clean templates
 * must produce no error at all. Rule checks see the template's own Rules
 * evaluated against its Defaults, as a form that keeps every default would.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TFinding, TJsonObject, TTemplate } from "../../src/model.ts";
import { evaluateRules } from "../../src/rules/index.ts";
import { CHECKS, RULE_CHECKS, validateTemplate } from "../../src/validate/index.ts";
import {
  HAS_SHARED_FIXTURES,
  loadTemplate,
  OWN_FIXTURES,
  SHARED_FIXTURES,
  skipNotice,
  templateFiles,
} from "./helpers.ts";

const defectsDir = join(OWN_FIXTURES, "defects");
const expected = JSON.parse(readFileSync(join(defectsDir, "expected.json"), "utf8")) as Record<
  string,
  [string, string][]
>;

/** Findings of the template checks, then of its own Rules on its Defaults, placed in the source. */
function findingsOf(template: TTemplate): TFinding[] {
  const rules = template.body["Rules"];
  const ruleFindings =
    typeof rules === "object" && rules !== null && !Array.isArray(rules)
      ? evaluateRules(rules as TJsonObject, {}, template).map((f) => {
          const position = template.positionOf(f.path);
          return position ? { ...f, position } : f;
        })
      : [];
  return [...validateTemplate(template), ...ruleFindings];
}

describe("seeded defects", () => {
  it("has a defect fixture for every check", () => {
    const covered = new Set(Object.values(expected).flatMap((list) => list.map(([id]) => id)));
    expect([...CHECKS, ...RULE_CHECKS].map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const [file, findings] of Object.entries(expected)) {
    it(`${file} is reported as ${findings.map(([id, at]) => `${id}@${at}`).join(", ")}`, () => {
      const actual = findingsOf(loadTemplate(join(defectsDir, file))).map((f) => [
        f.id,
        `${f.position?.line}:${f.position?.column}`,
      ]);
      expect(actual.sort()).toEqual([...findings].sort());
    });
  }
});

describe("clean templates of this package", () => {
  for (const file of templateFiles(join(OWN_FIXTURES, "clean"))) {
    it(`${basename(file)} has no error`, () => {
      expect(validateTemplate(loadTemplate(file)).filter((f) => f.severity === "error")).toEqual([]);
    });
  }
});

const sharedFiles = templateFiles(SHARED_FIXTURES);
if (!HAS_SHARED_FIXTURES)
  skipNotice("shared fixture validation", `${SHARED_FIXTURES} does not exist (set STACKVEND_FIXTURES_DIR)`);

describe.skipIf(!HAS_SHARED_FIXTURES)("shared public templates", () => {
  for (const file of sharedFiles) {
    it(`${basename(file)} has no error`, () => {
      expect(validateTemplate(loadTemplate(file)).filter((f) => f.severity === "error")).toEqual([]);
    });
  }
});
