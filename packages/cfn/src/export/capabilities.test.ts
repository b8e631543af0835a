import { describe, expect, it } from "vitest";
import type { TJsonObject } from "../model.ts";
import { detectCapabilities } from "./capabilities.ts";

const resources = (r: TJsonObject): TJsonObject => ({ Resources: r });

describe("detectCapabilities", () => {
  it("asks for nothing without IAM resources or transforms", () => {
    expect(detectCapabilities(resources({ Q: { Type: "AWS::SQS::Queue" } })).capabilities).toEqual([]);
  });

  it("asks CAPABILITY_IAM for an unnamed IAM resource", () => {
    const found = detectCapabilities(resources({ R: { Type: "AWS::IAM::Role", Properties: {} } }));
    expect(found.capabilities).toEqual(["CAPABILITY_IAM"]);
    expect(found.reasons).toEqual(["R is an AWS::IAM::Role"]);
  });

  it("asks CAPABILITY_NAMED_IAM when an IAM resource is named", () => {
    const found = detectCapabilities(
      resources({
        P: { Type: "AWS::IAM::Policy", Properties: {} },
        U: { Type: "AWS::IAM::User", Properties: { UserName: { Ref: "Name" } } },
      }),
    );
    expect(found.capabilities).toEqual(["CAPABILITY_NAMED_IAM"]);
    expect(found.reasons).toContain("U is an AWS::IAM::User named by UserName");
  });

  it("asks CAPABILITY_AUTO_EXPAND for a Transform, and IAM for a SAM function without a Role", () => {
    const found = detectCapabilities({
      Transform: "AWS::Serverless-2016-10-31",
      ...resources({ F: { Type: "AWS::Serverless::Function", Properties: { Runtime: "nodejs20.x" } } }),
    });
    expect(found.capabilities).toEqual(["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"]);
  });

  it("asks CAPABILITY_AUTO_EXPAND for an inline macro", () => {
    const found = detectCapabilities(
      resources({
        B: {
          Type: "AWS::S3::Bucket",
          Properties: { "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "s3://x/y" } } },
        },
      }),
    );
    expect(found.capabilities).toEqual(["CAPABILITY_AUTO_EXPAND"]);
  });
});
