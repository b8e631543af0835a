import type { TJsonObject, TSourceFormat } from "../model.ts";
import type { TCapability } from "./capabilities.ts";
import type { TDeployParameter } from "./deploy-values.ts";

/** What an approved request does to its stack. */
export type TRequestKind = "PROVISION" | "UPDATE" | "TERMINATE";

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
  /** PROVISION when absent. */
  kind?: TRequestKind;
  /** UPDATE: the values the stack is deployed with now. NoEcho values are never stored, so never here. */
  previousValues?: Readonly<Record<string, string | string[]>>;
  /** UPDATE: the NoEcho parameters the deployed stack already has, by name. */
  previousSecrets?: readonly string[];
  /** e.g. "REQ-12"; names an UPDATE's change set. */
  requestNumber?: string;
  /** Size of the approved template file; over 51,200 bytes `--template-body` refuses it. */
  templateBytes?: number;
}

/** File names inside an export, as the commands refer to them. */
export const EXPORT_FILE_NAMES = {
  createStackParameters: "create-stack-parameters.json",
  updateStackParameters: "update-stack-parameters.json",
  deployParameterOverrides: "deploy-parameter-overrides.json",
  deployParameters: "deploy-parameters.json",
  createStackTags: "create-stack-tags.json",
  deployTags: "deploy-tags.json",
  templateConfiguration: "codepipeline-template-configuration.json",
} as const;

export type TExportFileKey = keyof typeof EXPORT_FILE_NAMES;

/** Every command an export can hold; each kind of request holds some of them, in this order. */
export type TCommandKind =
  "create-stack" | "update-stack" | "create-change-set" | "execute-change-set" | "deploy" | "delete-stack";

export interface TExportCommand {
  kind: TCommandKind;
  /** Text to paste into bash (several lines, each command continued with backslashes). */
  command: string;
}

/**
 * A parameter of update-stack and the change set: kept at its deployed value
 * (`UsePreviousValue`), or given a value (a NoEcho one from the environment).
 */
export type TUpdateParameter =
  | { name: string; usePreviousValue: true; secret: boolean }
  | (TDeployParameter & { usePreviousValue: false });

/** A resource that outlives delete-stack: Retain keeps it, Snapshot keeps a final snapshot of it. */
export interface TRetainedResource {
  logicalId: string;
  type: string;
  /** `conditional` when the policy is computed (e.g. `Fn::If`), so it may be either. */
  deletionPolicy: "Retain" | "RetainExceptOnCreate" | "Snapshot" | "conditional";
}

export interface TExport {
  kind: TRequestKind;
  /**
   * What the files and commands give a value for, NoEcho ones as
   * placeholders. UPDATE: NoEcho parameters the stack already has are not
   * here (they keep their deployed value). TERMINATE: none.
   */
  parameters: TDeployParameter[];
  /** UPDATE: every parameter of update-stack and the change set; empty for the other kinds. */
  updateParameters: TUpdateParameter[];
  /** UPDATE: NoEcho parameters that keep their deployed value, by name. */
  keptSecrets: string[];
  capabilities: TCapability[];
  capabilityReasons: string[];
  /** Text of each file the kind needs, by key; JSON with two-space indent and a final newline. */
  files: Partial<Record<TExportFileKey, string>>;
  /** The commands of the kind, in the order to read them. */
  commands: TExportCommand[];
  /** One sentence per NoEcho parameter: where its value comes from instead. */
  secretNotes: string[];
  /** TERMINATE: the resources delete-stack leaves behind or snapshots. */
  retained: TRetainedResource[];
  /** One sentence per thing to know before running a command (retained resources, a template too large). */
  warnings: string[];
  /** UPDATE: the change set the commands create, describe and execute. */
  changeSetName?: string;
}
