import { detectCapabilities, type TCapability } from "./capabilities.ts";
import { command, shorthandParameter, shorthandPrelude, shorthandTags, sortedTags } from "./command-lines.ts";
import { deployParameters, fileValue, type TDeployParameter } from "./deploy-values.ts";
import {
  deployCommand,
  deployFiles,
  environmentNote,
  jsonFile,
  templateFileName,
  templateSizeWarnings,
} from "./export-common.ts";
import type { TCommandKind, TExport, TExportInput } from "./export-types.ts";
import { shellQuote } from "./shell-quote.ts";
import { buildTerminateExport } from "./terminate-export.ts";
import { buildUpdateExport } from "./update-export.ts";

export { TEMPLATE_BODY_LIMIT, templateFileName } from "./export-common.ts";
export { EXPORT_FILE_NAMES } from "./export-types.ts";
export type {
  TCommandKind,
  TExport,
  TExportCommand,
  TExportFileKey,
  TExportInput,
  TRequestKind,
  TRetainedResource,
  TUpdateParameter,
} from "./export-types.ts";

function createStackCommand(input: TExportInput, parameters: TDeployParameter[], caps: TCapability[]) {
  const lines = [
    "aws cloudformation create-stack",
    `  --stack-name ${shellQuote(input.stackName)}`,
    `  --template-body file://${templateFileName(input.format)}`,
  ];
  if (parameters.length > 0) lines.push("  --parameters", ...parameters.map(shorthandParameter));
  lines.push(...shorthandTags(input.tags));
  if (caps.length > 0) lines.push(`  --capabilities ${caps.join(" ")}`);
  if (input.roleArn) lines.push(`  --role-arn ${shellQuote(input.roleArn)}`);
  return [...shorthandPrelude(parameters), command(lines)].join("\n");
}

function buildProvisionExport(input: TExportInput): TExport {
  const parameters = deployParameters(input.body, input.secretNames);
  const { capabilities, reasons } = detectCapabilities(input.body);
  const tags = sortedTags(input.tags);
  return {
    kind: "PROVISION",
    parameters,
    updateParameters: [],
    keptSecrets: [],
    capabilities,
    capabilityReasons: reasons,
    files: {
      createStackParameters: jsonFile(
        parameters.map((p) => ({ ParameterKey: p.name, ParameterValue: fileValue(p) })),
      ),
      createStackTags: jsonFile(tags.map(([Key, Value]) => ({ Key, Value }))),
      ...deployFiles(input, parameters),
    },
    commands: [
      { kind: "create-stack", command: createStackCommand(input, parameters, capabilities) },
      { kind: "deploy", command: deployCommand(input, parameters, capabilities) },
    ],
    secretNotes: parameters.flatMap((p) => (p.secret ? [environmentNote(p)] : [])),
    retained: [],
    warnings: templateSizeWarnings(input),
  };
}

/**
 * Every file and command to carry out an approved request with the AWS CLI
 * or CodePipeline: create the stack (PROVISION), update it (UPDATE: with
 * `UsePreviousValue` where a value stays, and a change set to review first)
 * or delete it (TERMINATE: with what deletion leaves behind). Values come
 * from the approved template's Defaults, so files and template cannot
 * disagree; a NoEcho parameter appears only as the placeholder
 * `${SV_PARAM_<name>}` in files and as that environment variable in the
 * commands.
 */
export function buildExport(input: TExportInput): TExport {
  switch (input.kind ?? "PROVISION") {
    case "UPDATE":
      return buildUpdateExport(input);
    case "TERMINATE":
      return buildTerminateExport(input);
    default:
      return buildProvisionExport(input);
  }
}

/** The text of one command of an export, when the export's kind has it. */
export function commandOf(exported: Pick<TExport, "commands">, kind: TCommandKind): string | undefined {
  return exported.commands.find((c) => c.kind === kind)?.command;
}
