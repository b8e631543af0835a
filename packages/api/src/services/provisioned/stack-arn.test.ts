import { describe, expect, it } from "vitest";
import { parseStackArn } from "./stack-arn.ts";

describe("parseStackArn", () => {
  it("splits a stack ARN of any partition", () => {
    expect(
      parseStackArn(
        "arn:aws:cloudformation:eu-west-1:123456789012:stack/app-prod/6b1e4c30-9f2a-11ef-8f0e-0a1b2c3d4e5f",
      ),
    ).toEqual({
      partition: "aws",
      region: "eu-west-1",
      account: "123456789012",
      stackName: "app-prod",
      stackId: "6b1e4c30-9f2a-11ef-8f0e-0a1b2c3d4e5f",
    });
    expect(
      parseStackArn("arn:aws-us-gov:cloudformation:us-gov-west-1:123456789012:stack/a/b")?.partition,
    ).toBe("aws-us-gov");
    expect(parseStackArn("arn:aws-cn:cloudformation:cn-north-1:123456789012:stack/a/b")?.region).toBe(
      "cn-north-1",
    );
  });

  it("refuses anything else", () => {
    for (const arn of [
      "",
      "app-prod",
      "arn:aws:s3:::bucket",
      "arn:aws:cloudformation:eu-west-1:12345:stack/app/1",
      "arn:aws:cloudformation:eu-west-1:123456789012:stackset/app:1",
      "arn:aws:cloudformation:eu-west-1:123456789012:stack/app",
      "arn:aws:cloudformation:eu-west-1:123456789012:stack/1app/x",
      "arn:aws:cloudformation:eu-west-1:123456789012:stack/app/x y",
    ]) {
      expect(parseStackArn(arn), arn).toBeNull();
    }
  });
});
