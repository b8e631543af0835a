/** Unit tests: each check on a minimal template that breaks it and a minimal one that does not. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TJsonObject } from "../../src/model.ts";
import { templateFromBody } from "../../src/template.ts";
import {
  buildSpec,
  CHECK_FAILURE_ID,
  CHECKS,
  loadSpec,
  RULE_CHECKS,
  validateTemplate,
} from "../../src/validate/index.ts";
import { PACKAGE_DIR } from "./helpers.ts";

const queue = { Type: "AWS::SQS::Queue" };

/** [check id, template that must trigger it, template that must not]. */
const CASES: [string, TJsonObject, TJsonObject][] = [
  [
    "SV-E1001",
    { Resources: { Q: queue }, Outputs2: {} },
    { AWSTemplateFormatVersion: "2010-09-09", Resources: { Q: queue } },
  ],
  [
    "SV-E1001",
    { AWSTemplateFormatVersion: "2010-09-10", Resources: { Q: queue } },
    { Resources: { Q: queue } },
  ],
  ["SV-E1001", { Resources: {} }, { Resources: { Q: queue } }],
  ["SV-E1001", { Parameters: {} }, { Parameters: {}, Resources: { Q: queue } }],
  [
    "SV-E1005",
    { Transform: [42], Resources: { Q: queue } },
    { Transform: [{ Name: "AWS::Include", Parameters: {} }], Resources: { Q: queue } },
  ],
  [
    "SV-W1005",
    { Transform: "MyMacro", Resources: { Q: queue } },
    { Transform: "AWS::Serverless-2016-10-31", Resources: { Q: queue } },
  ],
  [
    "SV-E2001",
    { Parameters: { P: { Default: "x" } }, Resources: { Q: queue } },
    { Parameters: { P: { Type: "String", Default: "x" } }, Resources: { Q: queue } },
  ],
  [
    "SV-E2001",
    { Parameters: { P: { Type: "Number", MinValue: "low" } }, Resources: { Q: queue } },
    { Parameters: { P: { Type: "Number", MinValue: "1" } }, Resources: { Q: queue } },
  ],
  [
    "SV-E2002",
    { Parameters: { P: { Type: "List<String>" } }, Resources: { Q: queue } },
    {
      Parameters: { P: { Type: "AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>" } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-E2002",
    { Parameters: { P: { Type: "List<AWS::SSM::Parameter::Name>" } }, Resources: { Q: queue } },
    {
      Parameters: { P: { Type: "AWS::SSM::Parameter::Value<CommaDelimitedList>", Default: "/a/b" } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-PARAM-DEFINITION",
    { Parameters: { P: { Type: "String", Default: { Ref: "AWS::Region" } } }, Resources: { Q: queue } },
    { Parameters: { P: { Type: "CommaDelimitedList", Default: ["a", "b"] } }, Resources: { Q: queue } },
  ],
  [
    "SV-PARAM-DEFINITION",
    { Parameters: { P: { Type: "String", AllowedValues: ["a", ["b"]] } }, Resources: { Q: queue } },
    { Parameters: { P: { Type: "String", AllowedValues: ["a", 2, true] } }, Resources: { Q: queue } },
  ],
  [
    "SV-E2015",
    { Parameters: { P: { Type: "Number", Default: 5, MinValue: 10 } }, Resources: { Q: queue } },
    { Parameters: { P: { Type: "Number", Default: 15, MinValue: 10 } }, Resources: { Q: queue } },
  ],
  [
    "SV-E2015",
    {
      Parameters: { P: { Type: "String", Default: "abc!", AllowedPattern: "[a-z]+" } },
      Resources: { Q: queue },
    },
    {
      Parameters: { P: { Type: "String", Default: "abc", AllowedPattern: "[a-z]+" } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-E2015",
    {
      Parameters: { P: { Type: "CommaDelimitedList", Default: "a,z", AllowedValues: ["a", "b"] } },
      Resources: { Q: queue },
    },
    {
      Parameters: { P: { Type: "CommaDelimitedList", Default: "a, b", AllowedValues: ["a", "b"] } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-E3001",
    { Resources: { Q: { Properties: {} } } },
    { Resources: { Q: { Type: "AWS::SQS::Queue", DeletionPolicy: "Retain" } } },
  ],
  ["SV-E3001", { Resources: { "My-Queue": queue } }, { Resources: { MyQueue: queue } }],
  [
    "SV-E3006",
    { Resources: { Q: { Type: "AWS::SQS::Queues" } } },
    {
      Resources: {
        Q: { Type: "Custom::Anything" },
        R: { Type: "AWS::CloudFormation::CustomResource", Properties: { ServiceToken: "arn" } },
      },
    },
  ],
  ["SV-W3006", { Resources: { M: { Type: "A::B::C::MODULE" } } }, { Resources: { Q: queue } }],
  [
    "SV-E3002",
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { Name: "x" } } } },
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { QueueName: "x" } } } },
  ],
  [
    "SV-E3002",
    { Resources: { B: { Type: "AWS::S3::Bucket", Properties: { Tags: [{ Key: "a", Valu: "b" }] } } } },
    { Resources: { B: { Type: "AWS::S3::Bucket", Properties: { Tags: [{ Key: "a", Value: "b" }] } } } },
  ],
  [
    "SV-E3003",
    { Resources: { S: { Type: "AWS::EC2::Subnet" } } },
    { Resources: { S: { Type: "AWS::EC2::Subnet", Properties: { VpcId: "vpc-1" } } } },
  ],
  [
    "SV-E3003",
    { Resources: { B: { Type: "AWS::S3::Bucket", Properties: { Tags: [{ Key: "a" }] } } } },
    {
      Resources: {
        B: {
          Type: "AWS::S3::Bucket",
          Properties: { Tags: [{ Key: "a", Value: { Ref: "AWS::StackName" } }] },
        },
      },
    },
  ],
  [
    "SV-E3012",
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { FifoQueue: "yes" } } } },
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { FifoQueue: "true", DelaySeconds: "5" } } } },
  ],
  [
    "SV-E3012",
    { Resources: { B: { Type: "AWS::S3::Bucket", Properties: { Tags: { Key: "a", Value: "b" } } } } },
    {
      Resources: {
        B: {
          Type: "AWS::S3::Bucket",
          Properties: { Tags: { "Fn::If": ["C", [], { Ref: "AWS::NoValue" }] } },
        },
      },
      Conditions: { C: { "Fn::Equals": ["a", "a"] } },
    },
  ],
  [
    "SV-E3012",
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { QueueName: ["a"] } } } },
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { QueueName: 12 } } } },
  ],
  [
    "SV-E3030",
    { Resources: { I: { Type: "AWS::EC2::Instance", Properties: { Affinity: "hosts" } } } },
    {
      Resources: {
        I: { Type: "AWS::EC2::Instance", Properties: { Affinity: "Host", Tenancy: { Ref: "AWS::NoValue" } } },
      },
    },
  ],
  [
    "SV-E1028",
    {
      Conditions: { C: { "Fn::Equals": [1, 1] } },
      Resources: {
        Q: { Type: "AWS::SQS::Queue", Properties: { DelaySeconds: { "Fn::If": [["C"], 1, 2] } } },
      },
    },
    {
      Conditions: { C: { "Fn::Equals": [1, 1] } },
      Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { DelaySeconds: { "Fn::If": ["C", 1, 2] } } } },
    },
  ],
  [
    "SV-W2001",
    { Parameters: { P: { Type: "String" } }, Resources: { Q: queue } },
    {
      Parameters: { P: { Type: "String" } },
      Rules: { R: { Assertions: [{ Assert: { "Fn::Not": [{ "Fn::Equals": [{ Ref: "P" }, ""] }] } }] } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-W3005",
    {
      Resources: {
        A: queue,
        B: { ...queue, DependsOn: "A", Properties: { QueueName: { "Fn::GetAtt": ["A", "QueueName"] } } },
      },
    },
    { Resources: { A: queue, B: { ...queue, DependsOn: "A" } } },
  ],
  [
    "SV-E6101",
    { Resources: { Q: queue }, Outputs: { O: { Value: { Name: "x" } } } },
    { Resources: { Q: queue }, Outputs: { O: { Value: { "Fn::Join": [",", ["a", "b"]] } } } },
  ],
  [
    "SV-W8001",
    { Conditions: { A: { "Fn::Equals": [1, 1] } }, Resources: { Q: queue } },
    { Conditions: { A: { "Fn::Equals": [1, 1] } }, Resources: { Q: { ...queue, Condition: "A" } } },
  ],
  [
    "SV-E1020",
    { Conditions: { C: { "Fn::Equals": [{ Ref: "Q" }, "x"] } }, Resources: { Q: queue } },
    {
      Parameters: { P: { Type: "String" } },
      Conditions: { C: { "Fn::Equals": [{ Ref: "P" }, "x"] } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-E1020",
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { QueueName: { Ref: "Nope" } } } } },
    { Resources: { Q: { Type: "AWS::SQS::Queue", Properties: { QueueName: { Ref: "AWS::StackName" } } } } },
  ],
  [
    "SV-E1010",
    { Resources: { Q: queue }, Outputs: { O: { Value: { "Fn::GetAtt": ["Q", "Nope"] } } } },
    { Resources: { Q: queue }, Outputs: { O: { Value: { "Fn::GetAtt": "Q.Arn" } } } },
  ],
  [
    "SV-E1010",
    {
      Parameters: { P: { Type: "String" } },
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::GetAtt": ["P", "Arn"] } } },
    },
    {
      Resources: { S: { Type: "AWS::CloudFormation::Stack", Properties: { TemplateURL: "u" } } },
      Outputs: { O: { Value: { "Fn::GetAtt": ["S", "Outputs.X"] } } },
    },
  ],
  [
    "SV-E1019",
    { Resources: { Q: queue }, Outputs: { O: { Value: { "Fn::Sub": "${Q.Nope}" } } } },
    {
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::Sub": ["${Q.Arn}/${X}/${!Y}/${AWS::Region}", { X: "x" }] } } },
    },
  ],
  [
    "SV-E1011",
    {
      Mappings: { M: { a: { b: "c" } } },
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::FindInMap": ["N", "a", "b"] } } },
    },
    {
      Mappings: { M: { a: { b: "c" } } },
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::FindInMap": ["M", "a", "b"] } } },
    },
  ],
  [
    "SV-E1011",
    {
      Mappings: { M: { a: { b: "c" } } },
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::FindInMap": ["M", "x", "b"] } } },
    },
    {
      Mappings: { M: { a: { b: "c" } } },
      Resources: { Q: queue },
      Outputs: { O: { Value: { "Fn::FindInMap": ["M", { Ref: "AWS::Region" }, "b"] } } },
    },
  ],
  [
    "SV-E3005",
    { Resources: { Q: { ...queue, DependsOn: "Q" } } },
    { Resources: { Q: { ...queue, DependsOn: ["R"] }, R: queue } },
  ],
  [
    "SV-E8002",
    { Resources: { Q: { ...queue, Condition: "Nope" } } },
    { Conditions: { Yes: { "Fn::Equals": [1, 1] } }, Resources: { Q: { ...queue, Condition: "Yes" } } },
  ],
  [
    "SV-E8002",
    { Conditions: { A: { "Fn::Not": [{ Condition: "B" }] } }, Resources: { Q: queue } },
    {
      Conditions: { A: { "Fn::Not": [{ Condition: "B" }] }, B: { "Fn::Equals": [1, 1] } },
      Resources: { Q: queue },
    },
  ],
  [
    "SV-E3004",
    {
      Resources: {
        A: { ...queue, DependsOn: "B" },
        B: { ...queue, DependsOn: "C" },
        C: { ...queue, DependsOn: "A" },
      },
    },
    { Resources: { A: { ...queue, DependsOn: "B" }, B: { ...queue, DependsOn: "C" }, C: queue } },
  ],
  [
    "SV-E6001",
    { Resources: { Q: queue }, Outputs: { O: { Value: "x", Exprt: {} } } },
    {
      Resources: { Q: queue },
      Outputs: { O: { Value: "x", Export: { Name: { "Fn::Sub": "${AWS::StackName}-x" } } } },
    },
  ],
  [
    "SV-E6002",
    { Resources: { Q: queue }, Outputs: { O: { Description: "x" } } },
    { Resources: { Q: queue }, Outputs: { O: { Value: "x" } } },
  ],
];

/** Checks whose ids predate the numbered ones and are kept because findings consumers match on them. */
const NAMED_IDS = new Map([
  ["SV-PARAM-DEFINITION", "error"],
  ["SV-RULE-INVALID", "error"],
  ["SV-RULE-ASSERT", "error"],
  ["SV-RULE-DEPLOY-TIME", "info"],
]);

function idsOf(body: TJsonObject): string[] {
  return validateTemplate(templateFromBody(body)).map((f) => f.id);
}

describe("checks", () => {
  it("every check has a unit case, a cfn-lint rule or a reason, a source link and a description", () => {
    const covered = new Set(CASES.map(([id]) => id));
    for (const check of CHECKS) {
      expect(covered.has(check.id), check.id).toBe(true);
      expect(check.source).toMatch(/^https:\/\//);
      expect(check.description.length).toBeGreaterThan(10);
      if (NAMED_IDS.has(check.id)) {
        expect(check.severity).toBe(NAMED_IDS.get(check.id));
      } else {
        expect(check.id).toMatch(/^SV-[EW]\d{4}$/);
        expect(check.severity).toBe(check.id.startsWith("SV-E") ? "error" : "warning");
      }
    }
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it("every rule check has a named id, a source link and a description, and no template check shares it", () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const check of RULE_CHECKS) {
      expect(check.id).toMatch(/^SV-RULE-[A-Z-]+$/);
      expect(check.severity).toBe(NAMED_IDS.get(check.id));
      expect(check.source).toMatch(/^https:\/\//);
      expect(check.description.length).toBeGreaterThan(10);
      expect(ids.has(check.id), check.id).toBe(false);
    }
  });

  CASES.forEach(([id, bad, good], i) => {
    it(`${id} #${i}: flags the defect and accepts the fix`, () => {
      expect(idsOf(bad)).toContain(id);
      // The fix may still leave warnings of other checks (an unused parameter), never errors.
      expect(idsOf(good).filter((found) => found === id || found.startsWith("SV-E"))).toEqual([]);
    });
  });

  it("names the cycle in the message", () => {
    const findings = validateTemplate(
      templateFromBody({
        Resources: {
          A: { ...queue, DependsOn: "B" },
          B: { ...queue, Properties: { QueueName: { "Fn::Sub": "${A.QueueName}-b" } } },
        },
      }),
    );
    expect(findings.map((f) => f.message)).toEqual(["Circular dependency: A -> B -> A"]);
  });

  it("reports a self reference as a cycle", () => {
    const findings = validateTemplate(
      templateFromBody({
        Resources: { A: { ...queue, Properties: { QueueName: { "Fn::GetAtt": ["A", "QueueName"] } } } },
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["SV-E3004"]);
  });

  it("skips SAM resources and the names SAM generates", () => {
    const body: TJsonObject = {
      Transform: "AWS::Serverless-2016-10-31",
      Globals: { Function: { Timeout: 3 } },
      Resources: { Fn: { Type: "AWS::Serverless::Function", Properties: { Whatever: 1 } } },
      Outputs: {
        R: { Value: { "Fn::GetAtt": ["FnRole", "Arn"] } },
        A: { Value: { Ref: "ServerlessRestApi" } },
      },
    };
    expect(idsOf(body)).toEqual([]);
    expect(idsOf({ ...body, Transform: "AWS::LanguageExtensions" })).toContain("SV-E1001");
  });

  it("accepts an injected spec and uses it instead of the bundled one", () => {
    const spec = buildSpec({
      schema: {
        resource: {
          entities: [
            {
              $id: "1",
              name: "Thing",
              cloudFormationType: "Acme::Demo::Thing",
              properties: { Size: { type: { type: "integer" }, required: true } },
              attributes: { Id: {} },
            },
          ],
        },
        typeDefinition: { entities: [] },
      },
    });
    const check = (props: TJsonObject) =>
      validateTemplate(
        templateFromBody({ Resources: { T: { Type: "Acme::Demo::Thing", Properties: props } } }),
        { spec },
      ).map((f) => f.id);
    expect(spec.size).toBe(1);
    expect(check({ Size: 3 })).toEqual([]);
    expect(check({ Size: "big" })).toEqual(["SV-E3012"]);
    expect(check({})).toEqual(["SV-E3003"]);
  });

  it("loads the bundled spec once", () => {
    expect(loadSpec()).toBe(loadSpec());
    expect(loadSpec().size).toBeGreaterThan(1500);
  });
});

describe("attributes the spec no longer lists", () => {
  it("accepts legacy GetAtt attributes CloudFormation still serves", () => {
    const body: TJsonObject = {
      Resources: { D: { Type: "AWS::Elasticsearch::Domain" } },
      Outputs: { A: { Value: { "Fn::GetAtt": ["D", "DomainArn"] } } },
    };
    expect(idsOf(body)).toEqual([]);
  });
});

describe("inline Fn::Transform", () => {
  it("is not taken for a resource, an output or a property", () => {
    const include = { Name: "AWS::Include", Parameters: { Location: "s3://bucket/snippet.yaml" } };
    const body: TJsonObject = {
      Resources: {
        "Fn::Transform": include,
        B: { Type: "AWS::S3::Bucket", Properties: { "Fn::Transform": include } },
      },
      Outputs: { "Fn::Transform": include },
    };
    expect(idsOf(body)).toEqual([]);
  });
});

describe("Fn::ForEach in Outputs", () => {
  const loop = ["Name", ["A", "B"], { "${Name}Url": { Value: ["not", "a", "string"] } }];

  it("is a loop every Outputs check leaves alone under AWS::LanguageExtensions", () => {
    const body: TJsonObject = {
      Transform: "AWS::LanguageExtensions",
      Resources: { Q: queue },
      Outputs: { "Fn::ForEach::Urls": loop, Plain: { Value: ["x"] } },
    };
    expect(idsOf(body)).toEqual(["SV-E6101"]);
  });

  it("is an ordinary output without the transform, reported once", () => {
    const body: TJsonObject = { Resources: { Q: queue }, Outputs: { "Fn::ForEach::Urls": loop } };
    expect(idsOf(body)).toEqual(["SV-E6001"]);
  });
});

describe("a check that crashes", () => {
  it("is reported as not run, and the other checks still report", () => {
    const broken = {
      id: "SV-E9999",
      description: "always throws, for this test",
      source: "https://example.com",
      severity: "error" as const,
      run: () => {
        throw new Error("boom");
      },
    };
    const findings = validateTemplate(templateFromBody({ Resources: {} }), { checks: [broken, ...CHECKS] });
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      [CHECK_FAILURE_ID, "warning"],
      ["SV-E1001", "error"],
    ]);
  });
});

describe("checks/README.md", () => {
  it("lists every registered check with its cfn-lint rule and severity", () => {
    const readme = readFileSync(join(PACKAGE_DIR, "src", "validate", "checks", "README.md"), "utf8");
    const rows = readme.split("\n").filter((line) => line.startsWith("| SV-"));
    expect(
      rows.map((r) =>
        r
          .split("|")
          .slice(1, 4)
          .map((c) => c.trim()),
      ),
    ).toEqual([...CHECKS, ...RULE_CHECKS].map((c) => [c.id, c.cfnLintRule ?? "-", c.severity]));
  });
});
