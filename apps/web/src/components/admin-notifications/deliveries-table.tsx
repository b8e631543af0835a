"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCwIcon } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Section } from "@/components/admin-catalog/section";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

const STATUSES = ["PENDING", "RUNNING", "SUCCEEDED", "FAILED"] as const;
type TStatus = (typeof STATUSES)[number];
const STATUS_VARIANT = {
  PENDING: "info",
  RUNNING: "warning",
  SUCCEEDED: "success",
  FAILED: "destructive",
} as const;

/** Email and webhook deliveries, newest first; finished ones can be redelivered (not to a deleted endpoint). */
export function DeliveriesTable() {
  const t = useTranslations("adminNotifications.deliveries");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TStatus | "">("");
  const deliveries = useInfiniteQuery(
    trpc.admin.notifications.listDeliveries.infiniteQueryOptions(
      { status: status || undefined, limit: 25 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, staleTime: 0 },
    ),
  );
  const redeliver = useMutation(
    trpc.admin.notifications.redeliver.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({ queryKey: trpc.admin.notifications.listDeliveries.pathKey() }),
    }),
  );
  const rows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Section
      id="deliveries-title"
      title={t("title")}
      description={t("description")}
      actions={
        <div className="flex items-center gap-2">
          <NativeSelect
            aria-label={t("filterStatus")}
            value={status}
            onChange={(e) => setStatus(e.target.value as TStatus | "")}
            className="h-8 w-36"
          >
            <option value="">{t("anyStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </NativeSelect>
          <Button
            size="sm"
            variant="outline"
            onClick={() => deliveries.refetch()}
            disabled={deliveries.isFetching}
          >
            <RefreshCwIcon aria-hidden />
            {t("refresh")}
          </Button>
        </div>
      }
    >
      {redeliver.isError ? (
        <p role="alert" className="mb-3 text-sm text-destructive">
          {redeliver.error.message || t("failed")}
        </p>
      ) : null}
      {deliveries.isPending ? (
        <div className="space-y-2" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : deliveries.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {t("loadFailed")}
        </p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <Table>
          <TableCaption className="sr-only">{t("caption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>{t("channel")}</TableHead>
              <TableHead>{t("event")}</TableHead>
              <TableHead>{t("target")}</TableHead>
              <TableHead>{t("status")}</TableHead>
              <TableHead>{t("attempts")}</TableHead>
              <TableHead>{t("response")}</TableHead>
              <TableHead>{t("lastError")}</TableHead>
              <TableHead>{t("when")}</TableHead>
              <TableHead className="text-right">{t("actions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const email = row.queue === "email";
              const target = email
                ? (row.recipientEmail ?? t("recipient"))
                : (row.endpoint?.name ?? t("deletedEndpoint"));
              return (
                <TableRow key={row.id} data-delivery={row.id} data-status={row.status}>
                  <TableCell>{email ? t("channelEmail") : t("channelWebhook")}</TableCell>
                  <TableCell className="font-mono text-xs">{row.eventType ?? "—"}</TableCell>
                  <TableCell className="max-w-48 truncate">{target}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS_VARIANT[row.status]}>{t(`state.${row.status}`)}</Badge>
                  </TableCell>
                  <TableCell className="tabular-nums">
                    {row.attempts}/{row.maxAttempts}
                  </TableCell>
                  <TableCell className="tabular-nums">{row.responseStatus ?? "—"}</TableCell>
                  <TableCell className="max-w-64 truncate text-xs" title={row.lastError ?? undefined}>
                    {row.lastError ?? "—"}
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-xs">
                    {format.dateTime(row.updatedAt, { dateStyle: "short", timeStyle: "medium" })}
                  </TableCell>
                  <TableCell className="text-right">
                    {(row.status === "SUCCEEDED" || row.status === "FAILED") && (email || row.endpoint) ? (
                      <Button
                        size="sm"
                        variant="outline"
                        aria-label={t("redeliverNamed", { id: row.id })}
                        disabled={redeliver.isPending}
                        onClick={() => redeliver.mutate({ id: row.id })}
                      >
                        {t("redeliver")}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {deliveries.hasNextPage ? (
        <div className="mt-3 flex justify-center">
          <Button
            variant="outline"
            size="sm"
            disabled={deliveries.isFetchingNextPage}
            onClick={() => deliveries.fetchNextPage()}
          >
            {t("more")}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}
