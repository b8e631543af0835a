import { CheckCircle2Icon, TriangleAlertIcon, XCircleIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface TVerdictBannerProps {
  /** Whether the template (or the order) passes its checks. */
  ok: boolean;
  label: string;
  /**
   * One quiet line inside a result panel (the order preview), instead of the
   * framed bar with room for badges and actions after the label (the template check).
   */
  compact?: boolean;
  children?: ReactNode;
}

/** The pass-or-fail line above a check's findings, announced to screen readers when it changes. */
export function VerdictBanner({ ok, label, compact, children }: TVerdictBannerProps) {
  if (compact) {
    return (
      <p
        role="status"
        className={cn(
          "flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium",
          ok ? "bg-success/10 text-success" : "bg-destructive/10 text-destructive",
        )}
      >
        {ok ? (
          <CheckCircle2Icon className="size-4" aria-hidden />
        ) : (
          <TriangleAlertIcon className="size-4" aria-hidden />
        )}
        {label}
      </p>
    );
  }
  return (
    <div
      role="status"
      className={cn(
        "flex flex-wrap items-center gap-3 rounded-lg border px-4 py-3 text-sm",
        ok ? "border-success/40 bg-success/5" : "border-destructive/40 bg-destructive/5",
      )}
    >
      {ok ? (
        <CheckCircle2Icon className="size-5 text-success" aria-hidden />
      ) : (
        <XCircleIcon className="size-5 text-destructive" aria-hidden />
      )}
      <span className="font-medium">{label}</span>
      {children}
    </div>
  );
}
