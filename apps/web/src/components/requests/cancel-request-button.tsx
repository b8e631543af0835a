"use client";

import { useMutation } from "@tanstack/react-query";
import { XCircleIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogConfirm,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/** Cancels a draft or submitted request after a confirmation. */
export function CancelRequestButton({ id, expectedVersion }: { id: string; expectedVersion: number }) {
  const t = useTranslations("requestDetail");
  const router = useRouter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.requests.cancel.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel.reset();
        setOpen(next);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline">
          <XCircleIcon aria-hidden />
          {t("cancel")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogTitle>{t("cancelTitle")}</AlertDialogTitle>
        <AlertDialogDescription>{t("cancelConfirm")}</AlertDialogDescription>
        {cancel.error ? (
          <p role="alert" className="text-sm text-destructive">
            {t("cancelFailed", { message: cancel.error.message })}
          </p>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel>{t("keep")}</AlertDialogCancel>
          <AlertDialogConfirm
            disabled={cancel.isPending}
            onClick={() => cancel.mutate({ id, expectedVersion })}
          >
            {cancel.isPending ? t("cancelling") : t("cancel")}
          </AlertDialogConfirm>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
