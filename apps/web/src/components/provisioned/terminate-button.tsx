"use client";

import { useMutation } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";

/** Asks for a reason in a dialog, then submits a TERMINATE request and opens it. */
export function TerminateButton({ id, stackName }: { id: string; stackName: string }) {
  const t = useTranslations("provisionedDetail");
  const router = useRouter();
  const trpc = useTRPC();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [justification, setJustification] = useState("");
  const terminate = useMutation(
    trpc.provisioned.terminate.mutationOptions({
      onSuccess: (request) => router.push(`/requests/${request.id}`),
    }),
  );
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) terminate.reset();
        setOpen(next);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline">
          <Trash2Icon aria-hidden />
          {t("terminate")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        aria-describedby={undefined}
        // The reason is what the dialog asks for, so typing starts there.
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          document.getElementById(reasonId)?.focus();
        }}
      >
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            terminate.mutate({ id, justification });
          }}
        >
          <AlertDialogTitle>{t("terminateConfirm", { stack: stackName })}</AlertDialogTitle>
          <div className="space-y-1.5">
            <Label htmlFor={reasonId}>{t("justification")}</Label>
            <textarea
              id={reasonId}
              value={justification}
              onChange={(event) => setJustification(event.target.value)}
              rows={3}
              className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            />
          </div>
          {terminate.error ? (
            <p role="alert" className="text-sm text-destructive">
              {t("failed", { message: terminate.error.message })}
            </p>
          ) : null}
          <AlertDialogFooter>
            <AlertDialogCancel>{t("keep")}</AlertDialogCancel>
            <Button type="submit" size="sm" variant="destructive" disabled={terminate.isPending}>
              {terminate.isPending ? t("requesting") : t("requestTermination")}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
