"use client";

import { CheckIcon, CopyIcon, KeyRoundIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The only time an endpoint's signing secret is visible: copy it, then dismiss. */
export function SecretNotice({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const t = useTranslations("adminNotifications.webhooks");
  const [copied, setCopied] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (plain http, permissions): select it for a manual copy instead.
      fieldRef.current?.select();
    }
  }

  return (
    <Alert variant="success">
      <KeyRoundIcon aria-hidden />
      <AlertTitle>{t("secretTitle")}</AlertTitle>
      <AlertDescription className="w-full">
        <p>{t("secretDescription")}</p>
        <div className="mt-2 flex w-full flex-col gap-2 sm:flex-row">
          <input
            ref={fieldRef}
            readOnly
            autoFocus
            value={secret}
            aria-label={t("secretLabel")}
            onFocus={(e) => e.currentTarget.select()}
            className="h-9 min-w-0 flex-1 rounded-md border bg-background px-3 font-mono text-sm leading-normal text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <Button type="button" variant="outline" onClick={copy}>
            {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
            {copied ? t("copied") : t("copy")}
          </Button>
          <Button type="button" variant="ghost" onClick={onDismiss}>
            {t("done")}
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
