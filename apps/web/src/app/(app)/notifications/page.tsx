import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { NotificationInbox } from "@/components/notifications/notification-inbox";
import { requireUser } from "@/lib/auth-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  await requireUser();
  const t = await getTranslations("notifications");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <NotificationInbox />
    </>
  );
}
