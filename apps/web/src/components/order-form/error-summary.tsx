"use client";

import { useTranslations } from "next-intl";
import type { TFormModel } from "@stackvend/cfn";
import { domId, tagKey, valueKey, type TFormIssue, type TRequiredTagOption } from "./form-state";

interface TErrorSummaryProps {
  model: TFormModel;
  requiredTags: readonly TRequiredTagOption[];
  issues: (key: string) => TFormIssue[];
  /** Justification is shown on the requester's form only. */
  withJustification: boolean;
}

/**
 * After a blocked action: how many fields need attention, each a link to the
 * field. Announced as an alert, while focus goes to the first of them.
 */
export function ErrorSummary({ model, requiredTags, issues, withJustification }: TErrorSummaryProps) {
  const t = useTranslations("orderForm");
  const fields: { key: string; label: string }[] = [
    { key: "stackName", label: t("stackName") },
    ...model.fields.map((field) => ({ key: valueKey(field.name), label: field.label })),
    { key: "values", label: t("rules") },
    ...requiredTags.map((tag) => ({ key: tagKey(tag.key), label: tag.key })),
    ...(withJustification ? [{ key: "justification", label: t("justification") }] : []),
  ];
  const invalid = fields.filter((field) => issues(field.key).length > 0);
  if (invalid.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="order-error-summary"
      className="rounded-lg border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm text-destructive"
    >
      <p className="font-medium">{t("fixErrors", { count: invalid.length })}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {invalid.map((field) => (
          <li key={field.key}>
            <a
              href={`#${domId(field.key)}`}
              className="rounded-sm underline underline-offset-2 outline-none focus-visible:ring-2 focus-visible:ring-ring"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(domId(field.key))?.focus();
              }}
            >
              {field.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
