import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { getSession } from "@/server/session";
import { PATH_HEADER } from "./path-header";
import { safeCallbackUrl } from "./safe-callback-url";

export type TRole = Session["user"]["roles"][number];

export function signInUrl(callbackPath: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackPath))}`;
}

/** The signed-in user, or a redirect to sign-in that comes back to the current path. */
export async function requireUser(): Promise<Session["user"]> {
  const session = await getSession();
  if (session?.user) return session.user;
  const path = (await headers()).get(PATH_HEADER) ?? "/";
  redirect(signInUrl(path));
}

export function hasRole(user: Session["user"] | undefined, role: TRole): boolean {
  return user?.roles.includes(role) ?? false;
}
