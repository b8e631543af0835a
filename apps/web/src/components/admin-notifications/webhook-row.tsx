"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TNotificationEventType } from "@stackvend/api/notification-events";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { fieldErrorRecord } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/react";
import { WebhookFields, webhookInput, type TWebhookDraft } from "./webhook-fields";

interface TEndpoint {
  id: string;
  name: string;
  url: string;
  format: "JSON" | "SLACK";
  events: string[];
  enabled: boolean;
}

/** One endpoint with its actions: edit, enable or disable, test-send, delete (confirmed). */
export function WebhookRow({ endpoint }: { endpoint: TEndpoint }) {
  const t = useTranslations("adminNotifications.webhooks");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<TWebhookDraft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.webhooks.list.queryKey() });
  const update = useMutation(
    trpc.admin.webhooks.update.mutationOptions({
      onSuccess: async () => {
        setEditing(null);
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.admin.webhooks.delete.mutationOptions({ onSuccess: refresh }));
  const test = useMutation(trpc.admin.webhooks.testSend.mutationOptions());
  const errors = fieldErrorRecord(update.error);
  const failed = (update.error && Object.keys(errors).length === 0) || remove.isError || test.isError;

  if (editing) {
    return (
      <li className="space-y-4 p-4">
        <WebhookFields
          idPrefix={`webhook-${endpoint.id}`}
          draft={editing}
          onChange={setEditing}
          errors={errors}
        />
        <div className="flex gap-2">
          <Button
            size="sm"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: endpoint.id, ...webhookInput(editing) })}
          >
            {t("save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(null)}>
            {t("cancel")}
          </Button>
        </div>
      </li>
    );
  }

  return (
    <li
      data-webhook={endpoint.name}
      className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between"
    >
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {endpoint.name}
          <Badge variant={endpoint.enabled ? "success" : "muted"}>
            {endpoint.enabled ? t("enabled") : t("disabled")}
          </Badge>
          <Badge variant="outline">{endpoint.format === "SLACK" ? t("formatSlack") : t("formatJson")}</Badge>
        </p>
        <p className="break-all font-mono text-xs text-muted-foreground">{endpoint.url}</p>
        <p className="text-xs text-muted-foreground">
          {endpoint.events.length === 0 ? t("allEvents") : endpoint.events.join(", ")}
        </p>
        <p aria-live="polite" className="text-xs">
          {test.data ? (
            test.data.ok ? (
              <span className="text-success">
                {t("testOk", { name: endpoint.name, status: test.data.status ?? "" })}
              </span>
            ) : (
              <span className="text-destructive">
                {t("testFailed", {
                  name: endpoint.name,
                  error: test.data.error ?? String(test.data.status ?? ""),
                })}
              </span>
            )
          ) : null}
          {failed ? <span className="text-destructive">{t("failed")}</span> : null}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Button
          size="sm"
          variant="outline"
          aria-label={t("testNamed", { name: endpoint.name })}
          disabled={test.isPending}
          onClick={() => test.mutate({ id: endpoint.id })}
        >
          {t("test")}
        </Button>
        <Button
          size="sm"
          variant="outline"
          aria-label={t("editNamed", { name: endpoint.name })}
          onClick={() =>
            setEditing({
              name: endpoint.name,
              url: endpoint.url,
              slack: endpoint.format === "SLACK",
              events: endpoint.events as TNotificationEventType[],
            })
          }
        >
          {t("edit")}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={update.isPending}
          onClick={() => update.mutate({ id: endpoint.id, enabled: !endpoint.enabled })}
        >
          {endpoint.enabled ? t("disable") : t("enable")}
        </Button>
        {confirming ? (
          <>
            <Button
              size="sm"
              variant="destructive"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: endpoint.id })}
            >
              {t("confirmDelete")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </>
        ) : (
          <Button
            size="sm"
            variant="outline"
            aria-label={t("deleteNamed", { name: endpoint.name })}
            onClick={() => setConfirming(true)}
          >
            {t("delete")}
          </Button>
        )}
      </div>
    </li>
  );
}
