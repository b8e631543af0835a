"use client";

import { CheckIcon, CopyIcon, FingerprintIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The sha256 of the rendered template, whole and copyable: what every decision and the export name. */
export function RenderedDigest({ digest }: { digest: string }) {
  const t = useTranslations("approvalProgress.digest");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(digest);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border bg-muted/30 px-3 py-2">
      <FingerprintIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
      <span className="text-xs font-medium text-muted-foreground">{t("label")}</span>
      <code data-testid="rendered-digest" className="min-w-0 flex-1 break-all font-mono text-xs">
        {digest}
      </code>
      <Button type="button" variant="ghost" size="sm" onClick={copy} aria-label={t("copy")}>
        {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
        <span aria-live="polite">{copied ? t("copied") : t("copyShort")}</span>
      </Button>
    </div>
  );
}
