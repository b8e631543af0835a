/**
 * Golden tests for the change-set preview: fixtures-analysis/diff/<case>/
 * holds old and new templates and the expected diff. Run with
 * UPDATE_SNAPSHOTS=1 to rewrite expected.json after a deliberate change,
 * then review the git diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { diffTemplates, worstImpact } from "../../src/diff/index.ts";
import { templateFromBody } from "../../src/template.ts";
import { loadTemplate, OWN_FIXTURES } from "./helpers.ts";

const root = join(OWN_FIXTURES, "diff");

function side(dir: string, name: "old" | "new"): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`));
  if (!file) throw new Error(`${dir} has no ${name} template`);
  return join(dir, file);
}

describe("diff golden files", () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const dir = join(root, name);
      const actual = diffTemplates(loadTemplate(side(dir, "old")), loadTemplate(side(dir, "new")));
      const golden = join(dir, "expected.json");
      if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(golden)) {
        // Formatted as the repository's formatter would, so updating snapshots leaves format:check clean.
        const text = JSON.stringify(actual, null, 2);
        writeFileSync(golden, await format(text, { ...(await resolveConfig(golden)), filepath: golden }));
      }
      expect(actual).toEqual(JSON.parse(readFileSync(golden, "utf8")));
    });
  }
});

describe("diffTemplates", () => {
  const base = { Resources: { B: { Type: "AWS::S3::Bucket", Properties: { BucketName: "a" } } } };

  it("reports a replacing property change", () => {
    const d = diffTemplates(
      templateFromBody(base),
      templateFromBody({ Resources: { B: { Type: "AWS::S3::Bucket", Properties: { BucketName: "b" } } } }),
    );
    expect(d.resources.modified).toEqual([
      {
        logicalId: "B",
        type: "AWS::S3::Bucket",
        impact: "replaces",
        stateful: true,
        changes: [{ path: ["Properties", "BucketName"], old: "a", new: "b", impact: "replaces" }],
      },
    ]);
  });

  it("downgrades a replacing change to may-replace when the new value is computed", () => {
    const d = diffTemplates(
      templateFromBody(base),
      templateFromBody({
        Resources: { B: { Type: "AWS::S3::Bucket", Properties: { BucketName: { Ref: "AWS::StackName" } } } },
      }),
    );
    expect(d.resources.modified[0]?.impact).toBe("may-replace");
  });

  it("finds a replacing sub-property under a property that itself updates in place", () => {
    const before = {
      Resources: { D: { Type: "AWS::RDS::DBInstance", Properties: { DBInstanceClass: "db.t3.micro" } } },
    };
    const after = {
      Resources: { D: { Type: "AWS::RDS::DBInstance", Properties: { DBInstanceClass: "db.t3.small" } } },
    };
    const d = diffTemplates(templateFromBody(before), templateFromBody(after));
    expect(d.resources.modified[0]?.changes[0]?.path).toEqual(["Properties", "DBInstanceClass"]);
    expect(["in-place", "may-replace"]).toContain(d.resources.modified[0]?.impact);
  });

  it("treats custom resources as updated in place and unknown types as may-replace", () => {
    const mk = (type: string, v: string) =>
      templateFromBody({ Resources: { C: { Type: type, Properties: { ServiceToken: "arn", Key: v } } } });
    expect(
      diffTemplates(mk("Custom::Thing", "a"), mk("Custom::Thing", "b")).resources.modified[0]?.impact,
    ).toBe("in-place");
    expect(
      diffTemplates(mk("Acme::Thing::Widget", "a"), mk("Acme::Thing::Widget", "b")).resources.modified[0]
        ?.impact,
    ).toBe("may-replace");
  });

  it("says when nothing changed", () => {
    expect(diffTemplates(templateFromBody(base), templateFromBody(structuredClone(base))).unchanged).toBe(
      true,
    );
  });

  it("ranks impacts", () => {
    expect(worstImpact([])).toBe("in-place");
    expect(worstImpact(["in-place", "may-replace"])).toBe("may-replace");
    expect(worstImpact(["may-replace", "replaces", "in-place"])).toBe("replaces");
  });
});
