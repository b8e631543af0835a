import { reportSource } from "@stackvend/cfn";
import { describe, expect, it } from "vitest";
import { EC2_WEB_SERVER_TEMPLATE, RDS_DATABASE_TEMPLATE } from "../../seed/index.ts";
import { useEngineBuild } from "../../testing/engine-build.ts";
import { preloadPrebuiltSpec } from "./engine-pool.ts";

useEngineBuild();

/** Property names, types and allowed values the specification decides, right and wrong. */
const CHECKED = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketNam: typo
      VersioningConfiguration:
        Status: Sometimes
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      DelaySeconds: [1]
  Unknown:
    Type: AWS::Nope::Thing
Outputs:
  Arn:
    Value: !GetAtt Bucket.NoSuchAttribute
`;

describe("the server's prebuilt resource specification", () => {
  it("answers every template exactly as the full database does", () => {
    const sources = [CHECKED, EC2_WEB_SERVER_TEMPLATE, RDS_DATABASE_TEMPLATE];
    // This process has not loaded a specification yet: from source, the engine loads the full database.
    const full = sources.map((source) => reportSource(source, { describe: true }));
    expect(full[0]!.findings.length).toBeGreaterThan(3);
    expect(preloadPrebuiltSpec()).toBe(true);
    expect(sources.map((source) => reportSource(source, { describe: true }))).toEqual(full);
  });
});
