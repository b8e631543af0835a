import type { TDb } from "@stackvend/db";
import { readPolicySnapshot } from "../approvals/approval-policy.ts";
import { allMemberGroups, eligibleMembersByGroup } from "../approvals/load-approval-state.ts";
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
  return Promise.all(
    requests.map(async (r): Promise<TWaitingOn | null> => {
      if (r.status !== "SUBMITTED") return null;
      const snapshot = readPolicySnapshot(r.policySnapshot);
      const eligible = await eligibleMembersByGroup(db, allMemberGroups(snapshot), r.requesterId);
      const progress = stageProgress({ ...r, snapshot, decisions: r.approvals }, eligible)[r.stage - 1];
      if (!progress) return null;
      return {
        stage: r.stage,
        stageCount: snapshot.stages.length,
        stageName: progress.name,
        approverGroup: progress.approverGroupName,
        remaining: progress.remaining,
      };
    }),
  );
}
