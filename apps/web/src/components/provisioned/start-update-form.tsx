"use client";

import { useMutation } from "@tanstack/react-query";
import { RefreshCwIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";

interface TVersionChoice {
  id: string;
  label: string;
  status: "ACTIVE" | "DEPRECATED";
}

/** Picks the version an update moves to, creates the UPDATE draft and opens it in the order form. */
export function StartUpdateForm({
  id,
  versions,
  currentVersionId,
  latestVersionId,
}: {
  id: string;
  versions: TVersionChoice[];
  currentVersionId: string;
  latestVersionId: string | null;
}) {
  const t = useTranslations("provisionedDetail");
  const router = useRouter();
  const trpc = useTRPC();
  const selectId = useId();
  const [versionId, setVersionId] = useState(latestVersionId ?? currentVersionId);
  const start = useMutation(
    trpc.provisioned.startUpdate.mutationOptions({
      onSuccess: (draft) => router.push(`/requests/${draft.id}/edit`),
    }),
  );
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate({ id, productVersionId: versionId });
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor={selectId}>{t("updateVersion")}</Label>
        <select
          id={selectId}
          value={versionId}
          onChange={(event) => setVersionId(event.target.value)}
          className="flex h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.id === currentVersionId
                ? t(v.status === "ACTIVE" ? "current" : "currentDeprecated", { label: v.label })
                : v.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={start.isPending}>
        <RefreshCwIcon aria-hidden />
        {start.isPending ? t("starting") : t("startUpdate")}
      </Button>
      {start.error ? (
        <p role="alert" className="text-sm text-destructive">
          {t("failed", { message: start.error.message })}
        </p>
      ) : null}
    </form>
  );
}
