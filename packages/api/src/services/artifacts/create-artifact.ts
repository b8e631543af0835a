import {
  buildStatement,
  otherFormat,
  signEnvelope,
  templateFileName,
  type TJsonObject,
} from "@stackvend/cfn";
import type { Prisma, TAuditClient, TDb } from "@stackvend/db";
import { AppError } from "../../errors/app-error.ts";
import { readPolicySnapshot } from "../approvals/approval-policy.ts";
import { recordAuditEvent, SYSTEM_ACTOR } from "../audit/record-audit-event.ts";
import { sha256Hex, storedTemplate } from "../shared/template-engine.ts";
import { previousDeploy } from "../provisioned/change-base.ts";
import type { TArtifactSigner } from "./signing-key.ts";

type TArtifactClient = Pick<TDb, "artifact"> & TAuditClient;

const approvedRequestSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  provisionedProductId: true,
  stackName: true,
  tags: true,
  secretParameters: true,
  policySnapshot: true,
  autoApproval: true,
  renderedTemplate: true,
  renderedFormat: true,
  renderedDigest: true,
  decidedAt: true,
  requester: { select: { email: true, name: true } },
  product: { select: { slug: true, name: true } },
  productVersion: { select: { label: true, digest: true } },
  approvals: {
    where: { supersededAt: null, decision: "APPROVED" },
    select: { stage: true, digest: true, createdAt: true, approver: { select: { email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.RequestSelect;

/** An artifact made and signed, not yet written: `storeArtifact` writes it. */
export interface TPreparedArtifact {
  data: Prisma.ArtifactUncheckedCreateInput;
}

/**
 * The artifact of a request that has just become APPROVED, in the transaction
 * that approved it: the approved bytes as they are (their sha256 is the digest
 * the approvers named), the other format emitted from the same model, the
 * provenance and its signed in-toto statement. Made before the transaction's
 * audit events: parsing, converting and signing are work the audit chain's
 * lock, held from the first audit write to the commit, should not wait on.
 */
export async function prepareArtifact(
  tx: Pick<TDb, "request" | "provisionedProduct">,
  requestId: string,
  signer: TArtifactSigner,
  now: Date,
): Promise<TPreparedArtifact> {
  const request = await tx.request.findUniqueOrThrow({
    where: { id: requestId },
    select: approvedRequestSelect,
  });
  const { renderedTemplate: content, renderedFormat: format, renderedDigest } = request;
  if (request.status !== "APPROVED" || !content || !format || !renderedDigest) {
    throw new AppError("INTERNAL", "Only an approved request with its render has an artifact");
  }
  const sha256 = sha256Hex(content);
  if (sha256 !== renderedDigest)
    throw new AppError("INTERNAL", "The approved render no longer matches its digest");
  const template = await storedTemplate(content);
  const other = otherFormat(template);
  const otherSha256 = sha256Hex(other.text);
  const snapshot = request.policySnapshot ? readPolicySnapshot(request.policySnapshot) : null;
  // An update's parameters file keeps UsePreviousValue for what it does not change: signed, as approved.
  const previous =
    request.kind === "UPDATE" && request.provisionedProductId
      ? await previousDeploy(tx, request.provisionedProductId)
      : null;
  const templates = [
    { name: templateFileName(template.format), format, sha256 },
    { name: templateFileName(other.format), format: other.format.toUpperCase(), sha256: otherSha256 },
  ];
  const provenance = {
    product: { slug: request.product.slug, name: request.product.name },
    productVersion: { label: request.productVersion.label, digest: request.productVersion.digest },
    request: { id: request.id, number: `REQ-${request.number}`, kind: request.kind },
    requester: { email: request.requester.email, name: request.requester.name },
    approvals: request.approvals.map((a) => ({
      approver: { email: a.approver.email, name: a.approver.name },
      at: a.createdAt.toISOString(),
      stage: a.stage,
      digest: a.digest,
    })),
    autoApproval: request.autoApproval ?? null,
    policy: snapshot,
    deploy: {
      stackName: request.stackName,
      tags: request.tags as Record<string, string>,
      roleArn: snapshot?.launchRoleArn ?? null,
      secretParameters: [...request.secretParameters],
      ...(previous
        ? { previousValues: previous.values, previousSecretParameters: previous.secretParameters }
        : {}),
    },
    templates,
    approvedAt: (request.decidedAt ?? now).toISOString(),
    signingKey: signer.keyId,
  };
  const statement = buildStatement(
    templates.map((t) => ({ name: t.name, digest: { sha256: t.sha256 } })),
    JSON.parse(JSON.stringify(provenance)) as TJsonObject,
  );
  const envelope = signEnvelope(statement, signer.keyId, signer.sign);
  return {
    data: {
      requestId,
      format,
      content,
      sha256,
      otherFormat: other.format === "json" ? "JSON" : "YAML",
      otherContent: other.text,
      otherSha256,
      provenance: provenance as unknown as Prisma.InputJsonValue,
      envelope: envelope as unknown as Prisma.InputJsonValue,
      keyId: signer.keyId,
    },
  };
}

/**
 * Writes a prepared artifact and its audit event, after the approval's own.
 * Once per request: the unique requestId refuses a second one, and a trigger
 * refuses any change afterwards.
 */
export async function storeArtifact(tx: TArtifactClient, { data }: TPreparedArtifact): Promise<void> {
  await tx.artifact.create({ data });
  await recordAuditEvent(tx, {
    actor: SYSTEM_ACTOR,
    action: "artifact.create",
    objectType: "Request",
    objectId: data.requestId,
    data: { sha256: data.sha256, otherSha256: data.otherSha256, keyId: data.keyId },
  });
}
