"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckIcon, MessageSquareWarningIcon, RotateCwIcon, XIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
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
import { fieldErrorsOf } from "@/lib/field-errors";
import { withParams } from "@/lib/search-params";
import { useTRPC, useTRPCClient } from "@/trpc/react";

type TDecision = "APPROVE" | "REQUEST_CHANGES" | "REJECT";

interface TDecisionPanelProps {
  id: string;
  number: number;
  /** The digest of the rendered template on this page: the decision is bound to it. */
  digest: string;
  /** The queue's filter the approver came from; the next request is taken from the same view. */
  filter: { portfolio?: string; product?: string };
}

/**
 * Approve, request changes or reject, with a comment (the server requires
 * one to reject or request changes). After the decision the approver moves
 * on to the next request of the same queue view, or back to the queue.
 * A rejection is final, so it is confirmed first; one without a comment goes
 * straight to the server, whose field error says what is missing.
 */
export function DecisionPanel({ id, number, digest, filter }: TDecisionPanelProps) {
  const t = useTranslations("approvalDetail.decide");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const commentId = useId();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [comment, setComment] = useState("");
  const [chosen, setChosen] = useState<TDecision | null>(null);
  const [moving, setMoving] = useState(false);
  const [confirmingReject, setConfirmingReject] = useState(false);
  const decide = useMutation(trpc.approvals.decide.mutationOptions());
  const error = decide.error;
  const commentErrors = fieldErrorsOf(error, "comment");
  const stale = (error?.data as { appCode?: string } | undefined)?.appCode === "STALE";
  const busy = decide.isPending || moving;
  const needsComment = commentErrors.length > 0;

  // Back to the box that needs fixing, once it is enabled again.
  useEffect(() => {
    if (needsComment) commentRef.current?.focus();
  }, [needsComment, error]);

  async function submit(decision: TDecision) {
    setChosen(decision);
    try {
      await decide.mutateAsync({ id, decision, comment, digest });
    } catch {
      setConfirmingReject(false);
      return;
    }
    setMoving(true);
    const next = await client.approvals.queue
      .query({ portfolioId: filter.portfolio, productId: filter.product, limit: 1 })
      .catch(() => null);
    const params = { ...filter, decided: String(number), decision };
    const nextId = next?.items[0]?.id;
    router.push(withParams(nextId ? `/approvals/${nextId}` : "/approvals", params));
    // The navigation's count badge lives in the layout, which a push keeps.
    router.refresh();
  }

  return (
    <section
      aria-labelledby="decide-title"
      className="rounded-xl border bg-card p-5 shadow-sm"
      data-testid="decision-panel"
    >
      <h2 id="decide-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-xs text-muted-foreground">{t("bound", { digest: digest.slice(0, 12) })}</p>
      <div className="mt-4 space-y-1.5">
        <label htmlFor={commentId} className="text-sm font-medium">
          {t("comment")}
        </label>
        <textarea
          ref={commentRef}
          id={commentId}
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          disabled={busy}
          aria-invalid={commentErrors.length > 0 || undefined}
          aria-describedby={`${commentId}-hint${commentErrors.length > 0 ? ` ${commentId}-error` : ""}`}
          placeholder={t("commentPlaceholder")}
          className="flex w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 aria-invalid:border-destructive"
        />
        <p id={`${commentId}-hint`} className="text-xs text-muted-foreground">
          {t("commentHint")}
        </p>
        {commentErrors.length > 0 ? (
          <p id={`${commentId}-error`} role="alert" className="text-sm text-destructive">
            {t("commentError", { message: commentErrors.join("; ") })}
          </p>
        ) : null}
      </div>
      {stale ? (
        <Alert variant="destructive" className="mt-4">
          <RotateCwIcon aria-hidden />
          <AlertTitle>{t("staleTitle")}</AlertTitle>
          <AlertDescription>
            <p>{t("staleBody")}</p>
            <Button
              type="button"
              size="sm"
              variant="outline"
              className="mt-1"
              onClick={() => {
                decide.reset();
                router.refresh();
              }}
            >
              {t("reload")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : error && commentErrors.length === 0 ? (
        <Alert variant="destructive" className="mt-4">
          <AlertDescription>{t("failed", { message: error.message })}</AlertDescription>
        </Alert>
      ) : null}
      <div className="mt-4 grid gap-2">
        <Button type="button" disabled={busy} onClick={() => void submit("APPROVE")}>
          <CheckIcon aria-hidden />
          {busy && chosen === "APPROVE" ? t("recording") : t("approve")}
        </Button>
        <div className="grid grid-cols-2 gap-2">
          <Button
            type="button"
            variant="outline"
            disabled={busy}
            onClick={() => void submit("REQUEST_CHANGES")}
          >
            <MessageSquareWarningIcon aria-hidden />
            {busy && chosen === "REQUEST_CHANGES" ? t("recording") : t("requestChanges")}
          </Button>
          <AlertDialog
            open={confirmingReject}
            onOpenChange={(open) => {
              if (!open && busy) return;
              if (open && comment.trim() === "") void submit("REJECT");
              else setConfirmingReject(open);
            }}
          >
            <AlertDialogTrigger asChild>
              <Button
                type="button"
                variant="outline"
                disabled={busy}
                className="border-destructive/40 text-destructive hover:bg-destructive/10 hover:text-destructive"
              >
                <XIcon aria-hidden />
                {busy && chosen === "REJECT" && !confirmingReject ? t("recording") : t("reject")}
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogTitle>{t("rejectTitle", { number })}</AlertDialogTitle>
              <AlertDialogDescription>{t("rejectBody")}</AlertDialogDescription>
              <blockquote className="max-h-32 overflow-auto whitespace-pre-wrap rounded-md border-l-2 bg-muted px-3 py-2 text-sm">
                {comment}
              </blockquote>
              <AlertDialogFooter>
                <AlertDialogCancel disabled={busy}>{t("keepReviewing")}</AlertDialogCancel>
                <AlertDialogConfirm disabled={busy} onClick={() => void submit("REJECT")}>
                  {busy ? t("recording") : t("rejectConfirm")}
                </AlertDialogConfirm>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        </div>
      </div>
    </section>
  );
}
