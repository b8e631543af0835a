import type { TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { actorOf, recordAuditEvent, SYSTEM_ACTOR } from "../audit/record-audit-event.ts";
import { invalidFields } from "../shared/field-errors.ts";
import { prepareSubmission } from "../approvals/prepare-submission.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailSelect, toRequestDetail } from "../requests/get-request.ts";
import { loadOrderContext } from "./load-order-context.ts";
import { MAX_JUSTIFICATION } from "./order-rules.ts";
import { validateOrder, type TOrderValues } from "./validate-order.ts";

/** A draft, or a request sent back for changes, can be submitted. */
const SUBMITTABLE = ["DRAFT", "CHANGES_REQUESTED"] as const;

/**
 * DRAFT or CHANGES_REQUESTED → SUBMITTED (or APPROVED, when the policy's
 * auto-approval holds). The stored request is checked in full against the
 * schema rebuilt from its stored product version and the constraints in
 * force now, rendered once, and moved by one guarded update; a request
 * changed meanwhile is STALE. A resubmission starts a new round: earlier
 * decisions stay in the history, superseded, and approval restarts at stage 1.
 */
export async function submitOrder(
  db: TDb,
  caller: TCaller,
  { id, expectedVersion }: { id: string; expectedVersion: number },
) {
  const draft = await db.request.findFirst({
    where: { id, requesterId: caller.id },
    select: {
      number: true,
      kind: true,
      round: true,
      status: true,
      version: true,
      portfolioId: true,
      productVersionId: true,
      stackName: true,
      parameters: true,
      tags: true,
      justification: true,
    },
  });
  if (!draft) throw notFound("Request");
  if (!(SUBMITTABLE as readonly string[]).includes(draft.status)) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Only a draft or a request sent back for changes can be submitted (this request is ${draft.status.toLowerCase()})`,
    );
  }
  if (draft.version !== expectedVersion)
    throw new AppError("STALE", "The draft changed since you loaded it; reload and try again");
  const ctx = await loadOrderContext(db, caller, { ...draft, field: "productVersionId" });
  const errors = validateOrder(
    ctx,
    {
      stackName: draft.stackName,
      values: draft.parameters as TOrderValues,
      tags: draft.tags as Record<string, string>,
    },
    "complete",
  );
  if (draft.justification.length > MAX_JUSTIFICATION) {
    errors.justification = [`must be at most ${MAX_JUSTIFICATION} characters (MaxLength)`];
  }
  if (Object.keys(errors).length > 0) throw invalidFields(errors);
  const now = new Date();
  const submission = await prepareSubmission(
    db,
    ctx,
    {
      number: draft.number,
      kind: draft.kind,
      round: draft.round,
      stackName: draft.stackName,
      values: draft.parameters as TOrderValues,
      tags: draft.tags as Record<string, string>,
    },
    now,
  );
  return db.$transaction(async (tx) => {
    const { count } = await tx.request.updateMany({
      where: { id, requesterId: caller.id, status: draft.status, version: expectedVersion },
      // Approvals and the export follow the rules in force at submission, not later edits.
      data: { ...submission.data, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.request.findFirst({
        where: { id, requesterId: caller.id },
        select: { id: true },
      });
      if (!exists) throw notFound("Request");
      throw new AppError("STALE", "The draft changed since you loaded it; reload and try again");
    }
    await tx.approval.updateMany({
      where: { requestId: id, supersededAt: null },
      data: { supersededAt: now },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.submit",
      objectType: "Request",
      objectId: id,
      data: {
        expectedVersion,
        round: draft.round + 1,
        versionDigest: ctx.version.digest,
        digest: submission.digest,
        approvalPolicy: submission.snapshot,
      },
    });
    if (submission.autoApproval) {
      await recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "request.auto-approve",
        objectType: "Request",
        objectId: id,
        data: { round: draft.round + 1, digest: submission.digest, ...submission.autoApproval },
      });
    }
    const row = await tx.request.findUniqueOrThrow({ where: { id }, select: requestDetailSelect });
    return toRequestDetail(tx, row);
  });
}
