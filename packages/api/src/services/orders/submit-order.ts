import type { TDb } from "@stackvend/db";
import { prepareSubmission } from "../approvals/prepare-submission.ts";
import { prepareArtifact, storeArtifact } from "../artifacts/create-artifact.ts";
import type { TArtifactSigner } from "../artifacts/signing-key.ts";
import { notifyRequestEvent } from "../notifications/notify-request-event.ts";
import { actorOf, recordAuditEvent, SYSTEM_ACTOR } from "../audit/record-audit-event.ts";
import { invalidFields } from "../shared/field-errors.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailAfter } from "../requests/get-request.ts";
import { assertTransition, transitionRequest } from "../requests/transition-request.ts";
import { changeBaseSelect, toChangeBase } from "../provisioned/change-base.ts";
import { draftGuard } from "./draft-guard.ts";
import { loadOrderContext } from "./load-order-context.ts";
import { orderFieldErrors, type TOrderValues } from "./validate-order.ts";

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
  signer: TArtifactSigner,
) {
  const draft = await db.request.findFirst({
    where: { id, requesterId: caller.id },
    select: {
      number: true,
      round: true,
      status: true,
      version: true,
      stage: true,
      portfolioId: true,
      productVersionId: true,
      stackName: true,
      parameters: true,
      tags: true,
      justification: true,
      ...changeBaseSelect,
    },
  });
  const guard = draftGuard("submitted", expectedVersion);
  // Checked before the draft is validated, so a stale or submitted draft says so rather than listing field errors.
  assertTransition(draft, guard);
  const base = toChangeBase(draft);
  const ctx = await loadOrderContext(db, caller, {
    ...draft,
    field: "productVersionId",
    keepVersionId: base.keepVersionId,
  });
  // A termination carries the values deployed now: constraints added since do not hold it back.
  const errors =
    base.kind === "TERMINATE"
      ? {}
      : orderFieldErrors(
          ctx,
          {
            stackName: draft.stackName,
            values: draft.parameters as TOrderValues,
            tags: draft.tags as Record<string, string>,
            justification: draft.justification,
          },
          "complete",
        );
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
  const round = draft.round + 1;
  await db.$transaction(async (tx) => {
    // Approvals and the export follow the rules and the bytes frozen here, not later edits.
    await transitionRequest(tx, { ...guard, id, scope: { requesterId: caller.id }, data: submission.data });
    // A first submission (round 0) has no decisions to supersede.
    if (draft.round > 0) {
      await tx.approval.updateMany({
        where: { requestId: id, supersededAt: null },
        data: { supersededAt: now },
      });
    }
    const type = submission.autoApproval ? "request.auto-approved" : "request.submitted";
    await notifyRequestEvent(tx, { requestId: id, type, now });
    const artifact = submission.autoApproval ? await prepareArtifact(tx, id, signer, now) : null;
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.submit",
      objectType: "Request",
      objectId: id,
      data: {
        expectedVersion,
        round,
        versionDigest: ctx.version.digest,
        digest: submission.digest,
        approvalPolicy: submission.snapshot,
      },
    });
    if (submission.autoApproval && artifact) {
      await recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "request.auto-approve",
        objectType: "Request",
        objectId: id,
        data: { round, digest: submission.digest, ...submission.autoApproval },
      });
      await storeArtifact(tx, artifact);
    }
  });
  return requestDetailAfter(db, id);
}
