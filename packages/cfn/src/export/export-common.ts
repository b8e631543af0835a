import type { TSourceFormat } from "../model.ts";
import type { TCapability } from "./capabilities.ts";
import { command, requireEnv, sortedTags } from "./command-lines.ts";
import { fileValue, type TDeployParameter } from "./deploy-values.ts";
import type { TExportFileKey, TExportInput } from "./export-types.ts";
import { shellQuote } from "./shell-quote.ts";

/** What the AWS CLI accepts in `--template-body` (CloudFormation's TemplateBody limit). */
export const TEMPLATE_BODY_LIMIT = 51_200;

export function templateFileName(format: TSourceFormat): string {
  return format === "json" ? "template.json" : "template.yaml";
}

export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The commands that read the template from the file cannot take one over the limit. */
export function templateSizeWarnings(input: TExportInput): string[] {
  if (input.templateBytes === undefined || input.templateBytes <= TEMPLATE_BODY_LIMIT) return [];
  return [
    `${templateFileName(input.format)} is ${input.templateBytes} bytes, over the ${TEMPLATE_BODY_LIMIT} bytes --template-body accepts: upload it to S3 and pass --template-url https://… instead, or add --s3-bucket <bucket> to deploy, which uploads it.`,
  ];
}

/**
 * `deploy` splits each `Key=Value` at its first `=`: the rest, commas and
 * all, is the value. On an existing stack it passes UsePreviousValue for
 * every template parameter left out of `--parameter-overrides`.
 */
export function deployCommand(input: TExportInput, parameters: TDeployParameter[], caps: TCapability[]) {
  const lines = [
    "aws cloudformation deploy",
    `  --stack-name ${shellQuote(input.stackName)}`,
    `  --template-file ${templateFileName(input.format)}`,
  ];
  if (parameters.length > 0) {
    lines.push("  --parameter-overrides");
    for (const p of parameters) {
      lines.push(p.secret ? `    "${p.name}=$${p.envVar}"` : `    ${shellQuote(`${p.name}=${p.value}`)}`);
    }
  }
  const tags = sortedTags(input.tags);
  if (tags.length > 0) {
    lines.push("  --tags");
    for (const [key, value] of tags) lines.push(`    ${shellQuote(`${key}=${value}`)}`);
  }
  if (caps.length > 0) lines.push(`  --capabilities ${caps.join(" ")}`);
  if (input.roleArn) lines.push(`  --role-arn ${shellQuote(input.roleArn)}`);
  return [...parameters.flatMap(requireEnv), command(lines)].join("\n");
}

/** The `deploy` and CodePipeline forms of the values, shared by PROVISION and UPDATE. */
export function deployFiles(
  input: TExportInput,
  parameters: TDeployParameter[],
): Pick<
  Record<TExportFileKey, string>,
  "deployParameterOverrides" | "deployParameters" | "deployTags" | "templateConfiguration"
> {
  const byName = Object.fromEntries(parameters.map((p) => [p.name, fileValue(p)]));
  const tags = sortedTags(input.tags);
  return {
    deployParameterOverrides: jsonFile(parameters.map((p) => `${p.name}=${fileValue(p)}`)),
    deployParameters: jsonFile({ Parameters: byName }),
    deployTags: jsonFile(tags.map(([key, value]) => `${key}=${value}`)),
    templateConfiguration: jsonFile({ Parameters: byName, Tags: Object.fromEntries(tags) }),
  };
}

export function environmentNote(p: TDeployParameter & { secret: true }): string {
  return `${p.name} is NoEcho: its value is not in this export. Files show the placeholder ${p.placeholder}; the commands read the value from the environment variable ${p.envVar}, which you set before running them.`;
}
