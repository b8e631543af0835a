"use client";

import { useTranslations } from "next-intl";
import type { TFormIssue } from "./form-state";

/** Words an issue in the reader's language; engine and server messages are shown as they came. */
export function useIssueText() {
  const t = useTranslations("orderForm.errors");
  return (issue: TFormIssue): string => {
    switch (issue.code) {
      case "required":
        return t("required");
      case "stackName":
        return t("stackName");
      case "tagRequired":
        return t("tagRequired");
      case "tagNotAllowed":
        return t("tagNotAllowed");
      case "tooLong":
        return t("tooLong", { max: Number(issue.params?.max ?? 0) });
      case "message":
        return issue.message ?? t("invalid");
    }
  };
}
