"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies `text`; says "copied" for two seconds, announced to screen readers. */
export function CopyButton({
  text,
  label,
  copyText,
  copiedText,
}: {
  text: string;
  /** The accessible name: what is copied ("Copy the template"). */
  label: string;
  copyText: string;
  copiedText: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <Button type="button" variant="ghost" size="sm" onClick={copy} aria-label={label}>
      {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
      <span aria-live="polite">{copied ? copiedText : copyText}</span>
    </Button>
  );
}
