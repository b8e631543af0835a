"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { BellIcon, CheckCheckIcon, MailIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { NotificationItem } from "./notification-item";

const PAGE_SIZE = 20;

/** The caller's inbox: newest first, all or unread only; opening one marks it read. */
export function NotificationInbox() {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { unreadOnly, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, staleTime: 0 },
    ),
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
    ]);
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const anyUnread = items.some((item) => item.readAt === null);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label={t("filterLabel")} className="inline-flex rounded-md border p-0.5">
          {[false, true].map((only) => (
            <button
              key={String(only)}
              type="button"
              aria-pressed={unreadOnly === only}
              onClick={() => setUnreadOnly(only)}
              className={cn(
                "rounded px-3 py-1 text-sm font-medium text-muted-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring",
                unreadOnly === only && "bg-accent text-foreground",
              )}
            >
              {only ? t("unreadOnly") : t("all")}
            </button>
          ))}
        </div>
        <div className="flex items-center gap-2">
          <Button asChild variant="ghost" size="sm">
            <Link href="/account/notifications">
              <MailIcon aria-hidden />
              {t("settings")}
            </Link>
          </Button>
          <Button
            variant="outline"
            size="sm"
            disabled={!anyUnread || markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            <CheckCheckIcon aria-hidden />
            {t("markAllRead")}
          </Button>
        </div>
      </div>
      {markRead.isError || markAll.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {t("failed")}
        </p>
      ) : null}
      {list.isPending ? (
        <div className="space-y-2" aria-busy="true">
          <span className="sr-only">{t("title")}</span>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16 w-full" />
          ))}
        </div>
      ) : list.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {t("loadFailed")}
        </p>
      ) : items.length === 0 ? (
        <EmptyState icon={BellIcon} title={unreadOnly ? t("emptyUnread") : t("empty")} />
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y rounded-xl border bg-card">
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              onRead={() => markRead.mutate({ ids: [item.id] })}
              pending={markRead.isPending}
            />
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="flex justify-center">
          <Button
            variant="outline"
            size="sm"
            disabled={list.isFetchingNextPage}
            onClick={() => list.fetchNextPage()}
          >
            {t("more")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
