"use client";

import { FingerprintIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/common/copy-button";

/** The sha256 of the rendered template, whole and copyable: what every decision and the export name. */
export function RenderedDigest({ digest }: { digest: string }) {
  const t = useTranslations("approvalProgress.digest");
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border bg-muted/30 px-3 py-2">
      <FingerprintIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      <span className="text-xs font-medium text-muted-foreground">{t("label")}</span>
      <code data-testid="rendered-digest" className="min-w-0 flex-1 break-all font-mono text-xs">
        {digest}
      </code>
      <CopyButton text={digest} label={t("copy")} copyText={t("copyShort")} copiedText={t("copied")} />
    </div>
  );
}
