"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useTRPC } from "@/trpc/react";
import { ConfirmAction, FormError } from "./form-bits";
import type { TVersionSummary } from "./types";
import { useRefresh } from "./use-refresh";

/** Versions newest first. Templates are immutable; only whether a version takes new orders changes. */
export function VersionList({ versions }: { versions: TVersionSummary[] }) {
  const t = useTranslations("adminProducts.versions");
  return (
    <ol aria-label={t("list")} className="divide-y rounded-lg border">
      {versions.map((v) => (
        <VersionRow key={v.id} version={v} />
      ))}
      {versions.length === 0 ? (
        <li className="px-4 py-3 text-sm text-muted-foreground">{t("none")}</li>
      ) : null}
    </ol>
  );
}

function VersionRow({ version }: { version: TVersionSummary }) {
  const t = useTranslations("adminProducts.versions");
  const format = useFormatter();
  const trpc = useTRPC();
  const [refreshing, refresh] = useRefresh();
  const deprecate = useMutation(trpc.products.deprecateVersion.mutationOptions({ onSuccess: refresh }));
  const reactivate = useMutation(trpc.products.reactivateVersion.mutationOptions({ onSuccess: refresh }));
  const active = version.status === "ACTIVE";
  return (
    <li className="space-y-2 px-4 py-3" data-version={version.label}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm font-semibold">{version.label}</span>
        <Badge variant={active ? "success" : "muted"}>{active ? t("active") : t("deprecated")}</Badge>
        <Badge variant="outline">{version.templateFormat}</Badge>
        <span className="text-xs text-muted-foreground">
          {t("published", {
            date: format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
          {version.deprecatedAt
            ? ` · ${t("deprecatedOn", { date: format.dateTime(version.deprecatedAt, { dateStyle: "medium" }) })}`
            : ""}
        </span>
        <span className="ml-auto flex items-center gap-2">
          <FormError message={(deprecate.error ?? reactivate.error)?.message} />
          {active ? (
            <ConfirmAction
              label={t("deprecate")}
              question={t("deprecateQuestion", { label: version.label })}
              confirmLabel={t("deprecateConfirm")}
              pending={deprecate.isPending || refreshing}
              onConfirm={() => deprecate.mutate({ versionId: version.id })}
            />
          ) : (
            <ConfirmAction
              label={t("reactivate")}
              question={t("reactivateQuestion", { label: version.label })}
              confirmLabel={t("reactivateConfirm")}
              variant="default"
              pending={reactivate.isPending || refreshing}
              onConfirm={() => reactivate.mutate({ versionId: version.id })}
            />
          )}
        </span>
      </div>
      <p className="font-mono text-xs break-all text-muted-foreground" title={t("digest")}>
        sha256:{version.digest}
      </p>
      {version.releaseNotes ? (
        <p className="whitespace-pre-line text-sm">{version.releaseNotes}</p>
      ) : (
        <p className="text-sm text-muted-foreground">{t("noNotes")}</p>
      )}
    </li>
  );
}
