import { AlertTriangleIcon, CircleCheckIcon, InfoIcon, OctagonXIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";

interface TFinding {
  id: string;
  severity: "error" | "warning" | "info";
  message: string;
  path: string;
  line?: number;
  column?: number;
}

const ICONS = {
  error: { icon: OctagonXIcon, className: "text-destructive" },
  warning: { icon: AlertTriangleIcon, className: "text-warning" },
  info: { icon: InfoIcon, className: "text-info" },
} as const;

/** What the engine finds in the rendered template, errors first, each with its line and column. */
export async function FindingsList({ findings }: { findings: TFinding[] }) {
  const t = await getTranslations("approvalDetail.findings");
  if (findings.length === 0) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <CircleCheckIcon className="size-4 text-success" aria-hidden />
        {t("none")}
      </p>
    );
  }
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className="divide-y rounded-lg border" aria-label={t("label")}>
      {sorted.map((finding, i) => {
        const { icon: Icon, className } = ICONS[finding.severity];
        return (
          <li key={i} data-severity={finding.severity} className="flex gap-3 px-3 py-2 text-sm">
            <Icon className={`mt-0.5 size-4 shrink-0 ${className}`} aria-label={t(finding.severity)} />
            <div className="min-w-0">
              <p>{finding.message}</p>
              <p className="font-mono text-xs text-muted-foreground">
                {finding.id}
                {finding.line !== undefined ? ` · ${finding.line}:${finding.column ?? 1}` : ""}
                {finding.path ? ` · ${finding.path}` : ""}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
