import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbString } from "../../test/arbitraries.ts";
import { ORDER_FORM_TEMPLATE, template } from "../../test/templates.ts";
import type { TJsonObject } from "../model.ts";
import { parseTemplate } from "../parse/parse-template.ts";
import { renderTemplate, type TRenderInput } from "./render-template.ts";

const VALUES = {
  KeyName: "ops",
  VpcId: "vpc-0123456789abcdef0",
  SubnetIds: ["subnet-01234567", "subnet-89abcdef"],
  AppName: "shop",
};

const PROVENANCE = {
  product: "web-service",
  productVersion: "3",
  versionDigest: "sha256:abc",
  request: "req-42",
  approvers: ["carol", "dave"],
  renderedAt: "2026-01-02T03:04:05Z",
};

function input(overrides: Partial<TRenderInput> = {}): TRenderInput {
  return { template: template(ORDER_FORM_TEMPLATE), values: VALUES, provenance: PROVENANCE, ...overrides };
}

function rendered(overrides: Partial<TRenderInput> = {}) {
  const result = renderTemplate(input(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function parameter(body: TJsonObject, name: string): TJsonObject {
  return (body["Parameters"] as TJsonObject)[name] as TJsonObject;
}

describe("renderTemplate", () => {
  it("writes values as Defaults, lists joined with commas", () => {
    const { body } = rendered({ values: { ...VALUES, Ports: ["8080", "8443"] } });
    expect(parameter(body, "SubnetIds")["Default"]).toBe("subnet-01234567,subnet-89abcdef");
    expect(parameter(body, "Ports")["Default"]).toBe("8080,8443");
    expect(parameter(body, "AppName")["Default"]).toBe("shop");
    expect(parameter(body, "InstanceCount")["Default"]).toBe(2);
  });

  it("removes secret defaults and never writes a secret value", () => {
    const result = rendered({ values: { ...VALUES, DbPassword: "hunter2-hunter2" } });
    expect(parameter(result.body, "DbPassword")).not.toHaveProperty("Default");
    expect(result.yaml).not.toContain("hunter2");
    expect(result.json).not.toContain("not-a-real-secret");
  });

  it("records provenance and sorted tags in Metadata.Stackvend", () => {
    const { body, yaml } = rendered({ tags: { team: "shop", cost: "42" }, stackName: "shop-prod" });
    expect((body["Metadata"] as TJsonObject)["Stackvend"]).toEqual({
      product: "web-service",
      productVersion: "3",
      versionDigest: "sha256:abc",
      request: "req-42",
      approvers: ["carol", "dave"],
      renderedAt: "2026-01-02T03:04:05Z",
      stackName: "shop-prod",
      tags: [
        { Key: "cost", Value: "42" },
        { Key: "team", Value: "shop" },
      ],
    });
    expect((body["Metadata"] as TJsonObject)["AWS::CloudFormation::Interface"]).toBeDefined();
    expect(yaml).toContain('Value: "42"');
  });

  it("is deterministic", () => {
    const first = rendered({ tags: { a: "1", b: "2" } });
    const second = rendered({ tags: { b: "2", a: "1" } });
    expect(second.yaml).toBe(first.yaml);
    expect(second.json).toBe(first.json);
  });

  it.each([
    '{"Ref": "AWS::AccountId"}',
    "!Sub ${AWS::AccountId}",
    "!Ref Secret",
    "*alias",
    "&anchor x",
    "x\nResources:\n  Evil: {Type: AWS::IAM::User}",
    "yes",
    "0123",
    "[a, b]",
    "# not a comment",
    "--- ",
  ])("keeps the value %j as literal data in YAML and JSON", (text) => {
    const result = rendered({
      template: template(
        "Parameters:\n  P:\n    Type: String\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n",
      ),
      values: { P: text },
    });
    for (const emitted of [result.yaml, result.json]) {
      const reparsed = parseTemplate(emitted);
      expect(reparsed.ok).toBe(true);
      if (reparsed.ok) {
        expect(parameter(reparsed.value.body, "P")["Default"]).toBe(text);
        expect(Object.keys(reparsed.value.body["Resources"] as TJsonObject)).toEqual(["Q"]);
      }
    }
  });

  it("returns field errors instead of rendering invalid values", () => {
    const result = renderTemplate(input({ values: { ...VALUES, AppName: "Shop!", Bogus: "1" } }));
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: ["Parameters", "Bogus"], id: "SV-VALUE-UnknownParameter" },
        { path: ["Parameters", "AppName"], id: "SV-VALUE-AllowedPattern" },
      ],
    });
  });

  it("applies portfolio constraints and rules", () => {
    const result = renderTemplate(
      input({ constraints: [{ parameter: "InstanceType", allowedValues: ["t3.small"] }] }),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: ["Parameters", "InstanceType"], id: "SV-VALUE-Required" }],
    });
    expect(
      renderTemplate(
        input({
          values: { ...VALUES, InstanceType: "t3.small" },
          constraints: [{ parameter: "InstanceType", allowedValues: ["t3.small"] }],
        }),
      ).ok,
    ).toBe(true);
  });

  it("notes rules checked at deploy time", () => {
    const notes = rendered().notes;
    expect(notes.filter((note) => note.id === "SV-RULE-DEPLOY-TIME")).toMatchObject([
      { rule: "SubnetsInVpc", severity: "info" },
    ]);
    expect(notes.filter((note) => note.id === "SV-PARAM-DEPLOY-TIME").map((note) => note.path[1])).toEqual([
      "VpcId",
      "SubnetIds",
      "KeyName",
      "AmiId",
      "Zones",
    ]);
  });

  it("validates stack name, tags and provenance", () => {
    expect(renderTemplate(input({ stackName: "1-bad" })).ok).toBe(false);
    expect(renderTemplate(input({ tags: { "aws:owner": "x" } })).ok).toBe(false);
    expect(renderTemplate(input({ provenance: { ...PROVENANCE, product: "" } })).ok).toBe(false);
  });
});

describe("renderTemplate values are data", () => {
  const simple = template(
    "Parameters:\n  P:\n    Type: String\n    Default: x\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n",
  );

  it("keeps any string value literal through YAML and JSON", () => {
    fc.assert(
      fc.property(arbString, (text) => {
        const result = renderTemplate({ template: simple, values: { P: text }, provenance: PROVENANCE });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const emitted of [result.value.yaml, result.value.json]) {
          const reparsed = parseTemplate(emitted);
          expect(reparsed.ok).toBe(true);
          if (reparsed.ok) {
            expect(parameter(reparsed.value.body, "P")["Default"]).toBe(text);
            expect(Object.keys(reparsed.value.body).sort()).toEqual(["Metadata", "Parameters", "Resources"]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
