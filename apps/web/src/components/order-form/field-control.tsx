"use client";

import { LockKeyholeIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import type { TFormIssue } from "./form-state";
import { useIssueText } from "./issue-text";

export interface TFieldAria {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
  "aria-required": boolean | undefined;
}

interface TFieldControlProps {
  id: string;
  label: string;
  /** Technical name under the label, e.g. the parameter name. */
  name?: string;
  required?: boolean;
  description?: string;
  hint?: string;
  secretNote?: boolean;
  issues: TFormIssue[];
  /** Checkbox groups label themselves with a legend instead of a label element. */
  asGroup?: boolean;
  children: (aria: TFieldAria) => ReactNode;
}

/** Label, help, the widget and its errors, wired together for assistive technology. */
export function FieldControl({
  id,
  label,
  name,
  required,
  description,
  hint,
  secretNote,
  issues,
  asGroup,
  children,
}: TFieldControlProps) {
  const t = useTranslations("orderForm");
  const issueText = useIssueText();
  const describedBy = [
    issues.length > 0 ? `${id}-error` : undefined,
    description ? `${id}-description` : undefined,
    hint ? `${id}-hint` : undefined,
    secretNote ? `${id}-secret` : undefined,
  ].filter(Boolean);
  const aria: TFieldAria = {
    id,
    "aria-required": required ? true : undefined,
    "aria-invalid": issues.length > 0 ? true : undefined,
    "aria-describedby": describedBy.length > 0 ? describedBy.join(" ") : undefined,
  };
  const labelText = (
    <>
      <span>{label}</span>
      {required ? (
        <span className="text-destructive" aria-hidden>
          *
        </span>
      ) : null}
    </>
  );
  const optional = required ? null : (
    <span className="text-xs font-normal text-muted-foreground" aria-hidden>
      {t("optional")}
    </span>
  );
  const help = (
    <>
      {description ? (
        <p id={`${id}-description`} className="text-xs leading-relaxed text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {secretNote ? (
        <p id={`${id}-secret`} className="flex items-start gap-1.5 text-xs text-muted-foreground">
          <LockKeyholeIcon className="mt-px size-3.5 shrink-0" aria-hidden />
          {t("secretNote")}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul id={`${id}-error`} className="space-y-0.5 text-xs font-medium text-destructive" data-field-error>
          {issues.map((issue, i) => (
            <li key={i}>{issueText(issue)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
  if (asGroup) {
    return (
      <fieldset
        className="space-y-1.5"
        aria-describedby={aria["aria-describedby"]}
        aria-invalid={aria["aria-invalid"]}
      >
        <legend className="mb-1.5 flex items-center gap-2 text-sm font-medium">{labelText}</legend>
        {optional}
        {name && name !== label ? (
          <p className="font-mono text-[11px] text-muted-foreground">{name}</p>
        ) : null}
        {children(aria)}
        {help}
      </fieldset>
    );
  }
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="flex items-baseline gap-2">
          <Label htmlFor={id}>{labelText}</Label>
          {optional}
        </span>
        {name && name !== label ? (
          <span className="font-mono text-[11px] text-muted-foreground">{name}</span>
        ) : null}
      </div>
      {children(aria)}
      {help}
    </div>
  );
}
