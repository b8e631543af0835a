import { describe, expect, it } from "vitest";
import { after, argumentsOf, callsOf, shorthand } from "../../test/aws-cli.ts";
import { UPDATE_SOURCE } from "../../test/export-templates.ts";
import { template } from "../../test/templates.ts";
import type { TJsonObject } from "../model.ts";
import { renderTemplate } from "../render/render-template.ts";
import { buildExport, commandOf, type TExportInput } from "./export-files.ts";
import { changeSetName } from "./update-export.ts";

const MOTTO = `it's "a=b", $HOME and \\ back`;
const SECRET = `hunter2 "super", \\secret=x`;
const TAGS = { team: "x y" };

/** The stack as deployed: the values before this update; DbPassword is NoEcho there, so only its name is known. */
const PREVIOUS = { AppName: "shop", Size: "small", Subnets: ["subnet-1", "subnet-2"] };

function rendered(source = UPDATE_SOURCE): TJsonObject {
  const result = renderTemplate({
    template: template(source),
    values: { AppName: "shop", Size: "large", Subnets: ["subnet-1", "subnet-2"], Motto: MOTTO },
    tags: TAGS,
    stackName: "shop-dev",
    provenance: { product: "queue", productVersion: "2", versionDigest: "abc" },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.body;
}

function input(overrides: Partial<TExportInput> = {}): TExportInput {
  return {
    kind: "UPDATE",
    body: rendered(),
    format: "yaml",
    stackName: "shop-dev",
    tags: TAGS,
    roleArn: "arn:aws:iam::123456789012:role/launch",
    previousValues: PREVIOUS,
    previousSecrets: ["DbPassword"],
    requestNumber: "REQ-7",
    ...overrides,
  };
}

describe("the export of an approved update", () => {
  const result = buildExport(input());
  const env = { SV_PARAM_ApiKey: SECRET };

  it("keeps unchanged values and deployed NoEcho values with UsePreviousValue, and gives the rest", () => {
    expect(Object.keys(result.files).sort()).toEqual([
      "deployParameterOverrides",
      "deployParameters",
      "deployTags",
      "templateConfiguration",
      "updateStackParameters",
    ]);
    expect(JSON.parse(result.files.updateStackParameters!)).toEqual([
      { ParameterKey: "AppName", UsePreviousValue: true },
      { ParameterKey: "Size", ParameterValue: "large" },
      { ParameterKey: "Subnets", UsePreviousValue: true },
      { ParameterKey: "DbPassword", UsePreviousValue: true },
      { ParameterKey: "ApiKey", ParameterValue: "${SV_PARAM_ApiKey}" },
      { ParameterKey: "Motto", ParameterValue: MOTTO },
    ]);
    expect(result.keptSecrets).toEqual(["DbPassword"]);
  });

  it("lists the commands in order: update-stack, the change set pair, deploy", () => {
    expect(result.commands.map((c) => c.kind)).toEqual([
      "update-stack",
      "create-change-set",
      "execute-change-set",
      "deploy",
    ]);
  });

  it("gives an update-stack that bash passes through intact, asking only for the new NoEcho value", () => {
    const args = argumentsOf(commandOf(result, "update-stack")!, env);
    expect(args.slice(0, 2)).toEqual(["cloudformation", "update-stack"]);
    expect(after(args, "--stack-name")).toEqual(["shop-dev"]);
    expect(after(args, "--template-body")).toEqual(["file://template.yaml"]);
    expect(after(args, "--parameters").map(shorthand)).toEqual([
      { ParameterKey: "AppName", UsePreviousValue: "true" },
      { ParameterKey: "Size", ParameterValue: "large" },
      { ParameterKey: "Subnets", UsePreviousValue: "true" },
      { ParameterKey: "DbPassword", UsePreviousValue: "true" },
      { ParameterKey: "ApiKey", ParameterValue: SECRET },
      { ParameterKey: "Motto", ParameterValue: MOTTO },
    ]);
    expect(after(args, "--tags").map(shorthand)).toEqual([{ Key: "team", Value: "x y" }]);
    expect(after(args, "--capabilities")).toEqual(["CAPABILITY_NAMED_IAM"]);
    expect(after(args, "--role-arn")).toEqual(["arn:aws:iam::123456789012:role/launch"]);
    expect(() => argumentsOf(commandOf(result, "update-stack")!)).toThrow(/SV_PARAM_ApiKey/);
  });

  it("reads the parameters file when no value has to come from the environment", () => {
    const noNewSecret = buildExport(input({ previousSecrets: ["DbPassword", "ApiKey"] }));
    for (const kind of ["update-stack", "create-change-set"] as const) {
      const args = argumentsOf(commandOf(noNewSecret, kind)!);
      expect(after(args, "--parameters")).toEqual(["file://update-stack-parameters.json"]);
    }
    expect(noNewSecret.secretNotes).toHaveLength(2);
    expect(noNewSecret.secretNotes.every((n) => n.includes("keep its deployed value"))).toBe(true);
  });

  it("creates, waits for and describes a change set, then executes it and waits", () => {
    const calls = callsOf(commandOf(result, "create-change-set")!, env);
    expect(calls.map((c) => c.slice(0, 2).join(" "))).toEqual([
      "cloudformation create-change-set",
      "cloudformation wait",
      "cloudformation describe-change-set",
    ]);
    const [create, wait, describeCall] = calls as [string[], string[], string[]];
    expect(after(create, "--change-set-name")).toEqual(["stackvend-REQ-7"]);
    expect(after(create, "--change-set-type")).toEqual(["UPDATE"]);
    expect(after(create, "--parameters").map(shorthand)[4]).toEqual({
      ParameterKey: "ApiKey",
      ParameterValue: SECRET,
    });
    expect(after(create, "--capabilities")).toEqual(["CAPABILITY_NAMED_IAM"]);
    expect(wait[2]).toBe("change-set-create-complete");
    for (const call of [wait, describeCall]) {
      expect(after(call, "--stack-name")).toEqual(["shop-dev"]);
      expect(after(call, "--change-set-name")).toEqual(["stackvend-REQ-7"]);
    }
    const execute = callsOf(commandOf(result, "execute-change-set")!);
    expect(execute).toEqual([
      [
        "cloudformation",
        "execute-change-set",
        "--stack-name",
        "shop-dev",
        "--change-set-name",
        "stackvend-REQ-7",
      ],
      ["cloudformation", "wait", "stack-update-complete", "--stack-name", "shop-dev"],
    ]);
  });

  it("gives a deploy that leaves the deployed NoEcho parameter out, so deploy keeps it", () => {
    const args = argumentsOf(commandOf(result, "deploy")!, env);
    expect(after(args, "--parameter-overrides")).toEqual([
      "AppName=shop",
      "Size=large",
      "Subnets=subnet-1,subnet-2",
      `ApiKey=${SECRET}`,
      `Motto=${MOTTO}`,
    ]);
    expect(JSON.parse(result.files.deployParameters!)).toEqual({
      Parameters: {
        AppName: "shop",
        Size: "large",
        Subnets: "subnet-1,subnet-2",
        ApiKey: "${SV_PARAM_ApiKey}",
        Motto: MOTTO,
      },
    });
  });

  it("says which NoEcho value is kept and which comes from the environment", () => {
    expect(result.secretNotes).toEqual([
      expect.stringContaining("DbPassword is NoEcho and the stack already has it"),
      expect.stringContaining("SV_PARAM_ApiKey"),
    ]);
  });

  it("gives every value when nothing is known about the deployed stack", () => {
    const fresh = buildExport(input({ previousValues: {}, previousSecrets: [] }));
    const entries = JSON.parse(fresh.files.updateStackParameters!) as Record<string, unknown>[];
    expect(entries.every((e) => !("UsePreviousValue" in e))).toBe(true);
    expect(fresh.keptSecrets).toEqual([]);
  });

  it("never carries a NoEcho value, even one given as Default or as a previous value", () => {
    const body = rendered();
    const parameters = body["Parameters"] as Record<string, Record<string, unknown>>;
    parameters["DbPassword"]!["Default"] = SECRET;
    parameters["ApiKey"]!["Default"] = SECRET;
    const leaky = buildExport(input({ body, previousValues: { ...PREVIOUS, ApiKey: SECRET } }));
    expect(JSON.stringify(leaky)).not.toContain("hunter2");
  });

  it("names the change set as CloudFormation allows", () => {
    expect(changeSetName("REQ-12")).toBe("stackvend-REQ-12");
    expect(changeSetName("REQ 1/2_x")).toMatch(/^[a-zA-Z][-a-zA-Z0-9]*$/);
    expect(changeSetName()).toBe("stackvend-update");
  });

  it("warns when the template is too large for --template-body", () => {
    expect(buildExport(input({ templateBytes: 60_000 })).warnings).toEqual([
      expect.stringContaining("--template-url"),
    ]);
    expect(buildExport(input({ templateBytes: 51_200 })).warnings).toEqual([]);
  });
});
