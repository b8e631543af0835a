import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { TJson, TJsonObject, TSourceFormat } from "../model.ts";
import { parseTemplate } from "../parse/parse-template.ts";
import { type TEnvelope, type TVerify, verifyEnvelope } from "./dsse.ts";
import { buildExport, EXPORT_FILE_NAMES } from "./export-files.ts";
import type { TCommandKind, TExport, TExportFileKey, TRequestKind } from "./export-types.ts";

/** Names of the bundle's own files, beside the templates, EXPORT_FILE_NAMES and SCRIPT_FILE_NAMES. */
export const BUNDLE_FILE_NAMES = {
  provenance: "provenance.json",
  envelope: "provenance.dsse.json",
  sums: "SHA256SUMS",
  readme: "README.md",
} as const;

/** The shell script that runs each command of an export. */
export const SCRIPT_FILE_NAMES: Readonly<Record<TCommandKind, string>> = {
  "create-stack": "create-stack.sh",
  "update-stack": "update-stack.sh",
  "create-change-set": "change-set.sh",
  "execute-change-set": "execute-change-set.sh",
  deploy: "deploy.sh",
  "delete-stack": "delete-stack.sh",
};

export type TSha256Hex = (bytes: Uint8Array) => string;

/**
 * What a bundle's verification reads from the signed provenance to rebuild
 * the parameters and tags files: `predicate.request.kind` and `.number`, and
 * `predicate.deploy` with `stackName`, `tags`, `roleArn`,
 * `secretParameters`, and for an update `previousValues` (the deployed
 * values, NoEcho ones never among them) and `previousSecretParameters`
 * (the deployed stack's NoEcho parameters, by name).
 */
export interface TDeploySettings {
  kind: TRequestKind;
  /** e.g. "REQ-12"; absent in provenance that does not record it. */
  requestNumber?: string;
  stackName: string;
  tags: Record<string, string>;
  roleArn: string | null;
  secretParameters: string[];
  previousValues: Record<string, string | string[]>;
  previousSecrets: string[];
}

export interface TBundleInput {
  /** The approved template first, then the other format. */
  templates: { name: string; text: string }[];
  exported: TExport;
  /** The statement's predicate, as signed. */
  provenance: TJsonObject;
  envelope: TEnvelope;
  /** One line naming the request, e.g. "REQ-12 shop-dev: web-service 1.0.0". */
  title: string;
}

function script(exported: TExport, command: string): string {
  const notes = [...exported.warnings, ...exported.secretNotes].map((note) => `# ${note}`);
  return ["#!/usr/bin/env bash", "set -euo pipefail", ...notes, command, ""].join("\n");
}

/** What the bundle is for, per kind, naming the scripts it holds. */
function purpose(exported: TExport): string[] {
  const s = SCRIPT_FILE_NAMES;
  switch (exported.kind) {
    case "UPDATE":
      return [
        `This bundle updates an existing stack. Review first: ${s["create-change-set"]} creates the change set ${exported.changeSetName ?? ""} and describes it, ${s["execute-change-set"]} executes it.`,
        `Or update at once with ${s["update-stack"]} (its parameters are in ${EXPORT_FILE_NAMES.updateStackParameters}: UsePreviousValue where a value stays as deployed) or ${s.deploy}, or use ${EXPORT_FILE_NAMES.templateConfiguration} in CodePipeline.`,
      ];
    case "TERMINATE":
      return [
        `This bundle deletes the stack: ${s["delete-stack"]} runs delete-stack and waits until it is gone. The template is what was deployed and approved for deletion.`,
      ];
    default:
      return [
        `Deploy with ${s["create-stack"]} or ${s.deploy} (AWS CLI), or use ${EXPORT_FILE_NAMES.templateConfiguration} in CodePipeline.`,
      ];
  }
}

function readme(input: TBundleInput): string {
  const [approved] = input.templates;
  const { exported } = input;
  const lines = [
    `# ${input.title}`,
    "",
    `${approved?.name ?? "The template"} holds exactly the bytes that were approved; ${input.templates
      .slice(1)
      .map((t) => t.name)
      .join(", ")} is the same template in the other format.`,
    `${BUNDLE_FILE_NAMES.provenance} says who ordered and approved it under which policy;`,
    `${BUNDLE_FILE_NAMES.envelope} is that provenance signed (an in-toto Statement v1 in a DSSE envelope),`,
    `and ${BUNDLE_FILE_NAMES.sums} lists the sha256 of every file.`,
    "",
    "Verify offline with the installation's public key (served at /api/signing-key):",
    "",
    "    npx stackvend-cfn verify bundle.zip --key public.pem",
    "",
    ...purpose(exported),
    ...(exported.warnings.length > 0
      ? ["", "Before you run it:", "", ...exported.warnings.map((w) => `- ${w}`)]
      : []),
    ...(exported.secretNotes.length > 0 ? ["", ...exported.secretNotes] : []),
    "",
  ];
  return lines.join("\n");
}

function sums(files: Record<string, string>, sha256Hex: TSha256Hex): string {
  return Object.keys(files)
    .map((name) => `${sha256Hex(strToU8(files[name] as string))}  ${name}\n`)
    .join("");
}

/** Every file of a bundle by name, SHA256SUMS last, covering all the others. */
export function bundleFiles(input: TBundleInput, sha256Hex: TSha256Hex): Record<string, string> {
  const files: Record<string, string> = {};
  for (const template of input.templates) files[template.name] = template.text;
  for (const key of Object.keys(EXPORT_FILE_NAMES) as TExportFileKey[]) {
    const text = input.exported.files[key];
    if (text !== undefined) files[EXPORT_FILE_NAMES[key]] = text;
  }
  for (const { kind, command } of input.exported.commands) {
    files[SCRIPT_FILE_NAMES[kind]] = script(input.exported, command);
  }
  files[BUNDLE_FILE_NAMES.provenance] = `${JSON.stringify(input.provenance, null, 2)}\n`;
  files[BUNDLE_FILE_NAMES.envelope] = `${JSON.stringify(input.envelope, null, 2)}\n`;
  files[BUNDLE_FILE_NAMES.readme] = readme(input);
  files[BUNDLE_FILE_NAMES.sums] = sums(files, sha256Hex);
  return files;
}

/** A zip of the files; the same files and time give the same bytes. */
export function zipBundle(files: Record<string, string>, mtime: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime }];
  return zipSync(entries, { level: 6 });
}

export interface TBundleCheck {
  ok: boolean;
  /** What was checked and held, one line each. */
  passed: string[];
  /** What did not hold, one line each. */
  problems: string[];
}

function isObject(value: TJson | undefined): value is TJsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const KINDS: readonly TRequestKind[] = ["PROVISION", "UPDATE", "TERMINATE"];

function strings(value: TJson | undefined): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
}

function values(value: TJson | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string") out[key] = v;
    else if (Array.isArray(v) && v.every((item) => typeof item === "string")) out[key] = v as string[];
  }
  return out;
}

/** The request's kind and number and the deploy settings recorded in signed provenance (see TDeploySettings). */
export function readDeploySettings(predicate: TJsonObject): TDeploySettings | undefined {
  const deploy = predicate["deploy"];
  if (!isObject(deploy) || typeof deploy["stackName"] !== "string" || !isObject(deploy["tags"]))
    return undefined;
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(deploy["tags"])) if (typeof value === "string") tags[key] = value;
  const request = isObject(predicate["request"]) ? predicate["request"] : {};
  const kind = KINDS.find((k) => k === request["kind"]) ?? "PROVISION";
  return {
    kind,
    ...(typeof request["number"] === "string" ? { requestNumber: request["number"] } : {}),
    stackName: deploy["stackName"],
    tags,
    roleArn: typeof deploy["roleArn"] === "string" ? deploy["roleArn"] : null,
    secretParameters: strings(deploy["secretParameters"]),
    previousValues: values(deploy["previousValues"]),
    previousSecrets: strings(deploy["previousSecretParameters"]),
  };
}

/** The export the signed template and settings give; what the bundle's files must be. */
export function exportFromSettings(
  body: TJsonObject,
  format: TSourceFormat,
  settings: TDeploySettings,
  templateBytes?: number,
): TExport {
  return buildExport({
    body,
    format,
    kind: settings.kind,
    stackName: settings.stackName,
    tags: settings.tags,
    roleArn: settings.roleArn,
    secretNames: settings.secretParameters,
    previousValues: settings.previousValues,
    previousSecrets: settings.previousSecrets,
    ...(settings.requestNumber === undefined ? {} : { requestNumber: settings.requestNumber }),
    ...(templateBytes === undefined ? {} : { templateBytes }),
  });
}

function formatOf(name: string): TSourceFormat {
  return name.endsWith(".json") ? "json" : "yaml";
}

/**
 * Checks a downloaded bundle offline: the envelope's signature with the given
 * key, each signed template's sha256, SHA256SUMS, that provenance.json is
 * what was signed, and that the parameters, tags and CodePipeline files are
 * the ones the signed template and settings give.
 */
export function verifyBundle(zip: Uint8Array, verify: TVerify, sha256Hex: TSha256Hex): TBundleCheck {
  const passed: string[] = [];
  const problems: string[] = [];
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(zip);
  } catch {
    return { ok: false, passed, problems: ["the file is not a zip archive"] };
  }
  const text = (name: string): string | undefined => {
    const bytes = raw[name];
    return bytes === undefined ? undefined : strFromU8(bytes);
  };
  const envelopeText = text(BUNDLE_FILE_NAMES.envelope);
  if (envelopeText === undefined)
    return { ok: false, passed, problems: [`${BUNDLE_FILE_NAMES.envelope} is missing`] };
  let envelope: unknown;
  try {
    envelope = JSON.parse(envelopeText);
  } catch {
    return { ok: false, passed, problems: [`${BUNDLE_FILE_NAMES.envelope} is not JSON`] };
  }
  const checked = verifyEnvelope(envelope, verify);
  if (!checked.ok) return { ok: false, passed, problems: [`signature: ${checked.reason}`] };
  passed.push("signature verifies with the given key");
  const { statement } = checked;
  for (const subject of statement.subject) {
    const bytes = raw[subject.name];
    if (bytes === undefined) problems.push(`${subject.name} is signed but missing from the bundle`);
    else if (sha256Hex(bytes) !== subject.digest.sha256)
      problems.push(`${subject.name} does not match its signed sha256`);
    else passed.push(`${subject.name} sha256 ${subject.digest.sha256} matches the signature`);
  }
  const provenanceText = text(BUNDLE_FILE_NAMES.provenance);
  if (
    provenanceText === undefined ||
    JSON.stringify(JSON.parse(provenanceText)) !== JSON.stringify(statement.predicate)
  ) {
    problems.push(`${BUNDLE_FILE_NAMES.provenance} is not the signed provenance`);
  } else {
    passed.push(`${BUNDLE_FILE_NAMES.provenance} is the signed provenance`);
  }
  const sumsText = text(BUNDLE_FILE_NAMES.sums) ?? "";
  const listed = new Set<string>();
  for (const line of sumsText.split("\n").filter(Boolean)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    const bytes = match ? raw[match[2] as string] : undefined;
    if (!match || bytes === undefined) problems.push(`${BUNDLE_FILE_NAMES.sums}: cannot check "${line}"`);
    else if (sha256Hex(bytes) !== match[1])
      problems.push(`${match[2]} does not match ${BUNDLE_FILE_NAMES.sums}`);
    else listed.add(match[2] as string);
  }
  const unlisted = Object.keys(raw).filter((name) => name !== BUNDLE_FILE_NAMES.sums && !listed.has(name));
  if (unlisted.length > 0) problems.push(`not in ${BUNDLE_FILE_NAMES.sums}: ${unlisted.join(", ")}`);
  else if (listed.size > 0) passed.push(`${BUNDLE_FILE_NAMES.sums} matches all ${listed.size} files`);
  const settings = readDeploySettings(statement.predicate);
  const approvedName = statement.subject[0]?.name;
  const approvedText = approvedName === undefined ? undefined : text(approvedName);
  if (!settings || approvedName === undefined || approvedText === undefined) {
    problems.push("the signed provenance has no deploy settings to check the parameters file against");
  } else {
    const parsed = parseTemplate(approvedText);
    if (!parsed.ok) {
      problems.push(`${approvedName} does not parse`);
    } else {
      const bytes = raw[approvedName]?.length;
      const expected = exportFromSettings(parsed.value.body, formatOf(approvedName), settings, bytes);
      for (const key of Object.keys(EXPORT_FILE_NAMES) as TExportFileKey[]) {
        const name = EXPORT_FILE_NAMES[key];
        const want = expected.files[key];
        if (want === undefined) {
          if (text(name) !== undefined) problems.push(`${name} does not belong in a ${settings.kind} bundle`);
        } else if (text(name) !== want)
          problems.push(`${name} does not match the signed template and settings`);
        else passed.push(`${name} matches the signed template`);
      }
      for (const { kind, command } of expected.commands) {
        const name = SCRIPT_FILE_NAMES[kind];
        if (text(name) !== script(expected, command))
          problems.push(`${name} does not match the signed template and settings`);
        else passed.push(`${name} matches the signed template`);
      }
    }
  }
  return { ok: problems.length === 0, passed, problems };
}
