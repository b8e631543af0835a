import { getTranslations } from "next-intl/server";

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

/** Whom a submitted request waits on, in a table cell; a dash for requests waiting on nobody. */
export async function WaitingOn({ waitingOn }: { waitingOn: TWaitingOn | null }) {
  const t = await getTranslations("approvalProgress");
  if (!waitingOn) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="block">
      <span className="block">
        {waitingOn.approverGroup
          ? t("moreFrom", { count: waitingOn.remaining, group: waitingOn.approverGroup })
          : t("moreFromAny", { count: waitingOn.remaining })}
      </span>
      <span className="block text-xs text-muted-foreground">
        {t("stageOf", { stage: waitingOn.stage, count: waitingOn.stageCount, name: waitingOn.stageName })}
      </span>
    </span>
  );
}
