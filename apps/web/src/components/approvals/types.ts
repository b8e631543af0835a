import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@stackvend/api";

/** One line of a request's history, as `requests.get` and `approvals.get` return it. */
export interface THistoryItem {
  action:
    | "request.submit"
    | "request.auto-approve"
    | "request.approve"
    | "request.reject"
    | "request.request-changes"
    | "request.cancel"
    | "request.expire";
  actor: string;
  at: Date;
  round: number | null;
  stage: number | null;
  comment: string;
  digest: string | null;
  superseded: boolean;
}

export type TStageState = "done" | "current" | "waiting" | "rejected" | "changes-requested" | "closed";

export interface TStageItem {
  stage: number;
  name: string;
  approverGroupName: string | null;
  required: number;
  requiredAll: boolean;
  remaining: number;
  state: TStageState;
}

const DECISION_ACTIONS: readonly THistoryItem["action"][] = [
  "request.approve",
  "request.reject",
  "request.request-changes",
];

/** The decisions of the current round on one stage, by action: who approved, rejected, asked for changes. */
export function decidersOf(history: readonly THistoryItem[], stage: number) {
  const current = history.filter(
    (h) => !h.superseded && h.stage === stage && DECISION_ACTIONS.includes(h.action),
  );
  const by = (action: THistoryItem["action"]) =>
    current.filter((h) => h.action === action).map((h) => h.actor);
  return {
    approved: by("request.approve"),
    rejected: by("request.reject"),
    changesRequested: by("request.request-changes"),
  };
}

/** The latest entry of one action that still counts: the decision a status came from. */
export function latestOf(history: readonly THistoryItem[], action: THistoryItem["action"]) {
  return history.findLast((h) => h.action === action && !h.superseded) ?? null;
}

/** What `approvals.get` returns: the request as an approver sees it. */
export type TApprovalRequest = inferRouterOutputs<AppRouter>["approvals"]["get"];
