import type { TDb } from "@stackvend/db";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { invalidFields } from "../shared/field-errors.ts";
import { summarizeApprovalPolicy } from "../constraints/load-pair-constraints.ts";
import type { TCaller } from "../shared/caller.ts";
import { requestDetailSelect, toRequestDetail } from "../requests/get-request.ts";
import { assertTransition, transitionRequest } from "../requests/transition-request.ts";
import { draftGuard } from "./draft-guard.ts";
import { loadOrderContext } from "./load-order-context.ts";
import { orderFieldErrors, type TOrderValues } from "./validate-order.ts";

/**
 * DRAFT → SUBMITTED. The stored draft is checked in full against the schema
 * rebuilt from its stored product version and the constraints in force now,
 * then moved by one guarded update; a draft changed meanwhile is STALE.
 * Auto-approval belongs to the approvals workflow: the request stays
 * SUBMITTED and the policy in force is recorded with the audit event.
 */
export async function submitOrder(
  db: TDb,
  caller: TCaller,
  { id, expectedVersion }: { id: string; expectedVersion: number },
) {
  const draft = await db.request.findFirst({
    where: { id, requesterId: caller.id },
    select: {
      status: true,
      version: true,
      stage: true,
      portfolioId: true,
      productVersionId: true,
      stackName: true,
      parameters: true,
      tags: true,
      justification: true,
    },
  });
  const guard = draftGuard("submitted", expectedVersion);
  // Checked before the draft is validated, so a stale or submitted draft says so rather than listing field errors.
  assertTransition(draft, guard);
  const ctx = await loadOrderContext(db, caller, { ...draft, field: "productVersionId" });
  const errors = orderFieldErrors(
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
  const approval = summarizeApprovalPolicy(ctx.constraints.approvalPolicy);
  return db.$transaction(async (tx) => {
    await transitionRequest(tx, {
      ...guard,
      id,
      scope: { requesterId: caller.id },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        stage: 1,
        // Approvals and the export follow the rules in force at submission, not later edits.
        policySnapshot: { approval, launchRoleArn: ctx.constraints.launchRoleArn },
      },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(caller),
      action: "request.submit",
      objectType: "Request",
      objectId: id,
      data: { expectedVersion, versionDigest: ctx.version.digest, approvalPolicy: approval },
    });
    const row = await tx.request.findUniqueOrThrow({ where: { id }, select: requestDetailSelect });
    return toRequestDetail(tx, row);
  });
}
