"use client";

import { BellIcon, KeyRoundIcon, LogOutIcon, MailIcon } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

interface TUserMenuProps {
  user: { name: string; email: string; roles: ("REQUESTER" | "APPROVER" | "ADMIN")[] };
}

function initialsOf(name: string, email: string): string {
  const parts = (name || email).trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]?.[0], parts[parts.length - 1]?.[0]] : [parts[0]?.[0]];
  return letters.join("").toUpperCase() || "?";
}

/** Stays on this origin whatever base URL the server was configured with. */
async function signOutHome() {
  await signOut({ redirect: false });
  window.location.assign("/");
}

export function UserMenu({ user }: TUserMenuProps) {
  const t = useTranslations("userMenu");
  const roleName = useTranslations("roles");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {/* Named by its content, not aria-label: the initials are drawn text an aria-label would not contain. */}
        <Button variant="ghost" size="sm" className="gap-2 pl-1.5">
          <span
            aria-hidden
            className="flex size-6 items-center justify-center rounded-full bg-secondary text-[11px] font-semibold text-secondary-foreground"
          >
            {initialsOf(user.name, user.email)}
          </span>
          {t.rich("label", {
            name: user.name || user.email,
            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
            shown: (chunks) => <span className="sr-only max-w-40 truncate sm:not-sr-only">{chunks}</span>,
          })}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex flex-col gap-0.5">
          <span className="truncate font-medium">{user.name}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuLabel className="flex flex-wrap items-center gap-1 pt-0">
          <span className="sr-only">{t("roles")}: </span>
          {user.roles.length > 0 ? (
            user.roles.map((role) => (
              <Badge key={role} variant="secondary">
                {roleName(role)}
              </Badge>
            ))
          ) : (
            <Badge variant="muted">{t("noRoles")}</Badge>
          )}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/notifications">
            <BellIcon aria-hidden />
            {t("inbox")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/notifications">
            <MailIcon aria-hidden />
            {t("notifications")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/tokens">
            <KeyRoundIcon aria-hidden />
            {t("tokens")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={signOutHome}>
          <LogOutIcon aria-hidden />
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
