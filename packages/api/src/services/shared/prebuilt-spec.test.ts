import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { reportSource } from "@stackvend/cfn";
import { beforeAll, describe, expect, it } from "vitest";
import { EC2_WEB_SERVER_TEMPLATE, RDS_DATABASE_TEMPLATE } from "../../seed/index.ts";
import { enginePoolAvailable, preloadPrebuiltSpec } from "./engine-pool.ts";

/** The trimmed specification is written by the engine's build, as install does. */
beforeAll(() => {
  if (enginePoolAvailable()) return;
  const cfn = dirname(createRequire(import.meta.url).resolve("@stackvend/cfn/package.json"));
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build-cli.ts"], { cwd: cfn, stdio: "ignore" });
}, 60_000);

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
