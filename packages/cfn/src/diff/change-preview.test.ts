import { describe, expect, it } from "vitest";
import { PREVIEW_SOURCE } from "../../test/export-templates.ts";
import { template } from "../../test/templates.ts";
import type { TTemplate } from "../model.ts";
import { renderTemplate } from "../render/render-template.ts";
import { changePreview } from "./change-preview.ts";

const SECRET = "hunter2-secret";

function rendered(source: string, values: Record<string, string | string[]>): TTemplate {
  const result = renderTemplate({
    template: template(source),
    values,
    provenance: { product: "p", productVersion: "1", versionDigest: "x" },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return template(result.value.yaml);
}

const BEFORE = { AppName: "shop", Env: "dev", Subnets: ["s-1", "s-2"], DbPassword: SECRET };

describe("changePreview", () => {
  it("shows nothing when the same template is deployed with the same values", () => {
    const t = rendered(PREVIEW_SOURCE, BEFORE);
    expect(changePreview(t, rendered(PREVIEW_SOURCE, BEFORE)).unchanged).toBe(true);
  });

  it("shows a replacement naming the immutable property a parameter value feeds, through Ref and Sub", () => {
    const old = rendered(PREVIEW_SOURCE, BEFORE);
    const next = rendered(PREVIEW_SOURCE, { ...BEFORE, AppName: "shop2" });
    const preview = changePreview(old, next);
    expect(preview.resources.replaced).toEqual([
      expect.objectContaining({
        logicalId: "Bucket",
        type: "AWS::S3::Bucket",
        impact: "replaces",
        forcedBy: ["BucketName"],
        stateful: true,
        changes: [{ path: ["Properties", "BucketName"], old: "shop", new: "shop2", impact: "replaces" }],
      }),
      expect.objectContaining({ logicalId: "Logs", impact: "replaces", forcedBy: ["BucketName"] }),
    ]);
    expect(preview.resources.modified).toEqual([]);
    expect(preview.values).toEqual([
      { name: "AppName", secret: false, change: "changed", old: "shop", new: "shop2" },
    ]);
    expect(preview.outputs.changed).toEqual([
      { name: "Name", changes: [{ field: "Value", old: "shop", new: "shop2" }] },
    ]);
    expect(preview.parameters.changed).toEqual([]);
  });

  it("takes the values given over the templates' Defaults", () => {
    const t = template(PREVIEW_SOURCE);
    const preview = changePreview(t, t, BEFORE, { ...BEFORE, AppName: "other" });
    expect(preview.resources.replaced.map((r) => r.logicalId)).toEqual(["Bucket", "Logs"]);
  });

  it("shows an in-place update as modified, and a replacing one from a literal change", () => {
    const old = rendered(PREVIEW_SOURCE, BEFORE);
    const next = rendered(PREVIEW_SOURCE.replace("queue-${Env}", "jobs-${Env}"), { ...BEFORE, Env: "prod" });
    const preview = changePreview(old, next);
    expect(preview.resources.modified).toEqual([
      expect.objectContaining({ logicalId: "Bucket", impact: "in-place" }),
    ]);
    expect(preview.resources.replaced).toEqual([
      expect.objectContaining({
        logicalId: "Queue",
        forcedBy: ["QueueName"],
        changes: [
          { path: ["Properties", "QueueName"], old: "queue-dev", new: "jobs-prod", impact: "replaces" },
        ],
      }),
    ]);
    expect(preview.values).toEqual([
      { name: "Env", secret: false, change: "changed", old: "dev", new: "prod" },
    ]);
  });

  it("shows added and removed resources, parameters and definitions, keeping a removed resource's Retain", () => {
    const next = PREVIEW_SOURCE.replace(
      '  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "queue-${Env}"\n',
      "  Topic:\n    Type: AWS::SNS::Topic\n",
    )
      .replace("AllowedValues: [dev, prod]", "AllowedValues: [dev, test, prod]")
      .replace(
        "  Subnets:\n    Type: CommaDelimitedList\n",
        "  Owner:\n    Type: String\n  ApiKey:\n    Type: String\n    NoEcho: true\n",
      );
    const oldSource = PREVIEW_SOURCE.replace(
      "    Type: AWS::SQS::Queue\n",
      "    Type: AWS::SQS::Queue\n    DeletionPolicy: Retain\n",
    );
    const preview = changePreview(
      rendered(oldSource, BEFORE),
      rendered(next, { AppName: "shop", Env: "dev", Owner: "me", ApiKey: SECRET, DbPassword: SECRET }),
    );
    expect(preview.resources.added).toEqual([{ logicalId: "Topic", type: "AWS::SNS::Topic" }]);
    expect(preview.resources.removed).toEqual([
      { logicalId: "Queue", type: "AWS::SQS::Queue", deletionPolicy: "Retain" },
    ]);
    expect(preview.parameters.added).toEqual(["Owner", "ApiKey"]);
    expect(preview.parameters.removed).toEqual(["Subnets"]);
    expect(preview.parameters.changed).toEqual([
      {
        name: "Env",
        changes: [{ field: "AllowedValues", old: ["dev", "prod"], new: ["dev", "test", "prod"] }],
      },
    ]);
    expect(preview.values).toEqual([
      { name: "Owner", secret: false, change: "added", new: "me" },
      { name: "ApiKey", secret: true, change: "added" },
      { name: "Subnets", secret: false, change: "removed", old: "s-1,s-2" },
    ]);
  });

  it("never shows a NoEcho value, even one given as a value or a Default", () => {
    const leaky = PREVIEW_SOURCE.replace(
      "    NoEcho: true",
      `    NoEcho: true\n    Default: ${SECRET}`,
    ).replace('      QueueName: !Sub "queue-${Env}"', "      QueueName: !Ref DbPassword");
    const old = template(leaky);
    const next = template(leaky.replace(`Default: ${SECRET}`, "Default: other-secret"));
    const preview = changePreview(old, next, BEFORE, { ...BEFORE, DbPassword: "new-secret" });
    const text = JSON.stringify(preview);
    for (const s of [SECRET, "other-secret", "new-secret"]) expect(text).not.toContain(s);
    expect(preview.unchanged).toBe(true);
  });

  it("treats names given as secret like NoEcho ones", () => {
    const t = template(PREVIEW_SOURCE);
    const preview = changePreview(
      t,
      t,
      BEFORE,
      { ...BEFORE, AppName: "classified" },
      { secretNames: ["AppName"] },
    );
    expect(JSON.stringify(preview)).not.toContain("classified");
    expect(preview.values).toEqual([]);
  });
});
