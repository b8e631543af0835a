import {
  BanIcon,
  CheckIcon,
  ClockIcon,
  MessageSquareWarningIcon,
  SendIcon,
  SparklesIcon,
  XIcon,
  type LucideIcon,
} from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { THistoryItem } from "./types";

const ICONS: Record<THistoryItem["action"], { icon: LucideIcon; className: string }> = {
  "request.submit": { icon: SendIcon, className: "bg-primary/10 text-primary" },
  "request.auto-approve": { icon: SparklesIcon, className: "bg-success/15 text-success" },
  "request.approve": { icon: CheckIcon, className: "bg-success/15 text-success" },
  "request.reject": { icon: XIcon, className: "bg-destructive/15 text-destructive" },
  "request.request-changes": { icon: MessageSquareWarningIcon, className: "bg-info/15 text-info" },
  "request.cancel": { icon: BanIcon, className: "bg-muted text-muted-foreground" },
  "request.expire": { icon: ClockIcon, className: "bg-muted text-muted-foreground" },
};

const KEYS = {
  "request.submit": "submit",
  "request.auto-approve": "autoApprove",
  "request.approve": "approve",
  "request.reject": "reject",
  "request.request-changes": "requestChanges",
  "request.cancel": "cancel",
  "request.expire": "expire",
} as const satisfies Record<THistoryItem["action"], string>;

/** What happened to a request, oldest first, with every comment; decisions of an earlier round are marked superseded. */
export async function RequestHistory({ history, createdAt }: { history: THistoryItem[]; createdAt: Date }) {
  const [t, format] = await Promise.all([getTranslations("approvalProgress"), getFormatter()]);
  const time = (at: Date) => (
    <time dateTime={at.toISOString()}>
      {format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  if (history.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        {t("history.created")} · {time(createdAt)}
      </p>
    );
  }
  return (
    <ol className="space-y-4" aria-label={t("history.label")}>
      {history.map((entry, i) => {
        const { icon: Icon, className } = ICONS[entry.action];
        const resubmit = entry.action === "request.submit" && (entry.round ?? 1) > 1;
        return (
          <li
            key={i}
            className="flex gap-3"
            data-action={entry.action}
            data-superseded={entry.superseded || undefined}
          >
            {/* Only the marker fades: faded text would fall under AA contrast; the words say superseded. */}
            <span className={cn("flex flex-col items-center", entry.superseded && "opacity-60")} aria-hidden>
              <span className={cn("flex size-7 items-center justify-center rounded-full", className)}>
                <Icon className="size-3.5" />
              </span>
              {i < history.length - 1 ? <span className="mt-1 w-px flex-1 bg-border" /> : null}
            </span>
            <div className="min-w-0 flex-1 pb-1">
              <p className="text-sm">
                <span className="font-medium">
                  {t(`history.${resubmit ? "resubmit" : KEYS[entry.action]}`, { actor: entry.actor })}
                </span>
                {entry.stage !== null &&
                entry.action !== "request.submit" &&
                entry.action !== "request.expire" ? (
                  <span className="text-muted-foreground"> · {t("stageNumber", { stage: entry.stage })}</span>
                ) : null}
              </p>
              <p className="text-xs text-muted-foreground">
                {time(entry.at)}
                {entry.round !== null ? ` · ${t("history.round", { round: entry.round })}` : null}
              </p>
              {entry.superseded ? (
                <Badge variant="muted" className="mt-1">
                  {t("history.superseded")}
                </Badge>
              ) : null}
              {entry.comment ? (
                <blockquote className="mt-2 whitespace-pre-line rounded-md border-l-2 border-border bg-muted/40 px-3 py-2 text-sm">
                  {entry.comment}
                </blockquote>
              ) : null}
              {entry.digest ? (
                <p className="mt-1 truncate font-mono text-[11px] text-muted-foreground" title={entry.digest}>
                  sha256 {entry.digest.slice(0, 12)}…
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
