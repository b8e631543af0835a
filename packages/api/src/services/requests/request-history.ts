import type { TDb } from "@stackvend/db";

/** Lifecycle actions a request page shows; draft edits and reads are in the audit log only. */
const HISTORY_ACTIONS = [
  "request.submit",
  "request.auto-approve",
  "request.approve",
  "request.reject",
  "request.request-changes",
  "request.cancel",
  "request.expire",
] as const;

export type THistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface THistoryEntry {
  action: THistoryAction;
  actor: string;
  at: Date;
  round: number | null;
  stage: number | null;
  comment: string;
  digest: string | null;
  /** Decisions of an earlier round: kept, no longer counted. */
  superseded: boolean;
}

/**
 * What happened to a request, oldest first, read from its audit events (the
 * append-only record), with each decision's comment. Requester and approvers
 * see the same history.
 */
export async function requestHistory(
  db: Pick<TDb, "auditEvent" | "user">,
  request: { id: string; round: number },
): Promise<THistoryEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { objectType: "Request", objectId: request.id, action: { in: [...HISTORY_ACTIONS] } },
    orderBy: { id: "asc" },
    take: 500,
    select: { action: true, actorId: true, actorLabel: true, data: true, createdAt: true },
  });
  const ids = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return events.map((event) => {
    const data = (event.data ?? {}) as {
      round?: unknown;
      stage?: unknown;
      comment?: unknown;
      digest?: unknown;
    };
    const round = typeof data.round === "number" ? data.round : null;
    const decision = ["request.approve", "request.reject", "request.request-changes"].includes(event.action);
    return {
      action: event.action as THistoryAction,
      actor: (event.actorId && names.get(event.actorId)) || event.actorLabel,
      at: event.createdAt,
      round,
      stage: typeof data.stage === "number" ? data.stage : null,
      comment: typeof data.comment === "string" ? data.comment : "",
      digest: typeof data.digest === "string" ? data.digest : null,
      superseded: decision && round !== null && round < request.round,
    };
  });
}
