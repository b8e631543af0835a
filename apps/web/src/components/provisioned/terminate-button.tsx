"use client";

import { useMutation } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";

/** Asks for a reason, then submits a TERMINATE request and opens it. */
export function TerminateButton({ id, stackName }: { id: string; stackName: string }) {
  const t = useTranslations("provisionedDetail");
  const router = useRouter();
  const trpc = useTRPC();
  const reasonId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [justification, setJustification] = useState("");
  const terminate = useMutation(
    trpc.provisioned.terminate.mutationOptions({
      onSuccess: (request) => router.push(`/requests/${request.id}`),
    }),
  );
  if (!confirming) {
    return (
      <Button ref={opener} type="button" variant="outline" onClick={() => setConfirming(true)}>
        <Trash2Icon aria-hidden />
        {t("terminate")}
      </Button>
    );
  }
  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <form
      role="alertdialog"
      aria-labelledby={`${reasonId}-title`}
      className="space-y-3 rounded-lg border border-destructive/40 bg-destructive/5 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        terminate.mutate({ id, justification });
      }}
    >
      <p id={`${reasonId}-title`} className="text-sm font-medium">
        {t("terminateConfirm", { stack: stackName })}
      </p>
      <div className="space-y-1.5">
        <Label htmlFor={reasonId}>{t("justification")}</Label>
        <textarea
          id={reasonId}
          autoFocus
          value={justification}
          onChange={(event) => setJustification(event.target.value)}
          rows={3}
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" variant="destructive" disabled={terminate.isPending}>
          {terminate.isPending ? t("requesting") : t("requestTermination")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={close}>
          {t("keep")}
        </Button>
      </div>
      {terminate.error ? (
        <p role="alert" className="text-sm text-destructive">
          {t("failed", { message: terminate.error.message })}
        </p>
      ) : null}
    </form>
  );
}
