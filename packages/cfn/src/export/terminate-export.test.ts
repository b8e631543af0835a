import { describe, expect, it } from "vitest";
import { callsOf } from "../../test/aws-cli.ts";
import { template } from "../../test/templates.ts";
import { buildExport, commandOf } from "./export-files.ts";

const SOURCE = `Parameters:
  KeepLogs:
    Type: String
    Default: Retain
    AllowedValues: [Retain, Delete]
  Password:
    Type: String
    NoEcho: true
Conditions:
  IsProd: !Equals [!Ref "AWS::StackName", prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
  Database:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      AllocatedStorage: "20"
      MasterUsername: admin
      MasterUserPassword: !Ref Password
  Logs:
    Type: AWS::Logs::LogGroup
    DeletionPolicy: !Ref KeepLogs
  Table:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: !If [IsProd, Retain, Delete]
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
  Volume:
    Type: AWS::EC2::Volume
    DeletionPolicy: RetainExceptOnCreate
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 1
  Queue:
    Type: AWS::SQS::Queue
    DeletionPolicy: Delete
  Topic:
    Type: AWS::SNS::Topic
`;

describe("the export of an approved termination", () => {
  const result = buildExport({
    kind: "TERMINATE",
    body: template(SOURCE).body,
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
