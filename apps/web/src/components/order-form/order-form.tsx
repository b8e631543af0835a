"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckCircle2Icon, EyeIcon, SaveIcon, SendIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TResourceGraph } from "@stackvend/cfn";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";
import { hasErrors, serverFieldErrors, toOrderValues, type TFormErrors } from "./form-state";
import { ErrorSummary } from "./error-summary";
import { OrderFormBody } from "./order-form-body";
import { PreviewResult } from "./preview-result";
import type { TOrderFormData, TOrderPreview } from "./types";
import { useOrderForm, type TOrderFormInitial } from "./use-order-form";

interface TOrderFormProps {
  form: TOrderFormData;
  /** Present when editing a saved draft. */
  draft?: { id: string; version: number };
  initial?: TOrderFormInitial;
  /** The version's resource graph, shown with the preview. */
  graph?: TResourceGraph;
  /** Where "Back" goes. */
  backHref: string;
}

/** Focus the first field that shows an error. */
function focusFirstInvalid(root: HTMLElement | null) {
  const target = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
  target?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** The requester's order form: live checks, preview, save as draft, submit. */
export function OrderForm({ form: data, draft: initialDraft, initial, graph, backHref }: TOrderFormProps) {
  const t = useTranslations("orderForm");
  const format = useFormatter();
  const router = useRouter();
  const trpc = useTRPC();
  const rootRef = useRef<HTMLFormElement>(null);
  const model = data.formModel;
  const form = useOrderForm(model, data.requiredTags, initial, data.justification.maxLength);
  const [draft, setDraft] = useState(initialDraft);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Set by a blocked action; the summary then follows the fields until they are fixed.
  const [blockedOnce, setBlockedOnce] = useState(false);
  // Counts blocked actions; once one is drawn and the fields are enabled again, focus goes to the first to fix.
  const [blocks, setBlocks] = useState(0);
  const focused = useRef(0);
  const [preview, setPreview] = useState<TOrderPreview | null>(null);
  const previewMutation = useMutation(trpc.orders.preview.mutationOptions());
  const saveMutation = useMutation(trpc.orders.saveDraft.mutationOptions());
  const submitMutation = useMutation(trpc.orders.submit.mutationOptions());
  const busy = previewMutation.isPending || saveMutation.isPending || submitMutation.isPending;
  useEffect(() => {
    if (blocks === focused.current || busy) return;
    focused.current = blocks;
    focusFirstInvalid(rootRef.current);
  }, [blocks, busy]);

  const tags = () => Object.fromEntries(Object.entries(form.state.tags).filter(([, value]) => value !== ""));

  function fail(error: unknown) {
    const fields: TFormErrors = serverFieldErrors(error);
    form.setServerErrors(fields);
    const appCode = (error as { data?: { appCode?: string } }).data?.appCode;
    if (appCode === "STALE") setFailure(t("stale"));
    else if (!hasErrors(fields)) setFailure(t("failed", { message: (error as Error).message }));
    else {
      setBlockedOnce(true);
      setBlocks((n) => n + 1);
    }
  }

  function blocked(mode: "draft" | "complete") {
    form.attempt(mode);
    setFailure(null);
    if (!hasErrors(form.errorsFor(mode))) return false;
    setBlockedOnce(true);
    setBlocks((n) => n + 1);
    return true;
  }

  async function persist() {
    const saved = await saveMutation.mutateAsync({
      ...(draft ? { id: draft.id, expectedVersion: draft.version } : {}),
      portfolioId: data.portfolio.id,
      productVersionId: data.version.id,
      stackName: form.state.stackName,
      values: toOrderValues(model, form.state.values),
      tags: tags(),
      justification: form.state.justification,
    });
    setDraft({ id: saved.id, version: saved.version });
    setSavedAt(new Date());
    // Coming back to this address reopens the same draft.
    if (!draft) window.history.replaceState(null, "", `/requests/${saved.id}/edit`);
    return saved;
  }

  async function onPreview() {
    if (blocked("draft")) return;
    try {
      const result = await previewMutation.mutateAsync({
        ...(draft ? { requestId: draft.id } : {}),
        portfolioId: data.portfolio.id,
        productVersionId: data.version.id,
        stackName: form.state.stackName,
        values: toOrderValues(model, form.state.values, { includeSecrets: true }),
        tags: tags(),
      });
      setPreview(result);
      form.setServerErrors(
        serverFieldErrors({ data: { fieldErrors: result.fieldErrors as Record<string, string[]> } }),
      );
    } catch (error) {
      fail(error);
    }
  }

  async function onSave() {
    if (blocked("draft")) return;
    try {
      await persist();
    } catch (error) {
      fail(error);
    }
  }

  async function onSubmit() {
    if (blocked("complete")) return;
    try {
      const saved = await persist();
      await submitMutation.mutateAsync({ id: saved.id, expectedVersion: saved.version });
      router.push(`/requests/${saved.id}`);
      router.refresh();
    } catch (error) {
      fail(error);
    }
  }

  const liveErrors = Object.values(form.errorsFor("complete")).filter((list) => list.length > 0).length;
  return (
    <form
      ref={rootRef}
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {blockedOnce ? (
        <ErrorSummary model={model} requiredTags={data.requiredTags} issues={form.issues} withJustification />
      ) : null}
      <OrderFormBody
        model={model}
        state={form.state}
        requiredTags={data.requiredTags}
        issues={form.issues}
        onValue={form.onValue}
        onStackName={form.onStackName}
        onTag={form.onTag}
        onJustification={form.onJustification}
        onBlur={form.onBlur}
        maxJustification={data.justification.maxLength}
        disabled={submitMutation.isPending}
        stackNameLocked={data.change.kind === "UPDATE"}
      />
      {failure ? (
        <Alert variant="destructive">
          <AlertDescription>{failure}</AlertDescription>
        </Alert>
      ) : null}
      <div
        role="group"
        aria-label={t("actions")}
        className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center justify-between gap-3 border-t bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:px-5"
      >
        <div className="min-h-5 text-sm" aria-live="polite">
          {savedAt ? (
            <span className="flex items-center gap-1.5 text-success">
              <CheckCircle2Icon className="size-4" aria-hidden />
              {t("saved", { time: format.dateTime(savedAt, { timeStyle: "short" }) })}
              <span className="text-muted-foreground">
                {data.secretParameters.length > 0 ? t("savedNote") : null}
              </span>
            </span>
          ) : liveErrors > 0 ? (
            <span className="text-muted-foreground">{t("fixErrors", { count: liveErrors })}</span>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="ghost">
            <Link href={backHref}>{t("cancel")}</Link>
          </Button>
          <Button type="button" variant="outline" disabled={busy} onClick={() => void onPreview()}>
            <EyeIcon aria-hidden />
            {previewMutation.isPending ? t("previewing") : t("preview")}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void onSave()}>
            <SaveIcon aria-hidden />
            {saveMutation.isPending ? t("saving") : t("saveDraft")}
          </Button>
          <Button type="submit" disabled={busy}>
            <SendIcon aria-hidden />
            {submitMutation.isPending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </div>
      {preview ? (
        <PreviewResult
          preview={preview}
          graph={graph}
          stackName={form.state.stackName}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </form>
  );
}
