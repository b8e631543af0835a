import { describe, expect, it } from "vitest";
import { callsOf } from "../../test/aws-cli.ts";
import { TERMINATE_SOURCE } from "../../test/export-templates.ts";
import { template } from "../../test/templates.ts";
import { buildExport, commandOf } from "./export-files.ts";

describe("the export of an approved termination", () => {
  const result = buildExport({
    kind: "TERMINATE",
    body: template(TERMINATE_SOURCE).body,
    format: "yaml",
    stackName: "shop dev",
    tags: { team: "x" },
    roleArn: "arn:aws:iam::123456789012:role/launch",
  });

  it("deletes the stack with the launch role and waits until it is gone", () => {
    expect(result.commands.map((c) => c.kind)).toEqual(["delete-stack"]);
    expect(callsOf(commandOf(result, "delete-stack")!)).toEqual([
      [
        "cloudformation",
        "delete-stack",
        "--stack-name",
        "shop dev",
        "--role-arn",
        "arn:aws:iam::123456789012:role/launch",
      ],
      ["cloudformation", "wait", "stack-delete-complete", "--stack-name", "shop dev"],
    ]);
  });

  it("needs no parameters, tags or capabilities files", () => {
    expect(result.files).toEqual({});
    expect(result.parameters).toEqual([]);
    expect(result.capabilities).toEqual([]);
    expect(result.secretNotes).toEqual([]);
  });

  it("lists every resource kept by Retain or snapshotted by Snapshot, and warns about each", () => {
    expect(result.retained).toEqual([
      { logicalId: "Bucket", type: "AWS::S3::Bucket", deletionPolicy: "Retain" },
      { logicalId: "Database", type: "AWS::RDS::DBInstance", deletionPolicy: "Snapshot" },
      { logicalId: "Logs", type: "AWS::Logs::LogGroup", deletionPolicy: "Retain" },
      { logicalId: "Table", type: "AWS::DynamoDB::Table", deletionPolicy: "conditional" },
      { logicalId: "Volume", type: "AWS::EC2::Volume", deletionPolicy: "RetainExceptOnCreate" },
    ]);
    expect(result.warnings).toHaveLength(5);
    expect(result.warnings[0]).toMatch(
      /^Bucket \(AWS::S3::Bucket\) has DeletionPolicy Retain: .*leaves it in the account/,
    );
    expect(result.warnings[1]).toMatch(/^Database .*final snapshot.*kept/);
    expect(result.warnings[3]).toMatch(/^Table .*computed at deploy time/);
  });

  it("warns about nothing when every resource is deleted", () => {
    const plain = buildExport({
      kind: "TERMINATE",
      body: { Resources: { Q: { Type: "AWS::SQS::Queue" } } },
      format: "json",
      stackName: "s",
      tags: {},
    });
    expect(plain.warnings).toEqual([]);
    expect(callsOf(commandOf(plain, "delete-stack")!)[0]).toEqual([
      "cloudformation",
      "delete-stack",
      "--stack-name",
      "s",
    ]);
  });
});
