"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Section } from "@/components/admin-catalog/section";
import { Button } from "@/components/ui/button";
import { fieldErrorRecord } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { SecretNotice } from "./secret-notice";
import { EMPTY_WEBHOOK, WebhookFields, webhookInput, type TWebhookDraft } from "./webhook-fields";
import { WebhookRow } from "./webhook-row";

/** The endpoints, and a form to add one; the new endpoint's secret is shown once. */
export function WebhookEndpoints() {
  const t = useTranslations("adminNotifications.webhooks");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const endpoints = useQuery(trpc.admin.webhooks.list.queryOptions());
  const [draft, setDraft] = useState<TWebhookDraft>(EMPTY_WEBHOOK);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.admin.webhooks.create.mutationOptions({
      onSuccess: async (created) => {
        setDraft(EMPTY_WEBHOOK);
        setSecret(created.secret);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.webhooks.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorRecord(create.error);
  const otherError = create.error && Object.keys(errors).length === 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(webhookInput(draft));
  }

  return (
    <Section id="webhooks-title" title={t("title")} description={t("description")}>
      <div className="space-y-6">
        {secret ? <SecretNotice secret={secret} onDismiss={() => setSecret(null)} /> : null}
        {endpoints.isPending ? (
          <Loader2Icon className="animate-spin" aria-hidden />
        ) : endpoints.isError ? (
          <p role="alert" className="text-sm text-destructive">
            {t("failed")}
          </p>
        ) : endpoints.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <ul aria-label={t("caption")} className="divide-y rounded-lg border">
            {endpoints.data.map((endpoint) => (
              <WebhookRow key={endpoint.id} endpoint={endpoint} />
            ))}
          </ul>
        )}
        <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-dashed p-4">
          <h3 className="text-sm font-semibold">{t("create")}</h3>
          <WebhookFields idPrefix="new-webhook" draft={draft} onChange={setDraft} errors={errors} />
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? <Loader2Icon className="animate-spin" aria-hidden /> : null}
              {create.isPending ? t("creating") : t("create")}
            </Button>
            {otherError ? (
              <p role="alert" className="text-sm text-destructive">
                {create.error.message || t("failed")}
              </p>
            ) : null}
          </div>
        </form>
      </div>
    </Section>
  );
}
