import { Dashboard } from "@/components/home/dashboard";
import { Landing } from "@/components/home/landing";
import { callOrForbidden } from "@/lib/auth-guard";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

export default async function HomePage() {
  const session = await getSession();
  if (!session?.user) return <Landing />;
  const caller = await api();
  const summary = (await callOrForbidden(() => caller.me.home())) ?? {};
  return <Dashboard name={session.user.name || session.user.email} summary={summary} />;
}
