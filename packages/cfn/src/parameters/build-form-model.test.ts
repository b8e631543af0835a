import { describe, expect, it } from "vitest";
import { ORDER_FORM_TEMPLATE, template } from "../../test/templates.ts";
import type { TFormModel } from "./form-model.ts";
import { validateTemplate } from "../validate/validate-template.ts";
import { buildFormModel, type TFormModelOptions } from "./build-form-model.ts";

function model(source = ORDER_FORM_TEMPLATE, options?: TFormModelOptions): TFormModel {
  const result = buildFormModel(template(source), options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function field(name: string, form = model()) {
  const found = form.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe("buildFormModel", () => {
  it("orders fields by Interface groups, then the rest in template order", () => {
    const form = model();
    expect(form.fields.map((f) => f.name)).toEqual([
      "VpcId",
      "SubnetIds",
      "InstanceType",
      "InstanceCount",
      "KeyName",
      "Environment",
      "AppName",
      "DbPassword",
      "Ports",
      "Cidrs",
      "AmiId",
      "Zones",
    ]);
    expect(form.groups).toEqual([
      { label: "Network", parameters: ["VpcId", "SubnetIds"] },
      { label: "Compute", parameters: ["InstanceType", "InstanceCount", "KeyName"] },
      { parameters: ["Environment", "AppName", "DbPassword", "Ports", "Cidrs", "AmiId", "Zones"] },
    ]);
    expect(field("VpcId").label).toBe("Which VPC?");
    expect(field("AppName").label).toBe("AppName");
    expect(field("VpcId").group).toBe("Network");
  });

  it("describes every kind of field", () => {
    const kinds = Object.fromEntries(model().fields.map((f) => [f.name, f.kind]));
    expect(kinds).toEqual({
      VpcId: "aws-id",
      SubnetIds: "aws-id",
      InstanceType: "select",
      InstanceCount: "number",
      KeyName: "aws-id",
      Environment: "select",
      AppName: "text",
      DbPassword: "secret",
      Ports: "list",
      Cidrs: "list",
      AmiId: "ssm",
      Zones: "aws-id",
    });
  });

  it("carries constraints, defaults and hints", () => {
    expect(field("InstanceCount")).toMatchObject({
      minValue: 1,
      maxValue: 10,
      default: "2",
      required: false,
      numeric: true,
    });
    expect(field("AppName")).toMatchObject({
      pattern: "[a-z][a-z0-9-]*",
      minLength: 3,
      maxLength: 20,
      required: true,
    });
    expect(field("InstanceType")).toMatchObject({
      options: ["t3.micro", "t3.small", "m5.large"],
      description: "EC2 instance type",
      constraintDescription: "must be a supported EC2 instance type.",
    });
    expect(field("SubnetIds")).toMatchObject({
      multiple: true,
      awsType: "AWS::EC2::Subnet::Id",
      required: true,
    });
    expect(field("SubnetIds").hint?.pattern).toBe("subnet-[0-9a-f]{8,17}");
    expect(field("VpcId").hint?.example).toMatch(/^vpc-/);
    expect(field("Ports").default).toEqual(["80", "443"]);
    expect(field("Zones").default).toEqual(["us-east-1a", "us-east-1b"]);
    expect(field("AmiId")).toMatchObject({
      ssmResolvesTo: "AWS::EC2::Image::Id",
      awsType: "AWS::SSM::Parameter::Name",
    });
  });

  it("never exposes a secret's default and does not require it", () => {
    const secret = field("DbPassword");
    expect(secret).toMatchObject({ secret: true, required: false, kind: "secret" });
    expect(secret.default).toBeUndefined();
    expect(JSON.stringify(model())).not.toContain("not-a-real-secret");
  });

  it("is plain JSON", () => {
    const form = model();
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    expect(form.rules && Object.keys(form.rules)).toEqual(["ProdIsLarge", "SubnetsInVpc"]);
  });

  it.each([
    ["AWS::EC2::Image::Id", "aws-id", "ami-[0-9a-f]{8,17}"],
    ["AWS::EC2::Instance::Id", "aws-id", "i-[0-9a-f]{8,17}"],
    ["AWS::EC2::SecurityGroup::Id", "aws-id", "sg-[0-9a-f]{8,17}"],
    ["AWS::EC2::Volume::Id", "aws-id", "vol-[0-9a-f]{8,17}"],
    ["AWS::Route53::HostedZone::Id", "aws-id", "Z[A-Z0-9]{1,32}"],
    ["AWS::SSM::Parameter::Name", "ssm", "[a-zA-Z0-9_.\\-/]{1,2048}"],
    ["AWS::SSM::Parameter::Value<String>", "ssm", "[a-zA-Z0-9_.\\-/]{1,2048}"],
    ["AWS::SSM::Parameter::Value<List<String>>", "ssm", "[a-zA-Z0-9_.\\-/]{1,2048}"],
    ["AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>", "ssm", "[a-zA-Z0-9_.\\-/]{1,2048}"],
    ["List<AWS::EC2::SecurityGroup::GroupName>", "aws-id", "[\\x20-\\x7E]{1,255}"],
    ["List<AWS::Route53::HostedZone::Id>", "aws-id", "Z[A-Z0-9]{1,32}"],
  ])("knows %s", (type, kind, pattern) => {
    const form = model(`Parameters:\n  P:\n    Type: "${type}"\n`);
    expect(field("P", form)).toMatchObject({ kind, hint: { pattern } });
  });

  it("rejects unknown types and malformed constraints with their path", () => {
    const result = buildFormModel(
      template("Parameters:\n  P:\n    Type: Strnig\n  Q:\n    Type: Number\n    MinValue: lots\n"),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: ["Parameters", "P", "Type"], cfnLintRule: "E2002", position: { line: 3 } },
        { path: ["Parameters", "Q", "MinValue"] },
      ],
    });
  });

  it("reports each problem as the finding validateTemplate reports for it, so a merged list has it once", () => {
    const parsed = template(
      [
        "Parameters:",
        "  P:",
        "    Type: Strnig",
        "  Q:",
        "    Type: Number",
        "    MinValue: lots",
        "  R:",
        "    Type: String",
        "    AllowedValues: [a, {b: c}]",
        "  S:",
        "    Default: x",
        "Resources:",
        "  Queue:",
        "    Type: AWS::SQS::Queue",
      ].join("\n"),
    );
    const result = buildFormModel(parsed);
    if (result.ok) throw new Error("expected errors");
    const validated = validateTemplate(parsed);
    for (const error of result.errors) expect(validated).toContainEqual(error);
    const merged = new Map(
      [...validated, ...result.errors].map((f) => [`${f.id} ${f.path.join(".")}`, f] as const),
    );
    expect([...merged.values()].filter((f) => f.path.join(".") === "Parameters.P.Type")).toMatchObject([
      { id: "SV-E2002", message: `Parameter 'P' has invalid Type "Strnig"` },
    ]);
    expect(result.errors.map((f) => [f.id, f.path.join(".")])).toEqual([
      ["SV-E2002", "Parameters.P.Type"],
      ["SV-E2001", "Parameters.Q.MinValue"],
      ["SV-PARAM-DEFINITION", "Parameters.R.AllowedValues.1"],
      ["SV-E2001", "Parameters.S"],
    ]);
  });
});

describe("portfolio constraints", () => {
  it("narrow allowed values by intersection and never widen them", () => {
    const form = model(ORDER_FORM_TEMPLATE, {
      constraints: [{ parameter: "InstanceType", allowedValues: ["t3.small", "m5.large", "x1.32xlarge"] }],
    });
    expect(field("InstanceType", form).options).toEqual(["t3.small", "m5.large"]);
    expect(field("InstanceType", form).default).toBeUndefined();
    expect(field("InstanceType", form).required).toBe(true);
  });

  it("turn free text into a choice, keeping only values the template accepts", () => {
    const form = model(ORDER_FORM_TEMPLATE, {
      constraints: [{ parameter: "AppName", allowedValues: ["shop", "Bad Name", "billing"] }],
    });
    expect(field("AppName", form)).toMatchObject({ kind: "select", options: ["shop", "billing"] });
  });

  it("add patterns and warn about unknown parameters", () => {
    const form = model(ORDER_FORM_TEMPLATE, {
      constraints: [
        { parameter: "AppName", allowedPattern: "team-.*", description: "must start with team-" },
        { parameter: "Nope", allowedValues: ["x"] },
      ],
    });
    expect(field("AppName", form).constraintPatterns).toEqual([
      { pattern: "team-.*", description: "must start with team-" },
    ]);
    expect(form.warnings).toMatchObject([{ severity: "warning", path: ["Parameters", "Nope"] }]);
  });

  it("warn when nothing is left to choose", () => {
    const form = model(ORDER_FORM_TEMPLATE, {
      constraints: [{ parameter: "Environment", allowedValues: ["qa"] }],
    });
    expect(field("Environment", form).options).toEqual([]);
    expect(form.warnings).toHaveLength(1);
  });
});
