import { hasRole } from "@stackvend/auth";
import type { TDb } from "@stackvend/db";
import { notFound } from "../../errors/app-error.ts";
import { reportTemplate } from "../shared/template-engine.ts";
import type { TCaller } from "../shared/caller.ts";
import { changeSubject, requestDetailSelect, toRequestDetail } from "../requests/get-request.ts";
import { requestChange } from "../provisioned/request-change.ts";
import { requestHistory } from "../requests/request-history.ts";
import { allMemberGroups, eligibleMembersByGroup, loadApprovalState } from "./load-approval-state.ts";
import { ineligibility, stageProgress } from "./stages.ts";

/**
 * A request as an approver sees it: the rendered template exactly as stored
 * with its sha256, what the engine finds in it, its diagram and cost, the
 * stages with who approved, the history, and whether the caller may decide
 * now. Visible to catalog admins, to whoever may decide its current stage,
 * and to whoever decided it before; NOT_FOUND for everyone else.
 */
export async function getApprovalRequest(db: TDb, caller: TCaller, { id }: { id: string }) {
  const state = await loadApprovalState(db, id);
  if (!state || state.status === "DRAFT") throw notFound("Request");
  const reason = ineligibility(caller, state);
  const visible =
    hasRole(caller.roles, "ADMIN") ||
    reason === null ||
    reason === "own-request" ||
    (await db.approval.count({ where: { requestId: id, approverId: caller.id } })) > 0;
  if (!visible) throw notFound("Request");
  const [row, eligible, history] = await Promise.all([
    db.request.findUniqueOrThrow({
      where: { id },
      select: {
        ...requestDetailSelect,
        renderedTemplate: true,
        renderedFormat: true,
        requester: { select: { name: true, email: true } },
      },
    }),
    eligibleMembersByGroup(db, allMemberGroups(state.snapshot), state.requesterId),
    requestHistory(db, state),
  ]);
  const { renderedTemplate, renderedFormat, requester, ...detailRow } = row;
  const [analysis, change] = await Promise.all([
    renderedTemplate ? reportTemplate(renderedTemplate, { describe: true }) : null,
    requestChange(db, changeSubject(detailRow), renderedTemplate),
  ]);
  const deciders = await db.user.findMany({
    where: { id: { in: state.decisions.map((d) => d.approverId) } },
    select: { id: true, name: true },
  });
  const names = new Map(deciders.map((u) => [u.id, u.name]));
  return {
    ...(await toRequestDetail(db, detailRow)),
    requester,
    rendered: renderedTemplate
      ? { source: renderedTemplate, format: renderedFormat, digest: state.renderedDigest }
      : null,
    change,
    findings: analysis?.findings ?? [],
    graph: analysis?.graph ?? null,
    cost: analysis?.cost ?? null,
    stages: stageProgress(state, eligible).map((s) => ({
      ...s,
      approvedBy: s.approvedBy.map((approverId) => names.get(approverId) ?? approverId),
    })),
    history,
    canDecide: reason === null,
    ineligibleReason: reason,
  };
}
