import { getTranslations } from "next-intl/server";

export interface TWaitingOn {
  autoApprove: boolean;
  approvalsRequired: number;
  approverGroup: string | null;
  stage: number;
}

/** Whom a submitted request waits on, in words; a dash for requests waiting on nobody. */
export async function WaitingOn({ waitingOn }: { waitingOn: TWaitingOn | null }) {
  const t = await getTranslations("myRequests");
  if (!waitingOn) return <span className="text-muted-foreground">{t("nobody")}</span>;
  if (waitingOn.autoApprove) return <span>{t("autoApprove")}</span>;
  return (
    <span>
      {waitingOn.approverGroup
        ? t("approversFrom", { count: waitingOn.approvalsRequired, group: waitingOn.approverGroup })
        : t("approvers", { count: waitingOn.approvalsRequired })}
    </span>
  );
}
