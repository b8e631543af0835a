"use client";

import { CheckIcon, CopyIcon, KeyRoundIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface TOneTimeSecretLabels {
  title: string;
  description: string;
  field: string;
  copy: string;
  copied: string;
  done: string;
}

/** The only time a secret (an API token, a webhook's signing secret) is visible in clear: copy it, then dismiss. */
export function OneTimeSecret({
  value,
  labels,
  onDismiss,
}: {
  value: string;
  labels: TOneTimeSecretLabels;
  onDismiss: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (plain http, permissions): select it for a manual copy instead.
      fieldRef.current?.select();
    }
  }

  return (
    <Alert variant="success">
      <KeyRoundIcon aria-hidden />
      <AlertTitle>{labels.title}</AlertTitle>
      <AlertDescription className="w-full">
        <p>{labels.description}</p>
        <div className="mt-2 flex w-full flex-col gap-2 sm:flex-row">
          <input
            ref={fieldRef}
            readOnly
            autoFocus
            value={value}
            aria-label={labels.field}
            onFocus={(e) => e.currentTarget.select()}
            className="h-9 min-w-0 flex-1 rounded-md border bg-background px-3 font-mono text-sm leading-normal text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <Button type="button" variant="outline" onClick={copy}>
            {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
            {copied ? labels.copied : labels.copy}
          </Button>
          <Button type="button" variant="ghost" onClick={onDismiss}>
            {labels.done}
          </Button>
        </div>
        <span aria-live="polite" className="sr-only">
          {copied ? labels.copied : ""}
        </span>
      </AlertDescription>
    </Alert>
  );
}
