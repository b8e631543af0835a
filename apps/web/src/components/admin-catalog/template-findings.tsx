"use client";

import { AlertTriangleIcon, InfoIcon, XCircleIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TFindingView } from "./types";

const ICONS = { error: XCircleIcon, warning: AlertTriangleIcon, info: InfoIcon } as const;
const TONES = { error: "text-destructive", warning: "text-warning", info: "text-info" } as const;

/** Validation findings in source order, each with its line:col and rule id. */
export function TemplateFindings({ findings }: { findings: TFindingView[] }) {
  const t = useTranslations("adminProducts.preview");
  if (findings.length === 0) return null;
  return (
    <ul aria-label={t("findings")} className="divide-y rounded-lg border text-sm">
      {findings.map((f, i) => {
        const Icon = ICONS[f.severity];
        return (
          <li
            key={`${f.id}-${f.path}-${i}`}
            className="flex items-start gap-3 px-3 py-2"
            data-severity={f.severity}
          >
            <Icon
              className={`mt-0.5 size-4 shrink-0 ${TONES[f.severity]}`}
              aria-label={t(`severity.${f.severity}`)}
            />
            <span className="w-14 shrink-0 font-mono text-xs leading-5 text-muted-foreground">
              {f.line !== undefined ? `${f.line}:${f.column ?? 1}` : "—"}
            </span>
            <span className="min-w-0 flex-1">
              <span>{f.message}</span>
              <span className="ml-2 font-mono text-xs text-muted-foreground">
                {f.id}
                {f.path ? ` · ${f.path}` : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
