import { describe, expect, it } from "vitest";
import { after, argumentsOf, shorthand } from "../../test/aws-cli.ts";
import { template } from "../../test/templates.ts";
import { renderTemplate } from "../render/render-template.ts";
import { buildExport, commandOf, type TExportInput } from "./export-files.ts";
import { shellQuote } from "./shell-quote.ts";

const SOURCE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AppName:
    Type: String
  Subnets:
    Type: CommaDelimitedList
  Motto:
    Type: String
  DbPassword:
    Type: String
    NoEcho: true
    MinLength: 8
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Ref AppName
`;

const VALUES = {
  AppName: "shop",
  Subnets: ["subnet-1", "subnet-2"],
  Motto: `it's "a=b", $HOME and \\ back`,
};
const TAGS = { "cost center": "R&D, 42", owner: "o'neil=x" };
const SECRET = `hunter2 "super", \\secret=x`;

function input(overrides: Partial<TExportInput> = {}): TExportInput {
  const rendered = renderTemplate({
    template: template(SOURCE),
    values: VALUES,
    tags: TAGS,
    stackName: "shop-dev",
    provenance: { product: "queue", productVersion: "1", versionDigest: "abc" },
  });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.errors));
  return {
    body: rendered.value.body,
    format: "yaml",
    stackName: "shop-dev",
    tags: TAGS,
    roleArn: "arn:aws:iam::123456789012:role/launch role",
    ...overrides,
  };
}

describe("shellQuote", () => {
  it.each(["plain", "", "a b", "a,b", "x=y", `it's`, `"q"`, "$HOME", "a\nb", "\\"])(
    "reads back %j in bash",
    (value) => {
      expect(argumentsOf(`aws ${shellQuote(value)}`)).toEqual([value]);
    },
  );
});

describe("buildExport", () => {
  const result = buildExport(input());

  it("writes the create-stack parameters file from the approved values, lists joined", () => {
    expect(JSON.parse(result.files.createStackParameters!)).toEqual([
      { ParameterKey: "AppName", ParameterValue: "shop" },
      { ParameterKey: "Subnets", ParameterValue: "subnet-1,subnet-2" },
      { ParameterKey: "Motto", ParameterValue: VALUES.Motto },
      { ParameterKey: "DbPassword", ParameterValue: "${SV_PARAM_DbPassword}" },
    ]);
  });

  it("writes both deploy forms and the CodePipeline configuration with the same values", () => {
    const parameters = {
      AppName: "shop",
      Subnets: "subnet-1,subnet-2",
      Motto: VALUES.Motto,
      DbPassword: "${SV_PARAM_DbPassword}",
    };
    expect(JSON.parse(result.files.deployParameters!)).toEqual({ Parameters: parameters });
    expect(JSON.parse(result.files.deployParameterOverrides!)).toEqual(
      Object.entries(parameters).map(([k, v]) => `${k}=${v}`),
    );
    expect(JSON.parse(result.files.templateConfiguration!)).toEqual({ Parameters: parameters, Tags: TAGS });
  });

  it("writes tags for create-stack and deploy in key order", () => {
    expect(JSON.parse(result.files.createStackTags!)).toEqual([
      { Key: "cost center", Value: "R&D, 42" },
      { Key: "owner", Value: "o'neil=x" },
    ]);
    expect(JSON.parse(result.files.deployTags!)).toEqual(["cost center=R&D, 42", "owner=o'neil=x"]);
  });

  it("gives a create-stack command bash passes through intact, reading the secret from the environment", () => {
    const args = argumentsOf(commandOf(result, "create-stack")!, { SV_PARAM_DbPassword: SECRET });
    expect(args.slice(0, 2)).toEqual(["cloudformation", "create-stack"]);
    expect(after(args, "--stack-name")).toEqual(["shop-dev"]);
    expect(after(args, "--template-body")).toEqual(["file://template.yaml"]);
    expect(after(args, "--parameters").map(shorthand)).toEqual([
      { ParameterKey: "AppName", ParameterValue: "shop" },
      { ParameterKey: "Subnets", ParameterValue: "subnet-1,subnet-2" },
      { ParameterKey: "Motto", ParameterValue: VALUES.Motto },
      { ParameterKey: "DbPassword", ParameterValue: SECRET },
    ]);
    expect(after(args, "--tags").map(shorthand)).toEqual([
      { Key: "cost center", Value: "R&D, 42" },
      { Key: "owner", Value: "o'neil=x" },
    ]);
    expect(after(args, "--role-arn")).toEqual(["arn:aws:iam::123456789012:role/launch role"]);
    expect(args).not.toContain("--capabilities");
  });

  it("gives a deploy command whose Key=Value pairs keep commas, quotes and =", () => {
    const args = argumentsOf(commandOf(result, "deploy")!, { SV_PARAM_DbPassword: SECRET });
    expect(args.slice(0, 2)).toEqual(["cloudformation", "deploy"]);
    expect(after(args, "--template-file")).toEqual(["template.yaml"]);
    expect(after(args, "--parameter-overrides")).toEqual([
      "AppName=shop",
      "Subnets=subnet-1,subnet-2",
      `Motto=${VALUES.Motto}`,
      `DbPassword=${SECRET}`,
    ]);
    expect(after(args, "--tags")).toEqual(["cost center=R&D, 42", "owner=o'neil=x"]);
  });

  it("stops before calling the CLI when the NoEcho variable is not set", () => {
    expect(() => argumentsOf(commandOf(result, "deploy")!)).toThrow(/SV_PARAM_DbPassword/);
  });

  it("never carries a NoEcho value, even one the template gave as Default, and says so", () => {
    const body = input().body;
    const parameters = body["Parameters"] as Record<string, Record<string, unknown>>;
    parameters["DbPassword"]!["Default"] = SECRET;
    const leaky = buildExport(input({ body }));
    const everything = JSON.stringify(leaky);
    expect(everything).not.toContain(SECRET);
    expect(leaky.secretNotes).toEqual([expect.stringContaining("DbPassword is NoEcho")]);
    expect(leaky.secretNotes[0]).toContain("SV_PARAM_DbPassword");
  });

  it("omits --parameters, --tags and --role-arn when there are none", () => {
    const bare = buildExport({
      body: { Resources: { Q: { Type: "AWS::SQS::Queue" } } },
      format: "json",
      stackName: "s",
      tags: {},
    });
    expect(argumentsOf(commandOf(bare, "create-stack")!)).toEqual([
      "cloudformation",
      "create-stack",
      "--stack-name",
      "s",
      "--template-body",
      "file://template.json",
    ]);
    expect(JSON.parse(bare.files.createStackParameters!)).toEqual([]);
  });
});
