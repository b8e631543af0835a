import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page, TestInfo } from "@playwright/test";
import { expect } from "./fixtures.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Public CloudFormation templates the CI machine has beside the repository; never copied into it. */
export const FIXTURES_DIR =
  process.env.STACKVEND_FIXTURES_DIR ?? path.join(root, "..", "shared", "fixtures", "cfn");
export const hasFixtures = existsSync(FIXTURES_DIR);

/** A name no other worker, test or earlier run uses, so tests never see each other's products. */
export function uniqueName(testInfo: TestInfo, prefix: string): string {
  return `${prefix} ${testInfo.workerIndex}${testInfo.retry}${Date.now().toString(36)}`;
}

/**
 * A small template written for the journey: a free-text parameter with an
 * AllowedPattern, a bounded number and an AllowedValues select. InstanceType
 * is deliberately unused, so validation reports a warning (shown, not blocking).
 */
export function journeyTemplate(description: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: ${description}
Metadata:
  AWS::CloudFormation::Interface:
    ParameterLabels:
      AppName: { default: Application name }
      RetentionDays: { default: Retention days }
      InstanceType: { default: Instance type }
Parameters:
  AppName:
    Type: String
    Description: Lowercase letters, digits and hyphens
    AllowedPattern: "^[a-z][a-z0-9-]{2,20}$"
    ConstraintDescription: lowercase letters, digits and hyphens, 3 to 21 characters
  RetentionDays:
    Type: Number
    MinValue: 1
    MaxValue: 14
    Default: 4
  InstanceType:
    Type: String
    AllowedValues: [t3.micro, t3.small]
    Default: t3.micro
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AppName}-queue"
      MessageRetentionPeriod: !Sub "\${RetentionDays}"
Outputs:
  QueueUrl:
    Value: !Ref Queue
`;
}

/** Chooses a template file on the new-product or new-version page; the page checks it at once. */
export async function uploadTemplate(page: Page, file: { name: string; source: string }): Promise<void> {
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: file.name,
    mimeType: file.name.endsWith(".json") ? "application/json" : "application/yaml",
    buffer: Buffer.from(file.source, "utf8"),
  });
  await expect(page.getByText(`Selected: ${file.name}`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Ready to publish|Fix the errors/ })).toBeVisible();
}
