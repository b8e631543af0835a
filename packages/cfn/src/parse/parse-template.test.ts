import { describe, expect, it } from "vitest";
import type { TJsonObject, TTemplate } from "../model.ts";
import { parseTemplate } from "./parse-template.ts";

function parsed(source: string): TTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function value(source: string): unknown {
  return (parsed(`Value: ${source}\n`).body as TJsonObject)["Value"];
}

describe("parseTemplate short-form tags", () => {
  it.each([
    ["!Ref Bucket", { Ref: "Bucket" }],
    ["!Condition IsProd", { Condition: "IsProd" }],
    ["!Sub 'arn:${AWS::Partition}:s3:::${B}'", { "Fn::Sub": "arn:${AWS::Partition}:s3:::${B}" }],
    ["!Sub [ '${A}-x', { A: !Ref B } ]", { "Fn::Sub": ["${A}-x", { A: { Ref: "B" } }] }],
    ["!GetAtt Db.Endpoint.Address", { "Fn::GetAtt": ["Db", "Endpoint.Address"] }],
    ["!GetAtt [Db, Arn]", { "Fn::GetAtt": ["Db", "Arn"] }],
    ["!GetAtt [!Sub '${A}x', Arn]", { "Fn::GetAtt": [{ "Fn::Sub": "${A}x" }, "Arn"] }],
    ["!Join ['', [a, !Ref B]]", { "Fn::Join": ["", ["a", { Ref: "B" }]] }],
    ["!Select [0, !GetAZs '']", { "Fn::Select": [0, { "Fn::GetAZs": "" }] }],
    ["!GetAZs", { "Fn::GetAZs": "" }],
    ["!GetAZs us-east-1", { "Fn::GetAZs": "us-east-1" }],
    ["!Split [',', !ImportValue Shared]", { "Fn::Split": [",", { "Fn::ImportValue": "Shared" }] }],
    ["!If [C, !Ref AWS::NoValue, x]", { "Fn::If": ["C", { Ref: "AWS::NoValue" }, "x"] }],
    [
      "!And [!Condition A, !Not [!Equals [!Ref E, prod]]]",
      {
        "Fn::And": [{ Condition: "A" }, { "Fn::Not": [{ "Fn::Equals": [{ Ref: "E" }, "prod"] }] }],
      },
    ],
    ["!Or [!Condition A, !Condition B]", { "Fn::Or": [{ Condition: "A" }, { Condition: "B" }] }],
    ["!FindInMap [M, !Ref AWS::Region, Ami]", { "Fn::FindInMap": ["M", { Ref: "AWS::Region" }, "Ami"] }],
    ["!Base64 text", { "Fn::Base64": "text" }],
    ["!Cidr [!GetAtt Vpc.CidrBlock, 6, 5]", { "Fn::Cidr": [{ "Fn::GetAtt": ["Vpc", "CidrBlock"] }, 6, 5] }],
    [
      "!Transform { Name: 'AWS::Include', Parameters: { Location: s3://b/k } }",
      {
        "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "s3://b/k" } },
      },
    ],
    ["!Length [a, b]", { "Fn::Length": ["a", "b"] }],
    ["!ToJsonString { a: b }", { "Fn::ToJsonString": { a: "b" } }],
    ["!Contains [[a, b], !Ref P]", { "Fn::Contains": [["a", "b"], { Ref: "P" }] }],
    ["!EachMemberEquals [!Ref L, x]", { "Fn::EachMemberEquals": [{ Ref: "L" }, "x"] }],
    ["!EachMemberIn [!Ref L, [a]]", { "Fn::EachMemberIn": [{ Ref: "L" }, ["a"]] }],
    ["!RefAll AWS::EC2::VPC::Id", { "Fn::RefAll": "AWS::EC2::VPC::Id" }],
    ["!ValueOf [Subnet, VpcId]", { "Fn::ValueOf": ["Subnet", "VpcId"] }],
    [
      "!ValueOfAll [AWS::EC2::Subnet::Id, Tags.Env]",
      { "Fn::ValueOfAll": ["AWS::EC2::Subnet::Id", "Tags.Env"] },
    ],
  ])("%s", (source, expected) => {
    expect(value(source)).toEqual(expected);
  });
});

describe("parseTemplate YAML 1.1 scalars", () => {
  it("keeps the template version a string and never produces a Date", () => {
    const body = parsed("AWSTemplateFormatVersion: 2010-09-09\nWhen: 2001-12-14t21:59:43.10-05:00\n").body;
    expect(body["AWSTemplateFormatVersion"]).toBe("2010-09-09");
    expect(typeof body["When"]).toBe("string");
  });

  it.each([
    ["yes", true],
    ["Off", false],
    ["y", "y"],
    ["n", "n"],
    ["0123", 83],
    ["'0123'", "0123"],
    ["012345678901", "012345678901"],
    ["1e3", 1000],
    ["1_000", 1000],
    ["0x1F", 31],
    ["12:30", "12:30"],
    [".inf", ".inf"],
    ["~", null],
    ["!!str 42", "42"],
  ])("%s", (source, expected) => {
    expect(value(source)).toEqual(expected);
  });
});

describe("parseTemplate JSON", () => {
  it("parses JSON with JSON semantics and positions", () => {
    const template = parsed(
      '{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket", "N": 1e3, "S": "yes" }\n  }\n}',
    );
    expect(template.format).toBe("json");
    expect(template.body).toEqual({ Resources: { B: { Type: "AWS::S3::Bucket", N: 1000, S: "yes" } } });
    expect(template.positionOf(["Resources", "B", "Type"])).toEqual({ line: 3, column: 12 });
    expect(template.positionOf(["Resources", "B", "Nope", 3])).toEqual({ line: 3, column: 5 });
  });

  it("rejects a syntax error with its position", () => {
    const result = parseTemplate('{\n  "a": [1, 2,]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.position).toEqual({ line: 2, column: 14 });
  });

  it("keeps __proto__ as data", () => {
    const body = parsed('{"__proto__": {"x": 1}}').body;
    expect(Object.keys(body)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });
});

describe("parseTemplate positions and errors", () => {
  const source = [
    "Resources:",
    "  Web:",
    "    Type: AWS::EC2::Instance",
    "    Properties:",
    "      ImageId: !Ref Ami",
    "      Tags:",
    "        - Key: Name",
    "          Value: !Join ['-', [a, b]]",
  ].join("\n");

  it("maps paths to 1-based line and column", () => {
    const template = parsed(source);
    expect(template.format).toBe("yaml");
    expect(template.positionOf(["Resources", "Web", "Properties", "ImageId"])).toEqual({
      line: 5,
      column: 7,
    });
    expect(
      template.positionOf(["Resources", "Web", "Properties", "Tags", 0, "Value", "Fn::Join", 1, 1]),
    ).toEqual({
      line: 8,
      column: 34,
    });
  });

  it("rejects duplicate keys with the path and position of the second", () => {
    const result = parseTemplate("Resources:\n  A: 1\n  A: 2\n");
    expect(result).toMatchObject({
      ok: false,
      errors: [{ id: "SV-PARSE-DUPLICATE-KEY", path: ["Resources", "A"], position: { line: 3, column: 3 } }],
    });
  });

  it("rejects unknown tags naming the tag", () => {
    const result = parseTemplate("Resources:\n  A: !Reff X\n  B: !!binary aGk=\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.message, e.path, e.position?.line])).toEqual([
        ["Unknown or unsupported tag !Reff", ["Resources", "A"], 2],
        ["Unknown or unsupported tag tag:yaml.org,2002:binary", ["Resources", "B"], 3],
      ]);
    }
  });

  it("rejects a template that is not a mapping", () => {
    for (const source of ["- a\n- b\n", "", "just text", "[1]"]) {
      expect(parseTemplate(source)).toMatchObject({ ok: false, errors: [{ id: "SV-PARSE-NOT-MAPPING" }] });
    }
  });

  it("reports YAML syntax errors with a position", () => {
    const result = parseTemplate("Resources:\n  A: [1, 2\n  B: 3\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ id: "SV-PARSE-YAML", severity: "error" });
  });

  it("rejects more than one YAML document", () => {
    expect(parseTemplate("a: 1\n---\nb: 2\n").ok).toBe(false);
  });

  it("expands a few aliases, placing them where the alias is", () => {
    const template = parsed("A: &x [1, 2]\nB: [0, *x]\n");
    expect(template.body).toEqual({ A: [1, 2], B: [0, [1, 2]] });
    expect(template.positionOf(["B", 1])).toEqual({ line: 2, column: 8 });
  });
});

describe("one pass of the lexer", () => {
  const errorIds = (source: string) => {
    const result = parseTemplate(source);
    return result.ok ? [] : result.errors.map((e) => `${e.id} ${e.message}`);
  };
  const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

  it("refuses flow collections nested past the limit, wherever they are", () => {
    expect(errorIds(`Resources: {}\nOutputs:\n  O: {Value: ${deep(101)}}\n`)[0]).toMatch(/^SV-PARSE-DEPTH /);
    expect(errorIds(`Resources: {}\nOutputs:\n  O: {Value: ${deep(40)}}\n`)).toEqual([]);
  });

  it("refuses a second document, and deep nesting even after it", () => {
    expect(errorIds("Resources: {}\n---\nOutputs: {}\n")[0]).toMatch(/^SV-PARSE-YAML .*multiple documents/);
    expect(errorIds(`Resources: {}\n---\nOutputs: ${deep(150)}\n`)[0]).toMatch(/^SV-PARSE-DEPTH /);
  });
});
