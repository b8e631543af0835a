"use client";

import { useQuery } from "@tanstack/react-query";
import { BellIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/trpc/react";

/** How often the unread count is asked for again while the page is open. */
export const UNREAD_REFRESH_MS = 15_000;

/** The header's bell: the unread count, kept fresh, linking to the inbox. */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const unread = useQuery(
    trpc.notifications.unreadCount.queryOptions(undefined, {
      initialData: { count: initialCount },
      staleTime: 0,
      refetchInterval: UNREAD_REFRESH_MS,
      refetchOnWindowFocus: true,
    }),
  );
  const count = unread.data?.count ?? initialCount;
  return (
    // Named by its content: the drawn count is part of the name, as speech input expects.
    <Link
      href="/notifications"
      data-unread={count}
      className="relative flex size-9 items-center justify-center rounded-md text-muted-foreground outline-none transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:ring-2 focus-visible:ring-ring"
    >
      <BellIcon className="size-4" aria-hidden />
      {t.rich("bell", {
        count,
        shown: count > 99 ? "99+" : String(count),
        hidden: (chunks) => <span className="sr-only">{chunks}</span>,
        badge: (chunks) => (
          <span className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-primary px-1 text-center text-[10px] font-semibold leading-4 text-primary-foreground tabular-nums">
            {chunks}
          </span>
        ),
      })}
    </Link>
  );
}
