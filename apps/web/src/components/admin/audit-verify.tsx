"use client";

import { useQuery } from "@tanstack/react-query";
import { Loader2Icon, ShieldAlertIcon, ShieldCheckIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TChainBreak } from "@stackvend/db";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

const REASONS = {
  edited: "breakEdited",
  missing: "breakMissing",
  unlinked: "breakUnlinked",
  unhashed: "breakUnhashed",
  "out-of-order": "breakOutOfOrder",
} as const;

/** Runs the chain check on demand: it reads every event, so never on page load. */
export function AuditVerify() {
  const t = useTranslations("audit");
  const trpc = useTRPC();
  const check = useQuery({ ...trpc.admin.verifyAuditChain.queryOptions(), enabled: false, retry: false });
  const report = check.data;
  const reason = (broken: TChainBreak) =>
    t(REASONS[broken.kind], { from: broken.missing?.from ?? "", to: broken.missing?.to ?? "" });

  return (
    <section aria-labelledby="audit-verify-title" className="space-y-3 rounded-xl border bg-card p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <h2 id="audit-verify-title" className="text-base font-semibold">
            {t("verifyTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("verifyDescription")}</p>
        </div>
        <Button
          type="button"
          variant="outline"
          onClick={() => void check.refetch()}
          disabled={check.isFetching}
        >
          {check.isFetching ? (
            <Loader2Icon className="animate-spin" aria-hidden />
          ) : (
            <ShieldCheckIcon aria-hidden />
          )}
          {check.isFetching ? t("verifying") : t("verify")}
        </Button>
      </div>
      <div aria-live="polite">
        {check.isError && !check.isFetching ? (
          <Alert variant="destructive">
            <ShieldAlertIcon aria-hidden />
            <AlertTitle>{t("verifyFailed")}</AlertTitle>
          </Alert>
        ) : null}
        {report && !check.isFetching ? (
          <Alert variant={report.ok ? "success" : "destructive"}>
            {report.ok ? <ShieldCheckIcon aria-hidden /> : <ShieldAlertIcon aria-hidden />}
            <AlertTitle>
              {report.ok
                ? t("verifyOk", { count: report.verified })
                : t("verifyBroken", { count: report.verified })}
            </AlertTitle>
            <AlertDescription className="space-y-1">
              {report.broken ? (
                <p>
                  {t("verifyBrokenAt", {
                    sequence: report.broken.sequence,
                    id: report.broken.id,
                    reason: reason(report.broken),
                  })}
                </p>
              ) : null}
              {report.legacy ? <p>{t("verifyLegacy", { count: report.legacy })}</p> : null}
              {report.ok && report.head ? (
                <p className="break-all font-mono text-xs">
                  {t("verifyHead", { sequence: report.head.sequence, hash: report.head.hash })}
                </p>
              ) : null}
            </AlertDescription>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
