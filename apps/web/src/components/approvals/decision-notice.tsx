"use client";

import { CheckCircle2Icon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

const DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;

/**
 * Says which decision was just recorded, and puts the keyboard on the page's
 * heading so the approver continues from the top of the next request.
 */
export function DecisionNotice({
  decided,
  decision,
  focusId,
}: {
  decided: string;
  decision: string;
  focusId: string;
}) {
  const t = useTranslations("approvalDetail.notice");
  const valid = /^\d{1,9}$/.test(decided) && (DECISIONS as readonly string[]).includes(decision);
  useEffect(() => {
    if (valid) document.getElementById(focusId)?.focus();
  }, [focusId, decided, valid]);
  if (!valid) return null;
  return (
    <p
      role="status"
      className="mb-4 flex items-center gap-2 rounded-lg border border-success/40 bg-success/5 px-3 py-2 text-sm"
    >
      <CheckCircle2Icon className="size-4 text-success" aria-hidden />
      {t(decision as (typeof DECISIONS)[number], { number: decided })}
    </p>
  );
}
