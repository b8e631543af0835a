import { Dashboard } from "@/components/home/dashboard";
import { Landing } from "@/components/home/landing";
import { callForPage } from "@/lib/call-for-page";
import { getSession } from "@/server/session";
import { api } from "@/trpc/server";

export default async function HomePage() {
  const session = await getSession();
  if (!session?.user) return <Landing />;
  const caller = await api();
  const summary = (await callForPage(() => caller.me.home())) ?? {};
  return <Dashboard name={session.user.name || session.user.email} summary={summary} />;
}
