"use client";

import { ListChecksIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { summarizeApprovalPolicy } from "./policy-summary";
import type { TApprovalPolicyDefinition } from "./types";

/** The policy being edited, in words, recomputed on every change. */
export function PolicySummaryBox({ id, policy }: { id: string; policy: TApprovalPolicyDefinition }) {
  const t = useTranslations("approvalPolicy");
  const ts = useTranslations("approvalSummary");
  const summary = summarizeApprovalPolicy(policy, ts, useLocale());
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-lg border border-primary/20 bg-primary/5 p-4 text-sm"
      data-testid="policy-summary"
    >
      <h3 id={id} className="flex items-center gap-2 font-medium">
        <ListChecksIcon className="size-4 text-primary" aria-hidden />
        {t("summaryTitle")}
      </h3>
      <p className="font-medium" data-summary="stages">
        {summary.stages}
      </p>
      <ol className="list-decimal space-y-0.5 pl-5 text-muted-foreground">
        {summary.stageLines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
      {summary.autoApprove ? <p data-summary="auto">{summary.autoApprove}</p> : null}
      {summary.costNote ? <p className="text-muted-foreground">{summary.costNote}</p> : null}
      {summary.timing ? <p className="text-muted-foreground">{summary.timing}</p> : null}
    </section>
  );
}
