import type { TJsonObject, TSourceFormat } from "../model.ts";
import { detectCapabilities, type TCapability } from "./capabilities.ts";
import { deployParameters, fileValue, type TDeployParameter } from "./deploy-values.ts";
import { shellQuote, shorthandValue } from "./shell-quote.ts";

export interface TExportInput {
  /** The approved template, long form (the parse of the approved bytes). */
  body: TJsonObject;
  format: TSourceFormat;
  stackName: string;
  tags: Readonly<Record<string, string>>;
  /** The launch role in force at submission; absent: CloudFormation uses the caller's credentials. */
  roleArn?: string | null;
  /** Parameters to treat as NoEcho besides those the template marks. */
  secretNames?: readonly string[];
}

/** File names inside an export, as the commands refer to them. */
export const EXPORT_FILE_NAMES = {
  createStackParameters: "create-stack-parameters.json",
  deployParameterOverrides: "deploy-parameter-overrides.json",
  deployParameters: "deploy-parameters.json",
  createStackTags: "create-stack-tags.json",
  deployTags: "deploy-tags.json",
  templateConfiguration: "codepipeline-template-configuration.json",
} as const;

export type TExportFileKey = keyof typeof EXPORT_FILE_NAMES;

export interface TExport {
  parameters: TDeployParameter[];
  capabilities: TCapability[];
  capabilityReasons: string[];
  /** Text of each file, by key; JSON with two-space indent and a final newline. */
  files: Record<TExportFileKey, string>;
  commands: { createStack: string; deploy: string };
  /** One sentence per NoEcho parameter: where its value comes from instead. */
  secretNotes: string[];
}

export function templateFileName(format: TSourceFormat): string {
  return format === "json" ? "template.json" : "template.yaml";
}

function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function sortedTags(tags: Readonly<Record<string, string>>): [string, string][] {
  return Object.keys(tags)
    .sort()
    .map((key) => [key, tags[key] as string]);
}

/** Fails the script before the AWS CLI runs when a NoEcho value was not given. */
function requireEnv(parameter: TDeployParameter): string[] {
  if (!parameter.secret) return [];
  return [`: "\${${parameter.envVar}:?set ${parameter.envVar} to the value of ${parameter.name}}"`];
}

/**
 * The shorthand syntax reads `\"` and `\\` inside a quoted value, so a NoEcho
 * value is escaped in bash before create-stack sees it; quoted replacements
 * are literal in every bash version.
 */
function shorthandEscape(parameter: TDeployParameter): string[] {
  if (!parameter.secret) return [];
  const v = `${parameter.envVar}_SHORTHAND`;
  return [`${v}=\${${parameter.envVar}//"$sv_bs"/"$sv_bs$sv_bs"}`, `${v}=\${${v}//"$sv_q"/"$sv_bs$sv_q"}`];
}

function command(lines: string[]): string {
  return lines.map((line, i) => (i < lines.length - 1 ? `${line} \\` : line)).join("\n");
}

function createStackCommand(input: TExportInput, parameters: TDeployParameter[], caps: TCapability[]) {
  const lines = [
    "aws cloudformation create-stack",
    `  --stack-name ${shellQuote(input.stackName)}`,
    `  --template-body file://${templateFileName(input.format)}`,
  ];
  if (parameters.length > 0) {
    lines.push("  --parameters");
    for (const p of parameters) {
      lines.push(
        p.secret
          ? `    "ParameterKey=${p.name},ParameterValue=\\"$${p.envVar}_SHORTHAND\\""`
          : `    ${shellQuote(`ParameterKey=${p.name},ParameterValue=${shorthandValue(p.value)}`)}`,
      );
    }
  }
  const tags = sortedTags(input.tags);
  if (tags.length > 0) {
    lines.push("  --tags");
    for (const [key, value] of tags) {
      lines.push(`    ${shellQuote(`Key=${shorthandValue(key)},Value=${shorthandValue(value)}`)}`);
    }
  }
  if (caps.length > 0) lines.push(`  --capabilities ${caps.join(" ")}`);
  if (input.roleArn) lines.push(`  --role-arn ${shellQuote(input.roleArn)}`);
  const escapes = parameters.flatMap(shorthandEscape);
  const prelude = escapes.length > 0 ? [`sv_bs='\\' sv_q='"'`, ...escapes] : [];
  return [...parameters.flatMap(requireEnv), ...prelude, command(lines)].join("\n");
}

/** `deploy` splits each `Key=Value` at its first `=`: the rest, commas and all, is the value. */
function deployCommand(input: TExportInput, parameters: TDeployParameter[], caps: TCapability[]) {
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

/**
 * Every file and command to deploy an approved template with the AWS CLI or
 * CodePipeline. Values come from the approved template's Defaults, so files
 * and template cannot disagree; a NoEcho parameter appears only as the
 * placeholder `${SV_PARAM_<name>}` in files and as that environment
 * variable in the commands.
 */
export function buildExport(input: TExportInput): TExport {
  const parameters = deployParameters(input.body, input.secretNames);
  const { capabilities, reasons } = detectCapabilities(input.body);
  const tags = sortedTags(input.tags);
  const byName = Object.fromEntries(parameters.map((p) => [p.name, fileValue(p)]));
  const tagObject = Object.fromEntries(tags);
  const files: TExport["files"] = {
    createStackParameters: jsonFile(
      parameters.map((p) => ({ ParameterKey: p.name, ParameterValue: fileValue(p) })),
    ),
    deployParameterOverrides: jsonFile(parameters.map((p) => `${p.name}=${fileValue(p)}`)),
    deployParameters: jsonFile({ Parameters: byName }),
    createStackTags: jsonFile(tags.map(([Key, Value]) => ({ Key, Value }))),
    deployTags: jsonFile(tags.map(([key, value]) => `${key}=${value}`)),
    templateConfiguration: jsonFile({ Parameters: byName, Tags: tagObject }),
  };
  const secretNotes = parameters.flatMap((p) =>
    p.secret
      ? [
          `${p.name} is NoEcho: its value is not in this export. Files show the placeholder ${p.placeholder}; the commands read the value from the environment variable ${p.envVar}, which you set before running them.`,
        ]
      : [],
  );
  return {
    parameters,
    capabilities,
    capabilityReasons: reasons,
    files,
    commands: {
      createStack: createStackCommand(input, parameters, capabilities),
      deploy: deployCommand(input, parameters, capabilities),
    },
    secretNotes,
  };
}
