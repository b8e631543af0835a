"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TNotificationEventType } from "@stackvend/api/notification-events";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { EVENT_MESSAGE_KEY, notificationView } from "./notification-view";

interface TNotificationItemProps {
  item: {
    id: string;
    type: string;
    requestId: string | null;
    data: unknown;
    readAt: Date | null;
    createdAt: Date;
  };
  onRead: () => void;
  pending: boolean;
}

/** One notification: what happened and to what; opening it goes to the request and marks it read. */
export function NotificationItem({ item, onRead, pending }: TNotificationItemProps) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const type = item.type as TNotificationEventType;
  const view = notificationView({ type, requestId: item.requestId, data: item.data });
  const unread = item.readAt === null;
  const key = EVENT_MESSAGE_KEY[type] ?? "submitted";
  return (
    <li
      data-read={unread ? "false" : "true"}
      className={cn("flex gap-3 px-4 py-3", unread && "bg-accent/40")}
    >
      <span
        aria-hidden
        className={cn("mt-2 size-2 shrink-0 rounded-full", unread ? "bg-primary" : "bg-transparent")}
      />
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className={cn("text-sm", unread && "font-semibold")}>
          {unread ? <span className="sr-only">{t("unread")}: </span> : null}
          <Link
            href={view.href}
            onClick={() => {
              if (unread) onRead();
            }}
            className="outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
          >
            {t(`event.${key}`, { reference: view.reference })}
          </Link>
        </p>
        <p className="truncate text-xs text-muted-foreground">
          {t("detail", { product: view.product, stack: view.stack, requester: view.requester })}
          {view.actor ? ` · ${t("by", { actor: view.actor })}` : null}
        </p>
        {view.comment ? (
          <p className="line-clamp-2 text-xs text-muted-foreground">
            {t("comment", { comment: view.comment })}
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 flex-col items-end gap-1">
        <time dateTime={item.createdAt.toISOString()} className="text-xs text-muted-foreground">
          {format.relativeTime(item.createdAt)}
        </time>
        {unread ? (
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            aria-label={t("markReadNamed", { reference: view.reference })}
            onClick={onRead}
          >
            {t("markRead")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
