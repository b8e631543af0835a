import { BoxesIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { SignInLink } from "./sign-in-link";
import { navItemsFor } from "./nav-items";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const [session, t] = await Promise.all([getSession(), getTranslations()]);
  const user = session?.user;
  const navItems = navItemsFor(user?.roles ?? []);
  const [waiting, unread] = await Promise.all([
    navItems.some((item) => item.key === "approvals") ? approvalCount() : NO_APPROVALS,
    user ? unreadCount() : 0,
  ]);
  const items = navItems.map((item) => ({
    href: item.href,
    label: t(`nav.${item.key}`),
    ...(item.key === "approvals" && waiting.count > 0
      ? {
          badge: {
            shown: waiting.more ? `${waiting.count}+` : String(waiting.count),
            label: t(waiting.more ? "nav.waitingMore" : "nav.waiting", { count: waiting.count }),
          },
        }
      : {}),
  }));

  return (
    <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
      <div className="mx-auto flex min-h-14 w-full max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6 md:flex-nowrap">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
            <BoxesIcon className="size-4" aria-hidden />
          </span>
          <span>{t("app.name")}</span>
        </Link>
        {user && items.length > 0 ? (
          <MainNav
            label={t("nav.label")}
            items={items}
            className="order-last -mx-2 w-[calc(100%+1rem)] overflow-x-auto md:order-none md:mx-0 md:w-auto"
          />
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitcher />
          {user ? <NotificationBell initialCount={unread} /> : null}
          {user ? (
            <UserMenu user={{ name: user.name, email: user.email, roles: user.roles }} />
          ) : (
            <SignInLink label={t("nav.signIn")} />
          )}
        </div>
      </div>
    </header>
  );
}

const NO_APPROVALS = { count: 0, more: false };

/** Requests waiting on the signed-in approver (99 at most, and whether more): the badge on Approvals. A failure hides the badge, never the page. */
async function approvalCount(): Promise<{ count: number; more: boolean }> {
  try {
    return await (await api()).approvals.count();
  } catch {
    return NO_APPROVALS;
  }
}

/** The bell's first count, so it shows without waiting for the browser; a failure starts it at zero. */
async function unreadCount(): Promise<number> {
  try {
    return (await (await api()).notifications.unreadCount()).count;
  } catch {
    return 0;
  }
}
