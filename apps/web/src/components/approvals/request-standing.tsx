import {
  BanIcon,
  CheckCircle2Icon,
  CircleDashedIcon,
  ClockIcon,
  HourglassIcon,
  MessageSquareWarningIcon,
  PackageCheckIcon,
  SparklesIcon,
  XCircleIcon,
  type LucideIcon,
} from "lucide-react";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TRequestStatus } from "@/components/requests/request-status-badge";
import type { TWaitingOn } from "@/components/requests/waiting-on";
import { cn } from "@/lib/utils";
import { latestOf, type THistoryItem } from "./types";

interface TRequestStandingProps {
  request: {
    status: TRequestStatus;
    waitingOn: TWaitingOn | null;
    autoApproval: { reason: string } | null;
    decidedAt: Date | null;
    cancelledAt: Date | null;
    expiresAt: Date | null;
    history: THistoryItem[];
  };
  /** What the reader can do about it, e.g. "Edit and resubmit". */
  action?: ReactNode;
  /** Whose page it is: what a request sent back asks of its reader differs. */
  audience?: "requester" | "approver";
}

type TTone = "waiting" | "good" | "bad" | "attention" | "neutral";

const TONES: Record<TTone, string> = {
  waiting: "border-warning/40 bg-warning/5 [&_[data-icon]]:text-warning",
  good: "border-success/40 bg-success/5 [&_[data-icon]]:text-success",
  bad: "border-destructive/40 bg-destructive/5 [&_[data-icon]]:text-destructive",
  attention: "border-info/50 bg-info/5 [&_[data-icon]]:text-info",
  neutral: "bg-muted/40 [&_[data-icon]]:text-muted-foreground",
};

/** Where a request stands, in words, with the comment of the decision that put it there. */
export async function RequestStanding({ request, action, audience = "requester" }: TRequestStandingProps) {
  const [t, format] = await Promise.all([getTranslations("approvalProgress"), getFormatter()]);
  const when = (at: Date | null) =>
    at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "";
  const { status, waitingOn } = request;
  let tone: TTone = "neutral";
  let icon: LucideIcon = CircleDashedIcon;
  let title = t("standing.DRAFT");
  let detail: ReactNode = t("standing.draftDetail");
  let decision: THistoryItem | null = null;
  if (status === "SUBMITTED") {
    tone = "waiting";
    icon = HourglassIcon;
    title = waitingOn
      ? waitingOn.approverGroup
        ? t("standing.waitingFrom", {
            stage: waitingOn.stage,
            stageCount: waitingOn.stageCount,
            count: waitingOn.remaining,
            group: waitingOn.approverGroup,
          })
        : t("standing.waitingAny", {
            stage: waitingOn.stage,
            stageCount: waitingOn.stageCount,
            count: waitingOn.remaining,
          })
      : t("standing.SUBMITTED");
    detail = waitingOn
      ? request.expiresAt
        ? t("standing.stageNameExpires", { name: waitingOn.stageName, date: when(request.expiresAt) })
        : t("standing.stageName", { name: waitingOn.stageName })
      : null;
  } else if (status === "APPROVED" && request.autoApproval) {
    tone = "good";
    icon = SparklesIcon;
    title = t("standing.autoApproved");
    detail = t("standing.autoApprovedDetail", { reason: request.autoApproval.reason });
  } else if (status === "APPROVED") {
    tone = "good";
    icon = CheckCircle2Icon;
    decision = latestOf(request.history, "request.approve");
    title = t("standing.APPROVED");
    detail = decision
      ? t("standing.approvedDetail", { actor: decision.actor, date: when(request.decidedAt) })
      : null;
  } else if (status === "REJECTED") {
    tone = "bad";
    icon = XCircleIcon;
    decision = latestOf(request.history, "request.reject");
    title = decision ? t("standing.rejectedBy", { actor: decision.actor }) : t("standing.REJECTED");
    detail = t("standing.rejectedDetail", { date: when(request.decidedAt) });
  } else if (status === "CHANGES_REQUESTED") {
    tone = "attention";
    icon = MessageSquareWarningIcon;
    decision = latestOf(request.history, "request.request-changes");
    title = decision ? t("standing.changesBy", { actor: decision.actor }) : t("standing.CHANGES_REQUESTED");
    detail = audience === "approver" ? t("standing.changesDetailApprover") : t("standing.changesDetail");
  } else if (status === "EXPIRED") {
    icon = ClockIcon;
    title = t("standing.EXPIRED");
    detail = t("standing.expiredDetail", { date: when(request.decidedAt ?? request.expiresAt) });
  } else if (status === "CANCELLED") {
    icon = BanIcon;
    title = t("standing.CANCELLED");
    detail = t("standing.cancelledDetail", { date: when(request.cancelledAt) });
  } else if (status === "FULFILLED") {
    tone = "good";
    icon = PackageCheckIcon;
    title = t("standing.FULFILLED");
    detail = null;
  }
  const Icon = icon;
  return (
    <section
      aria-labelledby="standing-title"
      data-standing={status}
      className={cn("rounded-xl border p-5 shadow-sm", TONES[tone])}
    >
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex gap-3">
          <Icon data-icon className="mt-0.5 size-5 shrink-0" aria-hidden />
          <div className="space-y-1">
            <h2 id="standing-title" className="font-semibold">
              {title}
            </h2>
            {detail ? <p className="text-sm text-muted-foreground">{detail}</p> : null}
          </div>
        </div>
        {action ? <div className="flex shrink-0 flex-wrap gap-2">{action}</div> : null}
      </div>
      {decision?.comment ? (
        <figure className="mt-4 rounded-lg border bg-background p-4" data-testid="decision-comment">
          <blockquote className="whitespace-pre-line text-sm">{decision.comment}</blockquote>
          <figcaption className="mt-2 text-xs text-muted-foreground">
            {t("commentBy", { actor: decision.actor, date: when(decision.at) })}
          </figcaption>
        </figure>
      ) : null}
    </section>
  );
}
