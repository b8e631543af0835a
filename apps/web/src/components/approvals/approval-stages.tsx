import { CheckIcon, MessageSquareWarningIcon, XIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge, type TBadgeVariant } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { decidersOf, type THistoryItem, type TStageItem, type TStageState } from "./types";

const STATE_VARIANT: Record<TStageState, TBadgeVariant> = {
  done: "success",
  current: "warning",
  waiting: "muted",
  rejected: "destructive",
  "changes-requested": "info",
  closed: "muted",
};

interface TApprovalStagesProps {
  stages: TStageItem[];
  history: THistoryItem[];
}

/** The policy's stages in order: who decides each, who approved, rejected or asked for changes, and what is left. */
export async function ApprovalStages({ stages, history }: TApprovalStagesProps) {
  const t = await getTranslations("approvalProgress");
  if (stages.length === 0) return <p className="text-sm text-muted-foreground">{t("noStages")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("stagesLabel")}>
      {stages.map((stage) => {
        const deciders = decidersOf(history, stage.stage);
        const who = stage.approverGroupName ?? t("anyApprover");
        return (
          <li
            key={stage.stage}
            data-stage={stage.stage}
            data-state={stage.state}
            className={cn(
              "rounded-lg border p-3",
              stage.state === "current" && "border-warning/50 bg-warning/5",
            )}
          >
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="text-xs text-muted-foreground">{t("stageNumber", { stage: stage.stage })}</p>
                <p className="font-medium">{stage.name}</p>
              </div>
              <Badge variant={STATE_VARIANT[stage.state]}>{t(`stageState.${stage.state}`)}</Badge>
            </div>
            <p className="mt-1 text-xs text-muted-foreground">
              {stage.requiredAll
                ? t("requiresAll", { group: who, count: stage.required })
                : t("requires", { group: who, count: stage.required })}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {deciders.approved.map((name, i) => (
                <li key={`a${i}`} className="flex items-center gap-1.5">
                  <CheckIcon className="size-3.5 text-success" aria-hidden />
                  {t("approvedBy", { name })}
                </li>
              ))}
              {deciders.rejected.map((name, i) => (
                <li key={`r${i}`} className="flex items-center gap-1.5">
                  <XIcon className="size-3.5 text-destructive" aria-hidden />
                  {t("rejectedBy", { name })}
                </li>
              ))}
              {deciders.changesRequested.map((name, i) => (
                <li key={`c${i}`} className="flex items-center gap-1.5">
                  <MessageSquareWarningIcon className="size-3.5 text-info" aria-hidden />
                  {t("changesRequestedBy", { name })}
                </li>
              ))}
            </ul>
            {stage.state === "current" || stage.state === "waiting" ? (
              <p className="mt-2 text-xs font-medium" data-remaining={stage.remaining}>
                {t("remaining", { count: stage.remaining })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
