"use client";

import { useMutation } from "@tanstack/react-query";
import { XCircleIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/** Cancels a draft or submitted request after an inline confirmation. */
export function CancelRequestButton({ id, expectedVersion }: { id: string; expectedVersion: number }) {
  const t = useTranslations("requestDetail");
  const router = useRouter();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.requests.cancel.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  if (!confirming) {
    return (
      <Button type="button" variant="outline" onClick={() => setConfirming(true)}>
        <XCircleIcon aria-hidden />
        {t("cancel")}
      </Button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="cancel-confirm"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-destructive/40 bg-destructive/5 px-3 py-2"
    >
      <p id="cancel-confirm" className="text-sm">
        {t("cancelConfirm")}
      </p>
      <Button
        type="button"
        size="sm"
        variant="destructive"
        disabled={cancel.isPending}
        onClick={() => cancel.mutate({ id, expectedVersion })}
      >
        {cancel.isPending ? t("cancelling") : t("cancel")}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        {t("keep")}
      </Button>
      {cancel.error ? (
        <p role="alert" className="w-full text-sm text-destructive">
          {t("cancelFailed", { message: cancel.error.message })}
        </p>
      ) : null}
    </div>
  );
}
