import type { TDb } from "@stackvend/db";
import { AppError, notFound } from "../../errors/app-error.ts";
import { prepareArtifact, storeArtifact } from "../artifacts/create-artifact.ts";
import type { TArtifactSigner } from "../artifacts/signing-key.ts";
import { actorOf, recordAuditEvent } from "../audit/record-audit-event.ts";
import { eventForOutcome, notifyRequestEvent } from "../notifications/notify-request-event.ts";
import type { TCaller } from "../shared/caller.ts";
import { transitionRequest } from "../requests/transition-request.ts";
import { stageEntryFields } from "./stage-entry.ts";
import { allMemberGroups, eligibleMembersByGroup, loadApprovalState } from "./load-approval-state.ts";
import { ineligibility, outcomeOf, requiredApprovals, type TApprovalOutcome } from "./stages.ts";

export const DECISIONS = ["APPROVE", "REJECT", "REQUEST_CHANGES"] as const;
export type TDecisionInput = (typeof DECISIONS)[number];

const RECORDED = {
  APPROVE: "APPROVED",
  REJECT: "REJECTED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
} as const;

const AUDIT_ACTION = {
  APPROVE: "request.approve",
  REJECT: "request.reject",
  REQUEST_CHANGES: "request.request-changes",
} as const;

function nothingLeftToDecide(status: string): string {
  return `This request is ${status.toLowerCase().replace("_", " ")}; there is nothing left to decide`;
}

/**
 * One decision on a submitted request, bound to the rendered template the
 * decider saw (`digest`). The request row is locked first, so concurrent
 * deciders (from any number of app instances) are taken one at a time and
 * each sees the decisions before it: a stage completes exactly once and a
 * decision arriving after the final one fails with INVALID_TRANSITION. The
 * move itself is still one guarded update on (id, status, stage, version).
 * The decision that approves the request also writes its signed artifact.
 */
export async function decideRequest(
  db: TDb,
  caller: TCaller,
  input: { id: string; decision: TDecisionInput; comment: string; digest: string },
  signer: TArtifactSigner,
): Promise<{ status: string; stage: number; outcome: TApprovalOutcome }> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Request" WHERE "id" = ${input.id} FOR UPDATE`;
      const state = await loadApprovalState(tx, input.id);
      if (!state) throw notFound("Request");
      const reason = ineligibility(caller, state);
      // Whoever may not see the request learns nothing of it, not even that it was decided.
      if (reason === "not-in-stage-group" || reason === "not-an-approver") {
        const decidedBefore = await tx.approval.findFirst({
          where: { requestId: state.id, approverId: caller.id },
          select: { id: true },
        });
        if (!decidedBefore) throw notFound("Request");
        throw new AppError("FORBIDDEN", "You may not decide the current stage of this request");
      }
      if (reason === "not-open") throw new AppError("INVALID_TRANSITION", nothingLeftToDecide(state.status));
      if (reason === "own-request")
        throw new AppError("FORBIDDEN", "You cannot decide your own request (separation of duties)");
      if (reason === "decided-already") {
        throw new AppError(
          "CONFLICT",
          "You have already decided this request; one person decides at most one stage (separation of duties)",
        );
      }
      if (input.digest !== state.renderedDigest) {
        throw new AppError(
          "STALE",
          "The rendered template changed since you opened this request; reload it and review the new version",
        );
      }
      const stage = state.snapshot.stages[state.stage - 1]!;
      const recorded = RECORDED[input.decision];
      await tx.approval.create({
        data: {
          requestId: state.id,
          approverId: caller.id,
          round: state.round,
          stage: state.stage,
          decision: recorded,
          comment: input.comment,
          digest: input.digest,
        },
      });
      const eligible = await eligibleMembersByGroup(tx, allMemberGroups(state.snapshot), state.requesterId);
      const approvals =
        state.decisions.filter((d) => d.stage === state.stage && d.decision === "APPROVED").length +
        (recorded === "APPROVED" ? 1 : 0);
      const required = requiredApprovals(
        stage,
        stage.approverGroupId ? (eligible.get(stage.approverGroupId) ?? 0) : 0,
      );
      const outcome = outcomeOf(recorded, state.snapshot.stages.length, state.stage, approvals, required);
      const now = new Date();
      const next =
        outcome.kind === "approved"
          ? { status: "APPROVED" as const, decidedAt: now, stageGroupId: null, remindAt: null }
          : outcome.kind === "rejected"
            ? { status: "REJECTED" as const, decidedAt: now, stageGroupId: null, remindAt: null }
            : outcome.kind === "changes-requested"
              ? { status: "CHANGES_REQUESTED" as const, stageGroupId: null, remindAt: null }
              : outcome.kind === "next-stage"
                ? { stage: outcome.stage, ...stageEntryFields(state.snapshot, outcome.stage, now) }
                : {};
      // Cannot lose while the row lock holds; the guard keeps a missing lock from ever double-counting.
      await transitionRequest(tx, {
        id: state.id,
        scope: {},
        from: ["SUBMITTED"],
        expectedVersion: state.version,
        expectedStage: state.stage,
        wrongState: nothingLeftToDecide,
        data: next,
      });
      const type = eventForOutcome(outcome);
      await notifyRequestEvent(tx, { requestId: state.id, type, actor: caller, comment: input.comment, now });
      const artifact = outcome.kind === "approved" ? await prepareArtifact(tx, state.id, signer, now) : null;
      await recordAuditEvent(tx, {
        actor: actorOf(caller),
        action: AUDIT_ACTION[input.decision],
        objectType: "Request",
        objectId: state.id,
        data: {
          round: state.round,
          stage: state.stage,
          digest: input.digest,
          comment: input.comment,
          outcome: outcome.kind,
        },
      });
      if (artifact) await storeArtifact(tx, artifact);
      return {
        status: ("status" in next && next.status) || "SUBMITTED",
        stage: ("stage" in next && next.stage) || state.stage,
        outcome,
      };
    },
    // Deciders of one request queue on its row lock; give the queue time rather than failing it.
    { maxWait: 15_000, timeout: 15_000 },
  );
}
