import { hasRole, type TRole } from "@stackvend/auth";
import type { TPolicySnapshot, TSnapshotStage } from "./approval-policy.ts";

/**
 * Who may decide which stage, and when a stage is complete. Pure: callers
 * load the request, its current-round decisions and group sizes.
 *
 * Separation of duties always holds: nobody decides their own request, one
 * person decides at most one stage of a submission (so someone in several
 * groups counts once), and catalog admins, who may decide any stage, are no
 * exception.
 */

export interface TDecider {
  id: string;
  roles: readonly TRole[];
  groupIds: readonly string[];
}

export interface TDecisionRecord {
  approverId: string;
  stage: number;
  decision: "APPROVED" | "REJECTED" | "CHANGES_REQUESTED";
}

export interface TDecidable {
  requesterId: string;
  status: string;
  stage: number;
  snapshot: TPolicySnapshot;
  /** Decisions of the current submission round only. */
  decisions: readonly TDecisionRecord[];
}

export type TIneligibleReason =
  "not-open" | "own-request" | "decided-already" | "not-in-stage-group" | "not-an-approver";

/** Whether a person may decide a stage's group by role and membership, separation of duties aside. */
export function mayDecideStage(decider: TDecider, stage: TSnapshotStage): boolean {
  if (hasRole(decider.roles, "ADMIN")) return true;
  if (!hasRole(decider.roles, "APPROVER")) return false;
  return stage.approverGroupId === null || decider.groupIds.includes(stage.approverGroupId);
}

/** Why a person cannot decide the request now, or null when they can. */
export function ineligibility(decider: TDecider, request: TDecidable): TIneligibleReason | null {
  if (request.status !== "SUBMITTED") return "not-open";
  if (decider.id === request.requesterId) return "own-request";
  if (request.decisions.some((d) => d.approverId === decider.id)) return "decided-already";
  const stage = request.snapshot.stages[request.stage - 1];
  if (!stage) return "not-open";
  if (!hasRole(decider.roles, "ADMIN") && !hasRole(decider.roles, "APPROVER")) return "not-an-approver";
  return mayDecideStage(decider, stage) ? null : "not-in-stage-group";
}

/**
 * Approvals a stage needs. "ALL" is every member of the group who could
 * approve (approvers and admins, not disabled, not the requester), counted
 * when the decision is made, and never less than one.
 */
export function requiredApprovals(stage: TSnapshotStage, eligibleMembers: number): number {
  return stage.required === "ALL" ? Math.max(1, eligibleMembers) : stage.required;
}

export interface TStageProgress {
  /** 1-based. */
  stage: number;
  name: string;
  approverGroupName: string | null;
  required: number;
  requiredAll: boolean;
  approvedBy: string[];
  remaining: number;
  state: "done" | "current" | "waiting" | "rejected" | "changes-requested" | "closed";
}

/** Each stage of a submission round: who approved it and how many approvals are still needed. */
export function stageProgress(
  request: Omit<TDecidable, "requesterId">,
  eligibleMembersByGroup: ReadonlyMap<string, number>,
): TStageProgress[] {
  return request.snapshot.stages.map((stage, i) => {
    const number = i + 1;
    const ofStage = request.decisions.filter((d) => d.stage === number);
    const approvedBy = ofStage.filter((d) => d.decision === "APPROVED").map((d) => d.approverId);
    const required = requiredApprovals(
      stage,
      stage.approverGroupId ? (eligibleMembersByGroup.get(stage.approverGroupId) ?? 0) : 0,
    );
    const remaining = Math.max(0, required - approvedBy.length);
    const stateOf = (): TStageProgress["state"] => {
      if (ofStage.some((d) => d.decision === "REJECTED")) return "rejected";
      if (ofStage.some((d) => d.decision === "CHANGES_REQUESTED")) return "changes-requested";
      if (request.status === "APPROVED" || request.status === "FULFILLED" || number < request.stage)
        return "done";
      if (request.status !== "SUBMITTED") return "closed";
      return number === request.stage ? "current" : "waiting";
    };
    return {
      stage: number,
      name: stage.name,
      approverGroupName: stage.approverGroupName,
      required,
      requiredAll: stage.required === "ALL",
      approvedBy,
      remaining,
      state: stateOf(),
    };
  });
}

export type TApprovalOutcome =
  | { kind: "rejected" }
  | { kind: "changes-requested" }
  | { kind: "counted"; remaining: number }
  | { kind: "next-stage"; stage: number }
  | { kind: "approved" };

/** Where a request goes after one more decision on its current stage. */
export function outcomeOf(
  decision: TDecisionRecord["decision"],
  stageCount: number,
  currentStage: number,
  approvalsInStage: number,
  required: number,
): TApprovalOutcome {
  if (decision === "REJECTED") return { kind: "rejected" };
  if (decision === "CHANGES_REQUESTED") return { kind: "changes-requested" };
  if (approvalsInStage < required) return { kind: "counted", remaining: required - approvalsInStage };
  return currentStage >= stageCount ? { kind: "approved" } : { kind: "next-stage", stage: currentStage + 1 };
}
