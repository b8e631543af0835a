import { hasRole } from "@stackvend/auth";
import {
  bundleFiles,
  exportFromSettings,
  fromBase64,
  readDeploySettings,
  type TEnvelope,
  type TExport,
  type TStatement,
} from "@stackvend/cfn";
import type { TDb } from "@stackvend/db";
import { createHash } from "node:crypto";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { TCaller } from "../shared/caller.ts";
import { storedTemplate } from "../shared/template-engine.ts";

/** Name of the zip with every file, as the download route serves it. */
export const BUNDLE_NAME = "bundle.zip";

const sha256Bytes = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface TRequestExport {
  requestNumber: string;
  stackName: string;
  createdAt: Date;
  keyId: string;
  templates: { name: string; format: "YAML" | "JSON"; sha256: string; approved: boolean }[];
  /** What the export does to the stack: create it, update it or delete it. */
  kind: TExport["kind"];
  capabilities: TExport["capabilities"];
  capabilityReasons: string[];
  commands: TExport["commands"];
  secretNotes: string[];
  /** NoEcho parameters whose value the commands read from the environment. */
  secretParameters: string[];
  /** UPDATE: NoEcho parameters that keep the stack's deployed value. */
  keptSecretParameters: string[];
  /** TERMINATE: resources that delete-stack keeps (Retain) or snapshots (Snapshot). */
  retained: TExport["retained"];
  warnings: string[];
  /** Every file of the bundle by name (the templates, parameters and tags files, provenance, envelope, README, SHA256SUMS). */
  files: Record<string, string>;
}

/**
 * Who may export a request: its requester, catalog admins, and whoever
 * decided it (the people who saw it in their queue). Everyone else gets the
 * same NOT_FOUND as for a request that does not exist.
 */
async function visibleRequestId(db: TDb, caller: TCaller, id: string): Promise<string> {
  const admin = hasRole(caller.roles, "ADMIN");
  const row = await db.request.findFirst({
    where: {
      id,
      status: { not: "DRAFT" },
      ...(admin
        ? {}
        : { OR: [{ requesterId: caller.id }, { approvals: { some: { approverId: caller.id } } }] }),
    },
    select: { id: true },
  });
  if (!row) throw notFound("Request");
  return row.id;
}

/**
 * The export of an approved request, read from its immutable artifact only:
 * the approved bytes as stored, the other format, and the files and commands
 * rebuilt from the signed provenance, so every download agrees with the
 * signature. A visible request without an artifact (not approved) is
 * INVALID_TRANSITION: there is nothing to export yet.
 */
export async function loadRequestExport(
  db: TDb,
  caller: TCaller,
  { id }: { id: string },
): Promise<TRequestExport> {
  const requestId = await visibleRequestId(db, caller, id);
  const artifact = await db.artifact.findUnique({
    where: { requestId },
    select: {
      format: true,
      content: true,
      sha256: true,
      otherFormat: true,
      otherContent: true,
      otherSha256: true,
      envelope: true,
      keyId: true,
      createdAt: true,
      request: { select: { number: true, stackName: true } },
    },
  });
  if (!artifact) throw new AppError("INVALID_TRANSITION", "This request has no export until it is approved");
  const envelope = artifact.envelope as unknown as TEnvelope;
  // The predicate as signed: the JSON column may reorder keys, the signed payload does not.
  const statement = JSON.parse(new TextDecoder().decode(fromBase64(envelope.payload))) as TStatement;
  const settings = readDeploySettings(statement.predicate);
  if (!settings) throw new AppError("INTERNAL", "The artifact's provenance has no deploy settings");
  const template = await storedTemplate(artifact.content);
  const exported = exportFromSettings(
    template.body,
    template.format,
    settings,
    new TextEncoder().encode(artifact.content).length,
  );
  const names = statement.subject.map((s) => s.name);
  const templates = [
    {
      name: names[0]!,
      format: artifact.format,
      sha256: artifact.sha256,
      approved: true,
      text: artifact.content,
    },
    {
      name: names[1]!,
      format: artifact.otherFormat,
      sha256: artifact.otherSha256,
      approved: false,
      text: artifact.otherContent,
    },
  ];
  const requestNumber = `REQ-${artifact.request.number}`;
  const files = bundleFiles(
    {
      templates: templates.map((t) => ({ name: t.name, text: t.text })),
      exported,
      provenance: statement.predicate,
      envelope,
      title: `${requestNumber} ${artifact.request.stackName}`,
    },
    sha256Bytes,
  );
  return {
    requestNumber,
    stackName: artifact.request.stackName,
    createdAt: artifact.createdAt,
    keyId: artifact.keyId,
    templates: templates.map(({ text: _t, ...rest }) => rest),
    kind: exported.kind,
    capabilities: exported.capabilities,
    capabilityReasons: exported.capabilityReasons,
    commands: exported.commands,
    secretNotes: exported.secretNotes,
    secretParameters: exported.parameters.filter((p) => p.secret).map((p) => p.name),
    keptSecretParameters: exported.keptSecrets,
    retained: exported.retained,
    warnings: exported.warnings,
    files,
  };
}
