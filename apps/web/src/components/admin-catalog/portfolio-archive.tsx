"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/react";
import { ConfirmAction, FormError, PendingButton } from "./form-bits";
import { useRefresh } from "./use-refresh";

/** Archiving hides the portfolio's products from requesters; unarchiving brings them back. */
export function PortfolioArchive({ id, archived }: { id: string; archived: boolean }) {
  const t = useTranslations("adminPortfolios");
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const archive = useMutation(trpc.portfolios.archive.mutationOptions({ onSuccess: refresh }));
  const unarchive = useMutation(trpc.portfolios.unarchive.mutationOptions({ onSuccess: refresh }));
  const error = archive.error ?? unarchive.error;
  return (
    <div className="flex flex-col items-end gap-1">
      {archived ? (
        <PendingButton
          variant="outline"
          pending={unarchive.isPending || refreshing}
          pendingLabel={t("working")}
          onClick={() => unarchive.mutate({ id })}
        >
          {t("unarchive")}
        </PendingButton>
      ) : (
        <ConfirmAction
          label={t("archive")}
          question={t("archiveQuestion")}
          confirmLabel={t("archiveConfirm")}
          size="default"
          pending={archive.isPending || refreshing}
          onConfirm={() => archive.mutate({ id })}
        />
      )}
      <FormError message={error?.message} />
    </div>
  );
}
