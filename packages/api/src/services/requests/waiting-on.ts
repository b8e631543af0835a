import type { TDb } from "@stackvend/db";
import { readPolicySnapshot } from "../approvals/approval-policy.ts";
import { allMemberGroups, eligibleMembersByGroupFor } from "../approvals/load-approval-state.ts";
import { stageProgress, type TDecisionRecord } from "../approvals/stages.ts";

export interface TWaitingOn {
  /** Current approval stage (1-based) and how many there are. */
  stage: number;
  stageCount: number;
  stageName: string;
  /** Null: any approver. */
  approverGroup: string | null;
  /** Approvals the current stage still needs. */
  remaining: number;
}

type TWaitingRequest = {
  status: string;
  stage: number;
  requesterId: string;
  policySnapshot: unknown;
  approvals: readonly TDecisionRecord[];
};

/**
 * Whom each submitted request waits on, from the policy frozen into it at
 * submission and the decisions of its current round; null for requests
 * waiting on nobody.
 */
export async function waitingOnFor(
  db: Pick<TDb, "request" | "user" | "groupMembership">,
  requests: readonly TWaitingRequest[],
) {
  const waiting = requests.flatMap((r) =>
    r.status === "SUBMITTED" ? [{ request: r, snapshot: readPolicySnapshot(r.policySnapshot) }] : [],
  );
  const eligible = await eligibleMembersByGroupFor(
    db,
    waiting.map(({ request, snapshot }) => ({
      groupIds: allMemberGroups(snapshot),
      requesterId: request.requesterId,
    })),
  );
  const byRequest = new Map(waiting.map((w, i) => [w.request, { ...w, eligible: eligible[i]! }]));
  return requests.map((r): TWaitingOn | null => {
    const found = byRequest.get(r);
    if (!found) return null;
    const { snapshot } = found;
    const progress = stageProgress({ ...r, snapshot, decisions: r.approvals }, found.eligible)[r.stage - 1];
    if (!progress) return null;
    return {
      stage: r.stage,
      stageCount: snapshot.stages.length,
      stageName: progress.name,
      approverGroup: progress.approverGroupName,
      remaining: progress.remaining,
    };
  });
}
