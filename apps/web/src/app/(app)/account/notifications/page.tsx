import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { EmailPreferences } from "@/components/notifications/email-preferences";
import { requireUser } from "@/lib/auth-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationPrefs"))("title") };
}

export default async function NotificationPreferencesPage() {
  await requireUser();
  const t = await getTranslations("notificationPrefs");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmailPreferences />
    </>
  );
}
