import { detectCapabilities, type TCapability } from "./capabilities.ts";
import { command, shorthandParameter, shorthandPrelude, shorthandTags } from "./command-lines.ts";
import { deployParameters, fileValue, type TDeployParameter, valueText } from "./deploy-values.ts";
import {
  deployCommand,
  deployFiles,
  environmentNote,
  jsonFile,
  templateFileName,
  templateSizeWarnings,
} from "./export-common.ts";
import { EXPORT_FILE_NAMES, type TExport, type TExportInput, type TUpdateParameter } from "./export-types.ts";
import { shellQuote } from "./shell-quote.ts";

/**
 * The change set's name: CloudFormation allows `[a-zA-Z][-a-zA-Z0-9]*` up to
 * 128 characters, so anything else in the request number becomes `-`.
 */
export function changeSetName(requestNumber?: string): string {
  const suffix = (requestNumber ?? "update").replace(/[^A-Za-z0-9-]/g, "-");
  return `stackvend-${suffix}`.slice(0, 128);
}

/**
 * Each parameter of the approved template against the deployed stack:
 *
 * - a value equal to the deployed one keeps it (`UsePreviousValue`), so the
 *   change set shows only what the request changes;
 * - a NoEcho parameter the stack already has keeps its deployed value: the
 *   secret was never stored, so nothing here could be more right than what
 *   the stack holds, and nobody is asked for it again;
 * - a NoEcho parameter new in this version is given from the environment,
 *   as for a new stack;
 * - any other value (changed, or a parameter new in this version) is given.
 *
 * A parameter with no approved value that the stack already has keeps its
 * deployed value too; one the stack does not have is left to CloudFormation.
 */
export function updateParameters(input: TExportInput): TUpdateParameter[] {
  const previous = input.previousValues ?? {};
  const previousSecrets = new Set(input.previousSecrets ?? []);
  const deployed = (name: string) => Object.hasOwn(previous, name) || previousSecrets.has(name);
  const given = new Map(deployParameters(input.body, input.secretNames).map((p) => [p.name, p]));
  const parameters = input.body["Parameters"];
  const names =
    typeof parameters === "object" && parameters !== null && !Array.isArray(parameters)
      ? Object.keys(parameters)
      : [];
  const result: TUpdateParameter[] = [];
  for (const name of names) {
    const p = given.get(name);
    if (p === undefined) {
      if (deployed(name)) result.push({ name, usePreviousValue: true, secret: false });
      continue;
    }
    if (p.secret) {
      result.push(
        deployed(name) ? { name, usePreviousValue: true, secret: true } : { ...p, usePreviousValue: false },
      );
      continue;
    }
    const before = Object.hasOwn(previous, name) ? valueText(previous[name]) : undefined;
    result.push(
      before === p.value
        ? { name, usePreviousValue: true, secret: false }
        : { ...p, usePreviousValue: false },
    );
  }
  return result;
}

function given(parameters: readonly TUpdateParameter[]): TDeployParameter[] {
  return parameters.flatMap(({ usePreviousValue, ...p }) =>
    usePreviousValue ? [] : [p as TDeployParameter],
  );
}

/**
 * `--parameters` of update-stack and create-change-set: the parameters file
 * when every value is in it; inline shorthand when a NoEcho value has to
 * come from the environment (a JSON file cannot read one).
 */
function parameterArgs(parameters: readonly TUpdateParameter[]): string[] {
  if (parameters.length === 0) return [];
  if (!parameters.some((p) => !p.usePreviousValue && p.secret)) {
    return [`  --parameters file://${EXPORT_FILE_NAMES.updateStackParameters}`];
  }
  return [
    "  --parameters",
    ...parameters.map((p) =>
      p.usePreviousValue
        ? `    ${shellQuote(`ParameterKey=${p.name},UsePreviousValue=true`)}`
        : shorthandParameter(p),
    ),
  ];
}

function stackChange(
  verb: string[],
  input: TExportInput,
  parameters: readonly TUpdateParameter[],
  caps: readonly TCapability[],
): string {
  const lines = [...verb, `  --template-body file://${templateFileName(input.format)}`];
  lines.push(...parameterArgs(parameters), ...shorthandTags(input.tags));
  if (caps.length > 0) lines.push(`  --capabilities ${caps.join(" ")}`);
  if (input.roleArn) lines.push(`  --role-arn ${shellQuote(input.roleArn)}`);
  return [...shorthandPrelude(given(parameters)), command(lines)].join("\n");
}

function keptSecretNote(name: string): string {
  return `${name} is NoEcho and the stack already has it: update-stack, the change set and deploy keep its deployed value (UsePreviousValue), so this export neither holds nor asks for it, and its deploy and CodePipeline files leave it out. To change it, pass ParameterKey=${name},ParameterValue=… yourself.`;
}

/** update-stack, a change set to review and execute, and deploy, for a stack that exists. */
export function buildUpdateExport(input: TExportInput): TExport {
  const params = updateParameters(input);
  const keptSecrets = params.filter((p) => p.usePreviousValue && p.secret).map((p) => p.name);
  // deploy keeps what it is not given; everything else it is given explicitly, as approved.
  const kept = new Set(keptSecrets);
  const parameters = deployParameters(input.body, input.secretNames).filter((p) => !kept.has(p.name));
  const { capabilities, reasons } = detectCapabilities(input.body);
  const stack = `--stack-name ${shellQuote(input.stackName)}`;
  const name = changeSetName(input.requestNumber);
  const changeSet = `${stack} --change-set-name ${name}`;
  const createChangeSet = stackChange(
    [
      "aws cloudformation create-change-set",
      `  ${stack}`,
      `  --change-set-name ${name}`,
      "  --change-set-type UPDATE",
    ],
    input,
    params,
    capabilities,
  );
  return {
    kind: "UPDATE",
    parameters,
    updateParameters: params,
    keptSecrets,
    capabilities,
    capabilityReasons: reasons,
    files: {
      updateStackParameters: jsonFile(
        params.map((p) =>
          p.usePreviousValue
            ? { ParameterKey: p.name, UsePreviousValue: true }
            : { ParameterKey: p.name, ParameterValue: fileValue(p) },
        ),
      ),
      ...deployFiles(input, parameters),
    },
    commands: [
      {
        kind: "update-stack",
        command: stackChange(["aws cloudformation update-stack", `  ${stack}`], input, params, capabilities),
      },
      {
        kind: "create-change-set",
        command: [
          createChangeSet,
          `aws cloudformation wait change-set-create-complete ${changeSet}`,
          `aws cloudformation describe-change-set ${changeSet}`,
        ].join("\n"),
      },
      {
        kind: "execute-change-set",
        command: [
          `aws cloudformation execute-change-set ${changeSet}`,
          `aws cloudformation wait stack-update-complete ${stack}`,
        ].join("\n"),
      },
      { kind: "deploy", command: deployCommand(input, parameters, capabilities) },
    ],
    secretNotes: params.flatMap((p) => {
      if (!p.secret) return [];
      return p.usePreviousValue ? [keptSecretNote(p.name)] : [environmentNote(p)];
    }),
    retained: [],
    warnings: templateSizeWarnings(input),
    changeSetName: name,
  };
}
