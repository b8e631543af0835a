import type { TJson, TJsonObject } from "../model.ts";
import { command } from "./command-lines.ts";
import { valueText } from "./deploy-values.ts";
import type { TExport, TExportInput, TRetainedResource } from "./export-types.ts";
import { shellQuote } from "./shell-quote.ts";

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const KEPT = new Set(["Retain", "RetainExceptOnCreate", "Snapshot"]);

/**
 * A DeletionPolicy as delete-stack applies it: a literal, or a Ref to a
 * parameter whose approved value (its Default) is known; any other
 * intrinsic is computed at deploy time, so the resource may be kept.
 */
function deletionPolicy(
  value: TJson | undefined,
  parameters: TJsonObject,
): TRetainedResource["deletionPolicy"] | undefined {
  if (typeof value === "string")
    return KEPT.has(value) ? (value as TRetainedResource["deletionPolicy"]) : undefined;
  if (!isObject(value)) return undefined;
  const ref = value["Ref"];
  if (typeof ref === "string" && Object.keys(value).length === 1) {
    const definition = parameters[ref];
    const text = isObject(definition) ? valueText(definition["Default"]) : undefined;
    if (text !== undefined) return deletionPolicy(text, parameters);
  }
  return "conditional";
}

/** Every resource of the template that delete-stack leaves behind (Retain) or snapshots first (Snapshot). */
export function retainedResources(body: TJsonObject): TRetainedResource[] {
  const resources = isObject(body["Resources"]) ? body["Resources"] : {};
  const parameters = isObject(body["Parameters"]) ? body["Parameters"] : {};
  const out: TRetainedResource[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource)) continue;
    const policy = deletionPolicy(resource["DeletionPolicy"], parameters);
    if (policy === undefined) continue;
    out.push({
      logicalId,
      type: typeof resource["Type"] === "string" ? resource["Type"] : "",
      deletionPolicy: policy,
    });
  }
  return out;
}

export function retainedWarning(r: TRetainedResource): string {
  const what = `${r.logicalId} (${r.type})`;
  switch (r.deletionPolicy) {
    case "Snapshot":
      return `${what} has DeletionPolicy Snapshot: CloudFormation takes a final snapshot before deleting it, and the snapshot is kept (and billed) after the stack is gone; delete it yourself when it is no longer needed.`;
    case "conditional":
      return `${what} has a DeletionPolicy computed at deploy time: it may be kept (Retain) or snapshotted (Snapshot) after the stack is gone; check the stack before deleting it.`;
    default:
      return `${what} has DeletionPolicy ${r.deletionPolicy}: delete-stack removes it from the stack but leaves it in the account (and billed); delete it yourself when it is no longer needed.`;
  }
}

/**
 * delete-stack and the wait for it to finish. No parameters or tags are
 * needed to delete a stack; the approved template stays in the bundle as
 * the record of what is being deleted.
 */
export function buildTerminateExport(input: TExportInput): TExport {
  const retained = retainedResources(input.body);
  const stack = `--stack-name ${shellQuote(input.stackName)}`;
  const lines = ["aws cloudformation delete-stack", `  ${stack}`];
  if (input.roleArn) lines.push(`  --role-arn ${shellQuote(input.roleArn)}`);
  return {
    kind: "TERMINATE",
    parameters: [],
    updateParameters: [],
    keptSecrets: [],
    capabilities: [],
    capabilityReasons: [],
    files: {},
    commands: [
      {
        kind: "delete-stack",
        command: [command(lines), `aws cloudformation wait stack-delete-complete ${stack}`].join("\n"),
      },
    ],
    secretNotes: [],
    retained,
    warnings: retained.map(retainedWarning),
  };
}
